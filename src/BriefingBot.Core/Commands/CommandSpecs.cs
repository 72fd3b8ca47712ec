using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands;

/// <summary>The command catalog: every command the bot understands, declared once, in menu order.</summary>
public static class CommandSpecs
{
    public static CommandSpec Start { get; } = new("start", "Welcome and what this bot does", AccessLevel.Member, []);

    public static CommandSpec Help { get; } = new("help", "List the commands", AccessLevel.Member, []);

    public static CommandSpec Briefing { get; } = new("briefing", "Get a briefing now: stories since the last one", AccessLevel.Member, []);

    public static CommandSpec Story { get; } = new(
        "story",
        "More on one item of the last briefing",
        AccessLevel.Member,
        [new CommandParameter("number", ParameterKind.Number, "The item's number in the last briefing.", Minimum: 1, Maximum: 50)]);

    public static CommandSpec Who { get; } = new(
        "who",
        "Who is this person or organisation, and in which stories",
        AccessLevel.Member,
        [new CommandParameter("name", ParameterKind.Text, "A name, for example Kishida.", TakesRest: true)]);

    public static CommandSpec Subscribe { get; } = new(
        "subscribe",
        "Daily briefing for this chat at a time and time zone",
        AccessLevel.Moderator,
        [
            new CommandParameter("time", ParameterKind.TimeOfDay, "Local time, HH:MM (24-hour).", IsRequired: false),
            new CommandParameter("zone", ParameterKind.TimeZone, "IANA time zone, for example Europe/London.", IsRequired: false),
        ]);

    public static CommandSpec Unsubscribe { get; } = new("unsubscribe", "Stop the daily briefing in this chat", AccessLevel.Moderator, []);

    public static CommandSpec Settings { get; } = new("settings", "Show this chat's briefing settings", AccessLevel.Member, []);

    public static IReadOnlyList<CommandSpec> All { get; } = [Start, Help, Briefing, Story, Who, Subscribe, Unsubscribe, Settings];
}
