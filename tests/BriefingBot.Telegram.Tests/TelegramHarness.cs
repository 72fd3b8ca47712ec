using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Telegram.Tests;

/// <summary>The real core and the Telegram adapter (through AddTelegramAdapter) against a fake Bot API on 127.0.0.1.</summary>
public sealed class TelegramHarness : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abc";
    public const long PrivateChat = 1001;
    public const long Group = -100200;
    public const long Admin = 7;
    public const long Member = 8;

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsApi;

    private TelegramHarness(FakeTelegramBotApi api, CoreTestServices core, bool ownsApi)
    {
        Api = api;
        Core = core;
        _ownsApi = ownsApi;
    }

    public FakeTelegramBotApi Api { get; }

    public CoreTestServices Core { get; }

    public static ChatAddress Address(long chatId, int? thread = null) =>
        new("telegram", chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), thread?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A harness; pass <paramref name="state"/> to share the durable state of an earlier one ("restart").</summary>
    public static async Task<TelegramHarness> StartAsync(
        FakeTelegramBotApi? api = null,
        IStateStore? state = null,
        IDictionary<string, string?>? settings = null,
        bool realClock = false,
        Action<IServiceCollection>? configure = null)
    {
        var ownsApi = api is null;
        api ??= await FakeTelegramBotApi.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "0",
            ["Telegram:PerChatRatePerSecond"] = "1000",
            ["Telegram:GroupRatePerMinute"] = "60000",
            ["Telegram:GlobalRatePerSecond"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var core = new CoreTestServices(Start, values, services =>
        {
            services.AddTelegramAdapter(configuration);
            if (realClock)
            {
                services.Replace(ServiceDescriptor.Singleton(TimeProvider.System));
            }

            if (state is not null)
            {
                services.Replace(ServiceDescriptor.Singleton(state));
            }

            configure?.Invoke(services);
        });
        return new TelegramHarness(api, core, ownsApi);
    }

    public T Get<T>()
        where T : notnull => Core.Get<T>();

    public async ValueTask DisposeAsync()
    {
        Core.Dispose();
        if (_ownsApi)
        {
            await Api.DisposeAsync();
        }
    }
}
