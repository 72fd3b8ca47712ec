namespace BriefingBot.Testing;

/// <summary>A request a fake platform checked against its ceilings: when (milliseconds, Environment.TickCount64) and whether it was accepted.</summary>
public readonly record struct FakeArrival(long AtMilliseconds, bool Accepted);
