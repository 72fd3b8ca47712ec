using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteSubscriptionStoreTests(SqliteStorageFixture fixture) : SubscriptionStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
