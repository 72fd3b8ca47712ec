namespace BriefingBot.Telegram.Receiving;

/// <summary>Remembers the most recent update ids, so an update delivered twice (a webhook retry) is handled once.</summary>
internal sealed class UpdateDeduplicator
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();

    /// <summary>True the first time <paramref name="updateId"/> is seen.</summary>
    public bool TryBegin(int updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets an update whose handling failed, so Telegram's redelivery of it is handled.</summary>
    public void Forget(int updateId)
    {
        lock (_gate)
        {
            _seen.Remove(updateId);
        }
    }
}
