namespace BriefingBot.Core.Stories;

/// <summary>
/// Counts changes to the stored stories in this process (advanced by ingestion when a story or a source is added), so
/// caches of anything computed from the stories can put it in their keys and never serve an answer older than the news.
/// </summary>
public sealed class StoryGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
