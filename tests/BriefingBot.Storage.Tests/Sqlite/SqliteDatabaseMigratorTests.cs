using BriefingBot.Storage.Tests.Migrations;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseMigratorTests(SqliteStorageFixture fixture) : DatabaseMigratorTests(fixture), IClassFixture<SqliteStorageFixture>;
