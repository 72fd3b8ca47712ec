using System.CommandLine;
using BriefingBot.Core.Digests;
using BriefingBot.Host.ConsoleChat;
using BriefingBot.Host.Hosting;
using BriefingBot.Host.Scheduling;
using BriefingBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Host.Cli;

/// <summary>The command line: no verb runs the bot; verbs do one job and exit.</summary>
internal static class CliApp
{
    public static RootCommand Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line, for scripts." };
        var root = new RootCommand("BriefingBot: daily news briefings for Discord, Telegram and the console.");
        root.SetAction((_, ct) => RunBotAsync(ct));

        var brief = new Command("brief", "Read the feeds once, print today's briefing and exit.") { json };
        brief.SetAction((r, ct) => RunVerbAsync(r.GetValue(json), (sp, c) => sp.GetRequiredService<BriefVerb>().RunAsync(c), ct));
        root.Subcommands.Add(brief);

        var path = new Argument<string>("path") { Description = "A text file (first line title, rest body) or a folder of .txt files." };
        var sentences = new Option<int>("--max-sentences") { Description = "Most sentences per summary.", DefaultValueFactory = _ => SummaryBudget.Briefing.MaxSentences };
        var characters = new Option<int>("--max-chars") { Description = "About how many characters per summary.", DefaultValueFactory = _ => SummaryBudget.Briefing.MaxCharacters };
        var summarize = new Command("summarize", "Print the digest of each text file.") { path, sentences, characters, json };
        summarize.SetAction((r, ct) => RunVerbAsync(r.GetValue(json), (sp, c) =>
            sp.GetRequiredService<SummarizeVerb>().RunAsync(r.GetValue(path)!, new SummaryBudget(r.GetValue(sentences), r.GetValue(characters)), c), ct));
        root.Subcommands.Add(summarize);

        var topicsPath = new Argument<string>("path") { Description = "A text file (first line title, rest body) or a folder of .txt files." };
        var topics = new Command("topics", "Print the topics of each text file, best first, with confidences.") { topicsPath, json };
        topics.SetAction((r, ct) => RunVerbAsync(r.GetValue(json), (sp, c) => sp.GetRequiredService<TopicsVerb>().RunAsync(r.GetValue(topicsPath)!, c), ct));
        root.Subcommands.Add(topics);

        var name = new Argument<string>("name") { Description = "A name, for example Kishida." };
        var corpus = new Option<string?>("--corpus") { Description = "A folder (or file) of .txt stories to look in instead of the stored news." };
        var who = new Command("who", "Print the profile \"/who NAME\" would answer.") { name, corpus, json };
        who.SetAction((r, ct) => RunVerbAsync(r.GetValue(json), (sp, c) => sp.GetRequiredService<WhoVerb>().RunAsync(r.GetValue(name)!, r.GetValue(corpus), c), ct));
        root.Subcommands.Add(who);

        var source = new Argument<string>("source") { Description = "A feed URL (http/https) or a feed file." };
        var ingest = new Command("ingest", "Read one feed, store its stories and print what was stored.") { source, json };
        ingest.SetAction((r, ct) => RunVerbAsync(r.GetValue(json), (sp, c) => sp.GetRequiredService<IngestVerb>().RunAsync(r.GetValue(source)!, c), ct));
        root.Subcommands.Add(ingest);
        root.Subcommands.Add(EntitiesVerb.CreateCommand(json, RunVerbAsync));
        root.Subcommands.Add(ExtractVerb.CreateCommand(json, RunVerbAsync));
        root.Subcommands.Add(OpmlCommand.Create(json, RunVerbAsync));
        return root;
    }

    private static async Task<int> RunBotAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var host = BriefingHostBuilder.Create([], runBot: true).Build();

            // Before the host starts: an unreachable database is one line for the operator, not a failed start's trace.
            await host.Services.GetRequiredService<IStorageInitializer>().InitializeAsync(cancellationToken);
            await host.RunAsync(cancellationToken);
            if (host.Services.GetService<SchedulerStartFailure>()?.Reason is { } reason)
            {
                await Console.Error.WriteLineAsync("Database error: the scheduler could not start: " + reason);
                return 4;
            }

            return 0;
        }
        catch (Exception ex) when (ConfigurationErrors.TryDescribe(ex, out var message))
        {
            await Console.Error.WriteLineAsync("Configuration error: " + message);
            return 2;
        }
        catch (StorageUnavailableException ex)
        {
            await Console.Error.WriteLineAsync("Database error: " + ex.Message);
            return 4;
        }
    }

    private static async Task<int> RunVerbAsync(bool json, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        try
        {
            var builder = BriefingHostBuilder.Create([], runBot: false);

            // One-shot verbs report through their output; only warnings (a feed that failed) go to the log.
            builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
            builder.Services.AddSingleton<PlainTextRenderer>();
            builder.Services.AddSingleton(new CliOutput(Console.Out, Console.Error, json));
            builder.Services.AddSingleton<BriefVerb>().AddSingleton<SummarizeVerb>().AddSingleton<WhoVerb>().AddSingleton<IngestVerb>().AddSingleton<TopicsVerb>();
            using var host = builder.Build();
            await host.Services.GetRequiredService<IStorageInitializer>().InitializeAsync(cancellationToken);
            return await verb(host.Services, cancellationToken);
        }
        catch (Exception ex) when (ConfigurationErrors.TryDescribe(ex, out var message))
        {
            await Console.Error.WriteLineAsync("Configuration error: " + message);
            return 2;
        }
        catch (StorageUnavailableException ex)
        {
            await Console.Error.WriteLineAsync("Database error: " + ex.Message);
            return 4;
        }
        catch (FileNotFoundException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (InvalidDataException ex)
        {
            // A configuration file (the topic taxonomy) that breaks its rules: the message names the file and entry.
            await Console.Error.WriteLineAsync("Configuration error: " + ex.Message);
            return 2;
        }
    }
}
