using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresSubscriptionStoreTests(PostgresStorageFixture fixture) : SubscriptionStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
