using BriefingBot.Storage.Tests.Migrations;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresDatabaseMigratorTests(PostgresStorageFixture fixture) : DatabaseMigratorTests(fixture), IClassFixture<PostgresStorageFixture>;
