using BriefingBot.Storage.Tests.Stores;
using BriefingBot.Storage.Tests.Fixtures;

namespace BriefingBot.Storage.Tests.Postgres;

public sealed class PostgresStoryStoreTests(PostgresStorageFixture fixture) : StoryStoreTests(fixture), IClassFixture<PostgresStorageFixture>;
