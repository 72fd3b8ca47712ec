namespace BriefingBot.Testing.Discord;

/// <summary>A rate-limit bucket the fake enforces: <see cref="Limit"/> requests per window from the first one.</summary>
internal sealed class FakeBucket(string method, string prefix, string name, int limit, TimeSpan window)
{
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;
    private int _used;

    public string Method => method;

    public string Prefix => prefix;

    public string Name => name;

    public int Limit => limit;

    public bool TryTake(DateTimeOffset now, out int remaining, out TimeSpan resetAfter)
    {
        if (now >= _windowEnd)
        {
            _windowEnd = now + window;
            _used = 0;
        }

        resetAfter = _windowEnd - now;
        if (_used >= limit)
        {
            remaining = 0;
            return false;
        }

        _used++;
        remaining = limit - _used;
        return true;
    }
}
