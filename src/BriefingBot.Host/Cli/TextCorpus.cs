namespace BriefingBot.Host.Cli;

/// <summary>Reads text files whose first line is the title and the rest the body: one file, or every .txt under a folder.</summary>
internal static class TextCorpus
{
    public sealed record Document(string Path, string Title, string Body);

    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        }

        throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
    }

    public static async Task<Document> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var text = (await File.ReadAllTextAsync(file, cancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.TrimStart('\uFEFF', '\n', ' ').Split('\n', 2);
        var title = lines[0].Trim();
        var body = lines.Length > 1 ? lines[1].Trim() : string.Empty;
        return new Document(file, title, body);
    }
}
