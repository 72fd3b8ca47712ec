namespace BriefingBot.Core.State;

/// <summary>How instances sharing one database divide work only one of them may do ("Cluster" section).</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary>
    /// How long an instance's hold on a platform's update stream (Telegram polling, the Discord gateway) lasts without
    /// renewal; renewed every third of it. When the holder dies, another instance (or the restarted one: it is a new
    /// holder) takes over within about this long; a holder stopping normally hands over at once.
    /// </summary>
    public TimeSpan ReceiverLease { get; set; } = TimeSpan.FromSeconds(15);
}
