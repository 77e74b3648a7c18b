using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>
/// Whether a post is a draft: a page its generator leaves out of the site unless asked for drafts. Work in progress
/// (a <c>TODO</c>, a heading still without text) is expected there and reported once the post is published.
/// </summary>
public static class Drafts
{
    /// <summary>
    /// Whether <paramref name="post"/> is a draft of its site: in Jekyll, a file under <c>_drafts/</c> or one with
    /// <c>published: false</c> (built only with <c>--drafts</c> / <c>--unpublished</c>); in Hugo, <c>draft: true</c> or
    /// <c>published: false</c> (built only with <c>--buildDrafts</c>); in Astro, <c>draft: true</c>, which the blog
    /// themes' collection queries filter out. Outside a generator (GitHub's file view) nothing is a draft: GitHub
    /// shows every file.
    /// </summary>
    public static bool IsDraft(Post post)
    {
        var root = post.FrontMatter?.Root;
        return post.Site.Kind switch
        {
            SiteKind.Jekyll => InDraftsFolder(post) || YBoolean.IsFalse(root?.Get("published"), yaml11: true),
            SiteKind.Hugo => YBoolean.Hugo(root?.GetIgnoringCase("draft")) ?? YBoolean.Hugo(root?.GetIgnoringCase("published")) is false,
            SiteKind.Astro => YBoolean.IsTrue(root?.Get("draft"), yaml11: false),
            _ => false,
        };
    }

    /// <summary>
    /// Whether <paramref name="post"/> is a page its site never writes, not even with drafts: a Hugo page whose build
    /// options say <c>render: never</c> or <c>link</c>, or a headless leaf bundle (<see cref="HugoBuild"/>). Its
    /// content reaches readers only through other pages (Hugo's <c>GetPage</c>, an include shortcode), if at all.
    /// </summary>
    public static bool IsUnrendered(Post post) => post.Site.Kind == SiteKind.Hugo && HugoBuild.Of(post).Render != HugoRender.Always;

    /// <summary>Whether <paramref name="post"/> is a file of a Jekyll <c>_drafts</c> folder (below the site's source).</summary>
    public static bool InDraftsFolder(Post post)
    {
        var relative = Path.GetRelativePath(post.Site.Source, post.FullPath).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative.Split('/').AsSpan()[..^1].Contains("_drafts");
    }
}
