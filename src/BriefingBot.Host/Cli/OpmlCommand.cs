using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Cli;

/// <summary>The "opml import FILE" and "opml export [--output FILE]" verbs, wired to the verb runner of <see cref="CliApp"/>.</summary>
internal static class OpmlCommand
{
    public static Command Create(Option<bool> json, Func<bool, Func<IServiceProvider, CancellationToken, Task<int>>, CancellationToken, Task<int>> run)
    {
        var file = new Argument<string>("file") { Description = "An OPML file of feeds (as feed readers export them)." };
        var import = new Command("import", "Add the OPML file's feeds to the feed catalog (News:FeedsFile).") { file, json };
        import.SetAction((r, ct) => run(r.GetValue(json), (sp, c) => Verb(sp).ImportAsync(r.GetValue(file) ?? string.Empty, c), ct));

        var target = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var export = new Command("export", "Print the feed catalog (News:FeedsFile) as OPML.") { target };
        export.SetAction((r, ct) => run(false, (sp, c) => Verb(sp).ExportAsync(r.GetValue(target), c), ct));

        return new Command("opml", "Import or export the feed catalog as OPML.") { import, export };
    }

    private static OpmlVerb Verb(IServiceProvider services) => ActivatorUtilities.CreateInstance<OpmlVerb>(services);
}
