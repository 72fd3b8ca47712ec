using BriefingBot.Core.Chats;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>One sentence naming the key when an enabled platform has no token, or no adapter in this build.</summary>
/// <param name="adapters">The adapters registered in this build (each adapter's Add... method adds one).</param>
internal sealed class PlatformOptionsValidator(IEnumerable<AdapterRegistration> adapters) : IValidateOptions<PlatformOptions>
{
    private readonly HashSet<string> _available = adapters.Select(a => a.Section).ToHashSet(StringComparer.Ordinal);

    public ValidateOptionsResult Validate(string? name, PlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = name ?? string.Empty;
        if (options.Enabled == true && string.IsNullOrWhiteSpace(options.BotToken))
        {
            return ValidateOptionsResult.Fail(
                $"{section}:BotToken is required because {section}:Enabled is true; set it with the environment variable {section}__BotToken or with user secrets.");
        }

        if (options.IsEnabled && !_available.Contains(section))
        {
            return ValidateOptionsResult.Fail(
                $"{section}:BotToken is set but this build has no {section} adapter yet; unset it (or set {section}:Enabled to false) to run with the console chat.");
        }

        return ValidateOptionsResult.Success;
    }
}
