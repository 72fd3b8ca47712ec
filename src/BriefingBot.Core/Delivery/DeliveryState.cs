namespace BriefingBot.Core.Delivery;

public enum DeliveryState
{
    Pending,
    Sending,
    Sent,
    Failed,
    Skipped,
}
