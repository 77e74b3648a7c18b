using System.Globalization;
using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// Whether Jekyll publishes a post at build time (checked with Jekyll 4.3): not with <c>published: false</c> (unless
/// built with <c>--unpublished</c>), not while its date (<c>date</c>, else the file name's) is to come unless the site
/// sets <c>future: true</c>. Such a post is not in <c>site.posts</c> at all: a <c>post_url</c> to it stops the build.
/// </summary>
public static class JekyllSchedule
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
