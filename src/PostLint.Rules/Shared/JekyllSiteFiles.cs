using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>What Jekyll makes of a file of its source.</summary>
public enum JekyllFileRole
{
    /// <summary>A page: a file with front matter outside collections (or Markdown without it, where jekyll-optional-front-matter runs).</summary>
    Page,

    /// <summary>A static file: copied as it is.</summary>
    Static,

    /// <summary>A document of a collection Jekyll writes: a post, a draft built with <c>--drafts</c>, a document of a collection with <c>output: true</c>.</summary>
    Document,

    /// <summary>Not read: its name, or a folder's above it, starts with <c>_</c>, <c>.</c>, <c>#</c> or <c>~</c> (<see cref="JekyllFile.Name"/>), and no <c>include</c> entry names it.</summary>
    Special,

    /// <summary>Not read: the config's <c>exclude</c> list (or Jekyll's own defaults) leaves it out.</summary>
    Excluded,

    /// <summary>A document of a collection Jekyll reads but does not write (no <c>output: true</c>; <see cref="JekyllFile.Name"/> is its label).</summary>
    Unwritten,

    /// <summary>A draft, and drafts are not built.</summary>
    Draft,
}

/// <summary>A file's role in a Jekyll build, with the name that decides it (a special entry's name, a collection's label).</summary>
public sealed record JekyllFile(JekyllFileRole Role, string? Name = null)
{
    /// <summary>Whether the build has the file among its site files (<c>site.each_site_file</c>: what <c>{% link %}</c> finds).</summary>
    public bool IsSiteFile => Role is JekyllFileRole.Page or JekyllFileRole.Static or JekyllFileRole.Document;
}

/// <summary>
/// Which files of a Jekyll source the build reads, and as what (checked with Jekyll 4.3.1): Jekyll's EntryFilter drops
/// every entry, at any depth, whose name starts with <c>_</c>, <c>.</c>, <c>#</c> or <c>~</c> or ends with <c>~</c>, unless the
/// config's <c>include</c> list names it, and every path its <c>exclude</c> list names; it reads <c>_posts</c> and
/// <c>_drafts</c> folders at any depth (below <c>collections_dir</c> when it is set) and each collection's <c>_label</c>
/// folder (right below <c>collections_dir</c>), where only the path inside the collection and the file's name are filtered.
/// </summary>
public static class JekyllSiteFiles
{
    /// <summary>
    /// The role of the file at <paramref name="segments"/> (below the site's source); <paramref name="hasFrontMatter"/>
    /// tells a page from a static file and is only called when that decides it.
    /// </summary>
    public static JekyllFile Classify(Site site, JekyllSettings settings, IReadOnlyList<string> segments, bool drafts, Func<bool> hasFrontMatter)
    {
        // With collections_dir, collection folders are read only right below it, and posts and drafts folders only in
        // folders whose path starts with it (Reader#outside_configured_directory?, a string prefix); checked with Jekyll 4.3.1.
        var collectionsDir = settings.CollectionsDir.Count == 0 ? null : "/" + string.Join('/', settings.CollectionsDir);
        var collectionsAt = collectionsDir is null ? 0
            : segments.Take(settings.CollectionsDir.Count).SequenceEqual(settings.CollectionsDir, StringComparer.Ordinal) ? settings.CollectionsDir.Count
            : -1;
        var relative = "";
        for (var i = 0; i < segments.Count; i++)
        {
            var name = segments[i];
            var isFolder = i < segments.Count - 1;
            relative = i == 0 ? name : relative + "/" + name;
            var included = site.IsIncluded(name, isFolder);
            if (site.IsExcluded(relative, isFolder) && !included)
            {
                return new JekyllFile(JekyllFileRole.Excluded);
            }

            if (isFolder && name is "_posts" or "_drafts" && (collectionsDir is null || ("/" + string.Join('/', segments.Take(i))).StartsWith(collectionsDir, StringComparison.Ordinal)))
            {
                return name == "_drafts" && !drafts ? new JekyllFile(JekyllFileRole.Draft) : InCollection(site, segments, i);
            }

            if (isFolder && i == collectionsAt && name.Length > 1 && name[0] == '_' && settings.Collections.TryGetValue(name[1..], out var collection))
            {
                return collection.Output ? InCollection(site, segments, i) : new JekyllFile(JekyllFileRole.Unwritten, name[1..]);
            }

            if (!included && IsSpecial(name))
            {
                return new JekyllFile(JekyllFileRole.Special, name);
            }
        }

        return hasFrontMatter() || (site.RendersWithoutFrontMatter && site.IsMarkdown(segments[^1]))
            ? new JekyllFile(JekyllFileRole.Page)
            : new JekyllFile(JekyllFileRole.Static);
    }

    /// <summary>A file of the collection folder at <paramref name="at"/>: Jekyll filters its path inside the folder and its name only.</summary>
    private static JekyllFile InCollection(Site site, IReadOnlyList<string> segments, int at)
    {
        var inside = segments[at + 1];
        var name = segments[^1];
        if (IsSpecial(inside) && !site.IsIncluded(inside, at + 1 < segments.Count - 1))
        {
            return new JekyllFile(JekyllFileRole.Special, inside);
        }

        return IsSpecial(name) && !site.IsIncluded(name, false) ? new JekyllFile(JekyllFileRole.Special, name) : new JekyllFile(JekyllFileRole.Document);
    }

    /// <summary>Whether the file's raw bytes start with <c>---</c>: Jekyll's Utils.has_yaml_header? (a byte order mark or TOML
    /// is no front matter to it).</summary>
    public static bool HasYamlHeader(string fullPath)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            Span<byte> head = stackalloc byte[3];
            return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && head.SequenceEqual("---"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether Jekyll's EntryFilter skips an entry of this name (#special? and #backup?): it starts with <c>.</c>,
    /// <c>_</c>, <c>#</c> or <c>~</c>, or ends with <c>~</c>.</summary>
    public static bool IsSpecial(string name) => name.Length == 0 || name[0] is '.' or '_' or '#' or '~' || name[^1] == '~';
}
