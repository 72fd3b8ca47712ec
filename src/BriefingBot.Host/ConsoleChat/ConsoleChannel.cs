namespace BriefingBot.Host.ConsoleChat;

/// <summary>The streams the console chat talks through: stdin/stdout normally, scripted readers and writers in tests.</summary>
internal sealed record ConsoleChannel(TextReader Input, TextWriter Output)
{
    public static ConsoleChannel Standard() => new(Console.In, Console.Out);
}
