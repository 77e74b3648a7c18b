using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>Whether Hugo writes a page to disk: its <c>build.render</c> option.</summary>
public enum HugoRender
{
    /// <summary>Rendered (the default).</summary>
    Always,

    /// <summary><c>render: link</c>: not written, though the page has a URL (<c>ref</c> gives it; the page is not found there).</summary>
    Link,

    /// <summary><c>render: never</c> (or <c>false</c>), or <c>headless: true</c> on a leaf bundle: not written and no URL (<c>ref</c> gives an empty link).</summary>
    Never,
}

/// <summary>How Hugo renders a page, and which front matter says so.</summary>
/// <param name="Render">Whether and how the page is written.</param>
/// <param name="Key">What says so, as written: <c>headless: true</c>, <c>_build.render: never</c>, <c>build.render: link</c>.</param>
/// <param name="From">The section file whose <c>cascade</c> set it (its full path), or null for the page's own front matter.</param>
public sealed record HugoRendering(HugoRender Render, string Key, string? From);

/// <summary>
/// Hugo's build options (<c>_build</c>, named <c>build</c> since Hugo 0.123) and <c>headless</c>, as Hugo 0.111 reads
/// them: <c>render: never</c> or <c>false</c> leaves a page out of the site, <c>render: link</c> writes no page either
/// but gives it a URL; <c>headless: true</c> does the same as <c>never</c> for a leaf bundle's <c>index.md</c> (a
/// section's <c>_index.md</c> and a single page are still rendered). The options come from the page's own front matter,
/// else from the <c>cascade</c> of the nearest section above it that sets them (a section's own <c>cascade</c> applies
/// to itself too); the whole option map is taken from one place, so a page's own <c>_build: {list: never}</c> renders
/// it under a section that cascades <c>render: never</c>. A <c>cascade</c> entry limited by <c>_target</c> is not
/// applied (PostLint does not match its globs): the page counts as rendered, as without the entry.
/// </summary>
public static class HugoBuild
{
    private static readonly HugoRendering Rendered = new(HugoRender.Always, "", null);

    /// <summary>Each site's section cascades by folder, read once per site.</summary>
    private static readonly ConditionalWeakTable<Site, ConcurrentDictionary<string, YMapping?>> Cascades = new();

    /// <summary>How Hugo renders <paramref name="post"/>; always rendered outside a Hugo content folder.</summary>
    public static HugoRendering Of(Post post)
    {
        var site = post.Site;
        if (site.Kind != SiteKind.Hugo || post.FullPath.Length == 0 || site.PathInContent(post.FullPath) is not { } below)
        {
            return Rendered;
        }

        var root = post.FrontMatter?.Root;
        var name = Path.GetFileNameWithoutExtension(post.FullPath);
        if (name == "index" && root?.GetIgnoringCase("headless") is { } headless && YBoolean.IsTrue(headless, yaml11: false))
        {
            return new HugoRendering(HugoRender.Never, "headless: true", null);
        }

        if (Options(root) is { } own)
        {
            return Decide(own.Key, own.Value, null);
        }

        var content = post.FullPath[..^(below.Length + 1)];
        var dir = Path.GetDirectoryName(post.FullPath)!;
        if (name == "_index" && Options(CascadeOf(root)) is { } self)
        {
            // A section's cascade applies to the section's own page.
            return Decide(self.Key, self.Value, post.FullPath);
        }

        if (name == "_index")
        {
            if (string.Equals(Path.TrimEndingDirectorySeparator(dir), Path.TrimEndingDirectorySeparator(content), StringComparison.Ordinal))
            {
                return Rendered;
            }

            dir = Path.GetDirectoryName(dir)!;
        }

        var sections = Cascades.GetValue(site, _ => new ConcurrentDictionary<string, YMapping?>(StringComparer.Ordinal));
        while (true)
        {
            var cascade = sections.GetOrAdd(dir, d => ReadCascade(d, site));
            if (Options(cascade) is { } found)
            {
                return Decide(found.Key, found.Value, SectionFile(dir, site));
            }

            if (string.Equals(Path.TrimEndingDirectorySeparator(dir), Path.TrimEndingDirectorySeparator(content), StringComparison.Ordinal) ||
                Path.GetDirectoryName(dir) is not { } parent || parent.Length < content.Length)
            {
                return Rendered;
            }

            dir = parent;
        }
    }

    /// <summary>The <c>_build</c> (or <c>build</c>) mapping of <paramref name="map"/>, with the key as written.</summary>
    private static (string Key, YMapping Value)? Options(YMapping? map)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var key in (ReadOnlySpan<string>)["_build", "build"])
        {
            var entry = map.Entries.Find(e => e.KeyText is { } k && string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (entry is { Value: YMapping options })
            {
                return (entry.KeyText!, options);
            }
        }

        return null;
    }

    /// <summary>Hugo 0.111's <c>render</c> values: <c>never</c>, <c>link</c>, <c>always</c> (as written, lower case) and the
    /// booleans of older Hugo; anything else, or no value, renders the page.</summary>
    private static HugoRendering Decide(string key, YMapping options, string? from)
    {
        var render = options.Entries.Find(e => e.KeyText is { } k && string.Equals(k, "render", StringComparison.OrdinalIgnoreCase))?.Value as YScalar;
        var value = render?.Value.Trim();
        var kind = value switch
        {
            "never" => HugoRender.Never,
            "link" => HugoRender.Link,
            _ when YBoolean.IsFalse(render, yaml11: false) => HugoRender.Never,
            _ => HugoRender.Always,
        };
        return kind == HugoRender.Always ? Rendered : new HugoRendering(kind, $"{key}.render: {value}", from);
    }

    /// <summary>The values a section's <c>cascade</c> gives its pages: the mapping, or the first entry of a list that sets
    /// build options; an entry with <c>_target</c> (or <c>target</c>) is left out.</summary>
    private static YMapping? CascadeOf(YMapping? root)
    {
        switch (root?.GetIgnoringCase("cascade"))
        {
            case YMapping map when !Targeted(map):
                return map;
            case YSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YMapping entry && !Targeted(entry) && Options(entry) is not null)
                    {
                        return entry;
                    }
                }

                break;
        }

        return null;
    }

    private static bool Targeted(YMapping map) => map.GetIgnoringCase("_target") is not null || map.GetIgnoringCase("target") is not null;

    /// <summary>The section file (<c>_index.md</c>) of the folder <paramref name="dir"/>, or null.</summary>
    private static string? SectionFile(string dir, Site site)
    {
        foreach (var extension in site.MarkdownExtensions)
        {
            var path = Path.Combine(dir, "_index" + extension);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static YMapping? ReadCascade(string dir, Site site)
    {
        if (SectionFile(dir, site) is not { } path)
        {
            return null;
        }

        try
        {
            var section = new Post(Path.GetFileName(path), path, SourceText.FromBytes(File.ReadAllBytes(path)), site);
            return CascadeOf(section.FrontMatter?.Root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
