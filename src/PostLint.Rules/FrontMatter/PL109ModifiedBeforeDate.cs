using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a last-modified date earlier than the post's date. Docs: PL109ModifiedBeforeDate.md.</summary>
public sealed class PL109ModifiedBeforeDate : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL109", "modified-before-date", "A post's last-modified date is earlier than its date",
        RuleCategory.FrontMatter, Severity.Warning)
    {
        Options =
        [
            new OptionSpec("keys", OptionKind.StringList, "Front matter keys that hold the date of the last change"),
        ],
        KoreanTitle = "글의 마지막 수정 날짜가 date보다 이릅니다",
    };

    private static readonly Message Earlier = new(
        "{key} {modified} is earlier than {dateKey} {date} (line {line}); correct one of them",
        "{key} {modified}{이} {line}번째 줄의 {dateKey} {date}보다 이릅니다. 둘 중 하나를 고치세요");

    /// <summary>
    /// The last-modified keys checked on a Jekyll site unless <c>keys</c> is configured; other generators check their
    /// own (<see cref="FrontMatterKeys.ModifiedDateKeys"/>: Hugo's <c>lastmod</c> and <c>modified</c>, the Astro
    /// starter's <c>updatedDate</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultKeys = FrontMatterKeys.ModifiedDateKeys(SiteKind.Jekyll);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>The configured keys, or null to check the generator's own.</summary>
    private sealed record State(IReadOnlyList<string>? Keys);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) =>
        new State(setup.Options.Has("keys") ? setup.Options.GetStringList("keys", DefaultKeys) : null);

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // The post's date is the first of the generator's date keys that is set (Hugo: date, else publishDate, ...).
        // Values the generator cannot read are placeholder-date's findings.
        var kind = post.Site.Kind;
        var comparer = FrontMatterKeys.KeyComparer(kind);
        if (post.FrontMatter?.Root is not { } root ||
            FrontMatterKeys.PostDateKeys(kind).Select(k => root.Entries.Find(e => comparer.Equals(e.KeyText, k))).FirstOrDefault(e => e is not null) is not { Value: YScalar dateValue } dateEntry ||
            !PostDates.TryRead(kind, dateValue, out var date))
        {
            return;
        }

        var keys = context.State<State>().Keys ?? FrontMatterKeys.ModifiedDateKeys(kind);
        foreach (var entry in root.Entries)
        {
            var key = entry.KeyText;
            var value = entry.Value as YScalar;
            if (key is null || !keys.Contains(key, comparer) || value is null)
            {
                continue;
            }

            if (!PostDates.TryRead(kind, value, out var modified))
            {
                continue;
            }

            if (IsEarlier(modified, date, post))
            {
                var line = post.Source.GetPosition(dateEntry.Key.Range.Start).Line;
                context.Report(value.Range, Earlier.With(key, value.Value.Trim(), dateEntry.KeyText!, dateValue.Value.Trim(), line));
            }
        }
    }

    /// <summary>
    /// Compares as written: wall-clock times when neither value has a zone, calendar days when either has no time,
    /// instants only when a zone was written (a missing zone is then the site's).
    /// </summary>
    private static bool IsEarlier(PostDates.Written modified, PostDates.Written date, Post post)
    {
        if (!modified.HasTime || !date.HasTime)
        {
            return modified.Day < date.Day;
        }

        if (modified.Offset is null && date.Offset is null)
        {
            return modified.WallClock < date.WallClock;
        }

        var zone = SiteTime.ZoneOrDefault(post.Site);
        DateTimeOffset At(PostDates.Written w) => w.Offset is { } o ? new DateTimeOffset(w.WallClock, o) : SiteTime.InZone(w.WallClock, zone);
        return At(modified) < At(date);
    }
}
