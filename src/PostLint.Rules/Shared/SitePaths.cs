using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>Where a file sits in its site, as the site generator sees it (Jekyll posts, Hugo content pages), and lexical path helpers.</summary>
public static class SitePaths
{
    private static readonly object RelativeKey = new();

    /// <summary>
    /// The file's path relative to the site's source folder with <c>/</c>, or its display path when it lies outside;
    /// computed once per post (several rules ask).
    /// </summary>
    public static string RelativeToSource(Post post) => post.GetShared(RelativeKey, ComputeRelativeToSource);

    private static string ComputeRelativeToSource(Post post)
    {
        if (post.FullPath.Length > 0)
        {
            // A file found below its site (the usual case) is the rest of its full path; anything else is worked out.
            var source = Path.TrimEndingDirectorySeparator(post.Site.Source);
            if (post.FullPath.Length > source.Length + 1 && !Path.EndsInDirectorySeparator(source) && IsUnder(post.FullPath, source))
            {
                // Not when it holds an empty, . or .. segment: those are resolved the long way.
                var rest = post.FullPath[(source.Length + 1)..].Replace('\\', '/');
                var segments = $"/{rest}/";
                if (!segments.Contains("//", StringComparison.Ordinal) && !segments.Contains("/./", StringComparison.Ordinal) && !segments.Contains("/../", StringComparison.Ordinal))
                {
                    return rest;
                }
            }

            var relative = Path.GetRelativePath(post.Site.Source, post.FullPath).Replace('\\', '/');
            if (relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                return relative;
            }
        }

        return post.Path.Replace('\\', '/');
    }

    /// <summary>Whether Jekyll's rules apply: a Jekyll site, or no detected generator (GitHub Pages' default).</summary>
    public static bool IsJekyllLike(Site site) => site.Kind is SiteKind.Jekyll or SiteKind.None;

    /// <summary>
    /// The file's path inside its <c>_posts</c> folder when Jekyll reads it as a post, else null. Jekyll reads every
    /// file below the first <c>_posts</c> folder, subfolders included, except entries it treats as special: a path
    /// below <c>_posts</c> or a file name starting with <c>.</c>, <c>_</c>, <c>#</c> or <c>~</c>, or ending with <c>~</c>.
    /// </summary>
    public static string? JekyllPostEntry(Post post) => post.GetShared(PostEntryKey, ComputeJekyllPostEntry).Entry;

    private static readonly object PostEntryKey = new();

    /// <summary>A value that may be null, for <see cref="Post.GetShared{T}"/>.</summary>
    private sealed record Computed(string? Entry);

    private static Computed ComputeJekyllPostEntry(Post post)
    {
        if (!IsJekyllLike(post.Site))
        {
            return new Computed(null);
        }

        // Below the first segment named _posts (and not that segment itself).
        var relative = RelativeToSource(post);
        var at = 0;
        if (!relative.StartsWith("_posts/", StringComparison.Ordinal))
        {
            at = relative.IndexOf("/_posts/", StringComparison.Ordinal) + 1;
            if (at == 0)
            {
                return new Computed(null);
            }
        }

        var entry = relative[(at + "_posts/".Length)..];
        var name = entry[(entry.LastIndexOf('/') + 1)..];
        return new Computed(JekyllSiteFiles.IsSpecial(entry) || JekyllSiteFiles.IsSpecial(name) ? null : entry);
    }

    /// <summary>Whether the file is a Hugo content page: under the site's <c>contentDir</c>, and not a resource of a leaf bundle.</summary>
    public static bool IsHugoContentPage(Post post)
    {
        if (post.Site.Kind != SiteKind.Hugo)
        {
            return false;
        }

        // Below the site's contentDir (content/ by default); a file with no path on disk is judged by its display path.
        var relative = post.FullPath.Length > 0 ? post.Site.PathInContent(post.FullPath) : RelativeToSource(post) is { } r && r.StartsWith("content/", StringComparison.Ordinal) ? r : null;
        if (relative is null)
        {
            return false;
        }

        var name = Path.GetFileName(relative);
        if (name is "index.md" or "_index.md" || post.FullPath.Length == 0)
        {
            return true;
        }

        // A Markdown file beside a leaf bundle's index.md is a page resource, not a page.
        var folder = Path.GetDirectoryName(post.FullPath);
        return folder is null || !File.Exists(Path.Combine(folder, "index.md"));
    }

    /// <summary>Whether the file is a post whose generator needs front matter: a Jekyll post or a Hugo content page.</summary>
    public static bool IsPost(Post post) => JekyllPostEntry(post) is not null || IsHugoContentPage(post);

    /// <summary>Whether the full path <paramref name="path"/> is <paramref name="root"/> or lies under it.</summary>
    public static bool IsUnder(string path, string root)
    {
        var p = Path.TrimEndingDirectorySeparator(path);
        var r = Path.TrimEndingDirectorySeparator(root);
        return p.Length == r.Length
            ? string.Equals(p, r, StringComparison.Ordinal)
            : p.Length > r.Length && p.StartsWith(r, StringComparison.Ordinal) && (p[r.Length] == Path.DirectorySeparatorChar || p[r.Length] == Path.AltDirectorySeparatorChar || r.EndsWith(Path.DirectorySeparatorChar));
    }

    /// <summary>The segments of a full path below <paramref name="root"/> (empty for the root itself).</summary>
    public static List<string> SegmentsBelow(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? [] : relative.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>
    /// Applies a '/'-separated relative path to <paramref name="baseSegments"/>: <c>.</c> and empty segments are dropped,
    /// <c>..</c> goes up. Returns the number of levels the path tried to climb above the base's root (0 when it stays inside).
    /// </summary>
    public static int Combine(List<string> baseSegments, string relative, out List<string> result)
    {
        result = new List<string>(baseSegments);
        var above = 0;
        foreach (var part in relative.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (result.Count > 0)
                {
                    result.RemoveAt(result.Count - 1);
                }
                else
                {
                    above++;
                }

                continue;
            }

            result.Add(part);
        }

        return above;
    }

    /// <summary>Joins segments into a URL path with a leading slash.</summary>
    public static string ToUrl(IEnumerable<string> segments, bool trailingSlash = false)
    {
        var joined = "/" + string.Join('/', segments);
        return trailingSlash && !joined.EndsWith('/') ? joined + "/" : joined;
    }

    /// <summary>Joins segments into a site-relative display path (<c>assets/images/a.png</c>).</summary>
    public static string ToDisplay(IEnumerable<string> segments, bool folder = false)
    {
        var joined = string.Join('/', segments);
        return folder && joined.Length > 0 ? joined + "/" : joined;
    }
}
