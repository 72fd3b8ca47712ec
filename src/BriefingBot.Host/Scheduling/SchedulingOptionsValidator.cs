using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Scheduling;

/// <summary>Stops start-up with one sentence naming the key when the Scheduling section is wrong.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.JobStore))
        {
            failures.Add($"Scheduling:JobStore must be Database or Memory (was {options.JobStore}).");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromMilliseconds(500) || options.ClusterCheckinMisfireThreshold < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("Scheduling:ClusterCheckinInterval and Scheduling:ClusterCheckinMisfireThreshold must be at least 00:00:00.5.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
