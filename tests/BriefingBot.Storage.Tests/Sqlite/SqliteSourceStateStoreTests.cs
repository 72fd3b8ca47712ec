using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteSourceStateStoreTests(SqliteStorageFixture fixture) : SourceStateStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
