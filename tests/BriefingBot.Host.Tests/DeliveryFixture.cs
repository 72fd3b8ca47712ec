using System.Globalization;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Host.Hosting;
using BriefingBot.Storage;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Tests;

/// <summary>
/// A bot's database made ready for a delivery test: the sample stories stored and <c>count</c> Telegram private chats
/// (ids from <see cref="FirstChatId"/>) subscribed at a local time that has just passed, so all are due at once.
/// Also the environment a child bot process needs to deliver them through a fake Bot API quickly.
/// </summary>
internal static class DeliveryFixture
{
    public const long FirstChatId = 1001;

    /// <summary>Stories and <paramref name="count"/> subscriptions of <paramref name="platform"/> chats due at <paramref name="due"/> (default: two minutes ago; subscribed an hour before it), in the database of <paramref name="dataDirectory"/> or <paramref name="database"/>.</summary>
    public static async Task SeedAsync(string dataDirectory, HostDatabase database, int count, string platform = "telegram", DateTimeOffset? due = null)
    {
        using var host = BriefingHostBuilder.Create(BotHarness.OfflineArgs(dataDirectory, database.Args), runBot: false, RepoPaths.Root).Build();
        await host.Services.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
        await host.Services.GetRequiredService<NewsCycle>().RunAsync(CancellationToken.None);
        var subscriptions = host.Services.GetRequiredService<ISubscriptionStore>();
        var dueAt = due ?? TimeProvider.System.GetUtcNow().AddMinutes(-2);
        for (var i = 0; i < count; i++)
        {
            var chat = new ChatAddress(platform, (FirstChatId + i).ToString(CultureInfo.InvariantCulture));
            await subscriptions.UpsertAsync(chat, "admin", TimeOnly.FromDateTime(dueAt.UtcDateTime), "Etc/UTC", dueAt.AddHours(-1), CancellationToken.None);
        }
    }

    /// <summary>
    /// A bot process on <paramref name="database"/> that sends through <paramref name="api"/> and polls for due briefings
    /// every second, with <paramref name="sendsInFlight"/> briefings in flight at once (Briefing:MaxConcurrentDeliveries;
    /// one by default, so a kill lands on exactly one send in flight).
    /// </summary>
    public static Dictionary<string, string> BotEnvironment(HostDatabase database, FakeTelegramBotApi api, TimeSpan lease, int sendsInFlight = 1, int ratePerSecond = 100)
    {
        var environment = new Dictionary<string, string>(database.Environment)
        {
            ["Telegram__BotToken"] = "123456:delivery-test",
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Telegram__GlobalRatePerSecond"] = ratePerSecond.ToString(CultureInfo.InvariantCulture),
            ["Briefing__MaxConcurrentDeliveries"] = sendsInFlight.ToString(CultureInfo.InvariantCulture),
            ["Console__Enabled"] = "false",
            ["Briefing__DeliveryPollInterval"] = "00:00:01",
            ["Briefing__DeliveryLease"] = lease.ToString("c", CultureInfo.InvariantCulture),
            ["Scheduling__ClusterCheckinInterval"] = "00:00:01",
            ["Scheduling__ClusterCheckinMisfireThreshold"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        return environment;
    }

    /// <summary>How many briefings each subscribed chat received (chats with none included, as 0).</summary>
    public static IReadOnlyDictionary<long, int> BriefingsPerChat(FakeTelegramBotApi api, int count)
    {
        var perChat = Enumerable.Range(0, count).ToDictionary(i => FirstChatId + i, _ => 0);
        foreach (var send in api.Delivered)
        {
            if (send.ChatId is { } chat && perChat.TryGetValue(chat, out var sent))
            {
                perChat[chat] = sent + 1;
            }
        }

        return perChat;
    }
}
