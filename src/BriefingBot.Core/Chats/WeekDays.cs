namespace BriefingBot.Core.Chats;

/// <summary>A set of days of the week (a chat's quiet days), stored as a bit mask (bit 0 = Sunday).</summary>
public readonly record struct WeekDays(int Mask)
{
    private static readonly string[] Short = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static WeekDays None => default;

    public bool IsEmpty => Mask == 0;

    public bool Contains(DayOfWeek day) => (Mask & (1 << (int)day)) != 0;

    public static WeekDays Of(IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return new WeekDays(days.Aggregate(0, (mask, day) => mask | (1 << (int)day)));
    }

    /// <summary>Reads "mon,sun", "sat sun", "Monday", or "none"/"off" for no days; false with the word it did not know.</summary>
    public static bool TryParse(string text, out WeekDays days, out string unknown)
    {
        ArgumentNullException.ThrowIfNull(text);
        days = None;
        unknown = string.Empty;
        var words = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 1 && words[0].ToLowerInvariant() is "none" or "off" or "-")
        {
            return true;
        }

        var mask = 0;
        foreach (var word in words)
        {
            var index = word.Length >= 3 ? Array.IndexOf(Short, word[..3].ToLowerInvariant()) : -1;
            if (index < 0 || !((DayOfWeek)index).ToString().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                unknown = word;
                return false;
            }

            mask |= 1 << index;
        }

        days = new WeekDays(mask);
        return words.Length > 0;
    }

    /// <summary>"mon, sun" in Monday-first order, or "none".</summary>
    public override string ToString()
    {
        var mask = Mask;
        var names = Enumerable.Range(1, 7).Select(i => i % 7).Where(i => (mask & (1 << i)) != 0).Select(i => Short[i]).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
