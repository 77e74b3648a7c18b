using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
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
        KoreanTitle = "front matter의 날짜가 템플릿 자리 표시자이거나 실제 날짜가 아닙니다",
    };

    private static readonly Message Placeholder = new(
        "{key} is the placeholder '{value}'; write the real date, e.g. {example}",
        "{key} 값이 자리 표시자 '{value}'입니다. 실제 날짜를 쓰세요(예: {example})");

    private static readonly Message NotADate = new(
        "{key} is not a date; write a date such as {example}",
        "{key} 값이 날짜가 아닙니다. {example} 같은 날짜를 쓰세요");

    private static readonly Message NotADateStops = new(
        "{key} is not a date, so {generator} stops the build; write a date such as {example}",
        "{key} 값이 날짜가 아니라서 {generator} 빌드가 멈춥니다. {example} 같은 날짜를 쓰세요");

    private static readonly Message Empty = new(
        "{key} is empty; write a date such as {example} or remove the key",
        "{key} 값이 비어 있습니다. {example} 같은 날짜를 쓰거나 키를 지우세요");

    private static readonly Message EmptyStops = new(
        "{key} is empty, so {generator} stops the build; write a date such as {example} or remove the key",
        "{key} 값이 비어 있어 {generator} 빌드가 멈춥니다. {example} 같은 날짜를 쓰거나 키를 지우세요");

    private static readonly Message InvalidStops = new(
        "{key} '{value}' is not a date {generator} reads, so the build stops; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} {generator}{이} 읽을 수 있는 날짜가 아니라서 빌드가 멈춥니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message InvalidStopsWhy = new(
        "{key} '{value}' is not a date {generator} reads, so the build stops ({why}); write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} {generator}{이} 읽을 수 있는 날짜가 아니라서 빌드가 멈춥니다({why}). YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message InvalidDatesPage = new(
        "{key} '{value}' is not a date {generator} reads and it dates the page 0001-01-01; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} {generator}{이} 읽을 수 있는 날짜가 아니라서 페이지 날짜가 0001-01-01이 됩니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message InvalidIgnored = new(
        "{key} '{value}' is not a date {generator} reads and it ignores the value; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} {generator}{이} 읽을 수 있는 날짜가 아니라서 이 값은 무시됩니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message InvalidShown = new(
        "{key} '{value}' is not a date {generator} reads; the theme shows it as written; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} {generator}{이} 읽을 수 있는 날짜가 아닙니다. 테마는 적힌 그대로 보여 줍니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message InvalidAny = new(
        "{key} '{value}' is not a date a generator reads; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} 어떤 사이트 생성기도 읽을 수 없는 날짜입니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message Shifted = new(
        "{key} '{value}': {note}; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}': {note}. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message TimeRange = new(
        "{key} '{value}' looks like a time range ({range}), but {generator} reads {offset} as a zone offset; write one time, e.g. {time}",
        "{key} '{value}'{은} 시간 범위({range})처럼 보이지만 {generator}{은} {offset}{을} 시간대 오프셋으로 읽습니다. 시각을 하나만 쓰세요(예: {time})");

    private static readonly Message TimeRangeAny = new(
        "{key} '{value}' looks like a time range ({range}), but date parsers read {offset} as a zone offset; write one time, e.g. {time}",
        "{key} '{value}'{은} 시간 범위({range})처럼 보이지만 날짜 파서는 {offset}{을} 시간대 오프셋으로 읽습니다. 시각을 하나만 쓰세요(예: {time})");

    private static readonly Message Unknown = new(
        "{key} '{value}' is in a form PostLint cannot check for {generator}; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} PostLint가 {generator} 기준으로 검사할 수 없는 형식입니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message UnknownAny = new(
        "{key} '{value}' is in a form PostLint cannot check; write YYYY-MM-DD, e.g. {example}",
        "{key} '{value}'{은} PostLint가 검사할 수 없는 형식입니다. YYYY-MM-DD 형식으로 쓰세요(예: {example})");

    private static readonly Message FileNamePlaceholder = new(
        "file name starts with the placeholder '{prefix}'; rename it to start with the post's date, e.g. {example}-{rest}",
        "파일 이름이 자리 표시자 '{prefix}'{으로} 시작합니다. 글의 날짜로 시작하도록 이름을 바꾸세요(예: {example}-{rest})");

    private static readonly Message ReplaceWith = new("Replace with {date}", "{date}{으로} 바꾸세요");

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
            var scalar = entry.Value as YScalar;
            if (scalar is null)
            {
                // `date: [date]` is a YAML list, but its author meant the placeholder text.
                var raw = post.Text[entry.Value.Range.Start..entry.Value.Range.End].Trim();
                var placeholder = state.Placeholders.Match(raw) is not null;
                context.Report(entry.Value.Range, placeholder
                    ? Placeholder.With(key, raw, Example(post, context))
                    : stops ? NotADateStops.With(key, DateGrammar.GeneratorName(kind), Example(post, context)) : NotADate.With(key, Example(post, context)),
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
                context.Report(entry.Key.Range, emptyStops ? EmptyStops.With(key, DateGrammar.GeneratorName(kind), Example(post, context)) : Empty.With(key, Example(post, context)),
                    severity: emptyStops ? Severity.Error : Severity.Warning);
                continue;
            }

            if (state.Placeholders.Match(value) is not null)
            {
                // A template's placeholder is never meant: the build stops on it or readers see it, so it is an error
                // whatever reads the key.
                context.Report(range, Placeholder.With(key, value, Example(post, context)), ReplacementFix(post, root, key, scalar));
                continue;
            }

            var reading = DateGrammar.Read(kind, scalar);
            var generator = DateGrammar.GeneratorName(kind);
            switch (reading.Verdict)
            {
                case DateVerdict.Invalid:
                    context.Report(range, Invalid(kind, key, value, consequence, reading, Example(post, context)),
                        severity: stops ? Severity.Error : Severity.Warning);
                    break;
                case DateVerdict.Shifted:
                    context.Report(range, Shifted.With(key, value, reading.Note, Example(post, context)), severity: Severity.Warning);
                    break;
                case DateVerdict.TimeRange:
                    context.Report(range, kind == SiteKind.None
                        ? TimeRangeAny.With(key, value, reading.Note, value[16..], value[..16])
                        : TimeRange.With(key, value, reading.Note, generator, value[16..], value[..16]),
                        severity: Severity.Warning);
                    break;
                case DateVerdict.Unknown:
                    context.Report(range, kind == SiteKind.None
                        ? UnknownAny.With(key, value, Example(post, context))
                        : Unknown.With(key, value, generator, Example(post, context)),
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

    /// <summary>A value the generator cannot read, and what that does.</summary>
    private static Localized Invalid(SiteKind kind, string key, string value, InvalidDateConsequence consequence, DateReading reading, string example)
    {
        var generator = DateGrammar.GeneratorName(kind);
        return consequence switch
        {
            InvalidDateConsequence.BuildStops when reading.Note is { } why && kind != SiteKind.Astro => InvalidStopsWhy.With(key, value, generator, why, example),
            InvalidDateConsequence.BuildStops => InvalidStops.With(key, value, generator, example),
            InvalidDateConsequence.Dropped when key.Equals("date", StringComparison.OrdinalIgnoreCase) => InvalidDatesPage.With(key, value, generator, example),
            InvalidDateConsequence.Dropped => InvalidIgnored.With(key, value, generator, example),
            _ => kind == SiteKind.None ? InvalidAny.With(key, value, example) : InvalidShown.With(key, value, generator, example),
        };
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
            context.Report(new TextRange(0, 0), FileNamePlaceholder.With(prefix, Example(post, context), name[11..]));
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

        var reading = DateGrammar.Read(post.Site.Kind, d);
        return reading.Verdict == DateVerdict.Valid ? reading.ReadAs?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static Fix? ReplacementFix(Post post, YMapping root, string key, YScalar scalar)
    {
        // Unsafe: the file name's (or the date key's) date is a guess at when the post was really written or changed.
        var suggestion = key == "date" && PostDates.TryGetFileNameDate(post.Path, out _, out var n) ? n : SuggestedDate(post, root);
        return suggestion is null ? null : Fix.Replace(ReplaceWith.With(suggestion), scalar.Range, suggestion, FixSafety.Unsafe);
    }
}
