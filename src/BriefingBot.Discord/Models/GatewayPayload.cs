using System.Text.Json;

namespace BriefingBot.Discord.Models;

/// <summary>A gateway frame: opcode, event data, sequence number (dispatches only) and event name.</summary>
public sealed record GatewayPayload(int Op, JsonElement? D, long? S, string? T);
