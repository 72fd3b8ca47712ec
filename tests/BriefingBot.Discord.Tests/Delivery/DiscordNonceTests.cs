using BriefingBot.Discord.Delivery;

namespace BriefingBot.Discord.Tests.Delivery;

public sealed class DiscordNonceTests
{
    [Fact]
    public void For_SameKeyAndIndex_SameNonceWithinDiscordsLimit()
    {
        var nonce = DiscordNonce.For("7/2026-03-02", 0);

        Assert.Equal(nonce, DiscordNonce.For("7/2026-03-02", 0));
        Assert.InRange(nonce.Length, 1, DiscordNonce.MaxLength);
        Assert.Equal(25, DiscordNonce.MaxLength);
    }

    [Fact]
    public void For_PinnedValue_UnchangedAcrossVersions()
    {
        // A retry may run on a newer build than the send it repeats; the nonce must not change between them.
        Assert.Equal("ad851b8bbf2d2aa344c91212", DiscordNonce.For("7/2026-03-02", 0));
    }

    [Theory]
    [InlineData("7/2026-03-02", 1)]
    [InlineData("7/2026-03-03", 0)]
    [InlineData("8/2026-03-02", 0)]
    public void For_OtherIndexDateOrSubscription_OtherNonce(string key, int index)
    {
        Assert.NotEqual(DiscordNonce.For("7/2026-03-02", 0), DiscordNonce.For(key, index));
    }
}
