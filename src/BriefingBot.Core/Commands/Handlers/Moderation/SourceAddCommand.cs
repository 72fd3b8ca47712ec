using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>
/// "/source add URL": only http(s) addresses; the feed is fetched (SSRF guard, redirects re-checked, size and time limits)
/// and parsed before it is accepted. Its stories then come to this chat only (see <see cref="ChatSource"/>).
/// </summary>
public sealed class SourceAddCommand(
    IChatSourceStore sources,
    ChatFeedService feeds,
    IFeedFetcher fetcher,
    IFeedParser parser,
    AuditTrail audit,
    TimeProvider time,
    IOptions<ModerationOptions> options) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.SourceAdd;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.GetText("url").Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || text.Length > 2000)
        {
            return new UsageError(Spec, $"'{Shorten(text)}' is not an http(s) address of a feed.");
        }

        var existing = await sources.ListAsync(context.Chat, cancellationToken);
        var id = ChatSourceIds.For(url);
        if (existing.Any(s => s.SourceId == id))
        {
            return new MessageOutcome("This chat already reads that feed; /source list shows it.");
        }

        if (existing.Count >= options.Value.MaxSourcesPerChat)
        {
            return new MessageOutcome($"This chat already has {existing.Count} feeds, the most allowed; /source remove N makes room.");
        }

        var fetched = await fetcher.FetchAsync(new FeedSource(id, string.Empty, url.AbsoluteUri, []), null, cancellationToken);
        if (fetched.Status != FeedFetchStatus.Ok)
        {
            return new MessageOutcome($"The feed was not added: it could not be read. {fetched.Error}");
        }

        var parsed = parser.Parse(fetched.Content, fetched.ContentType, fetched.FinalUri);
        if (!parsed.IsSuccess)
        {
            return new MessageOutcome($"The feed was not added: {parsed.Error}");
        }

        var name = string.IsNullOrWhiteSpace(parsed.Feed.Title) ? url.Host : parsed.Feed.Title.Trim();
        var source = new ChatSource(context.Chat, id, name, url.AbsoluteUri, context.User.Id, time.GetUtcNow());
        if (!await sources.AddAsync(source, cancellationToken))
        {
            return new MessageOutcome("This chat already reads that feed; /source list shows it.");
        }

        feeds.SourcesChanged();
        await audit.RecordAsync(context, Spec, $"{name} ({url.AbsoluteUri})", cancellationToken);
        return new MessageOutcome(
            $"Added feed {existing.Count + 1}: {name} ({parsed.Feed.Items.Count} items now). " +
            "Its stories come to this chat from the next news reading.");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
