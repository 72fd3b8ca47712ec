using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteLeaseStoreTests(SqliteStorageFixture fixture) : LeaseStoreTests(fixture), IClassFixture<SqliteStorageFixture>;
