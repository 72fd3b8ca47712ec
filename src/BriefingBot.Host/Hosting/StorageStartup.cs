using BriefingBot.Storage;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Host.Hosting;

/// <summary>Applies database migrations before anything else starts (registered before the scheduler and adapters).</summary>
internal sealed class StorageStartup(IStorageInitializer storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
