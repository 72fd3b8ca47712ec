using BriefingBot.Core;
using BriefingBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.Delivery;

/// <summary>
/// The core and its SQLite stores over a throw-away data folder, as the delivery benchmarks run them: the folder is made,
/// migrated, handed to the benchmark and deleted afterwards.
/// </summary>
internal static class BenchDatabase
{
    /// <summary>
    /// Runs <paramref name="body"/> with the folder and a provider over it, built from <paramref name="settings"/> (plus
    /// Storage:DataDirectory) and <paramref name="configure"/> (platforms, adapters).
    /// </summary>
    public static async Task<T> RunAsync<T>(
        IEnumerable<KeyValuePair<string, string?>> settings,
        Action<IServiceCollection, IConfiguration> configure,
        Func<string, ServiceProvider, Task<T>> body)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefingbot-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(settings)
                .AddInMemoryCollection([new("Storage:DataDirectory", root)])
                .AddEnvironmentVariables("BRIEFINGBOT_BENCH_")
                .Build();
            var services = new ServiceCollection();
            services.AddSingleton<IConfiguration>(configuration);
            services.AddLogging();
            services.AddBriefingCore();
            services.AddBriefingStorage(root);
            configure(services, configuration);
            await using var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
            return await body(root, provider);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
