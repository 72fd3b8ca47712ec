using BriefingBot.Core.Chats;
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
        IServiceProvider? services = null;

        // The script waits on a gate so the host keeps running while the test drives the scheduler.
        var gate = new TaskCompletionSource();
        var output = await RunWithScriptAsync(data.Path, clock, gate.Task, async sp =>
        {
            services = sp;
            await sp.GetRequiredService<ISubscriptionStore>().UpsertAsync(chat, "me", new TimeOnly(7, 30), "Europe/London", clock.GetUtcNow(), CancellationToken.None);
            clock.SetUtcNow(new DateTimeOffset(2026, 7, 1, 6, 31, 0, TimeSpan.Zero)); // 07:31 BST
            var scheduler = await sp.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(SchedulingServiceCollectionExtensions.DeliveryJobKey);
            await scheduler.TriggerJob(SchedulingServiceCollectionExtensions.DeliveryJobKey);
            await WaitForAsync(() => Ledger(sp, chat).Result is { State: Core.Delivery.DeliveryState.Sent });
            gate.SetResult();
        });

        Assert.Equal(1, Count(output, "Your daily briefing"));
    }

    private static async Task<Core.Delivery.DeliveryEntry?> Ledger(IServiceProvider sp, ChatAddress chat)
    {
        var subscription = await sp.GetRequiredService<ISubscriptionStore>().GetByChatAsync(chat, CancellationToken.None);
        return subscription is null ? null : await sp.GetRequiredService<Core.Delivery.IDeliveryLedger>().GetAsync(subscription.Id, new DateOnly(2026, 7, 1), CancellationToken.None);
    }

    private static async Task<string> RunWithScriptAsync(string data, FakeTimeProvider clock, Task gate, Func<IServiceProvider, Task> drive)
    {
        var output = new StringWriter();
        var input = new GatedReader(gate);
        string result = string.Empty;
        await BotHarness.RunConsoleAsync(data, string.Empty, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.Replace(ServiceDescriptor.Singleton(new ConsoleChannel(input, TextWriter.Synchronized(output))));
            services.AddHostedService(sp => new DriverService(() => drive(sp)));
        });
        result = output.ToString();
        return result;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not reached within 10 s");
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

    /// <summary>Console input that ends only when the gate opens, so the host runs until the test is done.</summary>
    private sealed class GatedReader(Task gate) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return null;
        }
    }

    /// <summary>Runs the test's driver once the host has started (after Quartz is up).</summary>
    private sealed class DriverService(Func<Task> drive) : Microsoft.Extensions.Hosting.BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(200, stoppingToken);
            await drive();
        }
    }
}
