namespace BriefingBot.Core.Stories;

public readonly record struct StoryId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
