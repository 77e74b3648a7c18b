using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;

namespace PostLint.Rules.Shared;

/// <summary>What a block's inline content holds besides plain text.</summary>
[Flags]
public enum InlineKinds
{
    /// <summary>Only text (and emphasis around it).</summary>
    None = 0,

    /// <summary>A code span.</summary>
    Code = 1,

    /// <summary>An inline HTML tag or comment.</summary>
    Html = 2,

    /// <summary>A link with visible text.</summary>
    Link = 4,

    /// <summary>An image.</summary>
    Image = 8,

    /// <summary>A URL: an autolink or a bare <c>http(s)://</c> address.</summary>
    Url = 16,

    /// <summary>Liquid or Hugo template syntax (<c>{{ … }}</c>, <c>{% … %}</c>).</summary>
    Template = 32,

    /// <summary>A kramdown attribute list or extension (<c>{: .notice}</c>, <c>{:toc}</c>, <c>{::comment}</c>).</summary>
    Attributes = 64,

    /// <summary>A footnote reference.</summary>
    Footnote = 128,

    /// <summary>An HTML entity (<c>&amp;nbsp;</c>).</summary>
    Entity = 256,

    /// <summary>Emphasis (<c>**bold**</c>, <c>*italic*</c>, <c>~~strike~~</c>).</summary>
    Emphasis = 512,

    /// <summary>Anything else (task list boxes, extension inlines).</summary>
    Other = 1024,
}

/// <summary>
/// The text a reader sees in one block's inline content (a paragraph, heading or table cell), with the file offset of
/// every character. Whatever is not prose — code spans, HTML, images, URLs, Liquid and Hugo template syntax, kramdown
/// attribute lists, footnote references — is replaced by <see cref="Masked"/>, one character per source character
/// where it can be, so regular expressions can run on the text and their matches map back to file ranges. Lines are
/// separated by <c>\n</c>. Built from the inlines <see cref="VisibleProse"/> recorded, the one view of a post's prose.
/// </summary>
public sealed partial class VisibleText
{
    /// <summary>The character that stands in for anything that is not prose.</summary>
    public const char Masked = '\uFFFC';

    // Where each character of the text comes from in the file; _ends is null when every character is one file
    // character (ends[i] == starts[i] + 1), as in most blocks: only entities and escapes span more.
    private readonly int[] _starts;
    private readonly int[]? _ends;

    private VisibleText(string text, int[] starts, int[]? ends, InlineKinds kinds, int lettersOutsideEmphasis, int lettersOutsideLinks)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        Kinds = kinds;
        LettersOutsideEmphasis = lettersOutsideEmphasis;
        LettersOutsideLinks = lettersOutsideLinks;
    }

    /// <summary>The visible text, non-prose masked.</summary>
    public string Text { get; }

    /// <summary>The kinds of inline content found besides plain text.</summary>
    public InlineKinds Kinds { get; }

    /// <summary>Letters that are not inside emphasis (0 when the whole text is bold or italic).</summary>
    public int LettersOutsideEmphasis { get; }

    /// <summary>Letters that are not inside a link's text (0 for a link-only paragraph).</summary>
    public int LettersOutsideLinks { get; }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateSyntax();

    [GeneratedRegex(@"\{::?[^{}\n]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex KramdownAttributes();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s\uFFFC]+|\bwww\.[^\s\uFFFC]+\.[^\s\uFFFC]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    /// <summary>
    /// The visible text of <paramref name="block"/>'s inline content, or null when it has none. Computed once per block
    /// from the post's <see cref="VisibleProse"/> and shared by every rule that asks.
    /// </summary>
    public static VisibleText? Of(Post post, LeafBlock block) => VisibleProse.Of(post).TextOf(block);

    /// <summary>Builds the visible text of one block from its recorded inlines.</summary>
    internal static VisibleText Build(Post post, ReadOnlySpan<InlinePiece> pieces)
    {
        // One builder per thread, reused: its arrays grow to the longest block once instead of once per block.
        var builder = t_builder ??= new Builder();
        builder.Reset(post.Text);
        builder.Add(pieces);
        var count = builder.Count;
        var chars = builder.Chars.AsSpan(0, count);
        var kinds = builder.Kinds;

        if (chars.Contains('{'))
        {
            kinds |= MaskAll(chars, TemplateSyntax(), InlineKinds.Template);
            kinds |= MaskAll(chars, KramdownAttributes(), InlineKinds.Attributes);
        }

        if (AsciiWords.MayHoldUrl(chars))
        {
            kinds |= MaskAll(chars, BareUrl(), InlineKinds.Url);
        }

        var starts = builder.Starts.AsSpan(0, count);
        var regions = LiquidRegions.Of(post);
        if (regions.Ranges.Count > 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (chars[i] != Masked && regions.Contains(starts[i]))
                {
                    chars[i] = Masked;
                    kinds |= InlineKinds.Template;
                }
            }
        }

        var outsideEmphasis = 0;
        var outsideLinks = 0;
        var flags = builder.Flags;
        for (var i = 0; i < count; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                outsideEmphasis += (flags[i] & Builder.InEmphasis) != 0 ? 0 : 1;
                outsideLinks += (flags[i] & Builder.InLink) != 0 ? 0 : 1;
            }
        }

        var ends = builder.Ends.AsSpan(0, count);
        var oneToOne = true;
        for (var i = 0; i < count && oneToOne; i++)
        {
            oneToOne = ends[i] == starts[i] + 1;
        }

        return new VisibleText(new string(chars), starts.ToArray(), oneToOne ? null : ends.ToArray(), kinds, outsideEmphasis, outsideLinks);
    }

    [ThreadStatic]
    private static Builder? t_builder;

    /// <summary>The file range of the characters [<paramref name="start"/>, <paramref name="end"/>) of <see cref="Text"/>.</summary>
    public TextRange RangeOf(int start, int end)
    {
        if (_starts.Length == 0)
        {
            return default;
        }

        start = Math.Clamp(start, 0, _starts.Length - 1);
        end = Math.Clamp(end, start + 1, _starts.Length);
        var last = _ends is null ? _starts[end - 1] + 1 : _ends[end - 1];
        return new TextRange(_starts[start], Math.Max(_starts[start], last));
    }

    /// <summary>The lines of <see cref="Text"/>, each trimmed of white space: where each starts in the text and its length.</summary>
    public IEnumerable<(int Start, int Length)> TrimmedLines()
    {
        var start = 0;
        while (start <= Text.Length)
        {
            var nl = Text.IndexOf('\n', start);
            var end = nl < 0 ? Text.Length : nl;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(Text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(Text[e - 1]))
            {
                e--;
            }

            yield return (s, e - s);
            if (nl < 0)
            {
                break;
            }

            start = nl + 1;
        }
    }

    private static InlineKinds MaskAll(Span<char> chars, Regex regex, InlineKinds kind)
    {
        // Matches are found in a snapshot of the text, as masking while enumerating would change what follows.
        var found = InlineKinds.None;
        foreach (var m in regex.EnumerateMatches(chars.ToString()))
        {
            chars.Slice(m.Index, m.Length).Fill(Masked);
            found = kind;
        }

        return found;
    }

    private sealed class Builder
    {
        public const byte InEmphasis = 1;
        public const byte InLink = 2;

        private string _source = "";

        public char[] Chars { get; private set; } = new char[256];

        public int[] Starts { get; private set; } = new int[256];

        public int[] Ends { get; private set; } = new int[256];

        public byte[] Flags { get; private set; } = new byte[256];

        public int Count { get; private set; }

        public InlineKinds Kinds { get; private set; }

        public void Reset(string text)
        {
            _source = text;
            Count = 0;
            Kinds = InlineKinds.None;
        }

        public void Add(ReadOnlySpan<InlinePiece> pieces)
        {
            foreach (var piece in pieces)
            {
                if ((piece.Flags & PieceFlags.InImage) != 0)
                {
                    continue; // the image around it is masked whole
                }

                var inEmphasis = (piece.Flags & PieceFlags.InEmphasis) != 0;
                var inLink = (piece.Flags & PieceFlags.InLink) != 0;
                var inline = piece.Inline;
                switch (piece.Kind)
                {
                    case PieceKind.Literal:
                        var literal = (LiteralInline)inline;
                        AddAligned(literal.Content.AsSpan(), literal.Span, inEmphasis, inLink);
                        break;
                    case PieceKind.LineBreak:
                        Add('\n', inline.Span.Start, inline.Span.Start + 1, inEmphasis, inLink);
                        break;
                    case PieceKind.Entity:
                        Kinds |= InlineKinds.Entity;
                        var entity = (HtmlEntityInline)inline;
                        foreach (var c in entity.Transcoded.AsSpan())
                        {
                            Add(c, entity.Span.Start, entity.Span.End + 1, inEmphasis, inLink);
                        }

                        break;
                    case PieceKind.Masked:
                        // A footnote mark or an extension inline without a place in the file leaves nothing to mask.
                        if (!(piece.Masked is InlineKinds.Footnote or InlineKinds.Other && inline.Span.IsEmpty))
                        {
                            Mask(inline, piece.Masked, inEmphasis, inLink);
                        }

                        break;
                    case PieceKind.Image:
                        Mask(inline, InlineKinds.Image, inEmphasis, inLink);
                        break;
                    case PieceKind.Link:
                        Kinds |= InlineKinds.Link;
                        break;
                    case PieceKind.Emphasis:
                        Kinds |= InlineKinds.Emphasis;
                        break;
                }
            }
        }

        private void Mask(Inline inline, InlineKinds kind, bool inEmphasis, bool inLink)
        {
            Kinds |= kind;
            var range = Post.RangeOf(inline);

            // One masked character per source character keeps columns of later matches exact.
            if (range.Length == 0)
            {
                Add(Masked, range.Start, range.Start, inEmphasis, inLink);
                return;
            }

            for (var i = range.Start; i < range.End; i++)
            {
                var lineBreak = i < _source.Length && (_source[i] == '\n' || (_source[i] == '\r' && (i + 1 >= _source.Length || _source[i + 1] != '\n')));
                Add(lineBreak ? '\n' : Masked, i, i + 1, inEmphasis, inLink);
            }
        }

        /// <summary>
        /// Adds a literal's content, finding each character in the literal's source span: Markdig drops backslashes
        /// of escapes and the padding of table cells from the content, but the span covers them.
        /// </summary>
        private void AddAligned(ReadOnlySpan<char> content, Markdig.Syntax.SourceSpan span, bool inEmphasis, bool inLink)
        {
            if (span.IsEmpty || span.Start < 0)
            {
                foreach (var c in content)
                {
                    Add(c, Math.Max(0, span.Start), Math.Max(0, span.Start), inEmphasis, inLink);
                }

                return;
            }

            var end = Math.Min(span.End + 1, _source.Length);
            var k = span.Start;
            if (end - k == content.Length && _source.AsSpan(k, end - k).SequenceEqual(content))
            {
                // The common case: the content is the source, character for character.
                for (var i = 0; i < content.Length; i++)
                {
                    Add(content[i], k + i, k + i + 1, inEmphasis, inLink);
                }

                return;
            }

            foreach (var c in content)
            {
                var found = k < end ? _source.IndexOf(c, k, end - k) : -1;
                if (found < 0)
                {
                    Add(c, k, k, inEmphasis, inLink);
                    continue;
                }

                Add(c, found, found + 1, inEmphasis, inLink);
                k = found + 1;
            }
        }

        private void Add(char c, int start, int end, bool inEmphasis, bool inLink)
        {
            if (Count == Chars.Length)
            {
                var size = Count * 2;
                Chars = Grow(Chars, size);
                Starts = Grow(Starts, size);
                Ends = Grow(Ends, size);
                Flags = Grow(Flags, size);
            }

            Chars[Count] = c;
            Starts[Count] = start;
            Ends[Count] = end;
            Flags[Count] = (byte)((inEmphasis ? InEmphasis : 0) | (inLink ? InLink : 0));
            Count++;
        }

        private static T[] Grow<T>(T[] array, int size)
        {
            var grown = new T[size];
            Array.Copy(array, grown, array.Length);
            return grown;
        }
    }
}
