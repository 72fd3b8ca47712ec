using Telegram.Bot;

namespace BriefingBot.Telegram.Receiving;

/// <summary>The bot's own username (getMe, asked once), so "/who@OtherBot" is told apart from "/who@ThisBot".</summary>
internal sealed class TelegramBotIdentity(ITelegramBotClient client) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _username;

    public async Task<string?> GetUsernameAsync(CancellationToken cancellationToken)
    {
        if (_username is not null)
        {
            return _username;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _username ??= (await client.GetMe(cancellationToken)).Username ?? string.Empty;
            return _username.Length == 0 ? null : _username;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
