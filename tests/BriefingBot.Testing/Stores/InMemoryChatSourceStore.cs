using BriefingBot.Core.Chats;
using BriefingBot.Core.News;

namespace BriefingBot.Testing.Stores;

public sealed class InMemoryChatSourceStore : IChatSourceStore
{
    private readonly Lock _gate = new();
    private readonly List<ChatSource> _sources = [];

    public Task<IReadOnlyList<ChatSource>> ListAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChatSource>>([.. _sources.Where(s => s.Chat == chat)]);
        }
    }

    public Task<IReadOnlyList<ChatSource>> ListAllAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ChatSource>>([.. _sources]);
        }
    }

    public Task<bool> AddAsync(ChatSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        lock (_gate)
        {
            if (_sources.Any(s => s.Chat == source.Chat && s.SourceId == source.SourceId))
            {
                return Task.FromResult(false);
            }

            _sources.Add(source);
            return Task.FromResult(true);
        }
    }

    public Task<ChatSource?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var source = _sources.Where(s => s.Chat == chat).Skip(number - 1).FirstOrDefault();
            if (number >= 1 && source is not null)
            {
                _sources.Remove(source);
                return Task.FromResult<ChatSource?>(source);
            }

            return Task.FromResult<ChatSource?>(null);
        }
    }

    public Task SetFailureReportedAsync(ChatAddress chat, string sourceId, DateTimeOffset? reportedAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _sources.FindIndex(s => s.Chat == chat && s.SourceId == sourceId);
            if (index >= 0)
            {
                _sources[index] = _sources[index] with { FailureReportedAt = reportedAt };
            }
        }

        return Task.CompletedTask;
    }
}
