using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// A platform's answer to "may this chat's briefing be posted in that channel?": the channel, resolved and tested with a
/// short post, or one sentence for the moderator saying what is wrong and what to do.
/// </summary>
/// <param name="Target">The resolved channel, when the test post went through.</param>
/// <param name="Problem">What is wrong, in words, when it did not.</param>
/// <param name="ChannelName">How the platform names the channel the moderator meant, when it is known (renderers may link it).</param>
public sealed record ChannelCheck(DeliveryTarget? Target, string? Problem, string? ChannelName)
{
    public static ChannelCheck Accepted(DeliveryTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new ChannelCheck(target, null, target.Name);
    }

    public static ChannelCheck Refused(string problem, string? channelName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new ChannelCheck(null, problem, channelName);
    }
}
