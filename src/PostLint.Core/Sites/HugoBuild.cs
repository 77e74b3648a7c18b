using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
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
/// section's <c>_index.md</c> and a single page are still rendered), set in its own front matter or, when it does not
/// set <c>headless</c>, by the nearest section cascade that does. The options come from the page's own front matter,
/// else from the <c>cascade</c> of the nearest section above it that sets them (a section's own <c>cascade</c> applies
/// to itself too); the whole option map is taken from one place, so a page's own <c>_build: {list: never}</c> renders
/// it under a section that cascades <c>render: never</c>. A <c>cascade</c> entry limited by <c>_target</c> applies to
/// the pages it matches, as Hugo 0.111 matches them: <c>path</c> a glob of the file's path below the content folder
/// (<c>/docs/x*</c>, lower case; <c>*</c> stays within a folder, <c>**</c> crosses them), <c>kind</c> one of
/// <c>page</c>, <c>section</c>, <c>home</c>, <c>environment</c> <c>production</c> (what <c>hugo</c> builds),
/// <c>lang</c> the site's <c>defaultContentLanguage</c> (<c>en</c>).
/// </summary>
public static class HugoBuild
{
    private static readonly HugoRendering Rendered = new(HugoRender.Always, "", null);

    /// <summary>The <c>_target</c> globs read so far, as regular expressions (null for a glob Hugo cannot compile).</summary>
    private static readonly ConcurrentDictionary<string, Regex?> Globs = new(StringComparer.Ordinal);

    /// <summary>Each site's section cascades by folder, read once per site.</summary>
    private static readonly ConditionalWeakTable<Site, ConcurrentDictionary<string, List<YMapping>?>> Cascades = new();

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
        var content = post.FullPath[..^(below.Length + 1)];
        var dir = Path.GetDirectoryName(post.FullPath)!;
        var page = new Target("/" + below.ToLowerInvariant(), name != "_index" ? "page" : below.Contains('/') ? "section" : "home", site);
        if (name == "index")
        {
            // A leaf bundle's own headless, else the nearest cascade that sets it (checked with Hugo 0.111: a section's
            // cascade of headless: true leaves its leaf bundles unrendered, a nearer cascade or the page's own
            // headless: false renders them again, and a nearer cascade that sets only _build does not).
            if (root?.GetIgnoringCase("headless") is { } headless)
            {
                if (YBoolean.Hugo(headless) is true)
                {
                    return new HugoRendering(HugoRender.Never, "headless: true", null);
                }
            }
            else if (Nearest(dir, content, page, site, SetsHeadless) is { } cascaded && YBoolean.Hugo(cascaded.Entry.GetIgnoringCase("headless")) is true)
            {
                return new HugoRendering(HugoRender.Never, "headless: true", cascaded.From);
            }
        }

        if (Options(root) is { } own)
        {
            return Decide(own.Key, own.Value, null);
        }

        if (name == "_index" && Options(Applying(CascadeOf(root), page, SetsOptions)) is { } self)
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

        return Nearest(dir, content, page, site, SetsOptions) is { } found && Options(found.Entry) is { } options
            ? Decide(options.Key, options.Value, found.From)
            : Rendered;
    }

    /// <summary>
    /// The entry of the nearest section cascade, from the folder <paramref name="dir"/> up to the content folder, that
    /// applies to <paramref name="page"/> and sets what <paramref name="sets"/> asks for (Hugo merges cascades key by
    /// key, the nearer section's value first), with that section's file; null when none does.
    /// </summary>
    private static (YMapping Entry, string? From)? Nearest(string dir, string content, Target page, Site site, Func<YMapping, bool> sets)
    {
        var sections = Cascades.GetValue(site, _ => new ConcurrentDictionary<string, List<YMapping>?>(StringComparer.Ordinal));
        while (true)
        {
            var cascade = sections.GetOrAdd(dir, d => ReadCascade(d, site));
            if (Applying(cascade, page, sets) is { } found)
            {
                return (found, SectionFile(dir, site));
            }

            if (string.Equals(Path.TrimEndingDirectorySeparator(dir), Path.TrimEndingDirectorySeparator(content), StringComparison.Ordinal) ||
                Path.GetDirectoryName(dir) is not { } parent || parent.Length < content.Length)
            {
                return null;
            }

            dir = parent;
        }
    }

    private static bool SetsOptions(YMapping map) => Options(map) is not null;

    private static bool SetsHeadless(YMapping map) => map.GetIgnoringCase("headless") is YScalar;

    /// <summary>The <c>_build</c> (or <c>build</c>) mapping of <paramref name="map"/>, with the key as written.</summary>
    private static (string Key, YMapping Value)? Options(YMapping? map)
    {
        if (map is null)
        {
            return null;
        }

        foreach (var key in (ReadOnlySpan<string>)["_build", "build"])
        {
            var entry = map.Find(key, StringComparer.OrdinalIgnoreCase);
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
        var render = options.Find("render", StringComparer.OrdinalIgnoreCase)?.Value as YScalar;
        var value = render?.Value.Trim();
        var kind = value switch
        {
            "never" => HugoRender.Never,
            "link" => HugoRender.Link,
            _ when YBoolean.IsFalse(render, yaml11: true) => HugoRender.Never,
            _ => HugoRender.Always,
        };
        return kind == HugoRender.Always ? Rendered : new HugoRendering(kind, $"{key}.render: {value}", from);
    }

    /// <summary>A page as a cascade's <c>_target</c> matches it: its path below the content folder and its kind.</summary>
    private sealed record Target(string Path, string Kind, Site Site);

    /// <summary>The entries of a section's <c>cascade</c> (a mapping, or a list of them) that set build options or <c>headless</c>.</summary>
    private static List<YMapping>? CascadeOf(YMapping? root)
    {
        List<YMapping>? entries = null;
        switch (root?.GetIgnoringCase("cascade"))
        {
            case YMapping map when SetsOptions(map) || SetsHeadless(map):
                entries = [map];
                break;
            case YSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YMapping entry && (SetsOptions(entry) || SetsHeadless(entry)))
                    {
                        (entries ??= []).Add(entry);
                    }
                }

                break;
        }

        return entries;
    }

    /// <summary>The first of a cascade's <paramref name="entries"/> that applies to <paramref name="page"/> and sets what
    /// <paramref name="sets"/> asks for (Hugo keeps the first value of a key).</summary>
    private static YMapping? Applying(List<YMapping>? entries, Target page, Func<YMapping, bool> sets)
    {
        foreach (var entry in entries ?? [])
        {
            if (sets(entry) && ((entry.GetIgnoringCase("_target") ?? entry.GetIgnoringCase("target")) is not { } target || Matches(target, page)))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Whether a <c>_target</c> matches <paramref name="page"/>: every key it sets, each a glob.</summary>
    private static bool Matches(YNode target, Target page)
    {
        if (target is not YMapping keys)
        {
            return false;
        }

        foreach (var entry in keys.Entries)
        {
            var pattern = (entry.Value as YScalar)?.Value.Trim() ?? "";
            if (pattern.Length == 0)
            {
                continue;
            }

            var value = entry.KeyText?.ToLowerInvariant() switch
            {
                "path" => page.Path,
                "kind" => page.Kind,
                "environment" => "production",
                "lang" => (page.Site.Config?.GetIgnoringCase("defaultContentLanguage") as YScalar)?.Value.Trim().ToLowerInvariant() is { Length: > 0 } lang ? lang : "en",
                _ => null,
            };
            // Hugo 0.111 skips a glob it cannot compile: that key then limits nothing.
            if (value is not null && Globs.GetOrAdd(pattern.ToLowerInvariant(), Glob) is { } glob && !glob.IsMatch(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A glob as Hugo's matcher reads it (gobwas/glob with <c>/</c> as the separator): <c>*</c> and <c>?</c>
    /// within a folder, <c>**</c> across folders, <c>[a-z]</c>, <c>[!a]</c> and <c>{a,b}</c>; null for a <c>[</c> never
    /// closed, which gobwas/glob refuses (an unclosed <c>{</c> runs to the end, a <c>}</c> or <c>,</c> outside braces is a letter).</summary>
    private static Regex? Glob(string pattern)
    {
        var sb = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    sb.Append(".*");
                    i++;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    var set = pattern[(i + 1)..end];
                    sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                    break;
                case '{':
                    braces++;
                    sb.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    sb.Append(')');
                    break;
                case ',' when braces > 0:
                    sb.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        sb.Append(')', braces).Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

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

    private static List<YMapping>? ReadCascade(string dir, Site site)
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
