using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Tables;

/// <summary>Flags table syntax only kramdown (Jekyll) understands, which GitHub, Hugo and Astro render differently. Docs: PL502KramdownTableSyntax.md.</summary>
public sealed class PL502KramdownTableSyntax : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL502", "kramdown-table-syntax", "A table uses kramdown-only syntax that GitHub and Hugo do not render the same way",
        RuleCategory.Tables, Severity.Warning)
    {
        KoreanTitle = "표가 kramdown에서만 통하는 문법을 써서 GitHub와 Hugo에서는 다르게 렌더링됩니다",
    };

    private static readonly Message PlusDelimiter = new(
        "kramdown delimiter row with '+' between cells: {shows}; write '|' instead of '+'",
        "칸 사이에 '+'를 쓴 kramdown식 구분 행입니다. {shows}. '+' 대신 '|'를 쓰세요");

    private static readonly Message RowAbove = new(
        "this row is above the header row: kramdown makes it a header row, {other} shows it as text above the table; a GFM table has one header row right above the delimiter row",
        "이 행은 머리글 행 위에 있습니다. kramdown은 이 행을 머리글 행으로 만들지만 {other}{은} 표 위의 텍스트로 보여 줍니다. GFM 표의 머리글 행은 구분 행 바로 위의 한 행뿐입니다");

    private static readonly Message RowsAbove = new(
        "these {count} rows are above the header row: kramdown makes them header rows, {other} shows them as text above the table; a GFM table has one header row right above the delimiter row",
        "이 {count}개 행은 머리글 행 위에 있습니다. kramdown은 이 행들을 머리글 행으로 만들지만 {other}{은} 표 위의 텍스트로 보여 줍니다. GFM 표의 머리글 행은 구분 행 바로 위의 한 행뿐입니다");

    private static readonly Message SeparatorInside = new(
        "kramdown separator line inside the table: {other} shows it as a row of dashes; remove it, or end the table with a blank line and start a new one",
        "표 안에 kramdown식 구분선이 있습니다. {other}{은} 이 줄을 대시로 된 행으로 보여 줍니다. 이 줄을 지우거나, 빈 줄로 표를 끝내고 새 표를 시작하세요");

    private static readonly Message FooterLine = new(
        "kramdown footer line: {other} shows it as a row of '=' and has no table footer; remove it",
        "kramdown식 바닥글 줄입니다. {other}에는 표 바닥글이 없어 이 줄을 '='로 된 행으로 보여 줍니다. 이 줄을 지우세요");

    private static readonly Message RendersOneLine = new(
        "{name} renders it, GitHub's file view shows a line of text",
        "{name}{은} 표로 보여 주지만 GitHub의 파일 보기에서는 텍스트 한 줄로 보입니다");

    private static readonly Message RendersLines = new(
        "{name} renders it, GitHub's file view shows {count} lines of text",
        "{name}{은} 표로 보여 주지만 GitHub의 파일 보기에서는 텍스트 {count}줄로 보입니다");

    private static readonly Message ShowsOneLine = new(
        "{name} shows a line of text (only kramdown renders it)",
        "{name}에서는 텍스트 한 줄로 보입니다(kramdown만 표로 보여 줍니다)");

    private static readonly Message ShowsLines = new(
        "{name} shows {count} lines of text (only kramdown renders it)",
        "{name}에서는 텍스트 {count}줄로 보입니다(kramdown만 표로 보여 줍니다)");

    private static readonly Message StartsWithSeparator = new(
        "table starts with a separator line and has no header row: {shows}; write a header row, then '{delimiter}'",
        "표가 구분선으로 시작하고 머리글 행이 없습니다. {shows}. 머리글 행을 쓰고 그 아래에 구분 행을 넣으세요: '{delimiter}'");

    private static readonly Message NoDelimiterRow = new(
        "table has no delimiter row: {shows}; add '{delimiter}' under the first row",
        "표에 구분 행이 없습니다. {shows}. 첫 행 아래에 구분 행을 넣으세요: '{delimiter}'");

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
                        context.Report(table.Delimiter!.Range, PlusDelimiter.With(renderer.ShowsTable));
                    }
                    else
                    {
                        context.Report(table.Delimiter!.Range, PlusDelimiter.With(renderer.ShowsNoTable), severity: Severity.Error);
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
        var other = renderer.IsKramdown ? TableRenderer.GitHubFileView : renderer.Name;
        if (table.RowsAbove.Count > 0)
        {
            var first = table.RowsAbove[0];
            var count = table.RowsAbove.Count;
            context.Report(first.Range, count == 1 ? RowAbove.With(other) : RowsAbove.With(count, other));
        }

        foreach (var row in table.Body)
        {
            if (PipeTables.IsKramdownSeparator(row, text))
            {
                context.Report(row.Range, SeparatorInside.With(other));
            }
            else if (PipeTables.IsKramdownFooter(row, text))
            {
                context.Report(row.Range, FooterLine.With(other));
            }
        }
    }

    private static void ReportHeaderless(string text, PipeTable table, TableRenderer renderer, RuleContext context)
    {
        var rows = table.Body;
        var first = rows[0];
        var columns = rows.Max(r => r.Cells.Count);
        var delimiter = string.Concat(Enumerable.Repeat("| --- ", columns)) + "|";
        var n = rows.Count;
        var shows = renderer.IsKramdown
            ? n == 1 ? RendersOneLine.With(renderer.Name) : RendersLines.With(renderer.Name, n)
            : n == 1 ? ShowsOneLine.With(renderer.Name) : ShowsLines.With(renderer.Name, n);
        var message = PipeTables.IsKramdownSeparator(first, text)
            ? StartsWithSeparator.With(shows, delimiter)
            : NoDelimiterRow.With(shows, delimiter);
        context.Report(first.Range, message, severity: renderer.IsKramdown ? null : Severity.Error);
    }
}
