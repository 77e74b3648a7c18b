using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
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
        "{key} {modified} is earlier than date {date} (line {line}); correct one of them",
        "{key} {modified}{이} {line}번째 줄의 date {date}보다 이릅니다. 둘 중 하나를 고치세요");

    /// <summary>The last-modified keys checked unless <c>keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys = ["last_modified_at", "lastmod", "last_modified", "modified", "updated", "updated_at"];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record State(HashSet<string> Keys);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) =>
        new State(new HashSet<string>(setup.Options.GetStringList("keys", DefaultKeys), StringComparer.Ordinal));

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // Values that are not dates are placeholder-date's findings.
        if (post.FrontMatter?.Root is not { } root ||
            root.Find("date") is not { Value: YScalar dateValue } dateEntry ||
            !PostDates.TryRead(dateValue.Value, out var date))
        {
            return;
        }

        var keys = context.State<State>().Keys;
        foreach (var entry in root.Entries)
        {
            if (entry.KeyText is not { } key || !keys.Contains(key) || entry.Value is not YScalar value || !PostDates.TryRead(value.Value, out var modified))
            {
                continue;
            }

            if (IsEarlier(modified, date, post))
            {
                var line = post.Source.GetPosition(dateEntry.Key.Range.Start).Line;
                context.Report(value.Range, Earlier.With(key, value.Value.Trim(), dateValue.Value.Trim(), line));
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

        var zone = SiteTime.Zone(post.Site) ?? TimeZoneInfo.Local;
        DateTimeOffset At(PostDates.Written w) => w.Offset is { } o ? new DateTimeOffset(w.WallClock, o) : SiteTime.InZone(w.WallClock, zone);
        return At(modified) < At(date);
    }
}
