using System.Text;

namespace BriefingBot.Core.People.Conll;

/// <summary>
/// One document of a CoNLL-2003 file ("WORD POS CHUNK NER" per line, blank line between sentences, -DOCSTART- between
/// documents), with its lines kept verbatim so a tag column can be appended, and the running text the extractor reads:
/// the tokens of a sentence joined by spaces, sentences as paragraphs.
/// </summary>
public sealed class ConllDocument
{
    private readonly List<string> _lines = [];
    private readonly List<int> _tokenLines = [];
    private readonly List<(int Start, int End)> _tokenSpans = [];
    private readonly List<int> _sentenceStarts = [];
    private readonly StringBuilder _text = new();
    private bool _sentenceOpen;

    private ConllDocument()
    {
    }

    /// <summary>Every line of the document as read, the -DOCSTART- line and blank lines included.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>For each token, the index of its line in <see cref="Lines"/>.</summary>
    public IReadOnlyList<int> TokenLines => _tokenLines;

    /// <summary>For each token, its character range in <see cref="Text"/>.</summary>
    public IReadOnlyList<(int Start, int End)> TokenSpans => _tokenSpans;

    /// <summary>For each sentence, the index of its first token.</summary>
    public IReadOnlyList<int> SentenceStarts => _sentenceStarts;

    public string Text => _text.ToString();

    /// <summary>The last column of every token line (the NER tag in CoNLL-2003 files).</summary>
    public IReadOnlyList<string> LastColumn() =>
        _tokenLines.Select(i => _lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).ToList();

    public static IEnumerable<ConllDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var document = new ConllDocument();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) && document._lines.Count > 0)
            {
                yield return document;
                document = new ConllDocument();
            }

            document.Add(line);
        }

        if (document._lines.Count > 0)
        {
            yield return document;
        }
    }

    private void Add(string line)
    {
        _lines.Add(line);
        var word = line.Split(' ', '\t').FirstOrDefault(w => w.Length > 0);
        if (word is null || word == "-DOCSTART-")
        {
            _sentenceOpen = false;
            return;
        }

        if (!_sentenceOpen)
        {
            _sentenceStarts.Add(_tokenLines.Count);
        }

        if (_text.Length > 0)
        {
            _text.Append(_sentenceOpen ? " " : "\n\n");
        }

        _sentenceOpen = true;
        _tokenLines.Add(_lines.Count - 1);
        _tokenSpans.Add((_text.Length, _text.Length + word.Length));
        _text.Append(word);
    }
}
