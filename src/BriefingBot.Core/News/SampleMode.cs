namespace BriefingBot.Core.News;

public enum SampleMode
{
    Auto,
    Always,
    Never,
}
