using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Discord.Tests;

/// <summary>The real core and the Discord adapter, built through AddDiscordAdapter, pointed at a fake Discord; real time.</summary>
internal static class DiscordTestServices
{
    public const string ApplicationId = "900";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    public static Dictionary<string, string?> Configuration(FakeDiscordServer server) => new()
    {
        ["Discord:BotToken"] = "test-token",
        ["Discord:ApplicationId"] = ApplicationId,
        ["Discord:ApiBaseUrl"] = server.ApiBaseUrl.AbsoluteUri,
        ["Discord:RetryBaseDelay"] = "00:00:00.010",
        ["Discord:ReconnectBaseDelay"] = "00:00:00.010",
        ["Discord:ReconnectMaxDelay"] = "00:00:00.050",
    };

    public static CoreTestServices Create(FakeDiscordServer server, Action<Dictionary<string, string?>>? adjust = null, Action<IServiceCollection>? configure = null)
    {
        var values = Configuration(server);
        adjust?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new CoreTestServices(Start, values, services =>
        {
            services.AddDiscordAdapter(configuration);
            services.Replace(ServiceDescriptor.Singleton(TimeProvider.System));
            configure?.Invoke(services);
        });
    }
}
