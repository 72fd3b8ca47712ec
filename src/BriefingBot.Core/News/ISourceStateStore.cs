namespace BriefingBot.Core.News;

public interface ISourceStateStore
{
    Task<SourceState?> GetAsync(string sourceId, CancellationToken cancellationToken);

    Task SaveAsync(SourceState state, CancellationToken cancellationToken);
}
