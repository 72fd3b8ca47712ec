namespace BriefingBot.Discord.Models;

/// <summary>Op 6 Resume.</summary>
public sealed record GatewayResume(int Op, GatewayResumeData D);

public sealed record GatewayResumeData(string Token, string SessionId, long Seq);
