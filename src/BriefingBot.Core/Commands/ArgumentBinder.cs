using System.Globalization;

namespace BriefingBot.Core.Commands;

/// <summary>Binds argument tokens to a command's declared parameters, or says in one sentence what is wrong.</summary>
public static class ArgumentBinder
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    public static bool TryBind(CommandSpec spec, IReadOnlyList<string> tokens, out CommandArguments arguments, out string problem)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(tokens);
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        arguments = CommandArguments.Empty;
        problem = string.Empty;
        var next = 0;
        for (var p = 0; p < spec.Parameters.Count; p++)
        {
            var parameter = spec.Parameters[p];
            if (next >= tokens.Count)
            {
                if (parameter.IsRequired)
                {
                    problem = $"Missing {parameter.UsageToken}: {parameter.Description}";
                    return false;
                }

                continue;
            }

            if (parameter.TakesRest)
            {
                values[parameter.Name] = string.Join(' ', tokens.Skip(next));
                next = tokens.Count;
                continue;
            }

            if (TryParse(parameter, tokens[next], out var value, out var error))
            {
                values[parameter.Name] = value;
                next++;
            }
            else if (!parameter.IsRequired && spec.Parameters.Skip(p + 1).Any(later => TryParse(later, tokens[next], out _, out _)))
            {
                // An optional parameter left out: the token belongs to a later parameter ("/subscribe Asia/Tokyo").
            }
            else
            {
                // Report against the parameter the token was most likely meant for ("Mars/Base" is a zone, not a time).
                var meant = spec.Parameters.Skip(p).FirstOrDefault(later => LooksLike(later.Kind, tokens[next])) ?? parameter;
                problem = meant == parameter || TryParse(meant, tokens[next], out _, out var meantError) ? error : meantError;
                return false;
            }
        }

        if (next < tokens.Count)
        {
            problem = $"Too many arguments: '{string.Join(' ', tokens.Skip(next))}' was not expected.";
            return false;
        }

        arguments = new CommandArguments(values);
        return true;
    }

    /// <summary>Looks up an IANA (or Windows) time zone id, ignoring case.</summary>
    public static bool TryFindTimeZone(string id, out TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            timeZone = found;
            return true;
        }

        var match = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        timeZone = match ?? TimeZoneInfo.Utc;
        return match is not null;
    }

    private static bool LooksLike(ParameterKind kind, string token) => kind switch
    {
        ParameterKind.Number => token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] is '-' or '+'),
        ParameterKind.TimeOfDay => token.Length > 0 && char.IsAsciiDigit(token[0]),
        ParameterKind.TimeZone => token.Contains('/', StringComparison.Ordinal),
        _ => true,
    };

    private static bool TryParse(CommandParameter parameter, string token, out object value, out string error)
    {
        error = string.Empty;
        value = token;
        switch (parameter.Kind)
        {
            case ParameterKind.Number:
                if (!int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    error = $"'{token}' is not a number; {parameter.UsageToken} is {parameter.Description.ToLowerInvariant().TrimEnd('.')}.";
                    return false;
                }

                if (number < parameter.Minimum || number > parameter.Maximum)
                {
                    error = $"{parameter.UsageToken} must be between {parameter.Minimum} and {parameter.Maximum}.";
                    return false;
                }

                value = number;
                return true;
            case ParameterKind.TimeOfDay:
                if (!TimeOnly.TryParseExact(token, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    error = $"'{token}' is not a time of day; use 24-hour HH:MM, for example 07:30.";
                    return false;
                }

                value = time;
                return true;
            case ParameterKind.TimeZone:
                if (!token.Contains('/', StringComparison.Ordinal) && !token.Equals("UTC", StringComparison.OrdinalIgnoreCase)
                    || !TryFindTimeZone(token, out var zone))
                {
                    error = $"'{token}' is not a known IANA time zone; use a name like Europe/London, Asia/Tokyo or America/New_York.";
                    return false;
                }

                value = zone;
                return true;
            default:
                if (parameter.Choices is { } choices)
                {
                    var choice = choices.FirstOrDefault(c => c.Equals(token, StringComparison.OrdinalIgnoreCase));
                    if (choice is null)
                    {
                        error = $"'{token}' is not a {parameter.Name}; use one of: {string.Join(", ", choices)}.";
                        return false;
                    }

                    value = choice;
                }

                return true;
        }
    }
}
