namespace BriefingBot.Core.Topics;

/// <summary>A keyword or phrase of one topic as stems; a negative term subtracts its weight.</summary>
internal sealed record TopicTerm(int Topic, string[] Stems, double Weight, bool Negative);
