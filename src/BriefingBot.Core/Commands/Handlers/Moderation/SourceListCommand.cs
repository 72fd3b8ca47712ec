using System.Globalization;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.News;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/source list": the feeds this chat added, numbered, each with its health (last success, last error, stories in the last day).</summary>
public sealed class SourceListCommand(IChatSourceStore sources, ISourceStateStore states, IStoryStore stories, TimeProvider time) : ICommandHandler
{
    /// <summary>Stories read to count each feed's last day.</summary>
    private const int CountLimit = 5000;

    public CommandSpec Spec => CommandSpecs.SourceList;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var list = await sources.ListAsync(context.Chat, cancellationToken);
        var perSource = list.Count == 0
            ? []
            : (await stories.ListSinceAsync(now.AddDays(-1), CountLimit, cancellationToken))
                .SelectMany(s => s.Sources.Select(source => source.SourceId))
                .CountBy(id => id)
                .ToDictionary(p => p.Key, p => p.Value);
        var entries = new List<ListEntry>();
        for (var i = 0; i < list.Count; i++)
        {
            var source = list[i];
            var state = await states.GetAsync(source.SourceId, cancellationToken);
            var details = Health(state, perSource.GetValueOrDefault(source.SourceId), now);
            details.Add($"source id {source.SourceId} (for /filter add allow-source or deny-source)");
            entries.Add(new ListEntry($"{source.Name} — {source.Url}", details, i + 1));
        }

        return new ListOutcome(
            $"Feeds this chat added ({entries.Count})",
            entries,
            "This chat reads only the default feeds.",
            "/source add URL adds a feed, /source remove N drops one.");
    }

    private static List<string> Health(SourceState? state, int lastDay, DateTimeOffset now)
    {
        var lines = new List<string>();
        lines.Add(state?.LastSuccessAt is { } success ? $"last read: {Ago(success, now)}" : "not read yet");
        if (state?.LastError is { } error)
        {
            lines.Add($"failing ({state.ConsecutiveFailures}x): {error}");
        }

        lines.Add(lastDay == 1 ? "1 story in the last 24 h" : $"{lastDay} stories in the last 24 h");
        return lines;
    }

    private static string Ago(DateTimeOffset instant, DateTimeOffset now)
    {
        var age = now - instant;
        var text = age.TotalMinutes < 90
            ? $"{Math.Max(0, (int)age.TotalMinutes)} min ago"
            : age.TotalHours < 48 ? $"{(int)age.TotalHours} h ago" : $"{(int)age.TotalDays} days ago";
        return $"{instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({text})";
    }
}
