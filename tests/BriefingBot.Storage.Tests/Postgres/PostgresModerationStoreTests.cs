using BriefingBot.Storage.Tests.Fixtures;
using BriefingBot.Storage.Tests.Stores;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresModerationStoreTests(PostgresStorageFixture fixture) : ModerationStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
