using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.Content;

/// <summary>Flags template placeholders, empty values and invalid dates in front matter date keys. Docs: PL201PlaceholderDate.md.</summary>
public sealed class PL201PlaceholderDate : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL201", "placeholder-date", "A front matter date is a template placeholder or not a real date",
        RuleCategory.Content, Severity.Error, FixAvailability.Sometimes)
    {
        Options =
        [
            new OptionSpec("keys", OptionKind.StringList, "Front matter keys that hold dates"),
        ],
    };

    /// <summary>The date keys checked unless <c>keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys =
    [
        "date", "last_modified_at", "lastmod", "last_modified", "modified", "updated", "updated_at",
        "created", "created_at", "publishDate", "pubDate", "published", "expiryDate",
    ];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record State(HashSet<string> Keys, PatternSet Placeholders);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var pack = Pack.LoadBuiltIn("placeholders/dates.yml", setup);
        var patterns = pack is null ? null : PatternSet.Load(pack, setup);
        return new State(new HashSet<string>(setup.Options.GetStringList("keys", DefaultKeys), StringComparer.Ordinal), patterns!);
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        CheckFileName(post, state, context);
        if (post.FrontMatter?.Root is not { } root)
        {
            return;
        }

        foreach (var entry in root.Entries)
        {
            if (entry.KeyText is not { } key || !state.Keys.Contains(key))
            {
                continue;
            }

            if (entry.Value is not YScalar scalar)
            {
                // `date: [date]` is a YAML list, but its author meant the placeholder text.
                var raw = post.Text[entry.Value.Range.Start..entry.Value.Range.End].Trim();
                context.Report(entry.Value.Range, state.Placeholders.Match(raw) is not null
                    ? $"{key} is the placeholder '{raw}'; write the real date, e.g. {Example(post)}"
                    : $"{key} is not a date; write a date such as {Example(post)}");
                continue;
            }

            var value = scalar.Value.Trim();
            var range = scalar.Range;
            if (scalar.IsNull || value.Length == 0)
            {
                context.Report(entry.Key.Range, $"{key} is empty; write a date such as {Example(post)} or remove the key", severity: Severity.Warning);
                continue;
            }

            if (state.Placeholders.Match(value) is not null)
            {
                context.Report(range, $"{key} is the placeholder '{value}'; write the real date, e.g. {Example(post)}", ReplacementFix(post, root, key, scalar));
                continue;
            }

            switch (PostDates.TryParse(value, out _))
            {
                case PostDates.Shape.Malformed:
                    context.Report(range, $"{key} has invalid date '{value}'; write YYYY-MM-DD with an optional time, e.g. {Example(post)}");
                    break;
                case PostDates.Shape.Impossible:
                    context.Report(range, $"{key} has invalid date '{value}': no such day or time");
                    break;
            }
        }
    }

    private static void CheckFileName(Post post, State state, RuleContext context)
    {
        if (!PostDates.IsInPostsFolder(post.Path))
        {
            return;
        }

        var name = Path.GetFileName(post.Path);
        var dash = name.Length > 10 ? name.IndexOf('-', 10) : -1;
        if (dash != 10)
        {
            return;
        }

        var prefix = name[..10];
        if (state.Placeholders.Match(prefix) is not null)
        {
            context.Report(new TextRange(0, 0), $"file name starts with the placeholder '{prefix}'; rename it to start with the post's date, e.g. {Example(post)}-{name[11..]}");
        }
    }

    /// <summary>A concrete date to suggest: the file name's date, else the <c>date</c> key's, else a generic example.</summary>
    private static string Example(Post post) => SuggestedDate(post, post.FrontMatter?.Root) ?? "2025-01-31";

    private static string? SuggestedDate(Post post, YMapping? root)
    {
        if (PostDates.TryGetFileNameDate(post.Path, out _, out var fromName))
        {
            return fromName;
        }

        if (root?.Get("date") is YScalar d && PostDates.TryParse(d.Value, out var date) == PostDates.Shape.Valid)
        {
            return date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static Fix? ReplacementFix(Post post, YMapping root, string key, YScalar scalar)
    {
        // Unsafe: the file name's (or the date key's) date is a guess at when the post was really written or changed.
        var suggestion = key == "date" && PostDates.TryGetFileNameDate(post.Path, out _, out var n) ? n : SuggestedDate(post, root);
        return suggestion is null ? null : Fix.Replace($"Replace with {suggestion}", scalar.Range, suggestion, FixSafety.Unsafe);
    }
}
