using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Tests.Chats;

public sealed class DoublingBackoffTests
{
    [Fact]
    public void Next_DoublesFromOneSecondUpToThirtyAndResetStartsOver()
    {
        var backoff = new DoublingBackoff();

        var waits = Enumerable.Range(0, 7).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }
}
