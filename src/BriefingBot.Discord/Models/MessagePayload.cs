namespace BriefingBot.Discord.Models;

/// <summary>A message to create or edit (also the data of interaction callbacks).</summary>
public sealed record MessagePayload(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    AllowedMentions AllowedMentions,
    int? Flags = null)
{
    public const int Ephemeral = 64;
}

/// <summary><c>{"parse": []}</c>: nobody is pinged, whatever the text contains.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

public sealed record Embed(
    string? Title = null,
    string? Description = null,
    string? Url = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null);

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedFooter(string Text);

public sealed record CreatedMessage(string Id);
