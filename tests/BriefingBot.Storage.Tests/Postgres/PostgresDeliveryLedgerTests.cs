using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresDeliveryLedgerTests(PostgresStorageFixture fixture) : DeliveryLedgerTests(fixture), IClassFixture<PostgresStorageFixture>;
