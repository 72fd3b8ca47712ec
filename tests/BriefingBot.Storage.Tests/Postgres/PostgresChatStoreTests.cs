using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresChatStoreTests(PostgresStorageFixture fixture) : ChatStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
