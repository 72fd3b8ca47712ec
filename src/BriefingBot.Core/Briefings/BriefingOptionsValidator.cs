using BriefingBot.Core.Commands;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Briefings;

/// <summary>Stops start-up with one sentence naming the key when the Briefing section is wrong.</summary>
public sealed class BriefingOptionsValidator : IValidateOptions<BriefingOptions>
{
    public ValidateOptionsResult Validate(string? name, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!ArgumentBinder.TryFindTimeZone(options.DefaultTimeZone, out _))
        {
            failures.Add($"Briefing:DefaultTimeZone '{options.DefaultTimeZone}' is not a known IANA time zone (for example Europe/London).");
        }

        if (options.ItemsPerBriefing is < 1 or > 20)
        {
            failures.Add($"Briefing:ItemsPerBriefing must be between 1 and 20 (was {options.ItemsPerBriefing}).");
        }

        if (options.GraceWindow < TimeSpan.Zero || options.GraceWindow > TimeSpan.FromHours(23))
        {
            failures.Add($"Briefing:GraceWindow must be between 00:00:00 and 23:00:00 (was {options.GraceWindow}).");
        }

        if (options.MaxDeliveryAttempts < 1)
        {
            failures.Add("Briefing:MaxDeliveryAttempts must be at least 1.");
        }

        if (options.MaxConcurrentDeliveries is < 1 or > 1_000)
        {
            failures.Add("Briefing:MaxConcurrentDeliveries must be between 1 and 1000.");
        }

        if (options.DeliveryLease <= TimeSpan.Zero || options.DeliveryPollInterval <= TimeSpan.Zero)
        {
            failures.Add("Briefing:DeliveryLease and Briefing:DeliveryPollInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
