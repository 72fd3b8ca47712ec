using BriefingBot.Core.Chats;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Chats;

public sealed class AdapterConnectionTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Status_NoContactYet_ConnectingThenDownAfterTolerance()
    {
        var connection = new AdapterConnection("Telegram", _clock);

        Assert.Equal(AdapterConnectionState.Connecting, connection.Status(Tolerance).State);
        _clock.Advance(Tolerance);
        Assert.Equal(AdapterConnectionState.Down, connection.Status(Tolerance).State);
    }

    [Fact]
    public void Status_FailingAfterContact_FailingThenDownWithTheError()
    {
        var connection = new AdapterConnection("Telegram", _clock);
        connection.Connected();
        connection.Failed("Name or service not known");

        Assert.Equal(AdapterConnectionState.Failing, connection.Status(Tolerance).State);
        _clock.Advance(TimeSpan.FromMinutes(1));
        connection.Failed("Connection refused");
        _clock.Advance(TimeSpan.FromMinutes(1));

        var status = connection.Status(Tolerance);
        Assert.Equal(AdapterConnectionState.Down, status.State);
        Assert.Contains("failing since 2026-03-02 07:00:00Z: Connection refused", status.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ContactAgainAfterFailures_Connected()
    {
        var connection = new AdapterConnection("Discord", _clock);
        connection.Failed("timeout");
        _clock.Advance(TimeSpan.FromMinutes(5));
        connection.Connected();

        Assert.Equal(AdapterConnectionState.Connected, connection.Status(Tolerance).State);
    }

    [Fact]
    public void Status_Stopped_DownEvenAfterLaterContact()
    {
        var connection = new AdapterConnection("Telegram", _clock);
        connection.Stopped("the Bot API rejected the bot token");
        connection.Connected();

        var status = connection.Status(Tolerance);
        Assert.Equal(AdapterConnectionState.Down, status.State);
        Assert.Equal("Telegram stopped: the Bot API rejected the bot token", status.Description);
    }

    [Fact]
    public void Status_PartsAllConnected_ConnectedWithTheCount()
    {
        var connection = new AdapterConnection("Discord", _clock);
        connection.Part("shard 0").Connected();
        connection.Part("shard 1").Connected();

        var status = connection.Status(Tolerance);

        Assert.Equal((AdapterConnectionState.Connected, "Discord: 2 of 2 connected"), (status.State, status.Description));
    }

    [Fact]
    public void Status_OnePartDownOneConnected_DegradedNamingTheDownPart()
    {
        var connection = new AdapterConnection("Discord", _clock);
        connection.Part("shard 0").Connected();
        connection.Part("shard 1").Failed("closed with 1006");
        _clock.Advance(Tolerance);

        var status = connection.Status(Tolerance);

        Assert.Equal(AdapterConnectionState.Failing, status.State);
        Assert.StartsWith("Discord: 1 of 2 connected; Discord shard 1 failing since", status.Description, StringComparison.Ordinal);
        Assert.EndsWith("closed with 1006", status.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_AllPartsDown_Down()
    {
        var connection = new AdapterConnection("Discord", _clock);
        connection.Part("shard 0").Failed("closed with 1006");
        connection.Part("shard 1").Stopped("the gateway rejected the token (4004)");
        _clock.Advance(Tolerance);

        Assert.Equal(AdapterConnectionState.Down, connection.Status(Tolerance).State);
    }

    [Fact]
    public void Status_PartsStillConnecting_Connecting()
    {
        var connection = new AdapterConnection("Discord", _clock);
        connection.Part("shard 0").Connected();
        connection.Part("shard 1");

        Assert.Equal(AdapterConnectionState.Connecting, connection.Status(Tolerance).State);
    }

    [Fact]
    public void Status_OnStandbyForLongerThanTheTolerance_StandbyNotDown()
    {
        var connection = new AdapterConnection("Telegram", _clock);
        connection.Connected();
        connection.Standby("another instance receives telegram:polling");
        _clock.Advance(Tolerance * 3);

        var status = connection.Status(Tolerance);

        Assert.Equal((AdapterConnectionState.Standby, "Telegram on standby: another instance receives telegram:polling"), (status.State, status.Description));
    }

    [Fact]
    public void Status_TakenOverAfterStandby_ConnectingUntilItsOwnFirstContact()
    {
        var connection = new AdapterConnection("Telegram", _clock);
        connection.Connected();
        connection.Standby("another instance receives telegram:polling");
        _clock.Advance(Tolerance * 3);

        connection.Standby(null);

        Assert.Equal(AdapterConnectionState.Connecting, connection.Status(Tolerance).State);
        connection.Connected();
        Assert.Equal(AdapterConnectionState.Connected, connection.Status(Tolerance).State);
    }

    [Fact]
    public void Status_StoppedWhileOnStandby_Down()
    {
        var connection = new AdapterConnection("Telegram", _clock);
        connection.Standby("another instance receives telegram:polling");
        connection.Stopped("the Bot API rejected the bot token");

        Assert.Equal(AdapterConnectionState.Down, connection.Status(Tolerance).State);
    }
}
