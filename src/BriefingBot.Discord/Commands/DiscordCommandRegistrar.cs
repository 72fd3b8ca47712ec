using BriefingBot.Core.Commands;
using BriefingBot.Core.State;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Commands;

/// <summary>
/// Registers the catalog with one bulk overwrite, only when it changed since the last registration (the hash is kept
/// in <see cref="IStateStore"/>): Discord allows 200 command creations per guild per day.
/// </summary>
public sealed partial class DiscordCommandRegistrar(
    DiscordRestClient rest,
    IStateStore state,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordCommandRegistrar> logger)
{
    public const string StateScope = "discord";

    /// <summary>True when the commands were sent, false when Discord already had them.</summary>
    public async Task<bool> EnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var application = DiscordApplicationId.Parse(o.ApplicationId ?? throw new InvalidOperationException("Discord:ApplicationId is not set."));
        DiscordGuildId? guild = string.IsNullOrEmpty(o.DevGuildId) ? null : DiscordGuildId.Parse(o.DevGuildId);
        var scope = guild is { } g ? $"guild:{g}" : "global";
        var commands = DiscordCommandCatalog.Build(CommandSpecs.All);
        var hash = DiscordCommandCatalog.Hash(commands, $"{application}/{scope}");
        var key = $"commands-hash:{scope}";
        if (await state.GetAsync(StateScope, key, cancellationToken).ConfigureAwait(false) == hash)
        {
            LogUnchanged(scope);
            return false;
        }

        await rest.OverwriteCommandsAsync(application, guild, commands, cancellationToken).ConfigureAwait(false);
        await state.SetAsync(StateScope, key, hash, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        LogRegistered(commands.Count, scope);
        return true;
    }

    /// <summary>
    /// Like <see cref="EnsureRegisteredAsync"/>, but a failure is logged rather than thrown: the commands Discord
    /// already has keep working, and the next start tries again.
    /// </summary>
    public async Task TryEnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureRegisteredAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRegistrationFailed(exception);
        }
    }

    [LoggerMessage(EventId = 5032, Level = LogLevel.Error, Message = "Registering the Discord commands failed; the ones registered before stay")]
    private partial void LogRegistrationFailed(Exception exception);

    [LoggerMessage(EventId = 5030, Level = LogLevel.Information, Message = "Registered {Count} Discord commands ({Scope})")]
    private partial void LogRegistered(int count, string scope);

    [LoggerMessage(EventId = 5031, Level = LogLevel.Debug, Message = "Discord commands unchanged ({Scope}); not re-registering")]
    private partial void LogUnchanged(string scope);
}
