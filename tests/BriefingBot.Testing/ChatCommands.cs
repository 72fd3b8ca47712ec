using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;

namespace BriefingBot.Testing;

/// <summary>Sends a typed command line ("/filter add include-keyword Kishida") through the real parser and dispatcher.</summary>
public static class ChatCommands
{
    public static ChatUser Moderator { get; } = new("mod-1", "Ana Moderator");

    public static ChatUser Member { get; } = new("member-1", "Bo Member");

    public static Task<CommandOutcome> SendAsync(this CoreTestServices services, ChatAddress chat, AccessLevel access, string text)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!CommandText.TryParse(text, null, out var parsed))
        {
            throw new ArgumentException($"'{text}' is not a command line.", nameof(text));
        }

        var user = access == AccessLevel.Moderator ? Moderator : Member;
        var invocation = new CommandInvocation(chat, user, access, parsed.Name, parsed.Arguments, parsed.RawArguments);
        return services.Get<CommandDispatcher>().DispatchAsync(invocation, CancellationToken.None);
    }
}
