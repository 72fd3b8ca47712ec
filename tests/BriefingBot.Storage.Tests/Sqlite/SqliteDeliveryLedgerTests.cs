using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Sqlite;

public sealed class SqliteDeliveryLedgerTests(SqliteStorageFixture fixture) : DeliveryLedgerTests(fixture), IClassFixture<SqliteStorageFixture>;
