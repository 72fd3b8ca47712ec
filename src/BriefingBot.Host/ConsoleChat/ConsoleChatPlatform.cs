using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;

namespace BriefingBot.Host.ConsoleChat;

/// <summary>Delivers scheduled briefings for console chats by printing them. The console has no channels to post in.</summary>
internal sealed class ConsoleChatPlatform(ConsoleChannel channel, PlainTextRenderer renderer) : IChatPlatform
{
    public const string PlatformName = "console";

    private readonly Lock _gate = new();
    private int _sent;

    public string Platform => PlatformName;

    public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        var text = renderer.RenderBriefing(briefing, scheduled: true);
        int id;
        lock (_gate)
        {
            id = ++_sent;
        }

        await channel.Output.WriteLineAsync(text.AsMemory(), cancellationToken);
        await channel.Output.FlushAsync(cancellationToken);
        return SendResult.Sent($"console-{id}");
    }

    public Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelCheck.Refused("The console chat has no channels: its briefings are printed here."));
}
