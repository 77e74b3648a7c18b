using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a Jekyll post whose <c>date</c> is on another day than its file name's date. Docs: PL110FileNameDateMismatch.md.</summary>
public sealed class PL110FileNameDateMismatch : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL110", "file-name-date-mismatch", "A post's date differs from the date in its file name",
        RuleCategory.FrontMatter, Severity.Warning)
    { KoreanTitle = "글의 date가 파일 이름의 날짜와 다릅니다" };

    private static readonly Message Mismatch = new(
        "date {date} is not the file name's date {fileDate}; Jekyll dates the post and its URL {day}: make them agree",
        "date {date}{이} 파일 이름의 날짜 {fileDate}{과} 다릅니다. Jekyll은 글과 URL의 날짜를 {day}{으로} 정합니다. 둘을 맞추세요");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (SitePaths.JekyllPostEntry(post) is null ||
            !PostDates.TryGetFileNameDate(post.Path, out var fileDay, out var fileText) ||
            post.FrontMatter?.Root?.Get("date") is not YScalar scalar ||
            !PostDates.TryRead(SiteKind.Jekyll, scalar, out var date))
        {
            return;
        }

        // The date as Jekyll reads it (Ruby's Time.parse: Jul 08 2022, 2022.07.08, ...); a value it cannot read is
        // placeholder-date's finding. A plain folder's _posts are built by GitHub Pages' Jekyll.
        if (date.Day == fileDay)
        {
            return;
        }

        // A written zone (or Ruby's UTC for an unquoted date-time with seconds) moves the day Jekyll sees into the site's
        // time zone. With the site's zone known, accept that day; without it the build machine decides, so allow a day
        // either way.
        var jekyllDay = date.Day;
        if (date.Offset is not null || (scalar.IsPlain && date.HasSeconds))
        {
            var instant = SiteTime.Instant(date, scalar.IsPlain, post.Site);
            if (SiteTime.Zone(post.Site) is { } zone)
            {
                jekyllDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
                if (jekyllDay == fileDay)
                {
                    return;
                }
            }
            else if (Math.Abs(fileDay.DayNumber - date.Day.DayNumber) <= 1)
            {
                return;
            }
        }

        var day = jekyllDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Report(scalar.Range, Mismatch.With(scalar.Value.Trim(), fileText, day));
    }
}
