using System.Reflection;
using BriefingBot.Host.Scheduling;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace BriefingBot.Host.Tests;

/// <summary>A scheduler whose start fails (the database went away during it) stops the bot with a reason for exit code 4.</summary>
public sealed class SchedulerStarterTests
{
    [Fact]
    public async Task Start_FailsAfterTheDatabaseAnswered_BotStopsWithTheReason()
    {
        var lifetime = new Lifetime();
        var failure = new SchedulerStartFailure();
        var scheduler = DispatchProxy.Create<IScheduler, FailingScheduler>();
        var starter = new SchedulerStarter(Factory.For(scheduler), new InMemoryStateStore(), failure, lifetime, NullLogger<SchedulerStarter>.Instance);

        await starter.StartAsync(CancellationToken.None);
        lifetime.Started.Cancel();
        var stopped = new TaskCompletionSource();
        using var registration = lifetime.Stopping.Token.Register(() => stopped.TrySetResult());
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(lifetime.Stopping.IsCancellationRequested);
        Assert.Equal("Failure occurred during job recovery.", failure.Reason);
        await starter.StopAsync(CancellationToken.None);
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

    /// <summary>An IScheduler whose Start fails as Quartz's does when recovery cannot reach the database.</summary>
    public class FailingScheduler : DispatchProxy
    {
#pragma warning disable CA2012 // A proxy returns the ValueTask its caller awaits.
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name == nameof(IScheduler.Start)
            ? ValueTask.FromException(new SchedulerConfigException("Failure occurred during job recovery."))
            : throw new NotSupportedException(targetMethod?.Name);
#pragma warning restore CA2012
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
