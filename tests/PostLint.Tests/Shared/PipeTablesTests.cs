using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// The shared table reader seen through the two table rules: where a table starts and ends in containers, next to
/// front matter, Liquid blocks, math and HTML, and where kramdown needs a blank line. Each case was rendered with
/// cmark-gfm (GitHub) or kramdown (Jekyll) to check what the findings say.
/// </summary>
public class PipeTablesTests
{
    private const string FrontMatter = "---\ntitle: 표\n---\n\n";

    /// <summary>"LINE:COL-LINE:COL RULE severity message | fix title" for each finding of both table rules.</summary>
    private static string[] Lint(string kind, string body, string frontMatter = FrontMatter) =>
        Findings(kind, frontMatter + body).Select(Show).ToArray();

    private static string Show(Diagnostic d) =>
        $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Rule.Id} {d.Severity.ToName()} {d.Message}" + (d.Fix is null ? "" : " | " + d.Fix.Title);

    private static IReadOnlyList<Diagnostic> Findings(string kind, string text)
    {
        using var site = new TempSite(kind);
        var path = kind switch { "jekyll" => "_posts/2025-01-01-표.md", "hugo" => "content/posts/표.md", _ => "notes/표.md" };
        site.Write(path, text);
        return RuleHarness.LintFile(site, path, "tables");
    }

    /// <summary>The text after every safe fix.</summary>
    private static string Fixed(string kind, string text) => EditScript.Apply(text, Findings(kind, text));

    private const string TextAboveOnJekyll = "PL501 error this table starts right under a line of text, so Jekyll's kramdown shows it as text; put a blank line above the table";
    private const string LineBelowOnJekyll = "PL501 error this line right under the table makes Jekyll's kramdown show the whole table as text; put a blank line between them";

    [Fact]
    public void Kramdown_shows_a_table_right_under_a_heading_as_text()
    {
        Assert.Equal([$"6:1-6:10 {TextAboveOnJekyll} | Put a blank line above the table"], Lint("jekyll", "## 제목\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Equal(FrontMatter + "## 제목\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", Fixed("jekyll", FrontMatter + "## 제목\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

        // In a CRLF file the line above still ends at its CR, and the blank line is a CRLF.
        const string crlf = "---\r\ntitle: 표\r\n---\r\n\r\n## Heading\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n";
        Assert.Equal([$"6:1-6:10 {TextAboveOnJekyll} | Put a blank line above the table"], Findings("jekyll", crlf).Select(Show).ToArray());
        Assert.Equal(crlf.Replace("## Heading\r\n", "## Heading\r\n\r\n", StringComparison.Ordinal), Fixed("jekyll", crlf));
    }

    [Fact]
    public void Kramdown_shows_a_table_with_a_heading_right_under_it_as_text()
    {
        // The heading's trailing blanks are not part of the finding.
        Assert.Equal([$"8:1-8:8 {LineBelowOnJekyll} | Put a blank line under the table"], Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n## 다음 절  \n본문\n"));
        Assert.Equal(FrontMatter + "| a | b |\n|---|---|\n| 1 | 2 |\n\n## 다음 절\n", Fixed("jekyll", FrontMatter + "| a | b |\n|---|---|\n| 1 | 2 |\n## 다음 절\n"));

        // Blanks after the last row, a heading that ends the file without a line break, a CRLF file.
        Assert.Equal([$"8:1-8:8 {LineBelowOnJekyll} | Put a blank line under the table"], Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |   \n## 다음 절\n"));
        Assert.Equal([$"8:1-8:8 {LineBelowOnJekyll} | Put a blank line under the table"], Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n## 다음 절"));
        const string crlf = "---\r\ntitle: 표\r\n---\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n## Next\r\n";
        Assert.Equal([$"8:1-8:8 {LineBelowOnJekyll} | Put a blank line under the table"], Findings("jekyll", crlf).Select(Show).ToArray());
        Assert.Equal(crlf.Replace("## Next", "\r\n## Next", StringComparison.Ordinal), Fixed("jekyll", crlf));
    }

    [Fact]
    public void A_table_right_under_the_front_matter_or_at_the_start_of_the_file_is_at_a_boundary_for_kramdown()
    {
        Assert.Empty(Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n", "---\ntitle: 표\n---\n"));
        Assert.Empty(Lint("jekyll", "\n| a | b |\n|---|---|\n| 1 | 2 |\n", ""));
        Assert.Empty(Lint("jekyll", "| a | b |\r|---|---|\r| 1 | 2 |\r", ""));
    }

    [Fact]
    public void A_malformed_table_right_under_the_front_matter_or_at_the_start_of_the_file_is_reported()
    {
        Assert.Equal(["5:1-5:6 PL501 error header row has 2 cells but the delimiter row has 1: GitHub shows no table | Add the missing delimiter cell"],
            Lint("none", "| 가 | 나 |\n|---|\n", "---\ntitle: 표\n---\n"));
        Assert.Equal(["2:1-2:6 PL501 error header row has 2 cells but the delimiter row has 1: GitHub shows no table | Add the missing delimiter cell"],
            Lint("none", "| 가 | 나 |\n|---|\n", ""));
    }

    [Fact]
    public void A_table_that_opens_a_list_item_or_follows_a_blank_quote_line_is_at_a_boundary_for_kramdown()
    {
        // kramdown renders each of these tables; GitHub does too.
        Assert.Empty(Lint("jekyll", "본문 문단\n- | a | b |\n  |---|---|\n  | 1 | 2 |\n"));
        Assert.Empty(Lint("jekyll", "- | a | b |\n  |---|---|\n  | 1 | 2 |\n- 다음 항목\n"));
        Assert.Empty(Lint("jekyll", "> 인용 문단\n>\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n"));
    }

    [Fact]
    public void A_heading_right_under_a_table_in_a_blockquote_is_reported_without_a_fix()
    {
        Assert.Equal([$"8:3-8:8 {LineBelowOnJekyll}"], Lint("jekyll", "> | a | b |\n> |---|---|\n> | 1 | 2 |\n> ## 다음\n"));
    }

    [Fact]
    public void An_attribute_line_right_under_text_styles_the_text_and_kramdown_shows_the_table_as_text()
    {
        // kramdown: <p class="table">문장</p> and the table as text; after a blank line the attribute line styles the table.
        Assert.Equal([$"7:1-7:10 {TextAboveOnJekyll} | Put a blank line above the table"], Lint("jekyll", "표 소개 문장\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Equal([$"7:1-7:10 {TextAboveOnJekyll} | Put a blank line above the table"], Lint("jekyll", "## 제목\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Empty(Lint("jekyll", "## 제목\n\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

        // The blank line goes above the attribute line, which keeps styling the table.
        Assert.Equal(FrontMatter + "표 소개 문장\n\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n", Fixed("jekyll", FrontMatter + "표 소개 문장\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Equal(FrontMatter + "## 제목\n\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n", Fixed("jekyll", FrontMatter + "## 제목\n{: .table}\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
    }

    [Fact]
    public void An_attribute_line_right_under_a_table_ends_it_for_kramdown()
    {
        Assert.Empty(Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n{: .table}\n표 설명 문장\n"));
    }

    [Fact]
    public void A_line_starting_with_a_brace_is_text_under_a_table_unless_it_is_an_attribute_line()
    {
        Assert.Equal([$"8:1-8:14 {LineBelowOnJekyll} | Put a blank line under the table"], Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n{단어}로 시작하는 문장\n"));
    }

    [Fact]
    public void A_prose_line_with_a_pipe_above_the_header_is_read_by_kramdown_as_a_row_not_as_text()
    {
        // kramdown makes "설명 a | b" a header row: no blank line is missing above the table.
        Assert.Empty(Lint("jekyll", "설명 a | b\n| 머리 | 행 |\n|---|---|\n| 1 | 2 |\n"));
    }

    [Fact]
    public void The_finding_for_text_above_is_on_the_first_row_above_the_header()
    {
        Assert.Equal([$"6:1-6:10 {TextAboveOnJekyll} | Put a blank line above the table"], Lint("jekyll", "문장\n| 첫 | 행 |\n| 머리 | 행 |\n|---|---|\n| 1 | 2 |\n"));
    }

    [Fact]
    public void Text_without_a_line_break_at_the_end_of_the_file_right_under_a_table()
    {
        Assert.Equal([$"8:1-8:8 {LineBelowOnJekyll} | Put a blank line under the table"], Lint("jekyll", "| a | b |\n|---|---|\n| 1 | 2 |\n표 아래 문장"));
    }

    [Fact]
    public void Kramdown_html_blocks_run_to_the_closing_tag_and_hide_the_table_in_them()
    {
        // kramdown keeps <div> … </div> raw across blank lines; CommonMark ends the HTML block at the blank line.
        // The table after it makes the post worth the second parse.
        const string body = "<div>\n\n| 가 | 나 |\n|---|\n\n</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        Assert.Empty(Lint("jekyll", body));
        Assert.Equal(["8:1-8:6 PL501 error header row has 2 cells but the delimiter row has 1: GitHub shows no table | Add the missing delimiter cell"], Lint("none", body));
    }

    [Fact]
    public void Rows_at_the_end_of_the_file_without_a_line_break_are_read_to_their_last_character()
    {
        Assert.Equal(["7:8-7:17 PL501 error row has 3 cells, header has 2: the '|' inside the code span `ls | wc` splits the cell; write '\\|'"],
            Lint("none", "| 명령 | 설명 |\n|---|---|\n| 목록 | `ls | wc` 와 `"));
        Assert.Empty(Lint("none", "| 식 | 값 |\n|---|---|\n| $|x|$ | 절댓값"));
        Assert.Empty(Lint("none", "| 명령 | 설명 |\n|---|---|\n| 목록 | `ls`"));
    }

    [Fact]
    public void Escaped_backticks_do_not_open_a_code_span_and_each_code_span_of_a_row_is_its_own()
    {
        Assert.Empty(Lint("none", "| 가 | 나 | 다 |\n|---|---|---|\n| \\`a | b` | c |\n"));
        Assert.Empty(Lint("none", "| 가 | 나 |\n|---|---|\n| `a` | `b` |\n"));
    }

    [Fact]
    public void A_trailing_pipe_alone_ends_a_row_without_a_leading_pipe()
    {
        Assert.Equal(["7:1-7:4 PL501 warning row has 1 cell, header has 2: GitHub pads it with 1 empty cell | Pad the row with 1 empty cell"],
            Lint("none", "이름 | 설명\n--- | ---\n가 |\n"));
        Assert.Equal(FrontMatter + "이름 | 설명\n--- | ---\n가 | |\n", Fixed("none", FrontMatter + "이름 | 설명\n--- | ---\n가 |\n"));
    }

    [Fact]
    public void Delimiter_cells_without_outer_pipes_are_read_from_their_first_to_their_last_character()
    {
        Assert.Empty(Lint("none", "가 | 나\n-: | -\n다 | 라\n"));
        Assert.Equal(["6:1-6:4 PL501 error delimiter cell 1 'ㅡㅡㅡ' uses the Hangul vowel 'ㅡ' instead of '-': GitHub shows no table; write '---', ':---', '---:' or ':---:'"],
            Lint("none", "이름 | 설명\nㅡㅡㅡ | ---\n가 | 나\n"));
        Assert.Equal(["6:1-6:3 PL501 error delimiter cell 1 '——' uses a dash look-alike instead of '-': GitHub shows no table; write '---', ':---', '---:' or ':---:'"],
            Lint("none", "이름 | 설명\n—— | ——\n가 | 나\n"));
    }

    [Fact]
    public void A_row_with_a_dash_under_the_first_row_is_no_delimiter_row()
    {
        Assert.Equal(["5:1-5:12 PL502 error table has no delimiter row: GitHub shows 2 lines of text (only kramdown renders it); add '| --- | --- |' under the first row"],
            Lint("none", "| 명령 | 설명 |\n| ls -l | 자세히 |\n"));
        Assert.Empty(Lint("none", "| 가 | 나 |\n두 칸짜리 행 - 설명입니다\n"));
    }

    [Fact]
    public void A_one_cell_row_is_a_row_of_a_table_without_a_delimiter_row_and_a_row_above_the_header()
    {
        Assert.Equal(["5:1-5:12 PL502 error table has no delimiter row: GitHub shows 2 lines of text (only kramdown renders it); add '| --- | --- |' under the first row"],
            Lint("none", "| 이름 | 설명 |\n| 한 칸 |\n"));
        Assert.Equal(["5:1-5:7 PL502 warning this row is above the header row: kramdown makes it a header row, GitHub shows it as text above the table; a GFM table has one header row right above the delimiter row"],
            Lint("none", "| 제목 |\n| 가 | 나 |\n|---|---|\n| 1 | 2 |\n"));
    }

    [Fact]
    public void Lines_indented_by_four_spaces_neither_delimit_nor_continue_a_table()
    {
        // cmark-gfm: no table for the first (kramdown reads a header row, a separator line and a row); a table and a
        // code block for the second.
        Assert.Equal(["5:1-5:10 PL502 error table has no delimiter row: GitHub shows 3 lines of text (only kramdown renders it); add '| --- | --- |' under the first row"],
            Lint("none", "| 가 | 나 |\n    |---|\n| 1 | 2 |\n"));
        Assert.Empty(Lint("none", "| 가 | 나 |\n|---|---|\n| 1 | 2 |\n    | 3 | 4 | 5 |\n"));
    }

    [Fact]
    public void A_lazy_line_or_a_lone_pipe_ends_the_table()
    {
        // cmark-gfm shows the last line as a paragraph after the table in both.
        Assert.Empty(Lint("none", "> | 가 | 나 |\n> |---|---|\n| 1 | 2 | 3 |\n"));
        Assert.Empty(Lint("none", "| 가 | 나 |\n|---|---|\n|\n| 1 | 2 | 3 |\n"));
    }

    [Fact]
    public void After_a_count_mismatch_no_later_line_of_the_paragraph_starts_a_table()
    {
        // cmark-gfm shows the whole paragraph as text: only the first delimiter row is reported.
        Assert.Equal(["6:1-6:10 PL501 error header row has 3 cells but the delimiter row has 2: GitHub shows no table | Add the missing delimiter cell"],
            Lint("none", "| 가 | 나 | 다 |\n|---|---|\n{: .x}\n| 라 | 마 | 바 |\n|---|---|\n"));
    }

    [Fact]
    public void Rows_of_a_quote_written_without_a_space_after_the_marker_count()
    {
        Assert.Equal(["7:2-7:15 PL501 error row has 3 cells, header has 2: GitHub drops the extra cell ('마')"],
            Lint("none", ">| 가 | 나 |\n>|---|---|\n>| 다 | 라 | 마 |\n"));
    }

    [Fact]
    public void Short_rows_are_padded_in_the_style_of_their_first_written_cell()
    {
        Assert.Equal(FrontMatter + "|a |b |c |\n|---|---|---|\n|x | | |\n", Fixed("none", FrontMatter + "|a |b |c |\n|---|---|---|\n|x |\n"));
        Assert.Equal(FrontMatter + "|a |b |c |\n|---|---|---|\n||b | |\n", Fixed("none", FrontMatter + "|a |b |c |\n|---|---|---|\n||b |\n"));
        Assert.Equal(FrontMatter + "|a|b|c|\n|---|---|---|\n||||\n", Fixed("none", FrontMatter + "|a|b|c|\n|---|---|---|\n||\n"));
    }

    [Fact]
    public void Inline_math_hides_its_pipes_only_when_it_is_math()
    {
        // No letter before the opening dollar, no blank inside either dollar, no letter after the closing one.
        Assert.Empty(Lint("none", "식 | 뜻\n--- | ---\n$|x|$ | 절댓값\n"));
        Assert.Empty(Lint("none", "식 | 값\n--- | ---\n절댓값 | $|x|$\n"));
        Assert.Empty(Lint("none", "| 식 | 결과 |\n|---|---|\n| $a|b$ | 참 |\n"));
        Assert.Empty(Lint("none", "| 변수 | 값 |\n|---|---|\n| $a$ | $b$ |\n| $$a$$| b |\n"));
        Assert.Equal(["7:1-7:15 PL501 error row has 3 cells, header has 2: GitHub drops the extra cell ('셋')"], Lint("none", "| 변수 | 값 |\n|---|---|\n| a$b|c$ | 셋 |\n"));
        Assert.Equal(["7:1-7:12 PL501 warning row has 1 cell, header has 2: GitHub pads it with 1 empty cell | Pad the row with 1 empty cell"], Lint("none", "| 달러 | 원 |\n|---|---|\n| $a\\$|b$ |\n"));
        Assert.Empty(Lint("none", "| 금액 | 비고 |\n|---|---|\n| $ 10 | 20$ |\n| $a |b $|\n"));
    }

    [Fact]
    public void Liquid_and_math_blocks_at_the_very_start_of_the_body_are_no_tables()
    {
        Assert.Empty(Lint("none", "{% raw %}\n| 가 | 나 |\n|---|\n{% endraw %}\n", "---\ntitle: 표\n---\n"));
        Assert.Empty(Lint("hugo", "{{< highlight md >}}\n| 가 | 나 |\n|---|\n{{< /highlight >}}\n", "---\ntitle: 표\n---\n"));
        Assert.Empty(Lint("none", "$$\n| x | = |\n|---|\n$$\n", "---\ntitle: 표\n---\n"));
    }

    [Fact]
    public void Unclosed_liquid_blocks_and_math_run_to_the_end_of_the_file()
    {
        Assert.Empty(Lint("none", "{% raw %}\n| 가 | 나 |\n|---|\n"));
        Assert.Empty(Lint("hugo", "{{< highlight md >}}\n| 가 | 나 |\n|---|\n"));
        Assert.Empty(Lint("none", "$$\n| x | = |\n|---|\n"));
        Assert.Empty(Lint("none", "$$\n| x | = |\n|---|\n", ""));
    }

    private const string Mismatch = "PL501 error header row has 2 cells but the delimiter row has 1: GitHub shows no table | Add the missing delimiter cell";

    [Fact]
    public void A_malformed_table_after_a_closed_hugo_highlight_or_math_block_is_reported()
    {
        Assert.Equal(["11:1-11:6 PL501 error header row has 2 cells but the delimiter row has 1: Hugo shows no table | Add the missing delimiter cell"], Lint("hugo", "{{< highlight md >}}\n| 가 |\n|---|---|\n{{< /highlight >}}\n\n| 가 | 나 |\n|---|\n"));
        Assert.Equal([$"11:1-11:6 {Mismatch}"], Lint("none", "$$\n| x | = |\n|---|\n$$\n\n| 가 | 나 |\n|---|\n"));
        Assert.Equal([$"14:1-14:6 {Mismatch}"], Lint("none", "$$\nx\n$$\n\n$$\ny\n$$\n\n| 가 | 나 |\n|---|\n"));
    }

    [Fact]
    public void Every_line_between_the_dollars_of_a_math_block_is_math()
    {
        Assert.Empty(Lint("none", "$$\n\\begin{array}\n| x | = |\n|---|\n\\end{array}\n$$\n"));
        Assert.Empty(Lint("none", "> $$\n> | x | = |\n> |---|\n> $$\n"));
        Assert.Empty(Lint("none", "$$\n| x | = |\n|---|\n$$"));
        Assert.Empty(Lint("none", "$$ a | b | c $$\n|---|---|\n"));
    }

    [Fact]
    public void A_liquid_tag_never_spans_a_blank_line()
    {
        // The "{{" of the first paragraph is text: the pipes of the table are separators, and "}}" is cell text.
        const string body = "중괄호 {{ 는 닫히지 않았습니다.\n   \n| 가 | 나 |\n|---|---|\n| 다 }} | 라 | 마 |\n";
        Assert.Equal(["9:1-9:17 PL501 error row has 3 cells, header has 2: GitHub drops the extra cell ('마')"], Lint("none", body));
        Assert.Equal(["7:1-7:18 PL501 error row has 3 cells, header has 2: GitHub drops the extra cell ('마')"], Lint("none", "| 가 | 나 |\n|---|---|\n| {{ 열림 | 라 | 마 |\n"));
    }

    [Fact]
    public void A_row_of_empty_cells_is_no_separator_line_and_a_line_of_dashes_without_a_pipe_is_a_one_cell_row()
    {
        Assert.Empty(Lint("none", "| 가 | 나 |\n|---|---|\n| | |\n| 1 | 2 |\n"));
        Assert.Equal(["8:1-8:5 PL501 warning line has no '|' but continues the table, so GitHub shows it as a row of 1 cell (header has 2); put a blank line before it if it is not a row"],
            Lint("none", "| 가 | 나 |\n|---|---|\n| 1 | 2 |\n:--:\n"));
    }

    [Fact]
    public void A_line_of_liquid_tags_around_generated_rows_is_skipped_even_with_blanks_between_the_tags()
    {
        const string body = "| 제목 | 날짜 |\n|---|---|\n{% for p in site.posts %} {% if p.show %}\n| {{ p.title }} | {{ p.date }} |\n{% endif %} {% endfor %}\n";
        Assert.Empty(Lint("jekyll", body));
        Assert.Empty(Lint("none", body));
    }

    [Fact]
    public void Liquid_at_the_very_start_of_a_file_without_front_matter_is_liquid()
    {
        Assert.Empty(Lint("none", "{{ site.title | escape }}\n\n| 식 | 결과 |\n|---|---|\n| {{ page.tags | size }} | 태그 수 |\n", ""));
        Assert.Empty(Lint("none", "| 식 | 결과 |\n|---|---|\n| {{ page.tags | size }} | 태그 수 |\n\n{", ""));
    }
}
