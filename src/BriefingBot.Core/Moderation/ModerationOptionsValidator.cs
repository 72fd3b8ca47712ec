using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Moderation;

/// <summary>Checks the "Moderation" section at start, one sentence per bad key.</summary>
public sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxFilterRules is < 1 or > 500)
        {
            failures.Add($"Moderation:MaxFilterRules must be between 1 and 500 (it is {options.MaxFilterRules}).");
        }

        if (options.MaxSourcesPerChat is < 0 or > 100)
        {
            failures.Add($"Moderation:MaxSourcesPerChat must be between 0 and 100 (it is {options.MaxSourcesPerChat}).");
        }

        if (options.SourceFailureNotice <= TimeSpan.Zero)
        {
            failures.Add("Moderation:SourceFailureNotice must be positive, for example 1.00:00:00.");
        }

        if (options.FilterTestLookback <= TimeSpan.Zero)
        {
            failures.Add("Moderation:FilterTestLookback must be positive, for example 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
