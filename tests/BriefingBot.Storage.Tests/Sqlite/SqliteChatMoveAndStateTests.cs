using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteChatMoveAndStateTests(SqliteStorageFixture fixture) : ChatMoveAndStateTests(fixture), IClassFixture<SqliteStorageFixture>;
