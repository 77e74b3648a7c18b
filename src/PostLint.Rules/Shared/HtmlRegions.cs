using System.Text.RegularExpressions;
using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>
/// Ranges of a post that an HTML element opened in an HTML block keeps open: from <c>&lt;details&gt;</c> or
/// <c>&lt;pre&gt;</c> to its closing tag. Only kramdown (Jekyll) reads HTML this way: it keeps everything up to the
/// closing tag as raw HTML, blank lines or not, so a <c># comment</c> line inside <c>&lt;pre&gt;</c> is text there, not
/// a heading. A kramdown site's Markdown tree already holds such elements whole (<see cref="KramdownHtmlBlockParser"/>);
/// these ranges add what a container cut short. CommonMark renderers (GitHub, Hugo, Astro) end the HTML block at the
/// first blank line and read what follows as Markdown, so their posts have no ranges. Rules treat these ranges as HTML.
/// An element with kramdown's <c>markdown="1"</c> opens no range: its content is Markdown everywhere. An element never
/// closed keeps the rest of the post, as kramdown closes it at the end of the document.
/// </summary>
public sealed partial class HtmlRegions
{
    private static readonly object SharedKey = new();

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    };

    private readonly TextRange[] _ranges;

    private static readonly HtmlRegions NoRegions = new([]);

    private HtmlRegions(TextRange[] ranges) => _ranges = ranges;

    /// <summary>The ranges, in file order.</summary>
    public IReadOnlyList<TextRange> Ranges => _ranges;

    [GeneratedRegex(@"<(/?)([A-Za-z][A-Za-z0-9-]*)\b([^<>]*?)(/?)>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\bmarkdown\s*=\s*[""']?(1|block|span)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkdownAttribute();

    /// <summary>The regions of <paramref name="post"/>, computed once per post.</summary>
    public static HtmlRegions Of(Post post) => post.GetShared(SharedKey, Find);

    /// <summary>Whether <paramref name="offset"/> lies inside a region.</summary>
    public bool Contains(int offset)
    {
        foreach (var r in _ranges)
        {
            if (r.Contains(offset))
            {
                return true;
            }

            if (r.Start > offset)
            {
                break;
            }
        }

        return false;
    }

    private static HtmlRegions Find(Post post)
    {
        if (!post.Site.Renderer.IsKramdown())
        {
            return NoRegions;
        }

        List<TextRange> ranges = [];
        var text = post.Text;
        foreach (var block in post.Document)
        {
            var html = block as HtmlBlock;
            if (html is null || html.Type == HtmlBlockType.Comment || (ranges.Count > 0 && ranges[^1].End > block.Span.Start))
            {
                continue;
            }

            var blockEnd = Math.Min(html.Span.End + 1, text.Length);
            var open = new List<(string Name, bool Markdown)>();
            for (var m = Tag().Match(text, html.Span.Start, blockEnd - html.Span.Start); m.Success; m = m.NextMatch())
            {
                var name = m.Groups[2].Value;
                if (m.Groups[1].Length == 0)
                {
                    if (m.Groups[4].Length == 0 && !VoidElements.Contains(name))
                    {
                        open.Add((name, MarkdownAttribute().IsMatch(m.Groups[3].Value)));
                    }
                }
                else
                {
                    var at = open.FindLastIndex(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                    if (at >= 0)
                    {
                        open.RemoveRange(at, open.Count - at);
                    }
                }
            }

            if (open.Count == 0 || open[0].Markdown)
            {
                continue;
            }

            var outer = open[0].Name;
            var end = text.Length; // kramdown closes an element left open at the end of the document
            var depth = open.Count(o => o.Name.Equals(outer, StringComparison.OrdinalIgnoreCase));
            var pattern = new Regex(@"<(/?)" + Regex.Escape(outer) + @"\b[^<>]*?(/?)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var m = pattern.Match(text, blockEnd); m.Success; m = m.NextMatch())
            {
                if (m.Groups[2].Length > 0)
                {
                    continue;
                }

                depth += m.Groups[1].Length == 0 ? 1 : -1;
                if (depth == 0)
                {
                    end = m.Index + m.Length;
                    break;
                }
            }

            ranges.Add(new TextRange(html.Span.Start, end));
        }

        return ranges.Count == 0 ? NoRegions : new HtmlRegions(ranges.ToArray());
    }
}
