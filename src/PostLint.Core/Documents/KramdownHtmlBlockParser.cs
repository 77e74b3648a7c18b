using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PostLint.Documents;

/// <summary>
/// HTML blocks as kramdown (Jekyll's renderer) reads them, in place of CommonMark's: a line that starts with the start
/// tag of an element that is not a span element (<c>&lt;div&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;details&gt;</c>,
/// <c>&lt;center&gt;</c>) opens raw HTML that ends at the element's own closing tag, blank lines or not, nested
/// elements matched, and Markdown inside is text. CommonMark instead ends such a block at the first blank line, and
/// keeps a fenced code block written right under <c>&lt;/p&gt;</c> inside it as raw HTML, where kramdown renders
/// code. An element left open takes the rest of the document, as kramdown auto-closes it at the end. Span elements
/// (<c>&lt;img&gt;</c>, <c>&lt;a&gt;</c>, <c>&lt;span&gt;</c>) start a paragraph; <c>markdown="1"</c> (or
/// <c>block</c>/<c>span</c>) makes only the tag HTML, its content Markdown.
/// </summary>
public sealed partial class KramdownHtmlBlockParser : BlockParser
{
    /// <summary>kramdown's span elements (<c>HTML_SPAN_ELEMENTS</c>): at the start of a line they open a paragraph.</summary>
    private static readonly HashSet<string> SpanElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small",
        "span", "strong", "sub", "sup", "tt", "u", "var",
    };

    /// <summary>kramdown's elements without a body (<c>HTML_ELEMENTS_WITHOUT_BODY</c>).</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    };

    /// <summary>Creates the parser.</summary>
    public KramdownHtmlBlockParser() => OpeningCharacters = ['<'];

    // kramdown's HTML_TAG_RE and HTML_TAG_CLOSE_RE: a start tag may span lines; an unquoted value is word characters.
    [GeneratedRegex(@"\G<(?<name>[A-Za-z_][\w.:-]*)\s*(?<attrs>(?>\s+[A-Za-z_][\w.:-]*(?:\s*=\s*(?:\w+|""[^""]*""|'[^']*'))?)*)\s*(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\G</(?<name>[A-Za-z_][\w.:-]*)\s*>", RegexOptions.CultureInvariant)]
    private static partial Regex EndTag();

    // One attribute of a start tag's attribute list (StartTag's "attrs" group), its name and its value if it has one.
    [GeneratedRegex(@"\G\s+(?<name>[A-Za-z_][\w.:-]*)(?:\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>\w+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    /// <inheritdoc/>
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        if (string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            // A comment block; like CommonMark's, it does not interrupt a paragraph.
            if (processor.CurrentBlock is ParagraphBlock)
            {
                return BlockState.None;
            }

            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return close < 0 ? BlockState.None : Open(processor, HtmlBlockType.Comment, close + 3);
        }

        if (EndTag().Match(text, start) is { Success: true } endTag)
        {
            // A stray closing tag (the end of a markdown="1" element) stands alone, as in CommonMark.
            return SpanElements.Contains(endTag.Groups["name"].Value) ? BlockState.None : Open(processor, HtmlBlockType.InterruptingBlock, endTag.Index + endTag.Length);
        }

        var tag = StartTag().Match(text, start);
        if (!tag.Success)
        {
            return BlockState.None;
        }

        var name = tag.Groups["name"].Value;
        if (SpanElements.Contains(name))
        {
            return BlockState.None;
        }

        var afterTag = tag.Index + tag.Length;
        if (tag.Groups["self"].Success || VoidElements.Contains(name) || IsMarkdownContent(tag.Groups["attrs"].Value))
        {
            return Open(processor, HtmlBlockType.InterruptingBlock, afterTag);
        }

        var type = name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("script", StringComparison.OrdinalIgnoreCase) ||
            name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase)
            ? HtmlBlockType.ScriptPreOrStyle
            : HtmlBlockType.InterruptingBlock;
        return Open(processor, type, ElementEnd(text, afterTag, name));
    }

    /// <inheritdoc/>
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var html = (RawHtmlBlock)block;
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var line = processor.Line;
        html.Span.End = line.End;
        return html.End - 1 <= line.End ? BlockState.Break : BlockState.Continue;
    }

    private BlockState Open(BlockProcessor processor, HtmlBlockType type, int end)
    {
        var start = processor.Line.Start;
        var html = new RawHtmlBlock(this)
        {
            Column = processor.ColumnBeforeIndent,
            Type = type,
            End = end,
            Span = new SourceSpan(start, processor.Line.End),
        };
        processor.NewBlocks.Push(html);
        return end - 1 <= processor.Line.End ? BlockState.Break : BlockState.Continue;
    }

    /// <summary>Whether a <c>markdown</c> attribute makes the element's content Markdown (<c>1</c>, <c>block</c>, <c>span</c>).</summary>
    /// <remarks>Only an attribute named <c>markdown</c> counts: not <c>data-markdown</c>, nor the word in a value.</remarks>
    private static bool IsMarkdownContent(string attributes)
    {
        for (var m = Attribute().Match(attributes); m.Success; m = Attribute().Match(attributes, m.Index + m.Length))
        {
            if (m.Groups["name"].Value.Equals("markdown", StringComparison.OrdinalIgnoreCase))
            {
                return m.Groups["v"].Value is "1" or "block" or "span";
            }
        }

        return false;
    }

    /// <summary>
    /// The offset just after the closing tag of the element <paramref name="name"/> whose content starts at
    /// <paramref name="from"/>, as kramdown's raw HTML parser finds it: nested start tags open elements that must close
    /// first, a closing tag of another element is text, comments are skipped, <c>script</c> and <c>style</c> end at
    /// their closing tag. Without one, the end of the text.
    /// </summary>
    public static int ElementEnd(string text, int from, string name)
    {
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            // Their content is not HTML: they end at the first closing tag.
            from = text.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (from < 0)
            {
                return text.Length;
            }
        }

        var open = new List<string> { name };
        var i = from;
        while (open.Count > 0)
        {
            i = text.IndexOf('<', i);
            if (i < 0)
            {
                return text.Length;
            }

            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0 && text.IndexOf("-->", i + 4, StringComparison.Ordinal) is var commentEnd and >= 0)
            {
                i = commentEnd + 3;
                continue;
            }

            if (EndTag().Match(text, i) is { Success: true } endTag)
            {
                if (endTag.Groups["name"].Value.Equals(open[^1], StringComparison.OrdinalIgnoreCase))
                {
                    open.RemoveAt(open.Count - 1);
                }

                i += endTag.Length;
                continue;
            }

            if (StartTag().Match(text, i) is { Success: true } startTag)
            {
                var nested = startTag.Groups["name"].Value;
                i += startTag.Length;
                if (startTag.Groups["self"].Success || VoidElements.Contains(nested))
                {
                    continue;
                }

                if (nested.Equals("script", StringComparison.OrdinalIgnoreCase) || nested.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    var close = text.IndexOf("</" + nested, i, StringComparison.OrdinalIgnoreCase);
                    if (close < 0)
                    {
                        return text.Length;
                    }

                    i = close;
                    open.Add(nested);
                    continue;
                }

                open.Add(nested);
                continue;
            }

            i++;
        }

        return i;
    }

    /// <summary>An HTML block that ends at a known offset (the end of its element).</summary>
    private sealed class RawHtmlBlock(BlockParser parser) : HtmlBlock(parser)
    {
        /// <summary>The offset just after the element's closing tag.</summary>
        public int End { get; init; }
    }
}
