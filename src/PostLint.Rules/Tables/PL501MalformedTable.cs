using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Tables;

/// <summary>Flags pipe tables that GitHub and Hugo render differently from what the source shows. Docs: PL501MalformedTable.md.</summary>
public sealed class PL501MalformedTable : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL501", "malformed-table", "A pipe table's rows do not match its header, or its delimiter row is broken",
        RuleCategory.Tables, Severity.Error, FixAvailability.Sometimes);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var text = post.Text;
        foreach (var table in PipeTables.Of(post).Tables)
        {
            switch (table.Kind)
            {
                case PipeTableKind.Table:
                    CheckBody(post, table, context);
                    break;
                case PipeTableKind.CountMismatch:
                    ReportCountMismatch(post, table, context);
                    break;
                case PipeTableKind.InvalidDelimiter:
                    ReportInvalidDelimiter(text, table.Delimiter!, context);
                    break;
                case PipeTableKind.LazyDelimiter:
                    context.Report(
                        table.Delimiter!.Range,
                        table.InBlockquote
                            ? "this delimiter row has no '>' and continues the blockquote above as text, so GitHub shows no table; put a blank line before the table, or start every row of it with '>'"
                            : "this delimiter row is not indented like the list item above and continues its text, so GitHub shows no table; put a blank line before the table, or indent every row of it like the item's text");
                    break;
            }
        }
    }

    private static void CheckBody(Post post, PipeTable table, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var columns = header.Cells.Count;
        if (CodeSpanPipe(text, header) is { } headerSpan)
        {
            context.Report(headerSpan, $"the '|' inside the code span {Snippet(text, headerSpan)} splits the header cell; {EscapeAdvice(post, text, headerSpan)}");
        }

        foreach (var row in table.Body)
        {
            // Kramdown separator and footer lines are PL502's; one finding per row.
            if (PipeTables.IsKramdownSeparator(row, text) || PipeTables.IsKramdownFooter(row, text))
            {
                continue;
            }

            var cells = row.Cells.Count;
            var codeSpan = CodeSpanPipe(text, row);
            if (codeSpan is { } span)
            {
                var counts = cells == columns ? "" : $"row has {cells} cells, header has {columns}: ";
                context.Report(span, $"{counts}the '|' inside the code span {Snippet(text, span)} splits the cell; {EscapeAdvice(post, text, span)}");
                continue;
            }

            if (cells > columns)
            {
                ReportExtraCells(text, row, columns, context);
            }
            else if (cells < columns && row.Separators.Count == 0)
            {
                context.Report(
                    row.Range,
                    $"line has no '|' but continues the table, so GitHub and Hugo show it as a row of 1 cell (header has {columns}); put a blank line before it if it is not a row",
                    severity: Severity.Warning);
            }
            else if (cells < columns)
            {
                var missing = columns - cells;
                context.Report(
                    row.Range,
                    $"row has {cells} {Cells(cells)}, header has {columns}: GitHub and Hugo pad it with {missing} empty {Cells(missing)}",
                    PadFix(text, row, missing, "row"),
                    Severity.Warning);
            }
        }
    }

    private static void ReportExtraCells(string text, PipeRow row, int columns, RuleContext context)
    {
        var extra = row.Cells.Skip(columns).ToArray();
        var count = row.Cells.Count;
        if (extra.All(c => c.Content.Length == 0))
        {
            // Nothing is lost by removing cells that are empty (a doubled `||` at the end of the row).
            var (from, to) = TrailingCells(row, columns);
            var fix = Fix.Replace(extra.Length == 1 ? "Remove the empty extra cell" : $"Remove the {extra.Length} empty extra cells", new TextRange(from, to), "");
            context.Report(row.Range, $"row has {count} cells, header has {columns}: GitHub and Hugo drop the extra empty {Cells(extra.Length)}", fix);
            return;
        }

        var dropped = string.Join(", ", extra.Where(c => c.Content.Length > 0).Select(c => Quote(text, c.Content)));
        context.Report(row.Range, $"row has {count} cells, header has {columns}: GitHub and Hugo drop the extra {Cells(extra.Length)} ({dropped})");
    }

    private static void ReportCountMismatch(Post post, PipeTable table, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var delimiter = table.Delimiter!;
        var h = header.Cells.Count;
        var d = delimiter.Cells.Count;
        if (header.Separators.Count == 0)
        {
            context.Report(
                delimiter.Range,
                $"the line above this delimiter row has no '|', so GitHub and Hugo read it as a header of 1 cell against {d} delimiter cells and show no table; write a header row right above the delimiter row");
            return;
        }

        var message = $"header row has {h} {Cells(h)} but the delimiter row has {d}: GitHub and Hugo show no table";
        if (CodeSpanPipe(text, header) is { } span)
        {
            context.Report(span, $"{message}; the '|' inside the code span {Snippet(text, span)} splits a header cell, {EscapeAdvice(post, text, span)}");
            return;
        }

        if (h == 0)
        {
            // A header of only pipes has no cell to keep: nothing safe to remove or add.
            context.Report(delimiter.Range, message);
            return;
        }

        Fix fix;
        if (h > d)
        {
            fix = AddDelimiterCells(text, delimiter, h - d);
        }
        else if (table.Body.Any(r => r.Cells.Count > h))
        {
            // The rows agree with the delimiter row: the header is short. Trimming the delimiter would hide columns.
            fix = PadFix(text, header, d - h, "header row");
        }
        else
        {
            var (from, to) = TrailingCells(delimiter, h);
            fix = Fix.Replace(d - h == 1 ? "Remove the extra delimiter cell" : $"Remove the {d - h} extra delimiter cells", new TextRange(from, to), "");
        }

        context.Report(delimiter.Range, message, fix);
    }

    private static void ReportInvalidDelimiter(string text, PipeRow delimiter, RuleContext context)
    {
        for (var i = 0; i < delimiter.Cells.Count; i++)
        {
            var cell = delimiter.Cells[i];
            var content = text.AsSpan(cell.Content.Start, cell.Content.Length);
            if (PipeTables.IsDelimiterCell(content))
            {
                continue;
            }

            var n = i + 1;
            var shown = content.ToString();
            string why;
            if (content.Length == 0)
            {
                context.Report(cell.Raw.Length > 0 ? cell.Raw : new TextRange(cell.Raw.Start - 1, cell.Raw.Start + 1), $"delimiter cell {n} is empty: GitHub and Hugo show no table; write '---' in it");
                return;
            }

            if (content.IndexOf('ㅡ') >= 0)
            {
                why = "uses the Hangul vowel 'ㅡ' instead of '-'";
            }
            else if (content.IndexOfAny(PipeTables.DashLookalikes) >= 0)
            {
                why = "uses a dash look-alike instead of '-'";
            }
            else if (content.ContainsAny(" \t") && StripColons(content).IndexOfAnyExcept("- \t") < 0)
            {
                why = "has spaces between its dashes";
            }
            else if (content.IndexOf('=') >= 0)
            {
                why = "uses '=' instead of '-'";
            }
            else
            {
                why = "is not dashes with optional colons";
            }

            context.Report(cell.Content, $"delimiter cell {n} '{shown}' {why}: GitHub and Hugo show no table; write '---', ':---', '---:' or ':---:'");
            return;
        }

        context.Report(delimiter.Range, "this line under a row is not a valid delimiter row: GitHub and Hugo show no table; write '| --- | --- |' with one cell per column");
    }

    /// <summary>The first code span (as the author meant it) that a separator cuts through.</summary>
    private static TextRange? CodeSpanPipe(string text, PipeRow row)
    {
        foreach (var span in PipeTables.CodeSpans(text, row.Range))
        {
            foreach (var separator in row.Separators)
            {
                if (separator > span.Start && separator < span.End - 1)
                {
                    return span;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// How to keep a pipe inside a code span. <c>\|</c> is right for GitHub and Hugo, but Jekyll's kramdown keeps code
    /// spans whole and would show the backslash, so a Jekyll post gets the form every renderer agrees on.
    /// </summary>
    private static string EscapeAdvice(Post post, string text, TextRange span)
    {
        if (post.Site.Kind != SiteKind.Jekyll)
        {
            return "write '\\|'";
        }

        var inner = text[span.Start..span.End].Trim('`').Trim();
        return $"write <code>{inner.Replace("|", "&#124;", StringComparison.Ordinal)}</code> (kramdown shows '\\|' literally)";
    }

    private static Fix PadFix(string text, PipeRow row, int missing, string what)
    {
        var cell = row.IsSpaced(text) ? " |" : "|";
        var insert = string.Concat(Enumerable.Repeat(cell, missing));
        var at = row.Range.End;
        if (!row.HasTrailingPipe)
        {
            // Without a trailing pipe the last empty cell needs one: `a | b` becomes `a | b | |`.
            insert = cell + insert;
        }

        var title = $"Pad the {what} with {missing} empty {Cells(missing)}";
        return Fix.Replace(title, new TextRange(at, at), insert);
    }

    private static Fix AddDelimiterCells(string text, PipeRow delimiter, int missing)
    {
        var spaced = delimiter.IsSpaced(text);
        string insert;
        if (delimiter.HasTrailingPipe)
        {
            insert = string.Concat(Enumerable.Repeat(spaced ? " --- |" : "---|", missing));
        }
        else
        {
            insert = string.Concat(Enumerable.Repeat(spaced ? " | ---" : "|---", missing));
        }

        var at = delimiter.Range.End;
        return Fix.Replace(missing == 1 ? "Add the missing delimiter cell" : $"Add the {missing} missing delimiter cells", new TextRange(at, at), insert);
    }

    /// <summary>
    /// The range to delete to keep only the first <paramref name="keep"/> cells: from the separator before the first
    /// dropped cell up to the trailing pipe, or, without one, from the end of the last kept cell's text.
    /// </summary>
    private static (int From, int To) TrailingCells(PipeRow row, int keep) => row.HasTrailingPipe
        ? (row.Cells[keep].Raw.Start - 1, row.TrailingPipe)
        : (row.Cells[keep - 1].Content.End, row.Range.End);

    private static ReadOnlySpan<char> StripColons(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && cell[0] == ':')
        {
            cell = cell[1..];
        }

        return cell.Length > 0 && cell[^1] == ':' ? cell[..^1] : cell;
    }

    private static string Cells(int n) => n == 1 ? "cell" : "cells";

    private static string Quote(string text, TextRange range) => $"'{Snippet(text, range)}'";

    private static string Snippet(string text, TextRange range)
    {
        var value = text[range.Start..range.End];
        if (value.Length <= 40)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[36]) ? 36 : 37;
        return value[..cut] + "…";
    }
}
