using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Host.ConsoleChat;
using BriefingBot.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace BriefingBot.Host.Tests;

public sealed class SchedulingEndToEndTests
{
    [Fact]
    public async Task DeliveryJob_FiredByQuartzAfterDueTime_SendsOneBriefingToTheConsoleChat()
    {
        using var data = new TempDirectory();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero));
        var chat = new ChatAddress(ConsoleChatPlatform.PlatformName, "local");

        var output = await BotHarness.RunDrivenAsync(
            data.Path,
            async sp =>
            {
                await sp.GetRequiredService<ISubscriptionStore>().UpsertAsync(chat, "me", new TimeOnly(7, 30), "Europe/London", clock.GetUtcNow(), CancellationToken.None);
                clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 6, 31, 0, TimeSpan.Zero)); // 07:31 BST
                var scheduler = await sp.GetRequiredService<ISchedulerFactory>().GetScheduler();
                await scheduler.TriggerJob(SchedulingServiceCollectionExtensions.DeliveryJobKey);
                await scheduler.TriggerJob(SchedulingServiceCollectionExtensions.DeliveryJobKey);
                await WaitForAsync(async () => (await LedgerAsync(sp, chat))?.State == DeliveryState.Sent);
                await Task.Delay(300); // let the second firing finish: it must not send again
            },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

        Assert.Equal(1, Count(output, "Your daily briefing"));
    }

    private static async Task<DeliveryEntry?> LedgerAsync(IServiceProvider sp, ChatAddress chat)
    {
        var subscription = await sp.GetRequiredService<ISubscriptionStore>().GetByChatAsync(chat, CancellationToken.None);
        return subscription is null ? null : await sp.GetRequiredService<IDeliveryLedger>().GetAsync(subscription.Id, new DateOnly(2026, 7, 1), CancellationToken.None);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("condition not reached within 10 s");
    }

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
