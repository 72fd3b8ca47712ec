using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresSourceStateStoreTests(PostgresStorageFixture fixture) : SourceStateStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
