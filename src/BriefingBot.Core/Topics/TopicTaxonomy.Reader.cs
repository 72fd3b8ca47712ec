using System.Text.Json;
using BriefingBot.Core.People;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Topics;

public sealed partial class TopicTaxonomy
{
    /// <summary>Reads and validates the JSON; every error names the origin and the entry.</summary>
    private sealed class Reader(string origin)
    {
        public TopicTaxonomy Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("topics", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw Error("must be an object with a \"topics\" array");
            }

            var topics = new List<TopicDefinition>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in array.EnumerateArray())
            {
                var topic = ReadTopic(element, topics.Count + 1);
                foreach (var name in topic.Aliases.Prepend(topic.Name))
                {
                    if (!names.Add(name))
                    {
                        throw Error($"uses the topic name or alias '{name}' more than once");
                    }
                }

                topics.Add(topic);
            }

            if (topics.Count == 0)
            {
                throw Error("lists no topics");
            }

            var fallback = OptionalString(root, "fallback", "the taxonomy");
            if (fallback is not null && !topics.Any(t => t.Name == fallback))
            {
                throw Error($"names the fallback topic '{fallback}', which is not one of its topics");
            }

            return new TopicTaxonomy(
                topics,
                Number(root, "titleWeight", 3, 1, MaxWeight),
                Number(root, "sourceHintWeight", 4, 0, MaxWeight),
                Number(root, "evidence", 6, 0.01, 1000),
                Number(root, "threshold", 0.3, 0, 1),
                (int)Number(root, "maxTopics", 3, 1, 20),
                fallback);
        }

        private TopicDefinition ReadTopic(JsonElement element, int number)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error($"has a topic (number {number}) that is not an object");
            }

            var name = OptionalString(element, "name", $"topic number {number}") ?? throw Error($"has a topic (number {number}) without a \"name\"");
            if (name.Any(char.IsUpper) || name.Any(char.IsWhiteSpace))
            {
                throw Error($"has the topic name '{name}': names are lower-case without spaces");
            }

            var where = $"topic '{name}'";
            var aliases = element.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() ?? string.Empty : string.Empty).ToList()
                : [];
            if (aliases.Any(a => a.Trim().Length == 0))
            {
                throw Error($"has an empty or non-string alias in {where}");
            }

            var entityTypes = new Dictionary<EntityType, double>();
            foreach (var (type, weight) in Weights(element, "entityTypes", where))
            {
                entityTypes[Enum.TryParse<EntityType>(type, ignoreCase: true, out var parsed)
                    ? parsed
                    : throw Error($"has the unknown entity type '{type}' in {where} (use {string.Join(", ", Enum.GetNames<EntityType>())})")] = weight;
            }

            var topic = new TopicDefinition(
                name,
                OptionalString(element, "label", where) ?? name,
                aliases,
                Weights(element, "keywords", where),
                Weights(element, "phrases", where),
                Weights(element, "negative", where),
                Weights(element, "entities", where),
                entityTypes,
                Weights(element, "roles", where));
            if (topic.Keywords.Count + topic.Phrases.Count + topic.Entities.Count + topic.Roles.Count == 0)
            {
                throw Error($"has no keywords, phrases, entities or roles in {where}");
            }

            foreach (var keyword in topic.Keywords.Keys.Where(k => k.Any(char.IsWhiteSpace)))
            {
                throw Error($"has the keyword '{keyword}' in {where}: keywords are single words; put it under \"phrases\"");
            }

            return topic;
        }

        private Dictionary<string, double> Weights(JsonElement element, string property, string where)
        {
            var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
            if (!element.TryGetProperty(property, out var map))
            {
                return result;
            }

            if (map.ValueKind != JsonValueKind.Object)
            {
                throw Error($"has \"{property}\" in {where} that is not an object of weights");
            }

            foreach (var entry in map.EnumerateObject())
            {
                var term = entry.Name.Trim();
                if (term.Length == 0 || Words.Tokenize(term).Count == 0)
                {
                    throw Error($"has an empty term under \"{property}\" in {where}");
                }

                if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetDouble(out var weight) || weight <= 0 || weight > MaxWeight)
                {
                    throw Error($"gives '{term}' under \"{property}\" in {where} a weight that is not a number in (0, {MaxWeight}]");
                }

                if (!result.TryAdd(term, weight))
                {
                    throw Error($"lists '{term}' twice under \"{property}\" in {where}");
                }
            }

            return result;
        }

        private double Number(JsonElement root, string property, double fallback, double min, double max)
        {
            if (!root.TryGetProperty(property, out var value))
            {
                return fallback;
            }

            return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number >= min && number <= max
                ? number
                : throw Error($"has \"{property}\" that is not a number between {min} and {max}");
        }

        private string? OptionalString(JsonElement element, string property, string where)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.Trim().Length > 0
                ? text.Trim()
                : throw Error($"has \"{property}\" in {where} that is not a non-empty string");
        }

        private InvalidDataException Error(string problem) => new($"The topic taxonomy '{origin}' {problem}.");
    }
}
