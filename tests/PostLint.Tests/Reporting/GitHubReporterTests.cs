using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;

namespace PostLint.Tests.Reporting;

public class GitHubReporterTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void One_command_per_finding_with_the_severity_word()
    {
        var lines = Lines(CannedRun.Render(new GitHubReporter(), CannedRun.Create(), CannedRun.Options()));
        Assert.Equal(["::error", "::error", "::warning", "::notice"], lines.Take(4).Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.Equal("2 errors, 1 warning, 1 info in 2 files (3 checked; 1 fixable with --fix, 1 more with --unsafe-fixes) in 0.42s", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Columns_only_on_single_line_ranges()
    {
        var lines = Lines(CannedRun.Render(new GitHubReporter(), CannedRun.Create(), CannedRun.Options()));
        Assert.StartsWith("::error file=_posts/2025-03-01-컨테이너 정리.md,line=3,endLine=3,col=19,endColumn=29,title=PL901 canned-date::", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("::notice file=_posts/2025-03-01-컨테이너 정리.md,line=8,endLine=10,title=PL903 canned-table::", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_escape_percent_and_line_breaks_and_properties_also_colon_and_comma()
    {
        var lines = Lines(CannedRun.Render(new GitHubReporter(), CannedRun.Create(), CannedRun.Options()));
        Assert.EndsWith("::'확작성' is misspelt: 100%25, really, write '확장성'%0Aor add it to the dictionary", lines[2], StringComparison.Ordinal);
        Assert.Equal("a%25b%0D%0Ac:d,e", GitHubReporter.EscapeData("a%b\r\nc:d,e"));
        Assert.Equal("a%25b%0D%0Ac%3Ad%2Ce", GitHubReporter.EscapeProperty("a%b\r\nc:d,e"));

        var source = new SourceText("x\n");
        var d = Linter.Make(source, CannedRun.TableRule, Severity.Info, "m", new TextRange(0, 1));
        var run = new LintRun([new FileResult("posts/a,b:c 100%.md", "/r/posts/a,b:c 100%.md", source, [d])], TimeSpan.Zero);
        var line = Lines(CannedRun.Render(new GitHubReporter(), run, new ReportOptions { RepositoryRoot = "/r", Quiet = true }))[0];
        Assert.Equal("::notice file=posts/a%2Cb%3Ac 100%25.md,line=1,endLine=1,col=1,endColumn=2,title=PL903 canned-table::m", line);
    }

    [Fact]
    public void Paths_are_relative_to_the_repository_root_not_the_current_folder()
    {
        var source = new SourceText("x\n");
        var d = Linter.Make(source, CannedRun.TableRule, Severity.Warning, "m", new TextRange(0, 1));
        var run = new LintRun([new FileResult("_posts/a.md", "/repo/blog/_posts/a.md", source, [d])], TimeSpan.Zero);
        var line = Lines(CannedRun.Render(new GitHubReporter(), run, new ReportOptions { RepositoryRoot = "/repo", Quiet = true }))[0];
        Assert.StartsWith("::warning file=blog/_posts/a.md,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_of_a_severity_are_all_shown()
    {
        var source = new SourceText(string.Concat(Enumerable.Repeat("x\n", 10)));
        var diagnostics = Enumerable.Range(1, 10).Select(i => Linter.Make(source, CannedRun.DateRule, Severity.Error, "m", new TextRange(source.GetLineStart(i), source.GetLineStart(i) + 1))).ToArray();
        var run = new LintRun([new FileResult("a.md", "/r/a.md", source, diagnostics)], TimeSpan.Zero);
        var lines = Lines(CannedRun.Render(new GitHubReporter(), run, new ReportOptions { RepositoryRoot = "/r", Quiet = true }));
        Assert.Equal(10, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("::error ", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a\r\nb", "a<br>b")]
    [InlineData("a\rb", "a<br>b")]
    [InlineData("a\nb", "a<br>b")]
    [InlineData("a\r", "a<br>")]
    [InlineData("a\r\r\n", "a<br><br>")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("\\`*_[]<>~&!", "\\\\\\`\\*\\_\\[\\]\\<\\>\\~\\&\\!")]
    [InlineData("확장성 (#1)", "확장성 (#1)")]
    public void A_table_cell_escapes_markdown_and_folds_line_breaks(string text, string cell) => Assert.Equal(cell, GitHubReporter.EscapeCell(text));

    [Fact]
    public void The_github_context_needs_the_server_the_repository_and_the_commit()
    {
        var env = new Dictionary<string, string?>
        {
            ["GITHUB_SERVER_URL"] = " https://github.com ",
            ["GITHUB_REPOSITORY"] = "octo/blog\n",
            ["GITHUB_SHA"] = "abc",
            ["GITHUB_REF"] = " refs/heads/main ",
        };
        GitHubContext? From(Dictionary<string, string?> e) => GitHubContext.FromEnvironment(k => e.GetValueOrDefault(k));
        Assert.Equal(new GitHubContext("https://github.com", "octo/blog", "abc", "refs/heads/main"), From(env));
        Assert.Equal(new GitHubContext("https://github.com", "octo/blog", "abc"), From(new(env) { ["GITHUB_REF"] = " " }));
        Assert.Equal(new GitHubContext("https://github.com", "octo/blog", "abc"), From(new(env) { ["GITHUB_REF"] = null }));
        foreach (var key in new[] { "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA" })
        {
            Assert.Null(From(new(env) { [key] = null }));
            Assert.Null(From(new(env) { [key] = "  " }));
        }
    }

    [Fact]
    public void More_than_ten_of_a_severity_points_at_the_job_summary()
    {
        var source = new SourceText(string.Concat(Enumerable.Repeat("x\n", 11)));
        var diagnostics = Enumerable.Range(1, 11).Select(i => Linter.Make(source, CannedRun.SpellingRule, Severity.Warning, "m", new TextRange(source.GetLineStart(i), source.GetLineStart(i) + 1))).ToArray();
        var run = new LintRun([new FileResult("a.md", "/r/a.md", source, diagnostics)], TimeSpan.Zero);
        var lines = Lines(CannedRun.Render(new GitHubReporter(), run, new ReportOptions { RepositoryRoot = "/r", Quiet = true }));
        Assert.Equal(12, lines.Length);
        Assert.Equal(11, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.StartsWith("postlint: GitHub shows at most 10 annotations of each severity per step", lines[11], StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_lists_every_finding_with_links_and_escaped_cells()
    {
        var output = new StringWriter { NewLine = "\n" };
        GitHubReporter.WriteSummary(CannedRun.Create(), output, CannedRun.Options());
        Assert.Equal(4, output.ToString().Split('\n').Count(r => r.Contains("/blob/0123456789", StringComparison.Ordinal)));
        Assert.Contains(
            "| [\\_posts/2025-03-01-컨테이너 정리.md:8](https://github.com/octo/blog/blob/0123456789abcdef0123456789abcdef01234567/_posts/2025-03-01-%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88%20%EC%A0%95%EB%A6%AC.md#L8-L10) | info |",
            output.ToString(),
            StringComparison.Ordinal);
        Assert.Contains("the delimiter row has 1 cell, the header 2 \\| add the missing cell |", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("really, write '확장성'<br>or add it to the dictionary |", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_without_github_context_has_plain_locations()
    {
        var output = new StringWriter { NewLine = "\n" };
        GitHubReporter.WriteSummary(CannedRun.Create(), output, CannedRun.Options(withGitHub: false));
        Assert.DoesNotContain("/blob/0123", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| \\_drafts/locked.md:1 | error |", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_of_a_clean_run_has_no_tables()
    {
        var output = new StringWriter { NewLine = "\n" };
        GitHubReporter.WriteSummary(new LintRun([], TimeSpan.Zero), output, new ReportOptions());
        Assert.Equal("## PostLint\n\n0 errors, 0 warnings, 0 infos in 0 files (0 checked) in 0.00s\n\n", output.ToString());
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line1\nline2\r\nline3", "line1<br>line2<br>line3")]
    [InlineData("<!-- x --> *y* `z` [l](u) _u_ a&b", "\\<\\!-- x --\\> \\*y\\* \\`z\\` \\[l\\](u) \\_u\\_ a\\&b")]
    [InlineData("한국어 100%", "한국어 100%")]
    public void Cells_escape_markdown(string text, string expected) => Assert.Equal(expected, GitHubReporter.EscapeCell(text));
}
