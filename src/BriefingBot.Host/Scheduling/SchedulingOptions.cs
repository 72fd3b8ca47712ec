namespace BriefingBot.Host.Scheduling;

/// <summary>The "Scheduling" section: the Quartz job store and, on PostgreSQL, how the cluster notices a dead instance.</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    public JobStoreKind JobStore { get; set; } = JobStoreKind.Database;

    /// <summary>PostgreSQL only: how often each instance records that it is alive.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// PostgreSQL only: how long past a missed check-in the others wait before taking over a dead instance's firings
    /// (the delivery pass it was running is released, and the ledger's lease decides what is sent again).
    /// </summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);
}
