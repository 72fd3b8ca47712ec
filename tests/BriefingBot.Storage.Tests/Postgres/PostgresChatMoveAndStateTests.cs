using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresChatMoveAndStateTests(PostgresStorageFixture fixture) : ChatMoveAndStateTests(fixture), IClassFixture<PostgresStorageFixture>;
