using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/who NAME": who this is, in what role, in which recent stories.</summary>
public sealed partial class WhoCommand(WhoLookup who) : ICommandHandler
{
    /// <summary>Most stories read for one look-up.</summary>
    public const int StoryLimit = WhoLookup.StoryLimit;

    /// <summary>Longest name accepted (after markup and control characters are removed).</summary>
    public const int MaxNameLength = 100;

    public CommandSpec Spec => CommandSpecs.Who;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var raw = arguments.GetText("name");
        if (raw.Length > MaxNameLength * 10)
        {
            return new UsageError(Spec, $"That name is too long; use at most {MaxNameLength} characters.");
        }

        var name = Clean(raw);
        if (name.Length > MaxNameLength)
        {
            return new UsageError(Spec, $"That name is too long; use at most {MaxNameLength} characters.");
        }

        if (!name.Any(char.IsLetterOrDigit))
        {
            return new UsageError(Spec, "Give a name with letters in it, for example /who Kishida.");
        }

        return new WhoOutcome(await who.LookupAsync(name, cancellationToken));
    }

    /// <summary>Drops markup tags, control and format characters and broken surrogates; collapses white space.</summary>
    internal static string Clean(string text)
    {
        var withoutTags = MarkupTag().Replace(text, " ");
        var builder = new StringBuilder(withoutTags.Length);
        for (var i = 0; i < withoutTags.Length; i++)
        {
            var c = withoutTags[i];
            if (char.IsHighSurrogate(c) && i + 1 < withoutTags.Length && char.IsLowSurrogate(withoutTags[i + 1]))
            {
                builder.Append(c).Append(withoutTags[++i]);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned ||
                char.IsWhiteSpace(c))
            {
                builder.Append(char.IsWhiteSpace(c) || category == UnicodeCategory.Control ? ' ' : '\0');
                continue;
            }

            builder.Append(c);
        }

        var words = builder.ToString().Replace("\0", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    [GeneratedRegex(@"</?[A-Za-z][^<>]{0,200}>|&[A-Za-z]{2,8};|&#\d{1,7};")]
    private static partial Regex MarkupTag();
}
