using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;

namespace BriefingBot.Testing;

/// <summary>A chat platform that records every briefing sent, and can be told to fail the next sends.</summary>
public sealed class FakeChatPlatform(string platform = FakeChatPlatform.DefaultPlatform) : IChatPlatform
{
    public const string DefaultPlatform = "fake";

    private readonly Lock _gate = new();
    private readonly List<(ChatAddress Chat, Briefing Briefing)> _sent = [];
    private readonly Queue<SendResult> _scriptedFailures = new();

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
