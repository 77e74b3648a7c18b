using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL502KramdownTableSyntaxTests
{
    private static IReadOnlyList<Diagnostic> Run(string body, string select = "kramdown-table-syntax") =>
        RuleHarness.Lint("---\ntitle: 표\n---\n\n" + body, "notes/표.md", select);

    private static string[] Lint(string body) =>
        Run(body).Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    /// <summary>The same on a Jekyll site with its defaults (kramdown, GFM input).</summary>
    private static string[] LintJekyll(string body) =>
        RuleHarness.LintJekyll("---\ntitle: 표\n---\n\n" + body, select: "kramdown-table-syntax")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Fact]
    public void Fixture_findings_match_its_markers_and_snapshot() =>
        RuleFixture.Verify("PL502-kramdown-table-syntax", "tables");

    [Fact]
    public void Separator_line_inside_the_body_is_a_warning()
    {
        const string body = """
            | 구분 | 값 |
            |---|---|
            | 가 | 1 |
            |---|---|
            | 나 | 2 |

            """;
        Assert.Equal(
            ["8:1-10 warning kramdown separator line inside the table: GitHub shows it as a row of dashes; remove it, or end the table with a blank line and start a new one"],
            Lint(body));
    }

    [Fact]
    public void Footer_line_is_a_warning()
    {
        var d = Assert.Single(Run("| 항목 | 금액 |\n|---|---:|\n| 점심 | 9,000 |\n|===|===|\n| 합계 | 9,000 |\n"));
        Assert.Equal(8, d.Start.Line);
        Assert.StartsWith("kramdown footer line", d.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Plus_between_delimiter_cells_is_kramdown_only()
    {
        // Rendered: kramdown shows the table, cmark-gfm (GitHub), Goldmark and remark show text.
        Assert.Equal(
            ["6:1-10 error kramdown delimiter row with '+' between cells: GitHub shows no table; write '|' instead of '+'"],
            Lint("| 이름 | 설명 |\n|---+---|\n| 가 | 나 |\n"));
        Assert.Equal(
            ["6:1-10 warning kramdown delimiter row with '+' between cells: Jekyll's kramdown shows the table, GitHub's file view shows none; write '|' instead of '+'"],
            LintJekyll("| 이름 | 설명 |\n|---+---|\n| 가 | 나 |\n"));
    }

    [Fact]
    public void Table_without_a_delimiter_row_is_an_error_on_its_first_line_except_on_kramdown_sites()
    {
        Assert.Equal(
            ["5:1-12 error table has no delimiter row: GitHub shows 2 lines of text (only kramdown renders it); add '| --- | --- |' under the first row"],
            Lint("| 이름 | 설명 |\n| 가 | 나 |\n"));
        Assert.Equal(
            ["5:1-12 warning table has no delimiter row: Jekyll's kramdown renders it, GitHub's file view shows 2 lines of text; add '| --- | --- |' under the first row"],
            LintJekyll("| 이름 | 설명 |\n| 가 | 나 |\n"));
    }

    [Fact]
    public void Table_that_starts_with_a_separator_line_is_a_warning()
    {
        var d = Assert.Single(Run("|---|---|\n| 가 | 나 |\n| 다 | 라 |\n"));
        Assert.StartsWith("table starts with a separator line and has no header row", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_above_the_header_row_are_a_warning()
    {
        var d = Assert.Single(Run("| 첫 머리 | 행 |\n| 둘째 머리 | 행 |\n|---|---|\n| 가 | 나 |\n"));
        Assert.Equal(5, d.Start.Line);
        Assert.StartsWith("this row is above the header row: kramdown makes it a header row", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_above_the_header_row_are_counted_and_named_for_the_site()
    {
        const string body = "| 첫 머리 | 행 |\n| 둘째 머리 | 행 |\n| Header | row |\n|---|---|\n| 가 | 나 |\n";
        Assert.Equal(
            ["5:1-13 warning these 2 rows are above the header row: kramdown makes them header rows, GitHub shows them as text above the table; a GFM table has one header row right above the delimiter row"],
            Lint(body));
        Assert.Equal(
            ["5:1-13 warning these 2 rows are above the header row: kramdown makes them header rows, GitHub's file view shows them as text above the table; a GFM table has one header row right above the delimiter row"],
            LintJekyll(body));
    }

    [Fact]
    public void One_row_without_a_delimiter_row_is_one_line_of_text()
    {
        Assert.Equal(
            ["5:1-12 error table has no delimiter row: GitHub shows a line of text (only kramdown renders it); add '| --- | --- |' under the first row"],
            Lint("| 이름 | 설명 |\n"));
        Assert.Equal(
            ["5:1-12 warning table has no delimiter row: Jekyll's kramdown renders it, GitHub's file view shows a line of text; add '| --- | --- |' under the first row"],
            LintJekyll("| 이름 | 설명 |\n"));
    }

    [Fact]
    public void Table_that_starts_with_a_separator_line_asks_for_a_header_as_wide_as_its_widest_row()
    {
        const string body = "|---|---|\n| 가 | 나 | 다 |\n| 라 | 마 |\n";
        Assert.Equal(
            ["5:1-10 error table starts with a separator line and has no header row: GitHub shows 3 lines of text (only kramdown renders it); write a header row, then '| --- | --- | --- |'"],
            Lint(body));
        Assert.Equal(
            ["5:1-10 warning table starts with a separator line and has no header row: Jekyll's kramdown renders it, GitHub's file view shows 3 lines of text; write a header row, then '| --- | --- | --- |'"],
            LintJekyll(body));
    }

    [Fact]
    public void Hugo_is_named_as_the_renderer_that_shows_kramdown_lines_as_rows()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/표.md", "---\ntitle: 표\n---\n\n| 항목 | 금액 |\n|---|---:|\n| 점심 | 9,000 |\n|---|---|\n|===|===|\n| 합계 | 9,000 |\n");
        Assert.Equal(
            [
                "8:1-10 warning kramdown separator line inside the table: Hugo shows it as a row of dashes; remove it, or end the table with a blank line and start a new one",
                "9:1-10 warning kramdown footer line: Hugo shows it as a row of '=' and has no table footer; remove it",
            ],
            RuleHarness.LintFile(site, "content/posts/표.md", "kramdown-table-syntax")
                .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}"));
    }

    [Fact]
    public void Kramdown_only_table_with_a_line_right_under_it_is_text_on_a_kramdown_site()
    {
        // kramdown needs a blank line under a table: without it every line is text, so the '+' row is no table anywhere.
        const string underBelow = "this line right under the table makes Jekyll's kramdown show the whole table as text; put a blank line between them";
        Assert.Equal([$"8:1-9 error {underBelow}"], LintJekyll("| 이름 | 설명 |\n|---+---|\n| 가 | 나 |\n표 설명입니다.\n"));
        Assert.Equal([$"10:1-11 error {underBelow}"], LintJekyll("표 설명입니다.\n\n| 이름 | 설명 |\n|---+---|\n| 가 | 나 |\nThe table.\n"));

        // A GFM table there is the malformed-table rule's; its kramdown lines are text, not rows.
        Assert.Empty(LintJekyll("| 이름 | 설명 |\n|---|---|\n| 가 | 나 |\n|---|---|\n| 다 | 라 |\n표 설명입니다.\n"));
    }

    [Fact]
    public void Gfm_tables_prose_with_pipes_and_ascii_boxes_are_fine()
    {
        const string body = """
            | 이름 | 설명 |
            |---|---|
            | 가 | 나 |

            명령은 ls | grep md 처럼 파이프로 잇습니다.

            |   .o..   |
            |  o.o o   |

            | 한 줄 메모 |

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void A_row_gets_at_most_one_finding_from_the_two_table_rules()
    {
        const string body = """
            | 가 | 나 | 다 |
            |---|---|---|
            | 1 | 2 | 3 |
            |---|---|
            |===|
            | 4 | 5 |
            | 6 |

            """;
        var found = Run(body, "tables");
        Assert.Equal(found.Count, found.Select(d => d.Start.Line).Distinct().Count());
        Assert.Equal(["8 PL502", "9 PL502", "10 PL501", "11 PL501"], found.Select(d => $"{d.Start.Line} {d.Rule.Id}").ToArray());
    }
}
