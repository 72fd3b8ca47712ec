using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Testing;

/// <summary>
/// A chat platform that records every briefing sent, can be told to fail the next sends, and knows the channels it is
/// told about (<see cref="AddChannel"/>); any other channel reference is refused.
/// </summary>
public sealed class FakeChatPlatform(string platform = FakeChatPlatform.DefaultPlatform) : IChatPlatform
{
    public const string DefaultPlatform = "fake";

    private readonly Lock _gate = new();
    private readonly List<(ChatAddress Chat, Briefing Briefing)> _sent = [];
    private readonly Queue<SendResult> _scriptedFailures = new();
    private readonly Dictionary<string, ChannelCheck> _channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ChatAddress> _testPosts = [];

    public string Platform => platform;

    public IReadOnlyList<(ChatAddress Chat, Briefing Briefing)> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Channels that got a test post from <see cref="CheckChannelAsync"/>, in order.</summary>
    public IReadOnlyList<ChatAddress> TestPosts
    {
        get
        {
            lock (_gate)
            {
                return [.. _testPosts];
            }
        }
    }

    /// <summary>"/channel set <paramref name="reference"/>" resolves to <paramref name="channel"/> called <paramref name="name"/>.</summary>
    public void AddChannel(string reference, ChatAddress channel, string name)
    {
        lock (_gate)
        {
            _channels[reference] = ChannelCheck.Accepted(new DeliveryTarget(channel, name));
        }
    }

    /// <summary>"/channel set <paramref name="reference"/>" is refused with <paramref name="problem"/>.</summary>
    public void RefuseChannel(string reference, string problem)
    {
        lock (_gate)
        {
            _channels[reference] = ChannelCheck.Refused(problem, reference);
        }
    }

    public Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue(reference, out var check))
            {
                return Task.FromResult(ChannelCheck.Refused($"I can't find {reference}.", reference));
            }

            if (check.Target is { } target)
            {
                _testPosts.Add(target.Chat);
            }

            return Task.FromResult(check);
        }
    }

    /// <summary>The next send returns this failure instead of succeeding.</summary>
    public void FailNext(string error, bool permanent = false)
    {
        lock (_gate)
        {
            _scriptedFailures.Enqueue(SendResult.Failed(error, permanent));
        }
    }

    public Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_scriptedFailures.TryDequeue(out var failure))
            {
                return Task.FromResult(failure);
            }

            _sent.Add((chat, briefing));
            return Task.FromResult(SendResult.Sent($"m{_sent.Count}"));
        }
    }
}
