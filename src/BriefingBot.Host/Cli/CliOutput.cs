using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace BriefingBot.Host.Cli;

/// <summary>Output for the CLI verbs: one JSON object per line for scripts, plain text and progress for people.</summary>
internal sealed class CliOutput(TextWriter writer, TextWriter errors, bool json)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool Json => json;

    /// <summary>True when a person is watching: progress is shown on the terminal.</summary>
    public bool Interactive => !json && !Console.IsOutputRedirected;

    public void WriteJson<T>(T value) => writer.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void WriteText(string text) => writer.WriteLine(text);

    public void WriteError(string message) => errors.WriteLine(message);

    /// <summary>Runs <paramref name="work"/> with a spinner and status line on a terminal, silently otherwise.</summary>
    public async Task<T> WithProgressAsync<T>(string status, Func<Action<string>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Interactive)
        {
            return await work(_ => { });
        }

        return await AnsiConsole.Status().StartAsync(status, context => work(s => context.Status(Markup.Escape(s))));
    }
}
