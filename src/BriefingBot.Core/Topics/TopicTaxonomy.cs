using System.Text.Json;

namespace BriefingBot.Core.Topics;

/// <summary>
/// The topic taxonomy (config/topics.json): the topics with their rules and the classifier's calibration.
/// <see cref="Load"/> and <see cref="Parse"/> validate everything and name the file and entry in every error.
/// </summary>
public sealed partial class TopicTaxonomy
{
    /// <summary>Largest weight a rule may carry.</summary>
    public const double MaxWeight = 10;

    public TopicTaxonomy(
        IReadOnlyList<TopicDefinition> topics,
        double titleWeight = 3,
        double sourceHintWeight = 4,
        double evidence = 6,
        double threshold = 0.3,
        int maxTopics = 3,
        string? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentOutOfRangeException.ThrowIfZero(topics.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(titleWeight, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(sourceHintWeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(evidence);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTopics, 1);
        Topics = topics;
        TitleWeight = titleWeight;
        SourceHintWeight = sourceHintWeight;
        Evidence = evidence;
        Threshold = threshold;
        MaxTopics = maxTopics;
        Fallback = fallback ?? topics[0].Name;
        if (!topics.Any(t => t.Name == Fallback))
        {
            throw new ArgumentException($"The fallback topic '{Fallback}' is not one of the topics.", nameof(fallback));
        }
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>A match in the headline counts this many times a match in the body.</summary>
    public double TitleWeight { get; }

    /// <summary>Added to a topic named (or aliased) by a feed's topic hints.</summary>
    public double SourceHintWeight { get; }

    /// <summary>
    /// The evidence scale: a topic's confidence is its score divided by (sum of all scores + evidence), so a little
    /// evidence gives a low confidence and one dominant topic a high one.
    /// </summary>
    public double Evidence { get; }

    /// <summary>Confidence a topic needs to be listed after the best one (the best is always listed).</summary>
    public double Threshold { get; }

    /// <summary>Most topics listed per story.</summary>
    public int MaxTopics { get; }

    /// <summary>The topic given (with confidence 0) to a story with no evidence for any topic.</summary>
    public string Fallback { get; }

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or breaks a rule; the message names the file and entry.</exception>
    public static TopicTaxonomy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The topic taxonomy '{path}' does not exist.", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="json">The taxonomy document.</param>
    /// <param name="origin">The file name (or other origin) used in error messages.</param>
    /// <exception cref="InvalidDataException">The document is not valid JSON or breaks a rule.</exception>
    public static TopicTaxonomy Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The topic taxonomy '{origin}' is not valid JSON (line {exception.LineNumber + 1}).", exception);
        }

        using (document)
        {
            return new Reader(origin).Read(document.RootElement);
        }
    }
}
