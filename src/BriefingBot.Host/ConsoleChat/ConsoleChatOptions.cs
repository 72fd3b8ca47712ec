namespace BriefingBot.Host.ConsoleChat;

/// <summary>The "Console" section: the local chat on stdin/stdout.</summary>
internal sealed class ConsoleChatOptions
{
    public const string SectionName = "Console";

    /// <summary>On, off, or (null, the default) on exactly when no chat platform token is configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The chat id the console chat uses ("console:local"); subscriptions made here are stored under it.</summary>
    public string ChatId { get; set; } = "local";

    /// <summary>Stop the bot when standard input ends (for piped input); otherwise keep running for scheduled briefings.</summary>
    public bool StopOnEndOfInput { get; set; } = true;
}
