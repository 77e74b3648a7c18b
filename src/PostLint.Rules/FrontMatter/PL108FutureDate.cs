using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a Jekyll post dated later than now, which Jekyll does not publish. Docs: PL108FutureDate.md.</summary>
public sealed class PL108FutureDate : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL108", "future-date", "A post is dated in the future, so Jekyll does not publish it",
        RuleCategory.FrontMatter, Severity.Warning)
    { KoreanTitle = "글의 날짜가 미래라서 Jekyll이 게시하지 않습니다" };

    private static readonly Message Future = new(
        "date {date} is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true",
        "date {date}{은} 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다");

    private static readonly Message FutureFromFileName = new(
        "date {date} (from the file name) is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true",
        "파일 이름의 날짜 {date}{은} 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.Site.Future || SitePaths.JekyllPostEntry(post) is null)
        {
            return;
        }

        var root = post.FrontMatter?.Root;
        if (root?.Get("published") is YScalar { IsPlain: true } published && published.Value.Trim().ToLowerInvariant() is "false" or "no" or "off")
        {
            return;
        }

        DateTimeOffset instant;
        string text;
        TextRange range;
        var message = Future;
        if (root?.Find("date") is { } entry)
        {
            // Values that are not dates are placeholder-date's findings.
            if (entry.Value is not YScalar scalar || !PostDates.TryRead(scalar.Value, out var written))
            {
                return;
            }

            instant = SiteTime.Instant(written, scalar.IsPlain, post.Site);
            text = scalar.Value.Trim();
            range = scalar.Range;
        }
        else if (PostDates.TryGetFileNameDate(post.Path, out var day, out text))
        {
            instant = SiteTime.InZone(day.ToDateTime(TimeOnly.MinValue), SiteTime.Zone(post.Site) ?? TimeZoneInfo.Local);
            range = new TextRange(0, 0);
            text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            message = FutureFromFileName;
        }
        else
        {
            return;
        }

        if (instant > context.Now)
        {
            context.Report(range, message.With(text));
        }
    }
}
