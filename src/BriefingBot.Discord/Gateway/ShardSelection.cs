using System.Globalization;

namespace BriefingBot.Discord.Gateway;

/// <summary>Discord:ShardIds: shard ids and ranges ("0-3", "0,2,5"), each below the shard count.</summary>
public static class ShardSelection
{
    /// <summary>The ids <paramref name="text"/> names, in order without repeats; false with one sentence when it is not valid.</summary>
    public static bool TryParse(string text, int count, out IReadOnlyList<int> ids, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new SortedSet<int>();
        ids = [];
        problem = string.Empty;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is < 1 or > 2 || !bounds.All(b => int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                problem = $"Discord:ShardIds: '{part}' is not a shard id or a range like 0-3.";
                return false;
            }

            var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var to = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
            if (from > to || to >= count)
            {
                problem = $"Discord:ShardIds: '{part}' must name shards from 0 to {count - 1} (Discord:ShardCount is {count}).";
                return false;
            }

            for (var id = from; id <= to; id++)
            {
                result.Add(id);
            }
        }

        if (result.Count == 0)
        {
            problem = "Discord:ShardIds names no shard; leave it unset to run them all.";
            return false;
        }

        ids = [.. result];
        return true;
    }
}
