using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>Recognises configuration mistakes (a failed validation, a value that does not convert) and words them in one line.</summary>
internal static class ConfigurationErrors
{
    public static bool TryDescribe(Exception exception, out string message)
    {
        ArgumentNullException.ThrowIfNull(exception);
        message = exception switch
        {
            OptionsValidationException validation => string.Join(" ", validation.Failures),
            InvalidOperationException { Message: var text } when text.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => text,
            _ => string.Empty,
        };
        return message.Length > 0;
    }
}
