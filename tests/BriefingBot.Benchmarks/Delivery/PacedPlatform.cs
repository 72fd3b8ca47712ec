using System.Diagnostics;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;

namespace BriefingBot.Benchmarks.Delivery;

/// <summary>
/// A chat platform that accepts at most <c>ceiling</c> messages per second (a send waits for its turn, as behind the
/// platform's own rate limit), answers each send <c>roundTrip</c> after its turn (the network), and records when each
/// send completed, measured from <see cref="Start"/>.
/// </summary>
internal sealed class PacedPlatform(int? ceiling, TimeSpan roundTrip) : IChatPlatform
{
    public const string Name = "paced";

    private readonly List<TimeSpan> _completed = [];
    private long _start;
    private long _sends;

    public string Platform => Name;

    public IReadOnlyList<TimeSpan> Completed
    {
        get
        {
            lock (_completed)
            {
                return [.. _completed];
            }
        }
    }

    public void Start()
    {
        _start = Stopwatch.GetTimestamp();
        _sends = 0;
        lock (_completed)
        {
            _completed.Clear();
        }
    }

    public async Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _sends) - 1;
        if (ceiling is { } perSecond)
        {
            // Message i may leave no earlier than i / ceiling seconds after the start.
            var turn = TimeSpan.FromSeconds((double)index / perSecond) - Stopwatch.GetElapsedTime(_start);
            if (turn > TimeSpan.Zero)
            {
                await Task.Delay(turn, cancellationToken);
            }
        }

        if (roundTrip > TimeSpan.Zero)
        {
            await Task.Delay(roundTrip, cancellationToken);
        }

        lock (_completed)
        {
            _completed.Add(Stopwatch.GetElapsedTime(_start));
        }

        return SendResult.Sent(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelCheck.Refused("The benchmark platform has no channels."));
}
