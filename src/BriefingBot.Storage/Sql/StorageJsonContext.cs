using System.Text.Json.Serialization;
using BriefingBot.Core.People;

namespace BriefingBot.Storage.Sql;

/// <summary>Source-generated JSON for the list columns (digests, entities, briefing story ids).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<StoryEntity>))]
[JsonSerializable(typeof(IReadOnlyList<long>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
