using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>One cell of a pipe-table row: the text between two separators, and that text without its padding.</summary>
/// <param name="Raw">From just after the separator before the cell to the separator after it (file offsets).</param>
/// <param name="Content">The raw range without leading and trailing spaces and tabs.</param>
public readonly record struct PipeCell(TextRange Raw, TextRange Content);

/// <summary>
/// One line of a candidate pipe table, split into cells from its source text the way GitHub (cmark-gfm) and Hugo
/// (goldmark) split it: one leading and one trailing <c>|</c> are optional, <c>\|</c> never splits, and a <c>|</c>
/// inside a code span does split. Pipes inside Liquid tags (<c>{{ x | size }}</c>) and inline math do not.
/// </summary>
public sealed class PipeRow
{
    internal PipeRow(int line, TextRange range, IReadOnlyList<int> separators, IReadOnlyList<PipeCell> cells, bool leading, bool trailing)
    {
        Line = line;
        Range = range;
        Separators = separators;
        Cells = cells;
        HasLeadingPipe = leading;
        HasTrailingPipe = trailing;
    }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>From the first to the last non-blank character of the line, after any blockquote or list prefix.</summary>
    public TextRange Range { get; }

    /// <summary>Offsets of every <c>|</c> that separates cells, the leading and trailing pipe included.</summary>
    public IReadOnlyList<int> Separators { get; }

    /// <summary>The cells, as GitHub counts them.</summary>
    public IReadOnlyList<PipeCell> Cells { get; }

    /// <summary>Whether the row starts with <c>|</c>.</summary>
    public bool HasLeadingPipe { get; }

    /// <summary>Whether the row ends with <c>|</c>.</summary>
    public bool HasTrailingPipe { get; }

    /// <summary>The offset of the trailing pipe (only when <see cref="HasTrailingPipe"/>).</summary>
    public int TrailingPipe => Separators[^1];

    /// <summary>Whether the cells are written with a space inside the pipes (<c>| a |</c> rather than <c>|a|</c>).</summary>
    public bool IsSpaced(string text)
    {
        foreach (var cell in Cells)
        {
            if (cell.Raw.Length > 0)
            {
                return text[cell.Raw.Start] is ' ' or '\t' || text[cell.Raw.End - 1] is ' ' or '\t';
            }
        }

        return false;
    }
}

/// <summary>What a candidate table is, judged by GFM.</summary>
public enum PipeTableKind
{
    /// <summary>A table GitHub renders: a header row, then a valid delimiter row with as many cells.</summary>
    Table,

    /// <summary>A valid delimiter row whose cell count differs from the header row's: GitHub shows no table.</summary>
    CountMismatch,

    /// <summary>A line under a row that is meant as a delimiter row but is not one (<c>| — | - - |</c>): no table.</summary>
    InvalidDelimiter,

    /// <summary>A kramdown delimiter row with <c>+</c> between cells (<c>|---+---|</c>): no table on GitHub.</summary>
    KramdownDelimiter,

    /// <summary>Lines of pipe rows with no delimiter row at all: kramdown renders a table, GitHub shows text.</summary>
    Headerless,

    /// <summary>
    /// A delimiter row that is a lazy continuation line of a list item or blockquote (written without the item's
    /// indentation or the quote's <c>&gt;</c>): GitHub joins it to the item's text and shows no table.
    /// </summary>
    LazyDelimiter,
}

/// <summary>A candidate table found in one paragraph.</summary>
public sealed class PipeTable
{
    internal PipeTable(PipeTableKind kind, PipeRow? header, PipeRow? delimiter, IReadOnlyList<PipeRow> body, IReadOnlyList<PipeRow> rowsAbove, bool inBlockquote = false)
    {
        InBlockquote = inBlockquote;
        Kind = kind;
        Header = header;
        Delimiter = delimiter;
        Body = body;
        RowsAbove = rowsAbove;
    }

    /// <summary>What kind of candidate this is.</summary>
    public PipeTableKind Kind { get; }

    /// <summary>The header row (null for <see cref="PipeTableKind.Headerless"/>).</summary>
    public PipeRow? Header { get; }

    /// <summary>The delimiter row or the line meant as one (null for <see cref="PipeTableKind.Headerless"/>).</summary>
    public PipeRow? Delimiter { get; }

    /// <summary>
    /// The body rows GitHub renders (for <see cref="PipeTableKind.Table"/>), the lines that would be body rows once the
    /// table is repaired (other kinds), or every line (<see cref="PipeTableKind.Headerless"/>).
    /// </summary>
    public IReadOnlyList<PipeRow> Body { get; }

    /// <summary>Pipe rows written right above the header row in the same paragraph (GitHub shows them as text).</summary>
    public IReadOnlyList<PipeRow> RowsAbove { get; }

    /// <summary>For <see cref="PipeTableKind.LazyDelimiter"/>: the delimiter row lacks a blockquote's <c>&gt;</c> (else a list item's indentation).</summary>
    public bool InBlockquote { get; }

    /// <summary>
    /// On a kramdown site: the line of text right above the table's first row, with no blank line between (a paragraph
    /// line, a heading, a fence): kramdown starts a table only after a blank line and shows it all as text. Else null.
    /// </summary>
    public TextRange? KramdownTextAbove { get; internal set; }

    /// <summary>
    /// On a kramdown site: the first line after the table's first row that is no table line (no <c>|</c>), or the line
    /// right under the table when it is not blank: kramdown needs a blank line after a table and shows it all as text
    /// otherwise. Else null.
    /// </summary>
    public TextRange? KramdownLineBelow { get; internal set; }

    /// <summary>
    /// With <see cref="KramdownTextAbove"/>: the start of the attribute lines (<c>{: .class}</c>) written right above the
    /// table, which a blank line must go above to keep styling the table. Else null.
    /// </summary>
    public int? KramdownAttributesStart { get; internal set; }

    /// <summary>Whether the table lies inside a list item or blockquote (a blank line there needs the container's prefix).</summary>
    public bool InContainer { get; internal set; }

    /// <summary>Whether kramdown shows no table here for want of a blank line above or below it.</summary>
    public bool KramdownShowsText => KramdownTextAbove is not null || KramdownLineBelow is not null;

    /// <summary>The first line of the table as its author wrote it (the first row above the header, the header, or the first line).</summary>
    public PipeRow FirstRow => RowsAbove.Count > 0 ? RowsAbove[0] : Header ?? Body[0];
}

/// <summary>
/// The pipe tables of a post, found from the source lines of every paragraph (Markdig's own pipe tables pad and repair
/// rows, and miss malformed tables entirely), with GitHub's rules: the delimiter row right under the header row decides
/// that a table starts; the table ends at a blank line or at the start of another block. Code blocks, HTML blocks,
/// front matter, <c>{% raw %}</c>/<c>{% highlight %}</c>/<c>{% comment %}</c> regions and <c>$$</c> math are never tables.
/// Computed once per post and shared by the table rules.
/// </summary>
public sealed partial class PipeTables
{
    private static readonly object Key = new();

    /// <summary>A CommonMark pipeline without pipe tables whose paragraphs keep their source lines.</summary>
    private static readonly MarkdownPipeline LinePipeline = CreatePipeline(kramdownHtml: false);

    /// <summary>The same with HTML blocks as kramdown reads them, for kramdown sites.</summary>
    private static readonly MarkdownPipeline KramdownLinePipeline = CreatePipeline(kramdownHtml: true);

    private readonly string _text;
    private readonly Regions _liquid;
    private readonly Regions _excluded;

    private PipeTables(string text, Regions liquid, Regions excluded)
    {
        _text = text;
        _liquid = liquid;
        _excluded = excluded;
    }

    /// <summary>The candidate tables, in document order.</summary>
    public IReadOnlyList<PipeTable> Tables { get; private set; } = [];

    /// <summary>The tables of <paramref name="post"/>, computed on first use.</summary>
    public static PipeTables Of(Post post) => post.GetShared(Key, Scan);

    /// <summary>Whether the row is a kramdown separator line (<c>|---|---|</c>, <c>|---+---|</c>) in a table's body.</summary>
    public static bool IsKramdownSeparator(PipeRow row, string text) => OnlyOf(row, text, "+|: \t-", '-');

    /// <summary>Whether the row is a kramdown footer line (<c>|===|===|</c>).</summary>
    public static bool IsKramdownFooter(PipeRow row, string text) => OnlyOf(row, text, "+|: \t=", '=');

    /// <summary>The code spans of a row as its author meant them (backtick runs matched across the whole row).</summary>
    public static List<TextRange> CodeSpans(string text, TextRange row)
    {
        var spans = new List<TextRange>();
        var i = row.Start;
        while (i < row.End)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var open = i;
            while (i < row.End && text[i] == '`')
            {
                i++;
            }

            var length = i - open;
            if (IsEscaped(text, open, row.Start))
            {
                continue;
            }

            // An unmatched run is literal backticks (i stays after it); later runs may still open spans.
            var j = i;
            while (j < row.End)
            {
                if (text[j] != '`')
                {
                    j++;
                    continue;
                }

                var run = j;
                while (j < row.End && text[j] == '`')
                {
                    j++;
                }

                if (j - run == length)
                {
                    spans.Add(new TextRange(open, j));
                    i = j;
                    break;
                }
            }
        }

        return spans;
    }

    private static bool OnlyOf(PipeRow row, string text, string allowed, char required)
    {
        var hasRequired = false;
        var hasPipe = false;
        for (var i = row.Range.Start; i < row.Range.End; i++)
        {
            var c = text[i];
            if (!allowed.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            hasRequired |= c == required;
            hasPipe |= c == '|';
        }

        return hasRequired && hasPipe;
    }

    private static MarkdownPipeline CreatePipeline(bool kramdownHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseFootnotes()
            .UsePreciseSourceLocation();
        if (kramdownHtml)
        {
            Post.UseKramdownHtmlBlocks(builder);
        }

        // Inline parsing would release a paragraph's lines; this view needs the lines, not the inlines. Setext
        // headings are closed through the paragraph parser too, so their content lines are kept as well.
        var paragraphs = builder.BlockParsers.Find<ParagraphBlockParser>();
        if (paragraphs is not null)
        {
            paragraphs.Closed += static (_, block) =>
            {
                if (block is LeafBlock leaf)
                {
                    leaf.ProcessInlines = false;
                }
            };
        }

        return builder.Build();
    }

    private static PipeTables Scan(Post post) =>
        MayHoldTable(post) ? Parse(post) : new PipeTables(post.Text, Regions.Empty, Regions.Empty);

    /// <summary>
    /// Whether the second parse can find a candidate: some line of the body could start or delimit a table, and not
    /// only in code or HTML (a PowerShell pipeline above "----  -----" output). Most posts skip the parse.
    /// </summary>
    internal static bool MayHoldTable(Post post) =>
        MayHoldTable(post.Text.AsSpan(Math.Min(post.BodyStart, post.Text.Length))) && AnyBlockMayHoldTable(post, post.Document);

    /// <summary>The candidates found by the second parse, whether or not <see cref="MayHoldTable(Post)"/> holds.</summary>
    internal static PipeTables Parse(Post post)
    {
        var text = post.Text;
        var tables = new PipeTables(text, LiquidSpans(text, post.BodyStart), ExcludedRegions(text, post.BodyStart));
        var found = new List<PipeTable>();
        var kramdown = post.Site.Renderer.IsKramdown();
        var document = Markdown.Parse(post.MarkdownText, kramdown ? KramdownLinePipeline : LinePipeline);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock { IsSetext: true }) || block.Lines.Count == 0 || block.Span.Start < post.BodyStart)
            {
                continue;
            }

            var before = found.Count;
            var lines = tables.LinesOf(block);
            tables.ScanBlock(lines, block is ParagraphBlock, found);
            if (kramdown)
            {
                for (var k = before; k < found.Count; k++)
                {
                    tables.KramdownBoundaries(post, block, lines, found[k]);
                }
            }
        }

        tables.Tables = found;
        return tables;
    }

    /// <summary>
    /// Whether a paragraph, setext heading or table of the post's own parse passes <see cref="MayHoldTable"/>. Every
    /// paragraph of the second parse lies inside one of them: the two parses differ only where Markdig's pipe tables
    /// keep a line starting with <c>-</c> and holding a pipe in the paragraph above instead of opening a list item.
    /// </summary>
    private static bool AnyBlockMayHoldTable(Post post, ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ParagraphBlock or HeadingBlock { IsSetext: true } or Markdig.Extensions.Tables.Table:
                    if (block.Span.End < post.BodyStart)
                    {
                        break;
                    }

                    if (block.Span.IsEmpty)
                    {
                        return true; // no source span to look at: parse to be sure
                    }

                    var start = Math.Clamp(block.Span.Start, 0, post.Text.Length);
                    if (MayHoldTable(post.Text.AsSpan(start, Math.Clamp(block.Span.End + 1, start, post.Text.Length) - start)))
                    {
                        return true;
                    }

                    break;
                case ContainerBlock inner when AnyBlockMayHoldTable(post, inner):
                    return true;
            }
        }

        return false;
    }

    /// <summary>What a line meant as a delimiter row is made of (see <see cref="LooksLikeDelimiter"/>).</summary>
    private const string DelimiterRowChars = "-:| \t=+_：" + DashLookalikes;

    // The line scan also lets through the line end and the blanks a row's content is trimmed of.
    private static readonly SearchValues<char> DelimiterChars = SearchValues.Create(DelimiterRowChars + "\r\v\f");

    /// <summary>
    /// Whether some line of <paramref name="body"/> could be part of a candidate, checked line by line without parsing:
    /// every kind needs a pipe somewhere and a line that starts with a pipe (after indentation and <c>&gt;</c> markers)
    /// or is made only of delimiter characters with a dash, <c>=</c> or <c>_</c>. Pipes in prose and code alone (a
    /// PowerShell pipeline) then cost one scan instead of a second parse.
    /// </summary>
    internal static bool MayHoldTable(ReadOnlySpan<char> body)
    {
        if (body.IndexOf('|') < 0)
        {
            return false;
        }

        while (!body.IsEmpty)
        {
            var end = body.IndexOf('\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            line = line.TrimStart(" \t>");
            if (line.IsEmpty)
            {
                continue;
            }

            if (line[0] == '|')
            {
                return true;
            }

            if (DelimiterChars.Contains(line[0]) && line.IndexOfAnyExcept(DelimiterChars) < 0 && line.IndexOfAny("-=_" + DashLookalikes) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A source line of a paragraph.</summary>
    /// <param name="Number">1-based line number.</param>
    /// <param name="Content">First to last non-blank character after the container prefix.</param>
    /// <param name="Indent">Columns of indentation relative to the container's content.</param>
    /// <param name="Lazy">A lazy continuation line (without the blockquote marker or list indentation).</param>
    /// <param name="LazyInQuote">The line is lazy because it lacks a blockquote marker.</param>
    /// <param name="Excluded">Inside a Liquid raw/highlight/comment block or display math.</param>
    private readonly record struct Line(int Number, TextRange Content, int Indent, bool Lazy, bool LazyInQuote, bool Excluded);

    private List<Line> LinesOf(LeafBlock block)
    {
        var quoteDepth = 0;
        var listColumn = -1;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock)
            {
                quoteDepth++;
            }
            else if (parent is ListItemBlock item && listColumn < 0)
            {
                listColumn = ContentColumn(item);
            }
        }

        var baseColumn = ContentColumn(block.Parent);
        var lines = new List<Line>(block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            var start = line.Slice.Start;
            var end = Math.Min(line.Slice.End + 1, _text.Length);
            while (end > start && IsBlank(_text[end - 1]))
            {
                end--;
            }

            var lineStart = Math.Clamp(line.Position, 0, start);
            var markers = 0;
            for (var k = lineStart; k < start; k++)
            {
                if (_text[k] == '>')
                {
                    markers++;
                }
            }

            var lazyInQuote = i > 0 && markers < quoteDepth;
            var lazy = lazyInQuote || (i > 0 && listColumn >= 0 && line.Column < listColumn);
            var content = new TextRange(start, end);
            lines.Add(new Line(line.Line + 1, content, line.Column - baseColumn, lazy, lazyInQuote, _excluded.Overlaps(new TextRange(lineStart, Math.Max(end, lineStart + 1)))));
        }

        return lines;
    }

    /// <summary>
    /// kramdown's table rules (its <c>parse_table</c>): a table starts only after a block boundary (a blank line, the
    /// start of the body or of a list item or quote, an attribute line <c>{: …}</c>), every line of it holds a
    /// <c>|</c>, and a boundary must follow it (a blank line, the end of the text or of the container, an attribute
    /// line). Otherwise kramdown shows all the lines as one paragraph of text.
    /// </summary>
    private void KramdownBoundaries(Post post, LeafBlock block, List<Line> lines, PipeTable table)
    {
        table.InContainer = block.Parent is not MarkdownDocument;
        var firstLine = table.FirstRow.Line;
        var first = lines.FindIndex(l => l.Number == firstLine);
        if (first < 0)
        {
            return;
        }

        // kramdown reads lines with a pipe above the header as more rows; a line without one is text. An attribute line
        // ({: .class}) right above the table styles it only after a block boundary: right under text or a heading it
        // styles that block, and the table after it is no longer at a boundary.
        var textAbove = first == 0 ? -1 : lines.FindLastIndex(first - 1, first, l => !HasPipe(l) && !IsLiquidOnly(l.Content));
        var above = textAbove;
        while (above >= 0 && IsBoundaryLine(lines[above].Content))
        {
            above--;
        }

        if (above >= 0)
        {
            table.KramdownTextAbove = lines[above].Content;
        }
        else if (!FirstInContainer(block) && PreviousLine(lines[0].Content.Start, post.BodyStart) is { } previous && !IsBoundaryLine(previous))
        {
            table.KramdownTextAbove = previous;
        }

        if (table.KramdownTextAbove is not null && above < textAbove)
        {
            table.KramdownAttributesStart = lines[above + 1].Content.Start;
        }

        for (var k = first + 1; k < lines.Count; k++)
        {
            var line = lines[k];
            if (IsBoundaryLine(line.Content))
            {
                return;
            }

            if (!HasPipe(line) && !IsLiquidOnly(line.Content))
            {
                table.KramdownLineBelow = line.Content;
                return;
            }
        }

        if (!LastInContainer(block) && NextLine(lines[^1].Content.End) is { } below && !IsBoundaryLine(below))
        {
            table.KramdownLineBelow = below;
        }
    }

    private static bool FirstInContainer(Block block) => block.Parent is ListItemBlock or QuoteBlock && block.Parent.IndexOf(block) == 0;

    private static bool LastInContainer(Block block) => block.Parent is ListItemBlock or QuoteBlock && block.Parent.IndexOf(block) == block.Parent.Count - 1;

    /// <summary>The line before the one holding <paramref name="offset"/>, without its container prefix; null at the start of the body.</summary>
    private TextRange? PreviousLine(int offset, int bodyStart)
    {
        var lineStart = LineStart(_text, offset);
        if (lineStart <= bodyStart || lineStart == 0)
        {
            return null;
        }

        var end = lineStart - 1;
        if (end > 0 && _text[end] == '\n' && _text[end - 1] == '\r')
        {
            end--;
        }

        return Trimmed(LineStart(_text, end), end);
    }

    /// <summary>The line after the one ending at <paramref name="offset"/>, without its container prefix; null at the end of the text.</summary>
    private TextRange? NextLine(int offset)
    {
        var newline = _text.AsSpan(offset).IndexOfAny('\r', '\n');
        if (newline < 0)
        {
            return null;
        }

        var start = offset + newline + (_text[offset + newline] == '\r' && offset + newline + 1 < _text.Length && _text[offset + newline + 1] == '\n' ? 2 : 1);
        if (start >= _text.Length)
        {
            return null;
        }

        var end = _text.AsSpan(start).IndexOfAny('\r', '\n');
        return Trimmed(start, end < 0 ? _text.Length : start + end);
    }

    /// <summary>The start of the line holding <paramref name="offset"/> (lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>).</summary>
    internal static int LineStart(string text, int offset) =>
        offset == 0 ? 0 : text.AsSpan(0, Math.Min(offset, text.Length)).LastIndexOfAny('\r', '\n') + 1;

    /// <summary>A line's range without leading spaces and <c>&gt;</c> markers and without trailing blanks.</summary>
    private TextRange Trimmed(int start, int end)
    {
        while (start < end && _text[start] is ' ' or '\t' or '>')
        {
            start++;
        }

        while (end > start && IsBlank(_text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    /// <summary>A blank line or a kramdown attribute line (<c>{: .class}</c>): a block boundary for kramdown.</summary>
    private bool IsBoundaryLine(TextRange line) =>
        line.Length == 0 || (_text[line.Start] == '{' && AttributeLine().IsMatch(_text.AsSpan(line.Start, line.Length)));

    private static int ContentColumn(ContainerBlock? container) => container switch
    {
        null or MarkdownDocument => 0,
        QuoteBlock quote => quote.Column + 2,
        ListItemBlock item => ContentColumn(item.Parent?.Parent) + item.ColumnWidth,
        _ => ContentColumn(container.Parent),
    };

    private void ScanBlock(List<Line> lines, bool isParagraph, List<PipeTable> found)
    {
        var before = found.Count;
        var visited = false;
        for (var i = 1; i < lines.Count; i++)
        {
            var delimiter = lines[i];
            var header = lines[i - 1];
            if (delimiter.Excluded || header.Excluded)
            {
                continue;
            }

            if (delimiter.Lazy)
            {
                if (!visited && IsDelimiterRow(delimiter.Content) && HasPipe(header))
                {
                    // GitHub adds a lazy line to the paragraph as text: no table can start here (goldmark differs).
                    found.Add(new PipeTable(PipeTableKind.LazyDelimiter, Split(header), Split(delimiter), [], [], delimiter.LazyInQuote));
                    return;
                }

                continue;
            }

            if (delimiter.Indent >= 4)
            {
                continue;
            }

            if (IsDelimiterRow(delimiter.Content))
            {
                if (visited)
                {
                    continue;
                }

                var headerRow = Split(header);
                var delimiterRow = Split(delimiter);
                var body = Body(lines, i + 1, out var end);
                if (headerRow.Cells.Count == delimiterRow.Cells.Count)
                {
                    found.Add(new PipeTable(PipeTableKind.Table, headerRow, delimiterRow, body, RowsAbove(lines, i - 1)));

                    // The lines after the table belong to other blocks (code, lists, HTML) on GitHub.
                    return;
                }

                // cmark-gfm marks the paragraph: no later line of it can start a table.
                found.Add(new PipeTable(PipeTableKind.CountMismatch, headerRow, delimiterRow, body, []));
                visited = true;
                i = end;
                continue;
            }

            if (LooksLikeDelimiter(delimiter.Content) && HasPipe(header))
            {
                var kind = IsPlusDelimiter(delimiter.Content) ? PipeTableKind.KramdownDelimiter : PipeTableKind.InvalidDelimiter;
                found.Add(new PipeTable(kind, Split(header), Split(delimiter), Body(lines, i + 1, out var end), []));
                i = end;
            }
        }

        if (found.Count == before && isParagraph)
        {
            Headerless(lines, found);
        }
    }

    /// <summary>The rows after a delimiter row, up to the first line that ends the table on GitHub.</summary>
    private List<PipeRow> Body(List<Line> lines, int from, out int end)
    {
        var rows = new List<PipeRow>();
        end = from;
        for (; end < lines.Count; end++)
        {
            var line = lines[end];
            if (line.Lazy || line.Indent >= 4 || line.Excluded || EndsTable(line.Content))
            {
                break;
            }

            if (IsLiquidOnly(line.Content))
            {
                // `{% for %}` / `{% endfor %}` around generated rows render to nothing on a Jekyll site.
                continue;
            }

            var row = Split(line);
            if (row.Cells.Count == 0)
            {
                break;
            }

            rows.Add(row);
        }

        return rows;
    }

    private List<PipeRow> RowsAbove(List<Line> lines, int header)
    {
        var above = new List<PipeRow>();
        for (var k = header - 1; k >= 0; k--)
        {
            var line = lines[k];
            if (line.Excluded || line.Lazy || !StartsWithPipe(line))
            {
                break;
            }

            var row = Split(line);
            if (row.Separators.Count < 2)
            {
                break;
            }

            above.Insert(0, row);
        }

        return above;
    }

    private void Headerless(List<Line> lines, List<PipeTable> found)
    {
        var rows = new List<PipeRow>(lines.Count);
        var wide = false;
        foreach (var line in lines)
        {
            if (line.Excluded || !StartsWithPipe(line))
            {
                return;
            }

            var row = Split(line);
            var separatorLine = IsKramdownSeparator(row, _text) || IsKramdownFooter(row, _text);
            if (row.Separators.Count < 2 && !separatorLine)
            {
                return;
            }

            wide |= !separatorLine && row.Cells.Count >= 2;
            rows.Add(row);
        }

        if (wide)
        {
            found.Add(new PipeTable(PipeTableKind.Headerless, null, null, rows, []));
        }
    }

    private bool StartsWithPipe(Line line) => line.Content.Length > 0 && _text[line.Content.Start] == '|';

    private bool HasPipe(Line line)
    {
        for (var i = line.Content.Start; i < line.Content.End; i++)
        {
            if (_text[i] == '|' && !IsEscaped(_text, i, line.Content.Start) && !_liquid.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    private PipeRow Split(Line line)
    {
        var range = line.Content;
        var math = InlineMath(range);
        var separators = new List<int>();
        for (var i = range.Start; i < range.End; i++)
        {
            if (_text[i] == '|' && !IsEscaped(_text, i, range.Start) && !_liquid.Contains(i) && !math.Contains(i))
            {
                separators.Add(i);
            }
        }

        var leading = separators.Count > 0 && separators[0] == range.Start;
        var trailing = separators.Count > (leading ? 1 : 0) && separators[^1] == range.End - 1;
        var cells = new List<PipeCell>();
        if (leading && range.Length == 1)
        {
            // A line that is only `|` has no cell: GitHub ends the table there.
            return new PipeRow(line.Number, range, separators, cells, true, false);
        }

        var cellStart = leading ? range.Start + 1 : range.Start;
        var first = leading ? 1 : 0;
        var last = trailing ? separators.Count - 1 : separators.Count;
        for (var s = first; s < last; s++)
        {
            cells.Add(Cell(cellStart, separators[s]));
            cellStart = separators[s] + 1;
        }

        cells.Add(Cell(cellStart, trailing ? separators[^1] : range.End));
        return new PipeRow(line.Number, range, separators, cells, leading, trailing);
    }

    private PipeCell Cell(int start, int end)
    {
        var s = start;
        var e = end;
        while (s < e && IsBlank(_text[s]))
        {
            s++;
        }

        while (e > s && IsBlank(_text[e - 1]))
        {
            e--;
        }

        return new PipeCell(new TextRange(start, end), new TextRange(s, e));
    }

    /// <summary>
    /// Inline math (<c>$…$</c>, <c>$$…$$</c>) outside code spans, with Pandoc's rules so that shell and PowerShell
    /// variables (<c>$a | $b</c>) are not taken for math: no space inside the dollars, no letter or digit around them.
    /// </summary>
    private Regions InlineMath(TextRange row)
    {
        if (_text.AsSpan(row.Start, row.Length).IndexOf('$') < 0)
        {
            return Regions.Empty;
        }

        var code = new Regions(CodeSpans(_text, row));
        var spans = new List<TextRange>();
        var i = row.Start;
        while (i < row.End)
        {
            if (_text[i] != '$' || code.Contains(i) || IsEscaped(_text, i, row.Start) || (i > row.Start && IsWordChar(_text[i - 1])))
            {
                i++;
                continue;
            }

            var width = i + 1 < row.End && _text[i + 1] == '$' ? 2 : 1;
            var contentStart = i + width;
            if (contentStart >= row.End || IsBlank(_text[contentStart]) || _text[contentStart] == '$')
            {
                i += width;
                continue;
            }

            var close = -1;
            for (var j = contentStart + 1; j + width <= row.End; j++)
            {
                if (_text[j] != '$' || code.Contains(j))
                {
                    continue;
                }

                var closes = width == 1 || _text[j + 1] == '$';
                if (closes && !IsBlank(_text[j - 1]) && _text[j - 1] != '\\' && (j + width >= row.End || !IsWordChar(_text[j + width])))
                {
                    close = j;
                    break;
                }
            }

            if (close < 0)
            {
                i += width;
                continue;
            }

            spans.Add(new TextRange(i, close + width));
            i = close + width;
        }

        return new Regions(spans);
    }

    /// <summary>Whether the line is only Liquid tags or outputs (rendered away before Markdown sees the table).</summary>
    private bool IsLiquidOnly(TextRange content)
    {
        if (content.Length == 0 || _text[content.Start] != '{')
        {
            return false;
        }

        for (var i = content.Start; i < content.End; i++)
        {
            if (!_liquid.Contains(i) && !IsBlank(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Lines that start a block on GitHub inside a table although they cannot interrupt a paragraph: an ordered list
    /// item with any number, an empty list item, an HTML tag alone on its line; and kramdown or Hugo attribute lines
    /// (<c>{: .class}</c>), which style the table on the site.
    /// </summary>
    private bool EndsTable(TextRange content)
    {
        var line = _text.AsSpan(content.Start, content.Length);
        return OrderedItem().IsMatch(line) || EmptyBullet().IsMatch(line) || HtmlTagLine().IsMatch(line) || AttributeLine().IsMatch(line);
    }

    [GeneratedRegex(@"^[0-9]{1,9}[.)](?:[ \t]|$)")]
    private static partial Regex OrderedItem();

    [GeneratedRegex(@"^[-+*]$")]
    private static partial Regex EmptyBullet();

    [GeneratedRegex(@"^</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>$")]
    private static partial Regex HtmlTagLine();

    [GeneratedRegex(@"^\{[:.#][^{}]*\}$")]
    private static partial Regex AttributeLine();

    /// <summary>cmark-gfm's delimiter row: <c>|? :?-+:? (| :?-+:?)* |?</c> with spaces around each cell.</summary>
    private bool IsDelimiterRow(TextRange content)
    {
        var span = _text.AsSpan(content.Start, content.Length);
        if (span.IndexOfAnyExcept("-:| \t") >= 0 || span.IndexOf('-') < 0)
        {
            return false;
        }

        var cells = 0;
        var start = span[0] == '|' ? 1 : 0;
        var end = span.Length > start && span[^1] == '|' ? span.Length - 1 : span.Length;
        if (end < start)
        {
            return false;
        }

        foreach (var range in span[start..end].Split('|'))
        {
            var cell = span[start..end][range].Trim(" \t");
            if (!IsDelimiterCell(cell))
            {
                return false;
            }

            cells++;
        }

        return cells > 0;
    }

    /// <summary>Whether a trimmed delimiter cell is <c>:?-+:?</c>.</summary>
    public static bool IsDelimiterCell(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && cell[0] == ':')
        {
            cell = cell[1..];
        }

        if (cell.Length > 0 && cell[^1] == ':')
        {
            cell = cell[..^1];
        }

        return cell.Length > 0 && cell.IndexOfAnyExcept('-') < 0;
    }

    /// <summary>Dash-like characters people type in a delimiter row by mistake (IME dashes, the Hangul vowel ㅡ).</summary>
    public const string DashLookalikes = "—–‒―ㅡ─━－ー";

    /// <summary>A line made of pipes, dashes (or look-alikes), colons, <c>=</c>, <c>+</c> and spaces: meant as a delimiter row.</summary>
    private bool LooksLikeDelimiter(TextRange content)
    {
        var span = _text.AsSpan(content.Start, content.Length);
        return span.IndexOf('|') >= 0
            && span.IndexOfAnyExcept(DelimiterRowChars) < 0
            && span.IndexOfAny("-=_" + DashLookalikes) >= 0;
    }

    private bool IsPlusDelimiter(TextRange content)
    {
        var span = _text.AsSpan(content.Start, content.Length);
        return span.IndexOfAnyExcept("+|: \t-") < 0 && span.IndexOf('+') >= 0 && span.IndexOf('-') >= 0;
    }

    private static bool IsEscaped(string text, int index, int floor) => index > floor && text[index - 1] == '\\';

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r' or '\n';

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Liquid tags and outputs (<c>{% … %}</c>, <c>{{ … }}</c>, Hugo's <c>{{&lt; … &gt;}}</c>): a pipe inside one is a
    /// filter, not a cell separator. A tag may span lines but not a blank line.
    /// </summary>
    private static Regions LiquidSpans(string text, int from)
    {
        var spans = new List<TextRange>();
        var i = from;
        while (i < text.Length - 1)
        {
            var open = text.IndexOf('{', i);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            var next = text[open + 1];
            if (next is not ('{' or '%'))
            {
                i = open + 1;
                continue;
            }

            var closer = next == '{' ? "}}" : "%}";
            var limit = Math.Min(text.Length, open + 4000);
            var close = text.IndexOf(closer, open + 2, limit - open - 2, StringComparison.Ordinal);
            if (close < 0 || HasBlankLine(text, open, close))
            {
                i = open + 2;
                continue;
            }

            spans.Add(new TextRange(open, close + 2));
            i = close + 2;
        }

        return new Regions(spans);
    }

    private static bool HasBlankLine(string text, int start, int end)
    {
        var newline = text.IndexOf('\n', start, end - start);
        while (newline >= 0)
        {
            var k = newline + 1;
            while (k < end && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }

            if (k < end && text[k] == '\n')
            {
                return true;
            }

            newline = k < end ? text.IndexOf('\n', k, end - k) : -1;
        }

        return false;
    }

    [GeneratedRegex(@"\{%-?\s*(raw|highlight|comment)\b[^%]*%\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidBlockStart();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndHighlight();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndComment();

    [GeneratedRegex(@"\{\{[<%]\s*highlight\b.*?[>%]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex HugoHighlightStart();

    [GeneratedRegex(@"\{\{[<%]\s*/highlight\s*[>%]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex HugoHighlightEnd();

    /// <summary>
    /// Regions whose lines are never table rows: Jekyll <c>{% raw %}</c>, <c>{% highlight %}</c> and
    /// <c>{% comment %}</c> blocks, Hugo <c>{{&lt; highlight &gt;}}</c> blocks, and display math between lines that start
    /// with <c>$$</c>.
    /// </summary>
    private static Regions ExcludedRegions(string text, int from)
    {
        var regions = new List<TextRange>();
        var body = text.AsSpan(from);
        if (body.IndexOf("{%", StringComparison.Ordinal) >= 0)
        {
            foreach (Match start in LiquidBlockStart().Matches(text, from))
            {
                var endTag = start.Groups[1].Value switch
                {
                    "raw" => EndRaw(),
                    "highlight" => EndHighlight(),
                    _ => EndComment(),
                };
                var end = endTag.Match(text, start.Index + start.Length);
                regions.Add(new TextRange(start.Index, end.Success ? end.Index + end.Length : text.Length));
            }
        }

        if (body.IndexOf("{{", StringComparison.Ordinal) >= 0)
        {
            foreach (Match start in HugoHighlightStart().Matches(text, from))
            {
                var end = HugoHighlightEnd().Match(text, start.Index + start.Length);
                regions.Add(new TextRange(start.Index, end.Success ? end.Index + end.Length : text.Length));
            }
        }

        if (body.IndexOf("$$", StringComparison.Ordinal) >= 0)
        {
            DisplayMath(text, from, regions);
        }

        regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new Regions(regions);
    }

    private static void DisplayMath(string text, int from, List<TextRange> regions)
    {
        var i = from;
        var open = -1;
        while (i < text.Length)
        {
            var eol = text.IndexOf('\n', i);
            var lineEnd = eol < 0 ? text.Length : eol;
            var line = text.AsSpan(i, lineEnd - i);
            var trimmed = line.TrimStart(" \t>");
            if (open < 0)
            {
                if (trimmed.StartsWith("$$"))
                {
                    if (trimmed[2..].IndexOf("$$", StringComparison.Ordinal) >= 0)
                    {
                        regions.Add(new TextRange(i, lineEnd));
                    }
                    else
                    {
                        open = i;
                    }
                }
            }
            else if (line.IndexOf("$$", StringComparison.Ordinal) >= 0)
            {
                regions.Add(new TextRange(open, lineEnd));
                open = -1;
            }

            i = lineEnd + 1;
        }

        if (open >= 0)
        {
            regions.Add(new TextRange(open, text.Length));
        }
    }

    /// <summary>Ranges sorted by start; <see cref="Contains"/> needs them disjoint, <see cref="Overlaps"/> does not.</summary>
    private sealed class Regions
    {
        public static readonly Regions Empty = new([]);

        private readonly List<TextRange> _ranges;

        public Regions(List<TextRange> sorted) => _ranges = sorted;

        public bool Contains(int offset)
            => TextRange.AnyContains(_ranges, offset);

        public bool Overlaps(TextRange range)
        {
            foreach (var r in _ranges)
            {
                if (r.Start >= range.End)
                {
                    break;
                }

                if (r.Overlaps(range))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
