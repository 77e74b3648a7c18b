using System.Buffers;
using System.Runtime.InteropServices;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>Where a run of prose sits; several flags may combine (a link inside a table cell).</summary>
[Flags]
public enum ProseContext
{
    /// <summary>A paragraph, list item or quote.</summary>
    None = 0,

    /// <summary>Inside a heading.</summary>
    Heading = 1,

    /// <summary>Inside a table cell.</summary>
    TableCell = 2,

    /// <summary>The text of a link.</summary>
    Link = 4,

    /// <summary>The alt text of an image.</summary>
    ImageAlt = 8,

    /// <summary>A front matter value.</summary>
    FrontMatter = 16,
}

/// <summary>A stretch of the file that readers see as prose: no markup, code, URL or template inside.</summary>
/// <param name="Range">File offsets; the edges are word boundaries (markup or excluded text lies beyond them).</param>
/// <param name="Context">Where the run sits.</param>
public readonly record struct ProseRun(TextRange Range, ProseContext Context);

/// <summary>What an inline recorded by <see cref="VisibleProse"/> is.</summary>
internal enum PieceKind : byte
{
    /// <summary>Literal text.</summary>
    Literal,

    /// <summary>A soft or hard line break.</summary>
    LineBreak,

    /// <summary>An HTML entity (<c>&amp;nbsp;</c>).</summary>
    Entity,

    /// <summary>Anything not prose: code span, HTML tag, URL, footnote mark, extension inline.</summary>
    Masked,

    /// <summary>An image (its alt text follows, marked <see cref="PieceFlags.InImage"/>).</summary>
    Image,

    /// <summary>A link (its text follows, marked <see cref="PieceFlags.InLink"/>).</summary>
    Link,

    /// <summary>The end of a link's or an image's text.</summary>
    End,

    /// <summary>Emphasis (its text follows, marked <see cref="PieceFlags.InEmphasis"/>).</summary>
    Emphasis,
}

/// <summary>Where a recorded inline sits.</summary>
[Flags]
internal enum PieceFlags : byte
{
    /// <summary>Plain text of the block.</summary>
    None = 0,

    /// <summary>Inside emphasis.</summary>
    InEmphasis = 1,

    /// <summary>Inside a link's text.</summary>
    InLink = 2,

    /// <summary>Inside an image's alt text.</summary>
    InImage = 4,

    /// <summary>Inside an inline HTML element whose text is code (<c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>, …).</summary>
    InCodeElement = 8,
}

/// <summary>One inline of a prose block, as <see cref="VisibleProse"/> records it.</summary>
/// <param name="Inline">The inline.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Flags">Where it sits.</param>
/// <param name="Masked">For <see cref="PieceKind.Masked"/>: what kind of non-prose it is.</param>
internal readonly record struct InlinePiece(Inline Inline, PieceKind Kind, PieceFlags Flags, InlineKinds Masked = InlineKinds.None);

/// <summary>
/// The one view of a post's visible prose, shared by every rule through <see cref="Of"/> and built with one walk of the
/// Markdown tree. It holds every inline of every prose block (paragraphs, headings, list items, quotes, table cells,
/// footnotes) in order, and gives it two ways:
/// <list type="bullet">
/// <item><see cref="Body"/>: the prose as file ranges for word matching (spelling): the literal text, link texts and
/// image alt texts. Never code spans or blocks, HTML tags, attributes or blocks (nor the text of
/// <c>&lt;code&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>), URLs (autolinks,
/// bare <c>scheme://</c> and <c>www.</c> addresses), link destinations, Liquid tags and blocks (<c>{% raw %}</c>,
/// <c>{% highlight %}…{% endhighlight %}</c>, <c>{{ … }}</c>), Hugo shortcodes, kramdown attribute lists and
/// extensions (<c>{: .notice}</c>, <c>{::comment}</c>), heading attributes (<c>{#id}</c>), or front matter. Front
/// matter values are prose only where a rule says so: <see cref="FrontMatterValues"/>.</item>
/// <item><see cref="TextOf"/>: one block's text as a reader sees it, non-prose masked character for character
/// (<see cref="VisibleText"/>), for rules that judge sentences and paragraphs; built from the recorded inlines when a
/// rule first asks, without walking the tree again.</item>
/// </list>
/// </summary>
public sealed class VisibleProse
{
    private static readonly object Key = new();

    /// <summary>Liquid blocks whose content is never prose (code, comments, captured text).</summary>
    private static readonly string[] LiquidBlocks = ["raw", "highlight", "comment", "codeblock", "capture"];

    /// <summary>HTML elements whose text is code, not prose.</summary>
    private static readonly string[] CodeElements = ["code", "pre", "kbd", "samp", "script", "style", "tt", "var"];

    private readonly Post _post;

    /// <summary>Every inline of the prose blocks, block after block, in document order.</summary>
    private readonly List<InlinePiece> _pieces;

    /// <summary>Where each prose block's inlines lie in <see cref="_pieces"/>, in walk order.</summary>
    private readonly List<(LeafBlock Block, int First, int Count)> _blocks;

    /// <summary>
    /// <see cref="_blocks"/> by block, made when a rule first asks for a visible text: most posts of a documentation
    /// site never do, and the walk then stores no table of its blocks.
    /// </summary>
    private Dictionary<LeafBlock, (int First, int Count)>? _blockIndex;

    /// <summary>Visible texts built so far (a post is checked by one thread, rule after rule: a plain dictionary).</summary>
    private Dictionary<LeafBlock, VisibleText>? _texts;

    private VisibleProse(Post post, List<TextRange> excluded, List<ProseRun> body, List<InlinePiece> pieces, List<(LeafBlock, int, int)> blocks)
    {
        _post = post;
        Excluded = excluded;
        Body = body;
        _pieces = pieces;
        _blocks = blocks;
    }

    /// <summary>The prose runs of the body, in file order.</summary>
    public IReadOnlyList<ProseRun> Body { get; }

    /// <summary>Template and attribute-list regions (Liquid, Hugo shortcodes, kramdown) of the whole file, in order.</summary>
    public IReadOnlyList<TextRange> Excluded { get; }

    /// <summary>The visible prose of <paramref name="post"/>, computed once per post.</summary>
    public static VisibleProse Of(Post post) => post.GetShared(Key, Build);

    /// <summary>
    /// The visible text of <paramref name="block"/>'s inline content, or null when it has none; built once per block. A
    /// block outside the prose (in front matter) is read on its own.
    /// </summary>
    public VisibleText? TextOf(LeafBlock block)
    {
        // A plain null check (not `is not { } inline`): its mutants compile, so mutation testing reaches the method.
        var inline = block.Inline;
        if (inline is null)
        {
            return null;
        }

        _texts ??= [];
        if (!_texts.TryGetValue(block, out var visible))
        {
            if (_blockIndex is null)
            {
                _blockIndex = new Dictionary<LeafBlock, (int, int)>(_blocks.Count);
                foreach (var (b, first, count) in _blocks)
                {
                    _blockIndex[b] = (first, count);
                }
            }

            if (_blockIndex.TryGetValue(block, out var at))
            {
                visible = VisibleText.Build(_post, CollectionsMarshal.AsSpan(_pieces).Slice(at.First, at.Count));
            }
            else
            {
                var pieces = new List<InlinePiece>();
                new Walker(_post, Excluded, [], pieces).Inlines(inline, ProseContext.None, PieceFlags.None);
                visible = VisibleText.Build(_post, CollectionsMarshal.AsSpan(pieces));
            }

            _texts[block] = visible;
        }

        return visible;
    }

    /// <summary>
    /// The string values of the given front matter keys (dotted paths such as <c>header.caption</c> reach nested
    /// mappings; a list of strings gives one run per item), without quotes, block indicators, templates or URLs.
    /// </summary>
    public IReadOnlyList<ProseRun> FrontMatterValues(IEnumerable<string> keys)
    {
        var root = _post.FrontMatter?.Root;
        if (root is null)
        {
            return [];
        }

        var runs = new List<ProseRun>();
        foreach (var key in keys)
        {
            var entry = key.Contains('.', StringComparison.Ordinal) ? root.FindPath(key) : root.Find(key);
            switch (entry?.Value)
            {
                case YScalar s:
                    AddScalar(s, runs);
                    break;
                case YSequence seq:
                    foreach (var item in seq.Items)
                    {
                        if (item is YScalar si)
                        {
                            AddScalar(si, runs);
                        }
                    }

                    break;
            }
        }

        runs.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return runs;
    }

    private void AddScalar(YScalar scalar, List<ProseRun> runs)
    {
        if (scalar.IsNull)
        {
            return;
        }

        var text = _post.Text;
        int start = scalar.Range.Start, end = Math.Min(scalar.Range.End, text.Length);
        if (start >= end)
        {
            return;
        }

        if (scalar.IsQuoted && text[start] is '"' or '\'')
        {
            start++;
            if (end > start && text[end - 1] == text[start - 1])
            {
                end--;
            }
        }
        else if (!scalar.IsPlain && text[start] is '|' or '>')
        {
            // A block scalar: the text starts on the line after the indicator.
            var lineEnd = text.IndexOf('\n', start);
            start = lineEnd < 0 ? end : lineEnd + 1;
        }

        AddClean(text, new TextRange(start, end), ProseContext.FrontMatter, Excluded, runs);
    }

    private static VisibleProse Build(Post post)
    {
        var text = post.Text;
        var excluded = FindTemplateRegions(text);
        // About one run per 64 characters of a body (measured on documentation pages): sized once instead of grown.
        var bodyLength = text.Length - Math.Min(post.BodyStart, text.Length);
        var body = new List<ProseRun>(Math.Max(4, bodyLength / 64));
        var pieces = new List<InlinePiece>(Math.Max(4, bodyLength / 64));
        var walker = new Walker(post, excluded, body, pieces);
        foreach (var block in post.Document)
        {
            walker.Block(block, ProseContext.None);
        }

        walker.Flush();
        return new VisibleProse(post, excluded, body, pieces, walker.Blocks);
    }

    /// <summary>Adds <paramref name="range"/> minus excluded regions and URLs.</summary>
    private static void AddClean(string text, TextRange range, ProseContext context, IReadOnlyList<TextRange> excluded, List<ProseRun> runs)
    {
        var start = range.Start;
        var end = range.End;

        // First excluded region that ends after the run starts.
        int lo = 0, hi = excluded.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (excluded[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < excluded.Count && excluded[i].Start < end; i++)
        {
            if (excluded[i].Start > start)
            {
                AddWithoutUrls(text, start, excluded[i].Start, context, runs);
            }

            start = Math.Max(start, excluded[i].End);
        }

        if (start < end)
        {
            AddWithoutUrls(text, start, end, context, runs);
        }
    }

    private static void AddWithoutUrls(string text, int start, int end, ProseContext context, List<ProseRun> runs)
    {
        while (start < end)
        {
            var (urlStart, urlEnd) = FindUrl(text, start, end);
            if (urlStart < 0)
            {
                break;
            }

            if (urlStart > start)
            {
                runs.Add(new ProseRun(new TextRange(start, urlStart), context));
            }

            start = urlEnd;
        }

        if (start < end)
        {
            runs.Add(new ProseRun(new TextRange(start, end), context));
        }
    }

    /// <summary>The first <c>scheme://…</c>, <c>www.…</c> or <c>mailto:…</c> address in text[start..end), or (-1, -1).</summary>
    private static (int Start, int End) FindUrl(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (!AsciiWords.MayHoldUrl(span))
        {
            return (-1, -1); // most runs: no colon and no www., so none of the three searches below
        }

        var best = -1;
        for (var from = 0; best < 0 && from < span.Length;)
        {
            var scheme = span[from..].IndexOf("://", StringComparison.Ordinal);
            if (scheme < 0)
            {
                break;
            }

            scheme += from;
            var s = scheme;
            while (s > 0 && (char.IsAsciiLetterOrDigit(span[s - 1]) || span[s - 1] is '+' or '.' or '-'))
            {
                s--;
            }

            best = s < scheme ? s : -1;
            from = scheme + 3;
        }

        foreach (var marker in (ReadOnlySpan<SearchValues<string>>)[AsciiWords.Www, AsciiWords.Mailto])
        {
            var at = span.IndexOfAny(marker);
            if (at >= 0 && (at == 0 || !Scripts.IsLatinWordChar(span[at - 1])) && (best < 0 || at < best))
            {
                best = at;
            }
        }

        if (best < 0)
        {
            return (-1, -1);
        }

        var e = best;
        while (e < span.Length && !char.IsWhiteSpace(span[e]) && span[e] is not ('<' or '>' or '"') && !Scripts.IsHangul(span[e]))
        {
            e++;
        }

        return (start + best, start + e);
    }

    /// <summary>
    /// Liquid tags and blocks, Hugo shortcodes, kramdown attribute lists and extensions, and heading attributes
    /// (<c>{#id}</c>) anywhere in the text, sorted and not overlapping. A block tag without its closing tag excludes
    /// only itself.
    /// </summary>
    internal static List<TextRange> FindTemplateRegions(string text)
    {
        var regions = new List<TextRange>();
        var i = text.IndexOf('{');
        while (i >= 0 && i + 1 < text.Length)
        {
            var next = text[i + 1];
            var end = next switch
            {
                '%' => LiquidTag(text, i),
                '{' => LiquidOutput(text, i),
                ':' => KramdownExtension(text, i),
                '#' or '.' => AttributeList(text, i),
                _ => -1,
            };
            if (end > i)
            {
                regions.Add(new TextRange(i, end));
                i = text.IndexOf('{', end);
            }
            else
            {
                i = text.IndexOf('{', i + 1);
            }
        }

        return regions;
    }

    private const int MaxTagLength = 2000;

    /// <summary>End of <c>{% tag %}</c> at <paramref name="at"/>, or of the whole block for raw, highlight, comment….</summary>
    private static int LiquidTag(string text, int at)
    {
        var close = IndexWithin(text, "%}", at + 2, MaxTagLength);
        if (close < 0)
        {
            return -1;
        }

        var tagEnd = close + 2;
        var name = TagName(text, at + 2, close);
        if (Array.IndexOf(LiquidBlocks, name) < 0)
        {
            return tagEnd;
        }

        // Find `{% endNAME %}` (with optional `-` whitespace control).
        var search = tagEnd;
        while (true)
        {
            var open = text.IndexOf("{%", search, StringComparison.Ordinal);
            if (open < 0)
            {
                return tagEnd;
            }

            var c = IndexWithin(text, "%}", open + 2, MaxTagLength);
            if (c < 0)
            {
                return tagEnd;
            }

            if (TagName(text, open + 2, c) == "end" + name)
            {
                return c + 2;
            }

            search = c + 2;
        }
    }

    /// <summary>End of <c>{{ … }}</c>, or of a Hugo <c>{{&lt; highlight &gt;}}…{{&lt; /highlight &gt;}}</c> block.</summary>
    private static int LiquidOutput(string text, int at)
    {
        var close = IndexWithin(text, "}}", at + 2, MaxTagLength);
        if (close < 0)
        {
            return -1;
        }

        var end = close + 2;
        if (at + 2 < text.Length && text[at + 2] is '<' or '%')
        {
            var name = TagName(text, at + 3, close);
            if (name is "highlight" or "code")
            {
                var closing = text.IndexOf("/" + name, end, StringComparison.Ordinal);
                if (closing > 0)
                {
                    var after = IndexWithin(text, "}}", closing, 100);
                    if (after > 0)
                    {
                        return after + 2;
                    }
                }
            }
        }

        return end;
    }

    /// <summary>End of a kramdown <c>{: …}</c> attribute list on one line, or of a <c>{::comment}…{:/comment}</c> block.</summary>
    private static int KramdownExtension(string text, int at)
    {
        var lineEnd = LineEnd(text, at);

        var close = text.IndexOf('}', at + 2, lineEnd - at - 2);
        if (close < 0)
        {
            return -1;
        }

        var end = close + 1;
        if (at + 2 < text.Length && text[at + 2] == ':' && text[close - 1] != '/')
        {
            var name = TagName(text, at + 3, close);
            if (name is "comment" or "nomarkdown")
            {
                var closing = text.IndexOf("{:/", end, StringComparison.Ordinal);
                if (closing >= 0)
                {
                    var c = text.IndexOf('}', closing);
                    if (c >= 0)
                    {
                        return c + 1;
                    }
                }
            }
        }

        return end;
    }

    /// <summary>End of a heading or block attribute list <c>{#id .class key="v"}</c> on one line (kramdown, Hugo, Pandoc).</summary>
    private static int AttributeList(string text, int at)
    {
        var close = text.IndexOf('}', at + 2, LineEnd(text, at) - at - 2);
        if (close < 0)
        {
            return -1;
        }

        // `{#id}` / `{.class}` start with a name character; `{# comment}` or `{. x}` in prose do not.
        return at + 2 < close && (char.IsAsciiLetterOrDigit(text[at + 2]) || text[at + 2] is '_' or '-') ? close + 1 : -1;
    }

    private static int LineEnd(string text, int at)
    {
        var end = text.AsSpan(at).IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : at + end;
    }

    /// <summary>The first word of a tag body (after whitespace-control dashes and shortcode markers), lower-cased.</summary>
    private static string TagName(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is '-' or '<' or '%'))
        {
            i++;
        }

        // A Hugo shortcode in a folder is named with its path (`code/tabs`, not `code`).
        var j = i;
        while (j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '_' or '/'))
        {
            j++;
        }

        return text[i..j].ToLowerInvariant();
    }

    private static int IndexWithin(string text, string value, int start, int limit)
    {
        if (start >= text.Length)
        {
            return -1;
        }

        var count = Math.Min(limit, text.Length - start);
        return text.IndexOf(value, start, count, StringComparison.Ordinal);
    }

    /// <summary>
    /// One walk of the Markdown tree: records every inline of each prose block, and merges literal text that touches
    /// into one prose run as it goes.
    /// </summary>
    private sealed class Walker(Post post, IReadOnlyList<TextRange> excluded, List<ProseRun> runs, List<InlinePiece> pieces)
    {
        private readonly string _text = post.Text;
        private readonly int _bodyStart = post.BodyStart;
        private int _pendingStart = -1;
        private int _pendingEnd = -1;
        private ProseContext _pendingContext;
        private int _codeDepth;

        public List<(LeafBlock, int, int)> Blocks { get; } = [];

        public void Block(Block block, ProseContext context)
        {
            if (block.Span.End < _bodyStart && block is not MarkdownDocument)
            {
                return;
            }

            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    return;
                case TableCell cell:
                    foreach (var child in cell)
                    {
                        Block(child, context | ProseContext.TableCell);
                    }

                    return;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Block(child, context);
                    }

                    return;
                case LeafBlock { Inline: { } inline } leaf:
                    _codeDepth = 0;
                    var first = pieces.Count;
                    Inlines(inline, leaf is HeadingBlock ? context | ProseContext.Heading : context, PieceFlags.None);
                    Flush();
                    Blocks.Add((leaf, first, pieces.Count - first));
                    return;
            }
        }

        public void Inlines(ContainerInline container, ProseContext context, PieceFlags flags)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        pieces.Add(new InlinePiece(literal, PieceKind.Literal, flags | (_codeDepth > 0 ? PieceFlags.InCodeElement : 0)));
                        if (_codeDepth == 0)
                        {
                            Add(literal, context);
                        }
                        else
                        {
                            Flush();
                        }

                        break;
                    case LineBreakInline:
                        Boundary(inline, PieceKind.LineBreak, flags);
                        break;
                    case CodeInline:
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Code);
                        break;
                    case HtmlInline html:
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Html);
                        TrackCodeElement(html.Tag);
                        break;
                    case HtmlEntityInline:
                        Boundary(inline, PieceKind.Entity, flags);
                        break;
                    case AutolinkInline:
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Url);
                        break;
                    case LinkInline { IsAutoLink: true } url when !url.IsImage:
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Url);
                        break;
                    case LinkInline link:
                        // An image is masked whole in the visible text; its alt text is prose for word matching.
                        Boundary(inline, link.IsImage ? PieceKind.Image : PieceKind.Link, flags);
                        if (!link.IsAutoLink)
                        {
                            Inlines(link, context | (link.IsImage ? ProseContext.ImageAlt : ProseContext.Link), flags | (link.IsImage ? PieceFlags.InImage : PieceFlags.InLink));
                            Boundary(inline, PieceKind.End, flags);
                        }

                        break;
                    case FootnoteLink:
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Footnote);
                        break;
                    case EmphasisInline emphasis:
                        // Emphasis is no boundary between words: literal text on both sides of it may touch.
                        pieces.Add(new InlinePiece(emphasis, PieceKind.Emphasis, flags));
                        Inlines(emphasis, context, flags | PieceFlags.InEmphasis);
                        break;
                    case ContainerInline child:
                        Inlines(child, context, flags);
                        break;
                    default:
                        // Extension inlines, task list boxes: a boundary between words.
                        Boundary(inline, PieceKind.Masked, flags, InlineKinds.Other);
                        break;
                }
            }
        }

        /// <summary>Records an inline that is not literal text: code, HTML, an entity, a URL, a line break, a link's edge.</summary>
        private void Boundary(Inline inline, PieceKind kind, PieceFlags flags, InlineKinds masked = InlineKinds.None)
        {
            pieces.Add(new InlinePiece(inline, kind, flags, masked));
            Flush();
        }

        private void Add(LiteralInline literal, ProseContext context)
        {
            var span = literal.Span;
            if (span.IsEmpty || span.Start < _bodyStart || span.End >= _text.Length)
            {
                Flush();
                return;
            }

            var start = span.Start;
            var end = span.End + 1;
            if (_pendingStart >= 0 && _pendingEnd == start && _pendingContext == context)
            {
                _pendingEnd = end;
                return;
            }

            Flush();
            _pendingStart = start;
            _pendingEnd = end;
            _pendingContext = context;
        }

        public void Flush()
        {
            if (_pendingStart >= 0)
            {
                AddClean(_text, new TextRange(_pendingStart, _pendingEnd), _pendingContext, excluded, runs);
                _pendingStart = -1;
            }
        }

        private void TrackCodeElement(string? tag)
        {
            if (string.IsNullOrEmpty(tag) || tag.Length < 3 || tag[0] != '<')
            {
                return;
            }

            var closing = tag[1] == '/';
            var i = closing ? 2 : 1;
            var j = i;
            while (j < tag.Length && char.IsAsciiLetterOrDigit(tag[j]))
            {
                j++;
            }

            var name = tag.AsSpan(i, j - i);
            foreach (var element in CodeElements)
            {
                if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
                {
                    if (closing)
                    {
                        _codeDepth = Math.Max(0, _codeDepth - 1);
                    }
                    else if (!tag.EndsWith("/>", StringComparison.Ordinal))
                    {
                        _codeDepth++;
                    }

                    return;
                }
            }
        }
    }
}
