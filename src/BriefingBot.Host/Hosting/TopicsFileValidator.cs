using BriefingBot.Core.News;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>Reads the topic taxonomy at start, so a missing file or a broken entry stops the bot with one sentence.</summary>
internal sealed class TopicsFileValidator : IValidateOptions<NewsOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            TopicTaxonomy.Load(options.TopicsFile);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            return ValidateOptionsResult.Fail($"News:TopicsFile: {ex.Message}");
        }
    }
}
