using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// Whether Jekyll publishes a post at build time (checked with Jekyll 4.3): not with <c>published: false</c> (unless
/// built with <c>--unpublished</c>), not while its date (<c>date</c>, else the file name's) is to come unless the site
/// sets <c>future: true</c>. Such a post is not in <c>site.posts</c> at all: a <c>post_url</c> to it stops the build.
/// </summary>
public static partial class JekyllSchedule
{
    /// <summary>The date Jekyll gives a post: its <c>date</c> as Jekyll reads it, else its file name's date (in the site's
    /// zone); null when it has neither, or a <c>date</c> Jekyll cannot read (placeholder-date's finding).</summary>
    /// <param name="post">A post of a <c>_posts</c> folder.</param>
    public static (DateTimeOffset At, string Text, TextRange Range, bool FromFileName)? PostDate(Post post)
    {
        if (post.FrontMatter?.Root?.Find("date") is { } entry)
        {
            // A plain folder's _posts are built by GitHub Pages' Jekyll, so its grammar applies there too.
            return entry.Value is YScalar scalar && PostDates.TryRead(SiteKind.Jekyll, scalar, out var written)
                ? (SiteTime.Instant(written, scalar.IsPlain, post.Site), scalar.Value.Trim(), scalar.Range, false)
                : null;
        }

        return PostDates.TryGetFileNameDate(post.Path, out var day, out _)
            ? (SiteTime.InZone(day.ToDateTime(TimeOnly.MinValue), SiteTime.ZoneOrDefault(post.Site)), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new TextRange(0, 0), true)
            : null;
    }

    /// <summary>
    /// The name a <c>{% post_url %}</c> gives a draft that <c>jekyll build --drafts</c> builds (checked with Jekyll 4.3):
    /// a draft is in <c>site.posts</c> then, and found by Jekyll's older matching (with a deprecation warning) by its
    /// date and slug, <c>2025-03-20-name</c>. The date is its <c>date</c>, else its file name's, else the file's
    /// modification time (in the site's zone); the slug its <c>slug</c>, else its file name without date and extension.
    /// Null when its <c>date</c> is one Jekyll cannot read.
    /// </summary>
    public static string? DraftName(Post draft)
    {
        DateTime day;
        if (PostDate(draft) is { } date)
        {
            day = date.At.DateTime;
        }
        else if (draft.FrontMatter?.Root?.Find("date") is not null)
        {
            return null;
        }
        else if (Modified(draft) is { } modified)
        {
            day = modified.DateTime;
        }
        else
        {
            return null;
        }

        var slug = draft.FrontMatter?.Root?.Get("slug") is YScalar { IsNull: false } s && s.Value.Length > 0 ? s.Value : SlugOf(Path.GetFileName(draft.Path));
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + slug;
    }

    /// <summary>The time Jekyll dates an undated draft by: its file's modification time, in the site's zone; null when
    /// the file cannot be read.</summary>
    public static DateTimeOffset? Modified(Post draft)
    {
        try
        {
            return draft.FullPath.Length > 0 && File.Exists(draft.FullPath)
                ? TimeZoneInfo.ConvertTime(new DateTimeOffset(File.GetLastWriteTimeUtc(draft.FullPath)), SiteTime.ZoneOrDefault(draft.Site))
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The name <c>{% post_url %}</c> matches a draft by (see <see cref="DraftName"/>): <paramref name="name"/> read as
    /// Jekyll's PostComparer reads it (folders, a date of three numbers, a slug), with the date written in full; null
    /// when it holds no date.
    /// </summary>
    public static string? PostUrlDraftName(string name)
    {
        var m = PostUrlName().Match(name.TrimStart('/'));
        if (!m.Success || !int.TryParse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture, out var mo) || !int.TryParse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{mo:D2}-{d:D2}-{m.Groups["slug"].Value}");
    }

    /// <summary>A file name's slug as Jekyll takes it: without its date and extension, trailing dots removed.</summary>
    private static string SlugOf(string fileName)
    {
        var m = DatedFileName().Match(fileName);
        var slug = m.Success ? m.Groups["slug"].Value : Path.GetFileNameWithoutExtension(fileName);
        return slug.TrimEnd('.');
    }

    [GeneratedRegex(@"^(?:.+/)*(?<y>\d+)-(?<m>\d+)-(?<d>\d+)-(?<slug>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PostUrlName();

    [GeneratedRegex(@"^\d{2,4}-\d{1,2}-\d{1,2}-(?<slug>.*)\.[^.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedFileName();

    /// <summary>
    /// Why Jekyll does not render the page <paramref name="post"/> in a build at <paramref name="now"/> (with
    /// <paramref name="drafts"/>: <c>--drafts</c>): a file of <c>_drafts/</c> without drafts, <c>published: false</c>, a
    /// post or draft dated later than the build; null when it renders it. Jekyll runs a page's Liquid tags
    /// (<c>post_url</c>, <c>link</c>) only when it renders the page.
    /// </summary>
    public static LeftOutReason? NotRendered(Post post, DateTimeOffset now, bool drafts)
    {
        var inDrafts = Drafts.InDraftsFolder(post);
        if (inDrafts && !drafts)
        {
            return new LeftOutReason("_drafts/", LeftOutKind.Draft);
        }

        if (IsUnpublished(post))
        {
            return new LeftOutReason("published: false", LeftOutKind.Unpublished);
        }

        return (inDrafts || SitePaths.JekyllPostEntry(post) is not null) && LeftOut(post, now) is { } why ? new LeftOutReason(why, LeftOutKind.Future) : null;
    }

    /// <summary>Whether the post says <c>published: false</c> (Ruby's YAML: also <c>no</c>, <c>off</c>).</summary>
    public static bool IsUnpublished(Post post) => YBoolean.IsFalse(post.FrontMatter?.Root?.Get("published"), yaml11: true);

    /// <summary>
    /// Why Jekyll leaves the post at <paramref name="post"/> out of <c>site.posts</c> at <paramref name="now"/>
    /// (<c>published: false</c>, <c>date: 2099-01-01</c>), or null when it publishes it.
    /// </summary>
    public static string? LeftOut(Post post, DateTimeOffset now)
    {
        if (IsUnpublished(post))
        {
            return "published: false";
        }

        return !post.Site.Future && PostDate(post) is { } date && date.At > now ? "date: " + date.Text : null;
    }
}
