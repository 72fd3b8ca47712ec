using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Testing.Stores;

public sealed class InMemoryChatFilterStore : IChatFilterStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ChatAddress, List<FilterRule>> _rules = [];

    public Task<ChatFilter> GetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rules.TryGetValue(chat, out var rules) && rules.Count > 0 ? new ChatFilter([.. rules]) : ChatFilter.Empty);
        }
    }

    public Task<int> AddAsync(ChatAddress chat, FilterRule rule, string addedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            var rules = _rules.TryGetValue(chat, out var existing) ? existing : _rules[chat] = [];
            rules.Add(rule);
            return Task.FromResult(rules.Count);
        }
    }

    public Task<FilterRule?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(chat, out var rules) || number < 1 || number > rules.Count)
            {
                return Task.FromResult<FilterRule?>(null);
            }

            var rule = rules[number - 1];
            rules.RemoveAt(number - 1);
            return Task.FromResult<FilterRule?>(rule);
        }
    }
}
