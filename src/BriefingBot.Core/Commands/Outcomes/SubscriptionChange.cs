namespace BriefingBot.Core.Commands.Outcomes;

public enum SubscriptionChange
{
    Subscribed,
    Updated,
    Unsubscribed,
}
