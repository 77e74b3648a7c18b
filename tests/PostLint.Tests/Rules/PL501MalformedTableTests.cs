using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL501MalformedTableTests
{
    private const string Select = "malformed-table";

    private static IReadOnlyList<Diagnostic> Run(string body, string path = "notes/표.md") =>
        RuleHarness.Lint("---\ntitle: 표\n---\n\n" + body, path, Select);

    /// <summary>"LINE:COL-ENDCOL severity message" for each finding (line numbers count the 4 front matter lines).</summary>
    private static string[] Lint(string body) =>
        Run(body).Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    /// <summary>Applies every safe fix, checks the result, and re-lints it: the fixable findings must be gone.</summary>
    private static void AssertFixes(string body, string expected)
    {
        var text = "---\ntitle: 표\n---\n\n" + body;
        var found = RuleHarness.Lint(text, "notes/표.md", Select);
        Assert.Contains(found, d => d.Fix is not null);
        var fixedText = EditScript.Apply(text, found);
        Assert.Equal("---\ntitle: 표\n---\n\n" + expected, fixedText);
        Assert.DoesNotContain(RuleHarness.Lint(fixedText, "notes/표.md", Select), d => d.Fix is not null);
    }

    [Fact]
    public void Fixture_findings_match_its_markers_snapshot_and_fixed_file() =>
        RuleFixture.Verify("PL501-malformed-table", "tables");

    [Fact]
    public void Aligned_hangul_table_like_the_seed_post_is_fine()
    {
        const string body = """
            | 비교 항목    | 컨테이너                         | VM                        |
            |:---------|:-----------------------------|:-----------------------------|
            | 운영 방식    | 호스트 OS의 커널 공유                | 각 VM이 독립적인 OS 실행(게스트 OS)     |
            | 부팅 속도    | 빠름 (초 단위)                    | 느림 (분 단위)                    |
            | 격리 수준    | 프로세스 단위 격리 (네임 스페이스, cgroup) | 완전한 OS 단위 격리                 |

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Pipes_are_optional_at_both_ends_and_escaped_pipes_do_not_split()
    {
        const string body = """
            이름 | 설명 | 비고
            --- | :---: | ---:
            가 | 나 \| 다 | 라
            | 마 | `바 \| 사` | 아 |

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Header_and_delimiter_with_different_counts_is_an_error_on_the_delimiter_row()
    {
        const string body = """
            | 이름 | 설명 | 비고 |
            |------|------|
            | 가 | 나 | 다 |

            """;
        Assert.Equal(["6:1-16 error header row has 3 cells but the delimiter row has 2: GitHub shows no table"], Lint(body));
    }

    [Fact]
    public void Missing_delimiter_cell_is_added_in_the_row_style()
    {
        AssertFixes("| 이름 | 설명 | 비고 |\n|------|------|\n| 가 | 나 | 다 |\n", "| 이름 | 설명 | 비고 |\n|------|------|---|\n| 가 | 나 | 다 |\n");
        AssertFixes("| 이름 | 설명 | 비고 |\n| --- | --- |\n", "| 이름 | 설명 | 비고 |\n| --- | --- | --- |\n");
        AssertFixes("이름 | 설명 | 비고\n--- | ---\n", "이름 | 설명 | 비고\n--- | --- | ---\n");
    }

    [Fact]
    public void Extra_delimiter_cell_is_removed_when_the_rows_agree_with_the_header()
    {
        AssertFixes("| 이름 | 설명 |\n|---|---|---|\n| 가 | 나 |\n", "| 이름 | 설명 |\n|---|---|\n| 가 | 나 |\n");
        AssertFixes("이름 | 설명\n:--- | ---: | ---\n", "이름 | 설명\n:--- | ---:\n");
    }

    [Fact]
    public void Short_header_is_padded_when_the_rows_agree_with_the_delimiter_row()
    {
        // Trimming the delimiter row would make GitHub drop the third column of every row.
        AssertFixes("| 이름 | 설명 |\n| --- | --- | --- |\n| 가 | 나 | 다 |\n", "| 이름 | 설명 | |\n| --- | --- | --- |\n| 가 | 나 | 다 |\n");
    }

    [Fact]
    public void A_delimiter_row_under_prose_asks_for_a_header_row_and_has_no_fix()
    {
        var d = Assert.Single(Run("아래 표를 보세요.\n|---|---|\n| 가 | 나 |\n"));
        Assert.Equal(6, d.Start.Line);
        Assert.Contains("the line above this delimiter row has no '|'", d.Message, StringComparison.Ordinal);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Body_row_with_more_cells_than_the_header_is_an_error_naming_the_dropped_text()
    {
        const string body = """
            | 명령 | 설명 |
            | --- | --- |
            | ls | 목록 보기 | 자주 씀 |

            """;
        var d = Assert.Single(Run(body));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("row has 3 cells, header has 2: GitHub drops the extra cell ('자주 씀')", d.Message);
        Assert.Equal((7, 1, 22), (d.Start.Line, d.Start.Column, d.End.Column));
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Extra_cells_partly_empty_and_partly_filled_get_no_fix_and_name_the_text()
    {
        var d = Assert.Single(Run("| a | b |\n|---|---|\n| 1 | 2 | | x |\n"));
        Assert.Equal("row has 4 cells, header has 2: GitHub drops the extra cells ('x')", d.Message);
        Assert.Null(d.Fix);
        d = Assert.Single(Run("| a | b |\n|---|---|\n| 1 | 2 | x | |\n"));
        Assert.Equal("row has 4 cells, header has 2: GitHub drops the extra cells ('x')", d.Message);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void Header_made_only_of_pipes_is_reported_on_the_delimiter_row_without_a_fix()
    {
        Assert.Equal(["6:1-10 error header row has 0 cells but the delimiter row has 2: GitHub shows no table"], Lint("|\n|---|---|\n| 가 | 나 |\n"));
        Assert.Null(Assert.Single(Run("|\n|---|---|\n| 가 | 나 |\n")).Fix);
        Assert.Equal(["6:1-6 error header row has 0 cells but the delimiter row has 1: GitHub shows no table"], Lint("|\n|---|\n"));
    }

    [Fact]
    public void Code_span_pipe_in_the_header_is_reported_at_the_code_span()
    {
        Assert.Equal(["5:3-8 error header row has 3 cells but the delimiter row has 2: GitHub shows no table; the '|' inside the code span `a|b` splits a header cell, write '\\|'"],
            Lint("| `a|b` | c |\n|---|---|\n| 1 | 2 |\n"));
        Assert.Equal(["5:3-8 error the '|' inside the code span `a|b` splits the header cell; write '\\|'"], Lint("| `a|b` |\n|---|---|\n| 1 | 2 |\n"));
    }

    [Fact]
    public void A_pipe_right_after_a_closing_backtick_separates_cells()
    {
        Assert.Empty(Lint("| `a`| b |\n|---|---|\n| `c`| d |\n"));
        Assert.Equal(["7:1-15 error row has 3 cells, header has 2: GitHub drops the extra cell ('e')"], Lint("| `a`| b |\n|---|---|\n| `c`| d | e |\n"));
    }

    [Fact]
    public void A_malformed_table_after_a_closed_raw_or_highlight_block_is_reported()
    {
        Assert.Equal(["11:1-6 error header row has 2 cells but the delimiter row has 1: GitHub shows no table"], Lint("{% raw %}\n| 가 | 나 |\n|---|\n{% endraw %}\n\n| 가 | 나 |\n|---|\n"));
        Assert.Equal(["11:1-6 error header row has 2 cells but the delimiter row has 1: GitHub shows no table"], Lint("{% highlight markdown %}\n| 가 | 나 |\n|---|\n{% endhighlight %}\n\n| 가 | 나 |\n|---|\n"));
    }

    /// <summary>What each renderer shows, in one line per finding: "LINE:COL-ENDCOL severity message | fix title".</summary>
    [Theory]
    [InlineData("none", "| | b | c |\n| --- | --- |\n| 1 | 2 | | |\n", "6:1-14 error header row has 3 cells but the delimiter row has 2: GitHub shows no table | Add the missing delimiter cell")]
    [InlineData("none", "아래 표를 보세요.\n|---|---|\n| 가 | 나 |\n", "6:1-10 error the line above this delimiter row has no '|', so GitHub reads it as a header of 1 cell against 2 delimiter cells and shows no table; write a header row right above the delimiter row")]
    [InlineData("none", "| 가 | 나 |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n", "6:1-20 error header row has 2 cells but the delimiter row has 3: GitHub shows no table | Pad the header row with 1 empty cell")]
    [InlineData("none", "| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", "6:1-6 error header row has 3 cells but the delimiter row has 1: GitHub shows no table | Add the 2 missing delimiter cells")]
    [InlineData("none", "| 가 | 나 |\n|---|---|---|---|\n", "6:1-18 error header row has 2 cells but the delimiter row has 4: GitHub shows no table | Remove the 2 extra delimiter cells")]
    [InlineData("none", "| 가 | 나 |\n|---|---|\n| 1 | 2 |||\n", "7:1-12 error row has 4 cells, header has 2: GitHub drops the extra empty cells | Remove the 2 empty extra cells")]
    [InlineData("none", "| 가 | 나 |\n| --- | --- |\n| `a|b` | 2 |\n", "7:3-8 error row has 3 cells, header has 2: the '|' inside the code span `a|b` splits the cell; write '\\|'")]
    [InlineData("none", "| 가 | 나 |\n| --- | --- |\n| 1 | 2 | x |\n", "7:1-14 error row has 3 cells, header has 2: GitHub drops the extra cell ('x')")]
    [InlineData("none", "| 가 |\n| --- | --- |\n| 1 | 2 |\n", "6:1-14 error header row has 1 cell but the delimiter row has 2: GitHub shows no table | Pad the header row with 1 empty cell")]
    [InlineData("none", "| 가 | 나 |\n| - - | --- |\n| 1 | 2 |\n", "6:3-6 error delimiter cell 1 '- -' has spaces between its dashes: GitHub shows no table; write '---', ':---', '---:' or ':---:'")]
    [InlineData("hugo", "| | b | c |\n| --- | --- |\n| 1 | 2 | | |\n", "6:1-14 error header row has 3 cells but the delimiter row has 2: Hugo shows no table | Add the missing delimiter cell")]
    [InlineData("hugo", "아래 표를 보세요.\n|---|---|\n| 가 | 나 |\n", "6:1-10 error the line above this delimiter row has no '|', so Hugo makes it the header row of a table; write a header row right above the delimiter row")]
    [InlineData("hugo", "| 가 | 나 |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n", "6:1-20 warning header row has 2 cells but the delimiter row has 3: Hugo pads the header with 1 empty cell, GitHub's file view shows no table | Pad the header row with 1 empty cell")]
    [InlineData("hugo", "| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", "6:1-6 error header row has 3 cells but the delimiter row has 1: Hugo shows no table | Add the 2 missing delimiter cells")]
    [InlineData("hugo", "| 가 | 나 |\n|---|---|---|---|\n", "6:1-18 warning header row has 2 cells but the delimiter row has 4: Hugo pads the header with 2 empty cells, GitHub's file view shows no table | Remove the 2 extra delimiter cells")]
    [InlineData("hugo", "| 가 | 나 |\n|---|---|\n| 1 | 2 |||\n", "7:1-12 error row has 4 cells, header has 2: Hugo drops the extra empty cells | Remove the 2 empty extra cells")]
    [InlineData("hugo", "| 가 | 나 |\n| --- | --- |\n| `a|b` | 2 |\n", "7:3-8 error row has 3 cells, header has 2: the '|' inside the code span `a|b` splits the cell; write '\\|'")]
    [InlineData("hugo", "| 가 | 나 |\n| --- | --- |\n| 1 | 2 | x |\n", "7:1-14 error row has 3 cells, header has 2: Hugo drops the extra cell ('x')")]
    [InlineData("hugo", "| 가 |\n| --- | --- |\n| 1 | 2 |\n", "6:1-14 warning header row has 1 cell but the delimiter row has 2: Hugo pads the header with 1 empty cell, GitHub's file view shows no table | Pad the header row with 1 empty cell")]
    [InlineData("hugo", "| 가 | 나 |\n| - - | --- |\n| 1 | 2 |\n", "6:3-6 error delimiter cell 1 '- -' has spaces between its dashes: Hugo shows no table; write '---', ':---', '---:' or ':---:'")]
    [InlineData("jekyll", "| | b | c |\n| --- | --- |\n| 1 | 2 | | |\n", "6:1-14 warning header row has 3 cells but the delimiter row has 2: Jekyll's kramdown shows the table, GitHub's file view shows none | Add the missing delimiter cell")]
    [InlineData("jekyll", "아래 표를 보세요.\n|---|---|\n| 가 | 나 |\n", "6:1-10 error the line above this delimiter row has no '|', so Jekyll's kramdown reads it as a header of 1 cell against 2 delimiter cells and shows no table; write a header row right above the delimiter row")]
    [InlineData("jekyll", "| 가 | 나 |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n", "6:1-20 warning header row has 2 cells but the delimiter row has 3: Jekyll's kramdown shows the table, GitHub's file view shows none | Pad the header row with 1 empty cell")]
    [InlineData("jekyll", "| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", "6:1-6 warning header row has 3 cells but the delimiter row has 1: Jekyll's kramdown shows the table, GitHub's file view shows none | Add the 2 missing delimiter cells")]
    [InlineData("jekyll", "| 가 | 나 |\n|---|---|---|---|\n", "6:1-18 warning header row has 2 cells but the delimiter row has 4: Jekyll's kramdown shows the table, GitHub's file view shows none | Remove the 2 extra delimiter cells")]
    [InlineData("jekyll", "| 가 | 나 |\n|---|---|\n| 1 | 2 |||\n", "7:1-12 warning row has 4 cells, header has 2: Jekyll's kramdown adds an empty column for the extra empty cells, GitHub's file view drops them | Remove the 2 empty extra cells")]
    [InlineData("jekyll", "| 가 | 나 |\n| --- | --- |\n| `a|b` | 2 |\n", "7:3-8 warning the '|' inside the code span `a|b` splits the cell in GitHub's file view (Jekyll's kramdown keeps the code span whole); write <code>a&#124;b</code> (kramdown shows '\\|' literally)")]
    [InlineData("jekyll", "| 가 | 나 |\n| --- | --- |\n| 1 | 2 | x |\n", "7:1-14 warning row has 3 cells, header has 2: Jekyll's kramdown adds a column without a header for the extra cell ('x'), GitHub's file view drops it")]
    [InlineData("jekyll", "| 가 |\n| --- | --- |\n| 1 | 2 |\n", "6:1-14 warning header row has 1 cell but the delimiter row has 2: Jekyll's kramdown shows the table, GitHub's file view shows none | Pad the header row with 1 empty cell")]
    [InlineData("jekyll", "| 가 | 나 |\n| - - | --- |\n| 1 | 2 |\n", "6:3-6 warning delimiter cell 1 '- -' has spaces between its dashes: Jekyll's kramdown shows the table, GitHub's file view shows none; write '---', ':---', '---:' or ':---:'")]
    public void Each_renderer_gets_its_own_message_severity_and_fix(string kind, string body, string expected)
    {
        using var site = new TempSite(kind);
        var path = kind switch { "jekyll" => "_posts/2025-01-01-표.md", "hugo" => "content/posts/표.md", _ => "notes/표.md" };
        site.Write(path, "---\ntitle: 표\n---\n\n" + body);
        var d = Assert.Single(RuleHarness.LintFile(site, path, Select));
        Assert.Equal(expected, $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}" + (d.Fix is null ? "" : $" | {d.Fix.Title}"));
    }

    [Fact]
    public void Fixes_for_several_missing_or_extra_cells_write_them_all()
    {
        AssertFixes("| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", "| 가 | 나 | 다 |\n|---|---|---|\n| 1 | 2 | 3 |\n");
        AssertFixes("| 가 | 나 |\n|---|---|---|---|\n", "| 가 | 나 |\n|---|---|\n");
        AssertFixes("| 가 | 나 |\n|---|---|\n| 1 | 2 |||\n", "| 가 | 나 |\n|---|---|\n| 1 | 2 |\n");
        AssertFixes("가 | 나\n--- | ---\n1 | 2 | |\n", "가 | 나\n--- | ---\n1 | 2 |\n");
    }

    [Fact]
    public void Doubled_pipe_at_the_end_is_an_empty_extra_cell_that_the_fix_removes()
    {
        Assert.Equal(["7:1-15 error row has 4 cells, header has 3: GitHub drops the extra empty cell"], Lint("| 가 | 나 | 다 |\n|---|---|---|\n| 라 | 마 | 바 ||\n"));
        AssertFixes("| 가 | 나 | 다 |\n|---|---|---|\n| 라 | 마 | 바 ||\n", "| 가 | 나 | 다 |\n|---|---|---|\n| 라 | 마 | 바 |\n");
    }

    [Fact]
    public void Body_row_with_fewer_cells_is_a_warning()
    {
        Assert.Equal(
            ["7:1-9 warning row has 1 cell, header has 3: GitHub pads it with 2 empty cells"],
            Lint("| 가 | 나 | 다 |\n|---|---|---|\n| 짧은 행 |\n"));
    }

    [Theory]
    [InlineData("| 가 | 나 | 다 |\n| --- | --- | --- |\n| 라 | 마 |\n", "| 가 | 나 | 다 |\n| --- | --- | --- |\n| 라 | 마 | |\n")]
    [InlineData("|가|나|다|\n|---|---|---|\n|라|\n", "|가|나|다|\n|---|---|---|\n|라|||\n")]
    [InlineData("가 | 나 | 다\n--- | --- | ---\n라 | 마\n", "가 | 나 | 다\n--- | --- | ---\n라 | 마 | |\n")]
    [InlineData("|가|나|다|\n|---|---|---|\n|라|마\n", "|가|나|다|\n|---|---|---|\n|라|마||\n")]
    [InlineData("| 가 | 나 | 다 |\n|---|---|---|\n| 라 | 마 |   \n", "| 가 | 나 | 다 |\n|---|---|---|\n| 라 | 마 | |   \n")]
    public void Short_rows_are_padded_keeping_their_pipe_and_spacing_style(string body, string expected) => AssertFixes(body, expected);

    [Fact]
    public void Fixes_work_in_crlf_files_and_inside_blockquotes_and_list_items()
    {
        AssertFixes("| 가 | 나 |\r\n|---|---|\r\n| 다 |\r\n", "| 가 | 나 |\r\n|---|---|\r\n| 다 | |\r\n");
        AssertFixes("> | 가 | 나 |\n> |---|---|\n> | 다 |\n", "> | 가 | 나 |\n> |---|---|\n> | 다 | |\n");
        AssertFixes("- 목록\n  | 가 | 나 |\n  |---|\n  | 다 | 라 |\n", "- 목록\n  | 가 | 나 |\n  |---|---|\n  | 다 | 라 |\n");
    }

    [Fact]
    public void Pipe_inside_a_code_span_splits_the_cell_and_the_message_says_to_escape_it()
    {
        const string body = """
            | 명령 | 설명 |
            | --- | --- |
            | `ps -ef | grep java` | 자바 프로세스 찾기 |

            """;
        Assert.Equal(
            ["7:3-23 error row has 3 cells, header has 2: the '|' inside the code span `ps -ef | grep java` splits the cell; write '\\|'"],
            Lint(body));
    }

    [Fact]
    public void Code_span_pipe_is_reported_even_when_the_counts_happen_to_match()
    {
        var d = Assert.Single(Run("| 명령 | 설명 | 비고 |\n|---|---|---|\n| `a|b` | 둘 |\n"));
        Assert.Equal("the '|' inside the code span `a|b` splits the cell; write '\\|'", d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Code_span_pipe_advice_on_a_jekyll_site_avoids_the_backslash_kramdown_would_show()
    {
        using var site = new TempSite("jekyll");
        site.Write("_posts/2025-04-01-pipe.md", "---\ntitle: 파이프\n---\n\n| 명령 | 설명 |\n|---|---|\n| `a|b` | 둘 | 셋 |\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "_posts/2025-04-01-pipe.md", Select));
        Assert.EndsWith("write <code>a&#124;b</code> (kramdown shows '\\|' literally)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_line_right_after_a_table_is_a_warning_without_a_fix()
    {
        var d = Assert.Single(Run("| 가 | 나 |\n|---|---|\n| 다 | 라 |\n표 아래에 빈 줄 없이 쓴 문장입니다.\n"));
        Assert.Equal(8, d.Start.Line);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith("line has no '|' but continues the table", d.Message, StringComparison.Ordinal);
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("| ㅡㅡㅡ | --- |", "6:3-6 error delimiter cell 1 'ㅡㅡㅡ' uses the Hangul vowel 'ㅡ' instead of '-'")]
    [InlineData("| --- | —— |", "6:9-11 error delimiter cell 2 '——' uses a dash look-alike instead of '-'")]
    [InlineData("| - - - | --- |", "6:3-8 error delimiter cell 1 '- - -' has spaces between its dashes")]
    [InlineData("|===|===|", "6:2-5 error delimiter cell 1 '===' uses '=' instead of '-'")]
    [InlineData("|---||", "6:5-7 error delimiter cell 2 is empty")]
    [InlineData("| :--: : | --- |", "6:3-9 error delimiter cell 1 ':--: :' is not dashes with optional colons")]
    public void Broken_delimiter_cell_is_an_error_at_the_cell(string delimiter, string expected)
    {
        var found = Lint($"| 이름 | 설명 |\n{delimiter}\n| 가 | 나 |\n");
        var finding = Assert.Single(found);
        Assert.StartsWith(expected, finding, StringComparison.Ordinal);
        Assert.Contains("GitHub shows no table", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_outside_tables_are_not_tables()
    {
        const string body = """
            ```bash
            ps -ef | grep java
            | a | b |
            |---|
            ```

                | 들여쓴 | 코드 |
                |---|
                | 가 |

            <table>
            | a | b |
            |---|
            </table>

            태그 목록: {{ page.tags | join: ", " }} 와 {% assign n = site.posts | size %}

            {% raw %}
            | 가 | 나 |
            |---|
            {% endraw %}

            $$
            | x | = |
            |---|
            $$

            A | B 같은 문장과 | 로 시작하는 문장도 있습니다.

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Liquid_filters_and_inline_math_inside_cells_do_not_split()
    {
        const string body = """
            | 식 | 결과 |
            |---|---|
            | {{ page.tags | size }} | 태그 수 |
            | $|x|$ | 절댓값 |
            | {% if a | b %}조건{% endif %} | 리퀴드 |
            {% for item in site.data.menu %}
            | {{ item.name | escape }} | {{ item.url }} |
            {% endfor %}

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Shell_variables_are_not_taken_for_math()
    {
        Assert.Single(Lint("| 가 | 나 |\n|---|---|\n|$a|$b|c|\n"));
    }

    [Fact]
    public void Table_ends_at_a_blank_line_or_another_block()
    {
        const string body = """
            | 가 | 나 |
            |---|---|
            | 다 | 라 |

            | 이건 | 새 | 문단 |

            | 가 | 나 |
            |---|---|
            | 다 | 라 |
            > 인용은 표를 끝냅니다 | 하나 |

            | 가 | 나 |
            |---|---|
            2. 번호 목록도 표를 끝냅니다 | 셋 | 넷 |

            | 가 | 나 |
            |---|---|
            {: .table-striped }

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Rows_in_blockquotes_and_list_items_count_too()
    {
        const string body = """
            > | 가 | 나 |
            > |---|---|
            > | 다 | 라 | 마 |

            - 목록 안의 표
              | 가 | 나 |
              |---|---|
              | 다 |

            """;
        Assert.Equal(
            [
                "7:3-16 error row has 3 cells, header has 2: GitHub drops the extra cell ('마')",
                "12:3-8 warning row has 1 cell, header has 2: GitHub pads it with 1 empty cell",
            ],
            Lint(body));
    }

    [Fact]
    public void Table_written_right_under_a_list_item_or_quote_is_a_lazy_line_and_no_table()
    {
        const string body = """
            - 준비물
            | 이름 | 수량 |
            |---|---|
            | 사과 | 2 |

            > 인용문
            | 이름 | 수량 |
            |---|---|

            """;
        var found = Run(body);
        Assert.Equal([7, 12], found.Select(d => d.Start.Line).ToArray());
        Assert.Contains("is not indented like the list item above", found[0].Message, StringComparison.Ordinal);
        Assert.Contains("has no '>' and continues the blockquote above", found[1].Message, StringComparison.Ordinal);
        Assert.All(found, d => Assert.Null(d.Fix));
    }

    [Fact]
    public void Hugo_highlight_blocks_and_liquid_comments_are_not_tables()
    {
        const string body = """
            {{< highlight markdown >}}
            | 가 | 나 |
            |---|
            {{< /highlight >}}

            {% comment %}
            | 가 | 나 |
            |---|
            {% endcomment %}

            """;
        Assert.Empty(Lint(body));
    }

    [Fact]
    public void Long_dropped_text_is_shortened_in_the_message()
    {
        var d = Assert.Single(Run("| 가 | 나 |\n|---|---|\n| 다 | 라 | " + new string('긴', 50) + " |\n"));
        Assert.EndsWith("drops the extra cell ('" + new string('긴', 37) + "…')", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_last_paragraph_line_above_the_delimiter_row_is_the_header()
    {
        Assert.Empty(Lint("표를 소개하는 문장입니다.\n| 가 | 나 |\n|---|---|\n| 다 | 라 |\n"));
    }

    [Fact]
    public void Kramdown_separator_rows_are_left_to_kramdown_table_syntax()
    {
        Assert.Empty(Lint("| 가 | 나 | 다 |\n|---|---|---|\n| 1 | 2 | 3 |\n|---|---|\n| 4 | 5 | 6 |\n"));
    }

    [Fact]
    public void Front_matter_is_not_a_table()
    {
        Assert.Empty(RuleHarness.Lint("---\ntitle: a | b\ndesc: |\n  |---|\n---\n본문\n", "notes/a.md", Select));
    }
}
