namespace BriefingBot.Core.Subscriptions;

public readonly record struct SubscriptionId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
