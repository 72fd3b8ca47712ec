using BriefingBot.Core;
using BriefingBot.Discord;
using BriefingBot.Host.ConsoleChat;
using BriefingBot.Host.Health;
using BriefingBot.Host.Scheduling;
using BriefingBot.Storage;
using BriefingBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BriefingBot.Host.Hosting;

/// <summary>Composition of the bot: configuration sources, then the Add... entry points of every project.</summary>
internal static class BriefingHostBuilder
{
    /// <param name="args">Command-line configuration overrides (--Key=value).</param>
    /// <param name="runBot">True for the long-running bot (scheduler, chat adapters); false for one-shot CLI verbs.</param>
    /// <param name="contentRoot">Folder holding config/; found automatically when null.</param>
    public static HostApplicationBuilder Create(string[] args, bool runBot, string? contentRoot = null)
    {
        var root = contentRoot ?? ContentRoot.Find();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            DisableDefaults = true,
        });

        var environment = builder.Environment.EnvironmentName;
        builder.Configuration
            .AddJsonFile(Path.Combine(root, "config", "appsettings.json"), optional: false, reloadOnChange: false)
            .AddJsonFile(Path.Combine(root, "config", $"appsettings.{environment}.json"), optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(BriefingHostBuilder).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args);

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // Logs go to stderr: stdout belongs to the console chat and to the CLI verbs' output.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOptions<HostOptions>().Configure(o => o.ShutdownTimeout = TimeSpan.FromSeconds(15));

        builder.Services.AddBriefingCore();
        builder.Services.AddBriefingStorage(root);
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddContentRootPaths(root);
        builder.Services.AddPlatformOptions();
        if (runBot)
        {
            builder.Services.AddBriefingScheduling(builder.Configuration);
            builder.Services.AddBriefingHealth();
            builder.Services.AddConsoleChat(builder.Configuration);
            builder.Services.AddTelegramAdapter(builder.Configuration);
            builder.Services.AddDiscordAdapter(builder.Configuration);
        }

        return builder;
    }
}
