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
        OptionalTimeAndZone);

    /// <summary>A member's own daily briefing in their private chat with the bot, asked for from anywhere; the reply is private.</summary>
    public static CommandSpec Personal { get; } = new(
        "personal",
        "Your own daily briefing, sent to you in a private chat with the bot",
        AccessLevel.Member,
        OptionalTimeAndZone)
    {
        PrivateReply = true,
    };

    public static CommandSpec Unsubscribe { get; } = new("unsubscribe", "Stop the daily briefing in this chat", AccessLevel.Moderator, []);

    public static CommandSpec Settings { get; } = new("settings", "Show this chat's briefing settings", AccessLevel.Member, []);

    /// <summary>"/filter add|list|remove|test"; the kinds after "add" are <see cref="Moderation.FilterRuleKinds.Names"/>.</summary>
    public static CommandSpec Filter { get; } = CommandSpec.Group(
        "filter",
        "This chat's filter: which topics, keywords and sources its briefings take",
        [
            new CommandSpec(
                "add",
                "Add a filter rule",
                AccessLevel.Moderator,
                [
                    new CommandParameter("kind", ParameterKind.Text, "What the rule matches and which way.", Choices: Moderation.FilterRuleKinds.Names),
                    new CommandParameter("value", ParameterKind.Text, "A topic, keyword or phrase, regular expression, or source id.", TakesRest: true),
                ]),
            new CommandSpec("list", "Show this chat's filter rules", AccessLevel.Member, []),
            new CommandSpec(
                "remove",
                "Remove filter rule N",
                AccessLevel.Moderator,
                [new CommandParameter("number", ParameterKind.Number, "The rule's number in /filter list.", Minimum: 1, Maximum: 1000)]),
            new CommandSpec("test", "Which recent stories pass the filter, and why the others do not", AccessLevel.Moderator, []),
        ]);

    public static CommandSpec Source { get; } = CommandSpec.Group(
        "source",
        "Feeds this chat reads besides the default ones",
        [
            new CommandSpec(
                "add",
                "Add a feed for this chat (it is read and checked first)",
                AccessLevel.Moderator,
                [new CommandParameter("url", ParameterKind.Text, "The feed's http(s) address.")]),
            new CommandSpec("list", "This chat's feeds and how they are doing", AccessLevel.Moderator, []),
            new CommandSpec(
                "remove",
                "Remove feed N of /source list",
                AccessLevel.Moderator,
                [new CommandParameter("number", ParameterKind.Number, "The feed's number in /source list.", Minimum: 1, Maximum: 1000)]),
        ]);

    public static CommandSpec Schedule { get; } = CommandSpec.Group(
        "schedule",
        "When this chat's daily briefing comes, how long it is, and quiet days",
        [
            new CommandSpec(
                "time",
                "Daily briefing at a local time and time zone",
                AccessLevel.Moderator,
                [
                    new CommandParameter("time", ParameterKind.TimeOfDay, "Local time, HH:MM (24-hour)."),
                    new CommandParameter("zone", ParameterKind.TimeZone, "IANA time zone, for example Europe/London.", IsRequired: false),
                ]),
            new CommandSpec(
                "items",
                "Items per briefing",
                AccessLevel.Moderator,
                [new CommandParameter("count", ParameterKind.Number, "How many stories a briefing holds.", Minimum: 1, Maximum: 20)]),
            new CommandSpec(
                "quiet",
                "Days with no daily briefing",
                AccessLevel.Moderator,
                [new CommandParameter("days", ParameterKind.Text, "Days such as mon,sun; none for every day.", TakesRest: true)]),
        ],
        implicitSubcommand: "time");

    /// <summary>"/channel set|show|clear": where this chat's daily briefing is posted (see <see cref="Subscriptions.DeliveryTarget"/>).</summary>
    public static CommandSpec Channel { get; } = CommandSpec.Group(
        "channel",
        "Where this chat's daily briefing is posted",
        [
            new CommandSpec(
                "set",
                "Post the daily briefing in another channel (a test message is posted there)",
                AccessLevel.Moderator,
                [new CommandParameter("channel", ParameterKind.Channel, "A channel: #name on Discord, @username or -100… id on Telegram.")]),
            new CommandSpec("show", "Where this chat's daily briefing is posted", AccessLevel.Member, []),
            new CommandSpec("clear", "Post the daily briefing in this chat again", AccessLevel.Moderator, []),
        ]);

    public static CommandSpec FilterAdd => Leaf(Filter, "add");

    public static CommandSpec FilterList => Leaf(Filter, "list");

    public static CommandSpec FilterRemove => Leaf(Filter, "remove");

    public static CommandSpec FilterTest => Leaf(Filter, "test");

    public static CommandSpec SourceAdd => Leaf(Source, "add");

    public static CommandSpec SourceList => Leaf(Source, "list");

    public static CommandSpec SourceRemove => Leaf(Source, "remove");

    public static CommandSpec ScheduleTime => Leaf(Schedule, "time");

    public static CommandSpec ScheduleItems => Leaf(Schedule, "items");

    public static CommandSpec ScheduleQuiet => Leaf(Schedule, "quiet");

    public static CommandSpec ChannelSet => Leaf(Channel, "set");

    public static CommandSpec ChannelShow => Leaf(Channel, "show");

    public static CommandSpec ChannelClear => Leaf(Channel, "clear");

    public static CommandSpec Audit { get; } = new("audit", "The last 20 moderator changes in this chat", AccessLevel.Moderator, []);

    public static IReadOnlyList<CommandSpec> All { get; } =
        [Start, Help, Briefing, Story, Who, Subscribe, Personal, Unsubscribe, Settings, Filter, Source, Schedule, Channel, Audit];

    /// <summary>Every command a caller can run (sub-commands instead of their groups), in menu order.</summary>
    public static IReadOnlyList<CommandSpec> Leaves { get; } = [.. All.SelectMany(s => s.Leaves)];

    /// <summary>"[time] [zone]" of /subscribe and /personal: parts left out keep the current value or the default.</summary>
    private static IReadOnlyList<CommandParameter> OptionalTimeAndZone =>
    [
        new CommandParameter("time", ParameterKind.TimeOfDay, "Local time, HH:MM (24-hour).", IsRequired: false),
        new CommandParameter("zone", ParameterKind.TimeZone, "IANA time zone, for example Europe/London.", IsRequired: false),
    ];

    private static CommandSpec Leaf(CommandSpec group, string name) =>
        group.Subcommand(name) ?? throw new InvalidOperationException($"/{group.Name} has no sub-command '{name}'.");
}
