namespace BriefingBot.Core.State;

/// <summary>
/// Named leases shared by every instance on one database: at most one holder of a name at a time, until the lease
/// expires unless renewed. For work exactly one instance may do at once, such as receiving a platform's updates.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="now"/> +
    /// <paramref name="duration"/> when it is free, expired, or already <paramref name="holder"/>'s (a renewal); false
    /// while another holder's lease runs. One atomic step, so two instances asking at once never both get it.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it, so another instance need not wait for it to expire.</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}
