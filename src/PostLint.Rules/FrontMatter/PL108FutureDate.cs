using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a Jekyll post dated later than now, which Jekyll does not publish. Docs: PL108FutureDate.md.</summary>
public sealed class PL108FutureDate : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL108", "future-date", "A post is dated in the future, so Jekyll does not publish it",
        RuleCategory.FrontMatter, Severity.Warning);

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
            text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (from the file name)";
        }
        else
        {
            return;
        }

        if (instant > context.Now)
        {
            context.Report(range, $"date {text} is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true");
        }
    }
}
