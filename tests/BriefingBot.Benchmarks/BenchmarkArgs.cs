using System.Globalization;

namespace BriefingBot.Benchmarks;

/// <summary>Options of the benchmark commands ("--chats 2000").</summary>
internal static class BenchmarkArgs
{
    /// <summary>The integer after <paramref name="name"/>, or null when it is absent or not a number.</summary>
    public static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
