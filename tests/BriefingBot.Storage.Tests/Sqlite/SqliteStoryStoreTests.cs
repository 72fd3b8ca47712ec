using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteStoryStoreTests(SqliteStorageFixture fixture) : StoryStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
