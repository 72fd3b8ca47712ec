using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresLeaseStoreTests(PostgresStorageFixture fixture) : LeaseStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
