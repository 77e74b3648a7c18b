using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;
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

    /// <summary>
    /// The date keys checked on a site with no generator unless <c>keys</c> is configured; on a Jekyll, Hugo or Astro
    /// site the checked keys are the generator's own (<see cref="FrontMatterKeys.Dates"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultKeys = [.. FrontMatterKeys.Dates(SiteKind.None).Select(k => k.Name)];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>The rule's settings: the configured keys (null: the generator's date keys) and the placeholder patterns.</summary>
    private sealed record State(HashSet<string>? Keys, PatternSet Placeholders);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var pack = Pack.LoadBuiltIn("placeholders/dates.yml", setup);
        var patterns = pack is null ? null : PatternSet.Load(pack, setup);
        var configured = setup.Options.GetStringList("keys", []);
        return new State(configured.Count == 0 ? null : new HashSet<string>(configured, StringComparer.Ordinal), patterns!);
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        CheckFileName(post, state, context);
        // Plain null checks, not 'is not { } v' guards: those leave a mutant that Stryker cannot compile (CS0165).
        var root = post.FrontMatter?.Root;
        if (root is null)
        {
            return;
        }

        var kind = post.Site.Kind;
        foreach (var entry in root.Entries)
        {
            var key = entry.KeyText;
            var spec = key is null ? null : DateKey(kind, key, state);
            if (key is null || spec is null)
            {
                continue;
            }

            var consequence = FrontMatterKeys.Consequence(post.Site, spec, IsJekyllDocument(post));
            var stops = consequence == InvalidDateConsequence.BuildStops;
            if (entry.Value is not YScalar scalar)
            {
                // `date: [date]` is a YAML list, but its author meant the placeholder text.
                var raw = post.Text[entry.Value.Range.Start..entry.Value.Range.End].Trim();
                var placeholder = state.Placeholders.Match(raw) is not null;
                context.Report(entry.Value.Range, placeholder
                    ? $"{key} is the placeholder '{raw}'; write the real date, e.g. {Example(post, context)}"
                    : $"{key} is not a date{Stops(kind, stops)}; write a date such as {Example(post, context)}",
                    severity: placeholder || stops ? Severity.Error : Severity.Warning);
                continue;
            }

            var value = scalar.Value.Trim();
            var range = scalar.Range;
            if (spec.Type == FrontMatterKeyType.BooleanOrDate && scalar.IsPlain && value.ToLowerInvariant() is "true" or "false")
            {
                // Hugo: `published: false` makes a draft.
                continue;
            }

            if (scalar.IsNull || value.Length == 0)
            {
                // Jekyll parses an empty `date` of a document and stops; the theme and feed filters skip other empty keys.
                var emptyStops = stops && !(kind == SiteKind.Jekyll && key != "date") && !(kind == SiteKind.Astro && scalar.IsNull);
                context.Report(entry.Key.Range, $"{key} is empty{Stops(kind, emptyStops)}; write a date such as {Example(post, context)} or remove the key",
                    severity: emptyStops ? Severity.Error : Severity.Warning);
                continue;
            }

            if (state.Placeholders.Match(value) is not null)
            {
                // A template's placeholder is never meant: the build stops on it or readers see it, so it is an error
                // whatever reads the key.
                context.Report(range, $"{key} is the placeholder '{value}'; write the real date, e.g. {Example(post, context)}", ReplacementFix(post, root, key, scalar));
                continue;
            }

            var reading = DateGrammar.Read(kind, value, scalar.IsPlain);
            var generator = DateGrammar.GeneratorName(kind);
            switch (reading.Verdict)
            {
                case DateVerdict.Invalid:
                    context.Report(range, $"{key} '{value}' is not a date {generator} reads{Consequence(kind, key, consequence, reading)}; write YYYY-MM-DD, e.g. {Example(post, context)}",
                        severity: stops ? Severity.Error : Severity.Warning);
                    break;
                case DateVerdict.Shifted:
                    context.Report(range, $"{key} '{value}': {reading.Note}; write YYYY-MM-DD, e.g. {Example(post, context)}", severity: Severity.Warning);
                    break;
                case DateVerdict.TimeRange:
                    context.Report(range, $"{key} '{value}' looks like a time range ({reading.Note}), but {(kind == SiteKind.None ? "date parsers read" : generator + " reads")} {value[16..]} as a zone offset; write one time, e.g. {value[..16]}",
                        severity: Severity.Warning);
                    break;
                case DateVerdict.Unknown:
                    context.Report(range, $"{key} '{value}' is in a form PostLint cannot check{(kind == SiteKind.None ? "" : " for " + generator)}; write YYYY-MM-DD, e.g. {Example(post, context)}",
                        severity: Severity.Warning);
                    break;
            }
        }
    }

    /// <summary>The date key <paramref name="key"/> as checked here: a configured key, else one the generator reads as a date.</summary>
    private static FrontMatterKey? DateKey(SiteKind kind, string key, State state)
    {
        var known = FrontMatterKeys.Find(kind, key);
        if (state.Keys is { } configured)
        {
            return configured.Contains(key) ? known ?? new FrontMatterKey(key, FrontMatterKeyType.Date) : null;
        }

        return known is { Type: FrontMatterKeyType.Date or FrontMatterKeyType.BooleanOrDate } ? known : null;
    }

    /// <summary>Whether Jekyll reads the file as a document (post, draft, collection item), whose <c>date</c> it parses.</summary>
    private static bool IsJekyllDocument(Post post)
    {
        if (post.Site.Kind != SiteKind.Jekyll)
        {
            return false;
        }

        if (SitePaths.JekyllPostEntry(post) is not null)
        {
            return true;
        }

        var segments = SitePaths.SegmentsBelow(post.FullPath, post.Site.Source);
        return segments.Count > 1 && post.Site.ReadUnderscoreFolders.Contains(segments[0]);
    }

    private static string Stops(SiteKind kind, bool stops) => stops ? $", so {DateGrammar.GeneratorName(kind)} stops the build" : "";

    private static string Consequence(SiteKind kind, string key, InvalidDateConsequence consequence, DateReading reading) => consequence switch
    {
        InvalidDateConsequence.BuildStops => $", so the build stops{(reading.Note.Length > 0 && kind != SiteKind.Astro ? " (" + reading.Note + ")" : "")}",
        InvalidDateConsequence.Dropped when key.Equals("date", StringComparison.OrdinalIgnoreCase) => " and it dates the page 0001-01-01",
        InvalidDateConsequence.Dropped => " and it ignores the value",
        _ => kind == SiteKind.None ? "" : "; the theme shows it as written",
    };

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
            context.Report(new TextRange(0, 0), $"file name starts with the placeholder '{prefix}'; rename it to start with the post's date, e.g. {Example(post, context)}-{name[11..]}");
        }
    }

    /// <summary>A concrete date to suggest: the file name's date, else the <c>date</c> key's, else today's (the run's clock).</summary>
    private static string Example(Post post, RuleContext context) =>
        SuggestedDate(post, post.FrontMatter?.Root) ?? Today(post, context).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The run's date in the site's time zone (Jekyll's <c>timezone</c>), else as the clock gives it.</summary>
    private static DateOnly Today(Post post, RuleContext context) =>
        DateOnly.FromDateTime((SiteTime.Zone(post.Site) is { } zone ? TimeZoneInfo.ConvertTime(context.Now, zone) : context.Now).DateTime);

    private static string? SuggestedDate(Post post, YMapping? root)
    {
        if (PostDates.TryGetFileNameDate(post.Path, out _, out var fromName))
        {
            return fromName;
        }

        var d = root?.Get("date") as YScalar;
        if (d is null)
        {
            return null;
        }

        var reading = DateGrammar.Read(post.Site.Kind, d.Value, d.IsPlain);
        return reading.Verdict == DateVerdict.Valid ? reading.ReadAs?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static Fix? ReplacementFix(Post post, YMapping root, string key, YScalar scalar)
    {
        // Unsafe: the file name's (or the date key's) date is a guess at when the post was really written or changed.
        var suggestion = key == "date" && PostDates.TryGetFileNameDate(post.Path, out _, out var n) ? n : SuggestedDate(post, root);
        return suggestion is null ? null : Fix.Replace($"Replace with {suggestion}", scalar.Range, suggestion, FixSafety.Unsafe);
    }
}
