using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Clustering;

/// <summary>Stops start-up with one sentence naming the key when the Clustering section is wrong.</summary>
public sealed class ClusteringOptionsValidator : IValidateOptions<ClusteringOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Window < TimeSpan.FromHours(1) || options.Window > TimeSpan.FromDays(14))
        {
            failures.Add($"Clustering:Window must be between 01:00:00 and 14.00:00:00 (was {options.Window}).");
        }

        if (!(options.Threshold > 0 && options.Threshold <= 1))
        {
            failures.Add($"Clustering:Threshold must be above 0 and at most 1 (was {options.Threshold}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
