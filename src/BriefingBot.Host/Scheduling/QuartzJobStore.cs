using BriefingBot.Storage;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace BriefingBot.Host.Scheduling;

/// <summary>
/// Quartz's ADO.NET job store on the bot's own database: the same SQLite file or PostgreSQL database the stores use,
/// reached through the connection settings Storage resolved (SQLite: the file under Storage:DataDirectory).
/// Quartz creates its qrtz_* tables from the schema script inside the Quartz package when they are missing and checks
/// them at every start, so the tables always match the Quartz version that runs.
/// </summary>
internal static class QuartzJobStore
{
    public static void Configure(IPersistentStoreBuilder store, StorageProvider provider, SchedulingOptions options)
    {
        store.UseSystemTextJsonSerializer();
        store.ProvisionSchema();

        // A firing that fails because the database is away must not park the trigger in ERROR: the delivery and
        // ingest triggers have to fire again as soon as the database is back.
        store.ConfigureStore(o =>
        {
            o.MaxConsecutiveFireFailures = 0;
            o.DbRetryInterval = TimeSpan.FromSeconds(2);
            o.MisfireThreshold = TimeSpan.FromSeconds(10);
            o.MisfireHandlerFrequency = TimeSpan.FromSeconds(2);
        });
        if (provider == StorageProvider.Postgres)
        {
            store.UsePostgres(source => source.DataSourceFactory = PostgresSource);
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = options.ClusterCheckinInterval;
                cluster.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
            });
        }
        else
        {
            store.UseSqlite(source => source.DataSourceFactory = SqliteSource);
        }
    }

    // A data source of Quartz's own (Quartz owns and disposes it), on the connection string Storage resolved.
    private static NpgsqlDataSource PostgresSource(IServiceProvider services) =>
        NpgsqlDataSource.Create(Database<PostgresConnectionFactory>(services).ConnectionString);

    private static System.Data.Common.DbDataSource SqliteSource(IServiceProvider services) =>
        SqliteFactory.Instance.CreateDataSource(Database<SqliteConnectionFactory>(services).ConnectionString);

    private static T Database<T>(IServiceProvider services)
        where T : SqlDatabase =>
        services.GetRequiredService<SqlDatabase>() as T
            ?? throw new InvalidOperationException($"Scheduling:JobStore=Database expected the {typeof(T).Name} Storage:Provider chose.");
}
