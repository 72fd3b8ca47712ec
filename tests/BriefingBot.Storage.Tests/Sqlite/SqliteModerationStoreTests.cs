using BriefingBot.Storage.Tests.Fixtures;
using BriefingBot.Storage.Tests.Stores;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteModerationStoreTests(SqliteStorageFixture fixture) : ModerationStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
