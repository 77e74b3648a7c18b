using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Tables;

/// <summary>Flags table syntax only kramdown (Jekyll) understands, which GitHub, Hugo and Astro render differently. Docs: PL502KramdownTableSyntax.md.</summary>
public sealed class PL502KramdownTableSyntax : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL502", "kramdown-table-syntax", "A table uses kramdown-only syntax that GitHub and Hugo do not render the same way",
        RuleCategory.Tables, Severity.Warning);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var text = post.Text;
        var renderer = TableRenderer.Of(post);
        foreach (var table in PipeTables.Of(post).Tables)
        {
            if (table.Kind is PipeTableKind.KramdownDelimiter or PipeTableKind.Headerless && renderer.IsKramdown && table.KramdownShowsText)
            {
                // kramdown would render this table but for the missing blank line: then nothing shows a table.
                TableRenderer.ReportKramdownText(post, table, context, Severity.Error);
                continue;
            }

            switch (table.Kind)
            {
                case PipeTableKind.Table when !(renderer.IsKramdown && table.KramdownShowsText):
                    CheckTable(text, table, renderer, context);
                    break;
                case PipeTableKind.KramdownDelimiter:
                    // Only kramdown reads '+' between delimiter cells; everywhere else there is no table.
                    if (renderer.IsKramdown)
                    {
                        context.Report(table.Delimiter!.Range, $"kramdown delimiter row with '+' between cells: {renderer.Name} shows the table, GitHub's file view shows none; write '|' instead of '+'");
                    }
                    else
                    {
                        context.Report(table.Delimiter!.Range, $"kramdown delimiter row with '+' between cells: {renderer.Name} shows no table; write '|' instead of '+'", severity: Severity.Error);
                    }

                    break;
                case PipeTableKind.Headerless:
                    ReportHeaderless(text, table, renderer, context);
                    break;
            }
        }
    }

    private static void CheckTable(string text, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var other = renderer.IsKramdown ? "GitHub's file view" : renderer.Name;
        if (table.RowsAbove.Count > 0)
        {
            var first = table.RowsAbove[0];
            var count = table.RowsAbove.Count;
            var what = count == 1 ? "this row is" : $"these {count} rows are";
            context.Report(
                first.Range,
                $"{what} above the header row: kramdown makes {(count == 1 ? "it a header row" : "them header rows")}, {other} shows {(count == 1 ? "it" : "them")} as text above the table; a GFM table has one header row right above the delimiter row");
        }

        foreach (var row in table.Body)
        {
            if (PipeTables.IsKramdownSeparator(row, text))
            {
                context.Report(row.Range, $"kramdown separator line inside the table: {other} shows it as a row of dashes; remove it, or end the table with a blank line and start a new one");
            }
            else if (PipeTables.IsKramdownFooter(row, text))
            {
                context.Report(row.Range, $"kramdown footer line: {other} shows it as a row of '=' and has no table footer; remove it");
            }
        }
    }

    private static void ReportHeaderless(string text, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var rows = table.Body;
        var first = rows[0];
        var columns = rows.Max(r => r.Cells.Count);
        var delimiter = string.Concat(Enumerable.Repeat("| --- ", columns)) + "|";
        var shows = renderer.IsKramdown
            ? $"{renderer.Name} renders it, GitHub's file view shows {Lines(rows.Count)} of text"
            : $"{renderer.Name} shows {Lines(rows.Count)} of text (only kramdown renders it)";
        var message = PipeTables.IsKramdownSeparator(first, text)
            ? $"table starts with a separator line and has no header row: {shows}; write a header row, then '{delimiter}'"
            : $"table has no delimiter row: {shows}; add '{delimiter}' under the first row";
        context.Report(first.Range, message, severity: renderer.IsKramdown ? null : Severity.Error);
    }

    private static string Lines(int n) => n == 1 ? "a line" : $"{n} lines";
}
