using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>
/// Whether the shortcodes a Hugo page calls may give it ids PostLint cannot see: a template that writes an id it
/// computes (<c>id="{{ . | anchorize }}"</c>), includes another page, a file or a table of contents
/// (<c>.RenderShortcodes</c>, <c>.Content</c>, <c>.RawContent</c>, <c>readFile</c>, <c>.TableOfContents</c>), builds
/// Markdown from anything but the call's inner text (<c>markdownify</c>, <c>RenderString</c>), or, called with
/// <c>{{% %}}</c> (whose output Hugo renders as Markdown), writes a heading or a <c>{#id}</c>. Partials it calls by name
/// are read too; a template PostLint cannot find (a theme module) may write anything. Hugo's own shortcodes write no id (<c>ref</c>, <c>relref</c>, <c>param</c>, <c>figure</c>, <c>youtube</c>,
/// …; <c>highlight</c> only with line anchors). The call's inner text is part of the page's Markdown: the headings in
/// it are counted with the page's own. Ids a template writes as they are (<c>id="main"</c>) are known from the
/// layouts (<see cref="LayoutIds"/>).
/// </summary>
public static partial class HugoShortcodes
{
    private const int MaxDepth = 6;

    private const long MaxTemplateSize = 256 * 1024;

    /// <summary>Hugo's embedded shortcodes (0.111 and later), none of which writes an id.</summary>
    private static readonly HashSet<string> Embedded = new(StringComparer.Ordinal)
    {
        "ref", "relref", "param", "figure", "gist", "highlight", "instagram", "tweet", "twitter", "twitter_simple",
        "vimeo", "vimeo_simple", "youtube", "x", "x_simple", "qr", "details", "comment",
    };

    /// <summary>Each site's verdict per shortcode and call style, read once per site.</summary>
    private static readonly ConditionalWeakTable<Site, ConcurrentDictionary<string, bool>> Verdicts = new();

    // {{< name args >}} and {{% name args %}}; not {{</* escaped */>}} nor a closing {{< /name >}}.
    [GeneratedRegex(@"\{\{(?<delim>[<%])(?!/\*)-?\s*(?<name>[\w][\w./-]*)(?<args>.*?)[>%]\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Call();

    [GeneratedRegex(@"\{\{-?\s*/\*.*?\*/\s*-?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TemplateComment();

    // An id attribute whose value a template action makes.
    [GeneratedRegex(@"\bid\s*=\s*[""']?[^""'>\s]*\{\{", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComputedId();

    // Another page's content or Markdown (its headings come with it), a file's text, a table of contents.
    [GeneratedRegex(@"\bRenderShortcodes\b|\.Content\b|\bRawContent\b|\b(?:readFile|ReadFile)\b|\bTableOfContents\b", RegexOptions.CultureInvariant)]
    private static partial Regex IncludesPage();

    [GeneratedRegex(@"^.*\b(?:markdownify|RenderString)\b.*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex RendersMarkdown();

    // A Markdown heading or a Goldmark {#id} in a template whose output Hugo renders as Markdown.
    [GeneratedRegex(@"(?:^|\}\})[ \t]*#{1,6}[ \t]|\{#", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex MarkdownId();

    // A call of partial, partialCached or template: first in an action or a parenthesis, or after a pipe or an assignment.
    [GeneratedRegex(@"(?:\{\{-?|\(|\||=)\s*(?<kind>partial|partialCached|template)\s+(?:""(?<name>[^""]+)""|`(?<name>[^`]+)`|(?<other>[^\s""`]))", RegexOptions.CultureInvariant)]
    private static partial Regex Include();

    /// <summary>
    /// The name of the first shortcode <paramref name="text"/> calls after <paramref name="bodyStart"/> that may write
    /// ids PostLint cannot see, or null when none may (or the site is not Hugo's).
    /// </summary>
    public static string? WritingIds(Site site, string text, int bodyStart)
    {
        if (site.Kind != SiteKind.Hugo || (text.IndexOf("{{<", bodyStart, StringComparison.Ordinal) < 0 && text.IndexOf("{{%", bodyStart, StringComparison.Ordinal) < 0))
        {
            return null;
        }

        var verdicts = Verdicts.GetValue(site, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        foreach (Match m in Call().Matches(text, bodyStart))
        {
            var name = m.Groups["name"].Value;
            var markdown = m.Groups["delim"].Value == "%";
            if (name == "highlight" && m.Groups["args"].Value.Contains("anchor", StringComparison.OrdinalIgnoreCase) && Templates(site, "shortcodes", name) is [])
            {
                // Chroma's lineanchors / anchorlinenos write an id per line.
                return name;
            }

            if (verdicts.GetOrAdd((markdown ? "%" : "<") + name, _ => MayWriteIds(site, name, markdown)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool MayWriteIds(Site site, string name, bool markdown)
    {
        var templates = Templates(site, "shortcodes", name);
        if (templates.Count == 0)
        {
            return !Embedded.Contains(name);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return templates.Any(t => TemplateMayWriteIds(site, t, markdown, 0, seen));
    }

    private static bool TemplateMayWriteIds(Site site, string path, bool markdown, int depth, HashSet<string> seen)
    {
        if (!seen.Add(path))
        {
            return false;
        }

        var text = ReadTemplate(path, depth);
        if (text is null)
        {
            return true;
        }

        if (ComputedId().IsMatch(text) || IncludesPage().IsMatch(text) || (markdown && MarkdownId().IsMatch(text)))
        {
            return true;
        }

        foreach (Match line in RendersMarkdown().Matches(text))
        {
            if (!line.Value.Contains("inner", StringComparison.OrdinalIgnoreCase))
            {
                // Markdown made of something else than the call's inner text (data, another file).
                return true;
            }
        }

        foreach (Match include in Include().Matches(text))
        {
            if (include.Groups["other"].Success)
            {
                // A partial named by a variable: it may be any of them.
                return true;
            }

            var included = include.Groups["name"].Value;
            if (include.Groups["kind"].Value == "template")
            {
                if (!included.StartsWith("_internal/", StringComparison.Ordinal))
                {
                    return true;
                }

                continue;
            }

            var partials = Templates(site, "partials", Path.HasExtension(included) ? included : included + ".html", exact: true);
            if (partials.Count == 0 || partials.Any(p => TemplateMayWriteIds(site, p, markdown, depth + 1, seen)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The template's text without its comments, or null when PostLint does not read it (too deep in the partials, too
    /// large, unreadable): such a template may write anything. A method of its own, returning from each branch, so that
    /// the mutants of its blocks compile.
    /// </summary>
    private static string? ReadTemplate(string path, int depth)
    {
        try
        {
            if (depth > MaxDepth || new FileInfo(path).Length > MaxTemplateSize)
            {
                return null;
            }

            return TemplateComment().Replace(File.ReadAllText(path), "");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The templates named <paramref name="name"/> in <paramref name="kind"/> (<c>shortcodes</c> or <c>partials</c>,
    /// and Hugo 0.146's <c>_shortcodes</c>, <c>_partials</c>) of the site's layouts and its themes' layouts: the file
    /// itself (<paramref name="exact"/>) or every output format and language of it (<c>name.html</c>, <c>name.en.html</c>).
    /// </summary>
    private static List<string> Templates(Site site, string kind, string name, bool exact = false)
    {
        var found = new List<string>();
        foreach (var layouts in HugoLayouts.Folders(site.Root))
        {
            foreach (var folder in (ReadOnlySpan<string>)[kind, "_" + kind])
            {
                var path = Path.GetFullPath(Path.Combine(layouts, folder, name));
                if (!SitePaths.IsUnder(path, layouts))
                {
                    continue;
                }

                try
                {
                    if (exact)
                    {
                        if (File.Exists(path))
                        {
                            found.Add(path);
                        }

                        continue;
                    }

                    var dir = Path.GetDirectoryName(path)!;
                    if (Directory.Exists(dir))
                    {
                        found.AddRange(Directory.EnumerateFiles(dir, Path.GetFileName(path) + ".*").Order(StringComparer.Ordinal));
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable folder holds no template PostLint can read.
                }
            }
        }

        return found;
    }
}
