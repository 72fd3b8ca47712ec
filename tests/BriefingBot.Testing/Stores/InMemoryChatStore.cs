using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;

namespace BriefingBot.Testing.Stores;

public sealed class InMemoryChatStore : IChatStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ChatAddress, ChatSettings> _settings = [];
    private readonly Dictionary<ChatAddress, BriefingRecord> _briefings = [];

    public Task<ChatSettings?> GetSettingsAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_settings.GetValueOrDefault(chat));
        }
    }

    public Task SaveSettingsAsync(ChatSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            _settings[settings.Chat] = settings;
        }

        return Task.CompletedTask;
    }

    public Task<BriefingRecord?> GetLastBriefingAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_briefings.GetValueOrDefault(chat));
        }
    }

    public Task SaveLastBriefingAsync(BriefingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _briefings[record.Chat] = record;
        }

        return Task.CompletedTask;
    }

    public Task MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_settings.Remove(oldChat, out var settings))
            {
                _settings[newChat] = settings with { Chat = newChat };
            }

            if (_briefings.Remove(oldChat, out var briefing))
            {
                _briefings[newChat] = briefing with { Chat = newChat };
            }
        }

        return Task.CompletedTask;
    }
}
