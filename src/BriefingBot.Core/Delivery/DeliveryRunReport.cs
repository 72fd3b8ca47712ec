namespace BriefingBot.Core.Delivery;

/// <summary>What one pass over the due briefings did.</summary>
public sealed record DeliveryRunReport(int Sent, int Failed, int Skipped);
