using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Tables;

/// <summary>Flags pipe tables that the site's renderer (or GitHub's file view) shows differently from what the source says. Docs: PL501MalformedTable.md.</summary>
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
        var renderer = TableRenderer.Of(post);
        foreach (var table in PipeTables.Of(post).Tables)
        {
            if (table.Kind is PipeTableKind.Headerless or PipeTableKind.KramdownDelimiter)
            {
                continue; // PL502's
            }

            if (renderer.IsKramdown && table.KramdownShowsText)
            {
                TableRenderer.ReportKramdownText(post, table, context, Severity.Error);
                continue;
            }

            switch (table.Kind)
            {
                case PipeTableKind.Table:
                    CheckBody(post, table, renderer, context);
                    break;
                case PipeTableKind.CountMismatch:
                    ReportCountMismatch(post, table, renderer, context);
                    break;
                case PipeTableKind.InvalidDelimiter:
                    ReportInvalidDelimiter(text, table.Delimiter!, renderer, context);
                    break;
                case PipeTableKind.LazyDelimiter:
                    ReportLazyDelimiter(table, renderer, context);
                    break;
            }
        }
    }

    private static void ReportLazyDelimiter(PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var where = table.InBlockquote
            ? "this delimiter row has no '>' and continues the blockquote above as text"
            : "this delimiter row is not indented like the list item above and continues its text";
        var fix = table.InBlockquote
            ? "put a blank line before the table, or start every row of it with '>'"
            : "put a blank line before the table, or indent every row of it like the item's text";
        if (renderer.IsGitHub || renderer.Renderer == MarkdownRenderer.AstroRemark)
        {
            context.Report(table.Delimiter!.Range, $"{where}, so {renderer.Name} shows no table; {fix}");
        }
        else
        {
            // Goldmark and kramdown still start the table there.
            context.Report(table.Delimiter!.Range, $"{where} in GitHub's file view, which shows no table ({renderer.Name} shows it); {fix}", severity: Severity.Warning);
        }
    }

    private static void CheckBody(Post post, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var columns = header.Cells.Count;
        if (CodeSpanPipe(text, header) is { } headerSpan)
        {
            if (renderer.IsKramdown)
            {
                context.Report(headerSpan, $"the '|' inside the code span {Snippet(text, headerSpan)} splits the header cell in GitHub's file view ({renderer.Name} keeps the code span whole); {EscapeAdvice(renderer, text, headerSpan)}", severity: Severity.Warning);
            }
            else
            {
                context.Report(headerSpan, $"the '|' inside the code span {Snippet(text, headerSpan)} splits the header cell; {EscapeAdvice(renderer, text, headerSpan)}");
            }
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
                if (renderer.IsKramdown)
                {
                    context.Report(span, $"the '|' inside the code span {Snippet(text, span)} splits the cell in GitHub's file view ({renderer.Name} keeps the code span whole); {EscapeAdvice(renderer, text, span)}", severity: Severity.Warning);
                }
                else
                {
                    var counts = cells == columns ? "" : $"row has {cells} cells, header has {columns}: ";
                    context.Report(span, $"{counts}the '|' inside the code span {Snippet(text, span)} splits the cell; {EscapeAdvice(renderer, text, span)}");
                }

                continue;
            }

            if (cells > columns)
            {
                ReportExtraCells(text, row, columns, renderer, context);
            }
            else if (cells < columns && row.Separators.Count == 0)
            {
                context.Report(
                    row.Range,
                    $"line has no '|' but continues the table, so {renderer.Name} shows it as a row of 1 cell (header has {columns}); put a blank line before it if it is not a row",
                    severity: Severity.Warning);
            }
            else if (cells < columns)
            {
                var missing = columns - cells;
                context.Report(
                    row.Range,
                    $"row has {cells} {Cells(cells)}, header has {columns}: {renderer.Name} pads it with {missing} empty {Cells(missing)}",
                    PadFix(text, row, missing, "row"),
                    Severity.Warning);
            }
        }
    }

    private static void ReportExtraCells(string text, PipeRow row, int columns, TableRenderer renderer, RuleContext context)
    {
        var extra = row.Cells.Skip(columns).ToArray();
        var count = row.Cells.Count;
        if (extra.All(c => c.Content.Length == 0))
        {
            // Nothing is lost by removing cells that are empty (a doubled `||` at the end of the row).
            var (from, to) = TrailingCells(row, columns);
            var fix = Fix.Replace(extra.Length == 1 ? "Remove the empty extra cell" : $"Remove the {extra.Length} empty extra cells", new TextRange(from, to), "");
            if (renderer.IsKramdown)
            {
                context.Report(row.Range, $"row has {count} cells, header has {columns}: {renderer.Name} adds an empty column for the extra empty {Cells(extra.Length)}, GitHub's file view drops {(extra.Length == 1 ? "it" : "them")}", fix, Severity.Warning);
            }
            else
            {
                context.Report(row.Range, $"row has {count} cells, header has {columns}: {renderer.Name} drops the extra empty {Cells(extra.Length)}", fix);
            }

            return;
        }

        // Some extra cell holds text: removing the cells would lose it, so there is no fix.
        var dropped = string.Join(", ", extra.Where(c => c.Content.Length > 0).Select(c => Quote(text, c.Content)));
        if (renderer.IsKramdown)
        {
            context.Report(row.Range, $"row has {count} cells, header has {columns}: {renderer.Name} adds a column without a header for the extra {Cells(extra.Length)} ({dropped}), GitHub's file view drops {(extra.Length == 1 ? "it" : "them")}", severity: Severity.Warning);
        }
        else
        {
            context.Report(row.Range, $"row has {count} cells, header has {columns}: {renderer.Name} drops the extra {Cells(extra.Length)} ({dropped})");
        }
    }

    private static void ReportCountMismatch(Post post, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var text = post.Text;
        var header = table.Header!;
        var delimiter = table.Delimiter!;
        var h = header.Cells.Count;
        var d = delimiter.Cells.Count;
        if (header.Separators.Count == 0)
        {
            var shows = renderer.IsGoldmark ? "makes it the header row of a table" : $"reads it as a header of 1 cell against {d} delimiter cells and shows no table";
            context.Report(
                delimiter.Range,
                $"the line above this delimiter row has no '|', so {renderer.Name} {shows}; write a header row right above the delimiter row");
            return;
        }

        // kramdown shows the table (it pads the shorter rows); Goldmark (Hugo 0.111) pads a header shorter than the
        // delimiter row. GitHub's file view shows no table either way.
        var shown = renderer.IsKramdown || (renderer.IsGoldmark && h < d);
        var message = $"header row has {h} {Cells(h)} but the delimiter row has {d}: " + (shown
            ? (renderer.IsKramdown ? $"{renderer.Name} shows the table, GitHub's file view shows none" : $"{renderer.Name} pads the header with {d - h} empty {Cells(d - h)}, GitHub's file view shows no table")
            : $"{renderer.Name} shows no table");
        Severity? severity = shown ? Severity.Warning : null;
        if (CodeSpanPipe(text, header) is { } span)
        {
            context.Report(span, $"{message}; the '|' inside the code span {Snippet(text, span)} splits a header cell, {EscapeAdvice(renderer, text, span)}", severity: severity);
            return;
        }

        if (h == 0)
        {
            // A header of only pipes has no cell to keep: nothing safe to remove or add.
            context.Report(delimiter.Range, message, severity: severity);
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

        context.Report(delimiter.Range, message, fix, severity);
    }

    private static void ReportInvalidDelimiter(string text, PipeRow delimiter, TableRenderer renderer, RuleContext context)
    {
        // kramdown reads a line of '-', ':', '|', '+' and blanks as its separator line and shows the table; any other
        // line becomes a row of the table, which then has no header row.
        var kramdownShows = renderer.IsKramdown && PipeTables.IsKramdownSeparator(delimiter, text);
        Severity? severity = kramdownShows ? Severity.Warning : null;
        var shows = kramdownShows
            ? $"{renderer.Name} shows the table, GitHub's file view shows none"
            : renderer.IsKramdown
                ? $"{renderer.Name} shows the line as a row of the table and gives it no header row"
                : $"{renderer.Name} shows no table";
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
                context.Report(cell.Raw.Length > 0 ? cell.Raw : new TextRange(cell.Raw.Start - 1, cell.Raw.Start + 1), $"delimiter cell {n} is empty: {shows}; write '---' in it", severity: severity);
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

            context.Report(cell.Content, $"delimiter cell {n} '{shown}' {why}: {shows}; write '---', ':---', '---:' or ':---:'", severity: severity);
            return;
        }

        context.Report(delimiter.Range, $"this line under a row is not a valid delimiter row: {shows}; write '| --- | --- |' with one cell per column", severity: severity);
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
    /// How to keep a pipe inside a code span. <c>\|</c> is right for GitHub, Hugo and Astro, but kramdown keeps code
    /// spans whole and would show the backslash, so a kramdown post gets the form every renderer agrees on.
    /// </summary>
    private static string EscapeAdvice(TableRenderer renderer, string text, TextRange span)
    {
        if (!renderer.IsKramdown)
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
