using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Tables;

/// <summary>Flags table syntax only kramdown (Jekyll) understands, which GitHub and Hugo render differently. Docs: PL502KramdownTableSyntax.md.</summary>
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
        foreach (var table in PipeTables.Of(post).Tables)
        {
            switch (table.Kind)
            {
                case PipeTableKind.Table:
                    CheckTable(text, table, context);
                    break;
                case PipeTableKind.KramdownDelimiter:
                    context.Report(
                        table.Delimiter!.Range,
                        "kramdown delimiter row with '+' between cells: GitHub and Hugo show no table; write '|' instead of '+'");
                    break;
                case PipeTableKind.Headerless:
                    ReportHeaderless(text, table, context);
                    break;
            }
        }
    }

    private static void CheckTable(string text, PipeTable table, RuleContext context)
    {
        if (table.RowsAbove.Count > 0)
        {
            var first = table.RowsAbove[0];
            var count = table.RowsAbove.Count;
            var what = count == 1 ? "this row is" : $"these {count} rows are";
            context.Report(
                first.Range,
                $"{what} above the header row: kramdown makes {(count == 1 ? "it a header row" : "them header rows")}, GitHub and Hugo show {(count == 1 ? "it" : "them")} as text above the table; a GFM table has one header row right above the delimiter row");
        }

        foreach (var row in table.Body)
        {
            if (PipeTables.IsKramdownSeparator(row, text))
            {
                context.Report(row.Range, "kramdown separator line inside the table: GitHub and Hugo show it as a row of dashes; remove it, or end the table with a blank line and start a new one");
            }
            else if (PipeTables.IsKramdownFooter(row, text))
            {
                context.Report(row.Range, "kramdown footer line: GitHub and Hugo show it as a row of '=' and have no table footer; remove it");
            }
        }
    }

    private static void ReportHeaderless(string text, PipeTable table, RuleContext context)
    {
        var rows = table.Body;
        var first = rows[0];
        var columns = rows.Max(r => r.Cells.Count);
        var delimiter = string.Concat(Enumerable.Repeat("| --- ", columns)) + "|";
        var message = PipeTables.IsKramdownSeparator(first, text)
            ? $"table starts with a separator line and has no header row: kramdown renders it, GitHub and Hugo show {Lines(rows.Count)} of text; write a header row, then '{delimiter}'"
            : $"table has no delimiter row: kramdown renders it, GitHub and Hugo show {Lines(rows.Count)} of text; add '{delimiter}' under the first row";
        context.Report(first.Range, message);
    }

    private static string Lines(int n) => n == 1 ? "a line" : $"{n} lines";
}
