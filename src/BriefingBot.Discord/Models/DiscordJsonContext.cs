using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Models;

/// <summary>Source-generated (de)serialisation of every payload this adapter reads or writes, in Discord's snake_case.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayHello))]
[JsonSerializable(typeof(GatewayReady))]
[JsonSerializable(typeof(GatewayIdentify))]
[JsonSerializable(typeof(GatewayResume))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(CreateDmRequest))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordGuild))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(DiscordUser))]
[JsonSerializable(typeof(string))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
