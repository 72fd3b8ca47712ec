using System.Reflection;
using BriefingBot.Host.Scheduling;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Quartz;

namespace BriefingBot.Host.Tests;

/// <summary>
/// A scheduler whose start fails (the database went away during it) stops the bot with a reason for exit code 4; a
/// shutdown that does not finish (Quartz waiting for a database that is away) is abandoned when the shutdown time is up.
/// </summary>
public sealed class SchedulerStarterTests
{
    [Fact]
    public async Task Start_FailsAfterTheDatabaseAnswered_BotStopsWithTheReason()
    {
        var lifetime = new Lifetime();
        var failure = new SchedulerStartFailure();
        var scheduler = FakeScheduler.Create(start: Task.FromException(new SchedulerConfigException("Failure occurred during job recovery.")));
        var starter = new SchedulerStarter(Factory.For(scheduler), new InMemoryStateStore(), failure, lifetime, NullLogger<SchedulerStarter>.Instance);

        await starter.StartAsync(CancellationToken.None);
        lifetime.Started.Cancel();
        var stopped = new TaskCompletionSource();
        using var registration = lifetime.Stopping.Token.Register(() => stopped.TrySetResult());
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(lifetime.Stopping.IsCancellationRequested);
        Assert.Equal("Failure occurred during job recovery.", failure.Reason);
        await starter.StopAsync(CancellationToken.None);
        Assert.Equal(1, ((FakeScheduler)(object)scheduler).Shutdowns);
    }

    [Fact]
    public async Task Stop_ShutdownDoesNotFinish_ReturnsWhenTheShutdownTimeIsUpWithAWarning()
    {
        var lifetime = new Lifetime();
        var scheduler = FakeScheduler.Create(shutdown: new TaskCompletionSource().Task);
        var logger = new FakeLogger<SchedulerStarter>();
        var starter = new SchedulerStarter(Factory.For(scheduler), new InMemoryStateStore(), new SchedulerStartFailure(), lifetime, logger);
        await starter.StartAsync(CancellationToken.None);
        lifetime.Started.Cancel();
        await Eventually.TrueAsync(() => ((FakeScheduler)(object)scheduler).Starts == 1, TimeSpan.FromSeconds(10));

        using var shutdownTime = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await starter.StopAsync(shutdownTime.Token).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, ((FakeScheduler)(object)scheduler).Shutdowns);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Id.Id == 2033);
        Assert.Equal(LogLevel.Warning, warning.Level);
    }

    /// <summary>An ISchedulerFactory that hands out <see cref="Scheduler"/>.</summary>
    public class Factory : DispatchProxy
    {
        public IScheduler? Scheduler { get; set; }

        public static ISchedulerFactory For(IScheduler scheduler)
        {
            var factory = DispatchProxy.Create<ISchedulerFactory, Factory>();
            ((Factory)(object)factory).Scheduler = scheduler;
            return factory;
        }

#pragma warning disable CA2012 // A proxy returns the ValueTask its caller awaits.
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name == nameof(ISchedulerFactory.GetScheduler)
            ? ValueTask.FromResult(Scheduler!)
            : throw new NotSupportedException(targetMethod?.Name);
#pragma warning restore CA2012
    }

    /// <summary>An IScheduler whose Start and Shutdown end as told (a failed recovery, a shutdown that never ends).</summary>
    public class FakeScheduler : DispatchProxy
    {
        private int _starts;
        private int _shutdowns;

        public Task StartOutcome { get; set; } = Task.CompletedTask;

        public Task ShutdownOutcome { get; set; } = Task.CompletedTask;

        public int Starts => Volatile.Read(ref _starts);

        public int Shutdowns => Volatile.Read(ref _shutdowns);

        public static IScheduler Create(Task? start = null, Task? shutdown = null)
        {
            var scheduler = DispatchProxy.Create<IScheduler, FakeScheduler>();
            var fake = (FakeScheduler)(object)scheduler;
            fake.StartOutcome = start ?? Task.CompletedTask;
            fake.ShutdownOutcome = shutdown ?? Task.CompletedTask;
            return scheduler;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod?.Name)
            {
                case nameof(IScheduler.Start):
                    Interlocked.Increment(ref _starts);
                    return new ValueTask(StartOutcome);
                case nameof(IScheduler.Shutdown):
                    Interlocked.Increment(ref _shutdowns);
                    return new ValueTask(ShutdownOutcome);
                default:
                    throw new NotSupportedException(targetMethod?.Name);
            }
        }
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource Started { get; } = new();

        public CancellationTokenSource Stopping { get; } = new();

        public CancellationToken ApplicationStarted => Started.Token;

        public CancellationToken ApplicationStopping => Stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopping.Cancel();
    }
}
