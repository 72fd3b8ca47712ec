using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands;

/// <summary>A command as an adapter received it, before parsing and permission checks.</summary>
/// <param name="Chat">Where it was sent (and where the reply goes).</param>
/// <param name="User">Who sent it.</param>
/// <param name="CallerAccess">The caller's level in this chat, as the platform reports it.</param>
/// <param name="Name">Command name without slash or bot mention, any case.</param>
/// <param name="Arguments">Tokens after the name (quotes already removed by <see cref="CommandText"/>).</param>
/// <param name="RawArguments">The argument text as typed, for rest-of-line parameters.</param>
public sealed record CommandInvocation(
    ChatAddress Chat,
    ChatUser User,
    AccessLevel CallerAccess,
    string Name,
    IReadOnlyList<string> Arguments,
    string RawArguments);
