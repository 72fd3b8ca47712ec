namespace BriefingBot.Core.Commands;

/// <summary>Parameter values after parsing, by parameter name. Optional parameters that were not given are absent.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, object> _values;

    public CommandArguments(IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = new Dictionary<string, object>(values, StringComparer.OrdinalIgnoreCase);
    }

    public static CommandArguments Empty { get; } = new(new Dictionary<string, object>());

    public bool Has(string name) => _values.ContainsKey(name);

    public string GetText(string name) => Get<string>(name);

    public int GetNumber(string name) => Get<int>(name);

    public TimeOnly GetTimeOfDay(string name) => Get<TimeOnly>(name);

    public TimeZoneInfo GetTimeZone(string name) => Get<TimeZoneInfo>(name);

    public T? GetOrDefault<T>(string name) => _values.TryGetValue(name, out var value) ? (T)value : default;

    private T Get<T>(string name) =>
        _values.TryGetValue(name, out var value)
            ? (T)value
            : throw new InvalidOperationException($"The argument '{name}' was not given; check Has(\"{name}\") for optional parameters.");
}
