namespace BriefingBot.Storage.Sql;

/// <summary>A row of a per-chat list numbered by a position that only grows (filter rules, chat-added feeds).</summary>
internal interface IChatListRow
{
    int Position { get; }
}
