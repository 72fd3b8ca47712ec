namespace BriefingBot.Host.Scheduling;

/// <summary>Where Quartz keeps its jobs and triggers (Scheduling:JobStore).</summary>
internal enum JobStoreKind
{
    /// <summary>In the configured database (Storage:Provider): survives restarts; clustered on PostgreSQL.</summary>
    Database,

    /// <summary>In memory: nothing survives a restart and every instance fires its own triggers (tests, experiments).</summary>
    Memory,
}
