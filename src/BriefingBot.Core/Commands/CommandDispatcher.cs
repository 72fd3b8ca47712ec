using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Commands;

/// <summary>
/// The one place commands are looked up, permission-checked and argument-checked before a handler runs.
/// Unknown commands get help; wrong arguments get a usage error; members get Denied for moderator commands.
/// Handler faults are not caught here: each adapter catches them once, logs and apologises.
/// </summary>
public sealed partial class CommandDispatcher(CommandCatalog catalog, ILogger<CommandDispatcher> logger)
{
    public async Task<CommandOutcome> DispatchAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!catalog.TryGetRoot(invocation.Name, out var root))
        {
            LogUnknown(invocation.Chat.Key, invocation.Name);
            return new HelpOutcome($"Unknown command /{invocation.Name}.", VisibleTo(invocation.CallerAccess));
        }

        var resolved = CommandResolution.Resolve(root, invocation.Arguments);
        var spec = resolved.Spec;
        if (invocation.CallerAccess < spec.Access)
        {
            LogDenied(invocation.Chat.Key, spec.Path, invocation.User.Id);
            return new Denied(spec, $"/{spec.Path} is for the chat's moderators (administrators).");
        }

        if (resolved.Problem is not null)
        {
            return new UsageError(spec, resolved.Problem);
        }

        if (!ArgumentBinder.TryBind(spec, resolved.Arguments, out var arguments, out var problem))
        {
            return new UsageError(spec, problem);
        }

        if (!catalog.TryGet(spec.Path, out var handler))
        {
            return new HelpOutcome($"/{spec.Path} is not available here.", VisibleTo(invocation.CallerAccess));
        }

        LogDispatch(invocation.Chat.Key, spec.Path);
        var context = new CommandContext(invocation.Chat, invocation.User, invocation.CallerAccess);
        return await handler.HandleAsync(context, arguments, cancellationToken);
    }

    /// <summary>The commands (sub-commands instead of their groups) a caller at <paramref name="access"/> may run.</summary>
    public IReadOnlyList<CommandSpec> VisibleTo(AccessLevel access) =>
        catalog.Specs.SelectMany(s => s.Leaves).Where(s => s.Access <= access && catalog.TryGet(s.Path, out _)).ToList();

    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Command /{Command} in {Chat}")]
    private partial void LogDispatch(string chat, string command);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Unknown command /{Command} in {Chat}")]
    private partial void LogUnknown(string chat, string command);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Denied /{Command} to {UserId} in {Chat}")]
    private partial void LogDenied(string chat, string command, string userId);
}
