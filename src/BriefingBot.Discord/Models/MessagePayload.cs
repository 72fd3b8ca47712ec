namespace BriefingBot.Discord.Models;

/// <summary>A message to create or edit (also the data of interaction callbacks).</summary>
public sealed record MessagePayload(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    AllowedMentions AllowedMentions,
    int? Flags = null,
    IReadOnlyList<MessageComponent>? Components = null)
{
    public const int Ephemeral = 64;

    /// <summary>At most 25 characters; with <see cref="EnforceNonce"/>, the idempotency key of a channel message.</summary>
    public string? Nonce { get; init; }

    /// <summary>
    /// True: if the bot created a message with the same <see cref="Nonce"/> in the last few minutes, Discord answers with that
    /// message instead of creating another.
    /// </summary>
    public bool? EnforceNonce { get; init; }
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

/// <summary>An action row (type 1) holding buttons (type 2; style 2 = secondary).</summary>
public sealed record MessageComponent(int Type, IReadOnlyList<MessageComponent>? Components = null, int? Style = null, string? Label = null, string? CustomId = null)
{
    public const int ActionRow = 1;
    public const int Button = 2;
    public const int Secondary = 2;
}
