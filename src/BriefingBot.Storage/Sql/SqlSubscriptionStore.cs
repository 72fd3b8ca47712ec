using BriefingBot.Core.Chats;
using BriefingBot.Core.Subscriptions;
using Dapper;

namespace BriefingBot.Storage.Sql;

/// <summary>Subscriptions, one row per chat key; a row keeps its id when it is re-activated.</summary>
public sealed class SqlSubscriptionStore(SqlDatabase database) : ISubscriptionStore
{
    private const string Columns =
        "id AS Id, chat_key AS ChatKey, subscribed_by AS SubscribedBy, delivery_time AS DeliveryTime, time_zone_id AS TimeZoneId, " +
        "created_at AS CreatedAt, is_active AS IsActive, deactivated_reason AS DeactivatedReason, deliver_to AS DeliverTo, deliver_to_name AS DeliverToName";

    public async Task<Subscription> UpsertAsync(ChatAddress chat, string subscribedBy, TimeOnly deliveryTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscribedBy);
        ArgumentException.ThrowIfNullOrEmpty(timeZoneId);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
            $"""
            INSERT INTO subscriptions (chat_key, subscribed_by, delivery_time, time_zone_id, created_at, is_active)
            VALUES (@ChatKey, @SubscribedBy, @DeliveryTime, @TimeZoneId, @CreatedAt, TRUE)
            ON CONFLICT (chat_key) DO UPDATE SET
                subscribed_by = excluded.subscribed_by, delivery_time = excluded.delivery_time, time_zone_id = excluded.time_zone_id,
                created_at = excluded.created_at, is_active = TRUE, deactivated_reason = NULL, deactivated_at = NULL
            RETURNING {Columns};
            """,
            new
            {
                ChatKey = chat.Key,
                SubscribedBy = subscribedBy,
                DeliveryTime = StorageText.FromTime(deliveryTime),
                TimeZoneId = timeZoneId,
                CreatedAt = StorageText.FromTimestamp(now),
            },
            cancellationToken: cancellationToken));
        return row.ToSubscription();
    }

    public Task<Subscription?> GetByChatAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        QuerySingleAsync("chat_key = @ChatKey", new { ChatKey = chat.Key }, cancellationToken);

    public Task<Subscription?> GetAsync(SubscriptionId id, CancellationToken cancellationToken) =>
        QuerySingleAsync("id = @Id", new { Id = id.Value }, cancellationToken);

    public async Task<bool> DeactivateAsync(ChatAddress chat, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE subscriptions SET is_active = FALSE, deactivated_reason = @Reason, deactivated_at = @Now
            WHERE chat_key = @ChatKey AND is_active = TRUE;
            """,
            new { ChatKey = chat.Key, Reason = reason, Now = StorageText.FromTimestamp(now) },
            cancellationToken: cancellationToken));
        return changed > 0;
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        // Read every minute by the delivery pass, at 100,000 subscriptions and more: rows are turned into subscriptions
        // as they stream in (not all rows first, then all subscriptions), and the few distinct platforms and time zones
        // are shared instead of held once per subscription.
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var active = new List<Subscription>();
        await foreach (var row in connection.QueryUnbufferedAsync<Row>(
            $"SELECT {Columns} FROM subscriptions WHERE is_active = TRUE ORDER BY id;").WithCancellation(cancellationToken))
        {
            active.Add(row.ToSubscription(shared));
        }

        return active;
    }

    public async Task<IReadOnlyList<Subscription>> ListDeliveringToAsync(ChatAddress target, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM subscriptions WHERE deliver_to = @Target ORDER BY id;", new { Target = target.Key }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToSubscription())];
    }

    public async Task<bool> SetDeliveryTargetAsync(ChatAddress chat, DeliveryTarget? target, CancellationToken cancellationToken)
    {
        if (target is not null && target.Chat.Platform != chat.Platform)
        {
            throw new ArgumentException($"A {chat.Platform} chat's briefing cannot be posted on {target.Chat.Platform}.", nameof(target));
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscriptions SET deliver_to = @DeliverTo, deliver_to_name = @DeliverToName WHERE chat_key = @ChatKey;",
            new { ChatKey = chat.Key, DeliverTo = target?.Chat.Key, DeliverToName = target?.Name },
            cancellationToken: cancellationToken));
        return changed > 0;
    }

    public async Task<bool> MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginExclusiveAsync(connection, WriteLock.Chats, cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE subscriptions SET chat_key = @To
            WHERE chat_key = @From AND NOT EXISTS (SELECT 1 FROM subscriptions WHERE chat_key = @To);
            """,
            new { From = oldChat.Key, To = newChat.Key },
            transaction,
            cancellationToken: cancellationToken));

        // Chats whose briefing is posted in the upgraded group follow it to the supergroup.
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscriptions SET deliver_to = @To WHERE deliver_to = @From;",
            new { From = oldChat.Key, To = newChat.Key },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    private async Task<Subscription?> QuerySingleAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM subscriptions WHERE {where};", parameters, cancellationToken: cancellationToken));
        return row?.ToSubscription();
    }

    internal sealed class Row
    {
        public long Id { get; set; }

        public string ChatKey { get; set; } = string.Empty;

        public string SubscribedBy { get; set; } = string.Empty;

        public string DeliveryTime { get; set; } = string.Empty;

        public string TimeZoneId { get; set; } = string.Empty;

        public string CreatedAt { get; set; } = string.Empty;

        public bool IsActive { get; set; }

        public string? DeactivatedReason { get; set; }

        public string? DeliverTo { get; set; }

        public string? DeliverToName { get; set; }

        /// <summary>The subscription; with <paramref name="shared"/>, its platform and zone are the first equal strings seen.</summary>
        public Subscription ToSubscription(HashSet<string>? shared = null) => new(
            new SubscriptionId(Id),
            Shared(ChatAddress.Parse(ChatKey), shared),
            SubscribedBy,
            StorageText.ToTime(DeliveryTime),
            Shared(TimeZoneId, shared),
            StorageText.ToTimestamp(CreatedAt),
            IsActive,
            DeactivatedReason,
            DeliverTo is null ? null : new DeliveryTarget(ChatAddress.Parse(DeliverTo), DeliverToName ?? DeliverTo));

        private static string Shared(string value, HashSet<string>? shared)
        {
            if (shared is null)
            {
                return value;
            }

            if (shared.TryGetValue(value, out var first))
            {
                return first;
            }

            shared.Add(value);
            return value;
        }

        private static ChatAddress Shared(ChatAddress chat, HashSet<string>? shared) =>
            shared is null ? chat : new(Shared(chat.Platform, shared), chat.ChatId, chat.ThreadId);
    }
}
