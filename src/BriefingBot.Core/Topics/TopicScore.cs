namespace BriefingBot.Core.Topics;

/// <summary>A topic a story belongs to, with the classifier's confidence in [0, 1].</summary>
/// <param name="Name">The topic's name in the taxonomy ("technology").</param>
/// <param name="Confidence">How sure the classifier is, from 0 (a guess) to 1.</param>
public sealed record TopicScore(string Name, double Confidence);
