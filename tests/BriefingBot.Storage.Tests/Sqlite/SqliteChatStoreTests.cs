using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteChatStoreTests(SqliteStorageFixture fixture) : ChatStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
