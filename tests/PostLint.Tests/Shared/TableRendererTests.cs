using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// TableRenderer: which renderer the table findings name on each kind of site, and the blank line its kramdown fix
/// inserts (in the file's own line ends, never inside a list or a quote).
/// </summary>
public class TableRendererTests
{
    private static IReadOnlyList<Diagnostic> Findings(string kind, string text, string? config = null)
    {
        using var site = new TempSite(kind);
        if (config is not null)
        {
            site.Write("_config.yml", config);
        }

        var path = kind switch { "jekyll" => "_posts/2025-01-01-표.md", "hugo" => "content/posts/표.md", "astro" => "src/content/blog/표.md", _ => "notes/표.md" };
        site.Write(path, text);
        return RuleHarness.LintFile(site, path, "tables");
    }

    private const string ShortRow = "---\ntitle: 표\n---\n\n| 이름 | 값 | 비고 |\n|---|---|---|\n| 가 | 1 |\n";

    [Theory]
    [InlineData("jekyll", null, "Jekyll's kramdown")]
    [InlineData("jekyll", "markdown: kramdown\nkramdown:\n  input: kramdown\n", "Jekyll's kramdown")]
    [InlineData("jekyll", "markdown: CommonMarkGhPages\n", "Jekyll")]
    [InlineData("hugo", null, "Hugo")]
    [InlineData("astro", null, "Astro")]
    [InlineData("none", null, "GitHub")]
    public void Findings_name_the_renderer_that_shows_the_table(string kind, string? config, string name)
    {
        var d = Assert.Single(Findings(kind, ShortRow, config));
        Assert.Equal(
            $"row has 2 cells, header has 3: {name} pads it with 1 empty cell",
            d.Message);
    }

    /// <summary>The text after every safe fix.</summary>
    private static string Fixed(string text) => EditScript.Apply(text, Findings("jekyll", text));

    [Fact]
    public void The_blank_line_kramdown_needs_is_written_with_the_file_s_line_ends()
    {
        const string Lf = "---\ntitle: 표\n---\n\n소개 문장\n| a | b |\n|---|---|\n| 1 | 2 |\n다음 문장\n";
        Assert.Equal("---\ntitle: 표\n---\n\n소개 문장\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n다음 문장\n", Fixed(Lf));

        var crlf = Lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal("---\r\ntitle: 표\r\n---\r\n\r\n소개 문장\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n다음 문장\r\n", Fixed(crlf));
    }

    [Fact]
    public void Inside_a_list_item_the_finding_has_no_fix()
    {
        // A blank line there could end the item or loosen the list: the author decides.
        const string Text = "---\ntitle: 표\n---\n\n- 항목\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n";
        var d = Assert.Single(Findings("jekyll", Text));
        Assert.Equal("PL501", d.Rule.Id);
        Assert.Null(d.Fix);
    }

    [Theory]
    [InlineData("jekyll", null, "kramdown", "Jekyll's kramdown shows no table", "Jekyll의 kramdown에서는 표가 보이지 않습니다", "Jekyll's kramdown shows the table, GitHub's file view shows none", "Jekyll의 kramdown은 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다")]
    [InlineData("jekyll", "markdown: CommonMarkGhPages\n", "github", "Jekyll shows no table", "Jekyll에서는 표가 보이지 않습니다", "Jekyll shows the table, GitHub's file view shows none", "Jekyll은 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다")]
    [InlineData("hugo", null, "goldmark", "Hugo shows no table", "Hugo에서는 표가 보이지 않습니다", "Hugo shows the table, GitHub's file view shows none", "Hugo는 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다")]
    [InlineData("astro", null, "remark", "Astro shows no table", "Astro에서는 표가 보이지 않습니다", "Astro shows the table, GitHub's file view shows none", "Astro는 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다")]
    [InlineData("none", null, "github", "GitHub shows no table", "GitHub에서는 표가 보이지 않습니다", "GitHub shows the table, GitHub's file view shows none", "GitHub는 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다")]
    public void The_renderer_of_each_site_and_what_it_shows_in_english_and_korean(
        string kind, string? config, string renderer, string noTable, string noTableKo, string table, string tableKo)
    {
        using var site = new TempSite(kind);
        if (config is not null)
        {
            site.Write("_config.yml", config);
        }

        var detected = SiteLocator.Detect(site.Root) ?? Site.Plain(site.Root);
        var of = TableRenderer.Of(new Post("a.md", Path.Combine(site.Root, "a.md"), new SourceText("# a\n"), detected));
        Assert.Equal(renderer == "kramdown", of.IsKramdown);
        Assert.Equal(renderer == "goldmark", of.IsGoldmark);
        Assert.Equal(renderer == "github", of.IsGitHub);
        Assert.Equal(noTable, of.ShowsNoTable.In(Language.English));
        Assert.Equal(noTableKo, of.ShowsNoTable.In(Language.Korean));
        Assert.Equal(table, of.ShowsTable.In(Language.English));
        Assert.Equal(tableKo, of.ShowsTable.In(Language.Korean));
        Assert.Equal("GitHub's file view", TableRenderer.GitHubFileView.In(Language.English));
        Assert.Equal("GitHub의 파일 보기", TableRenderer.GitHubFileView.In(Language.Korean));
    }

    [Fact]
    public void Kramdown_findings_and_their_fixes_in_korean()
    {
        var findings = Findings("jekyll", "---\ntitle: 표\n---\n\n소개 문장\n| a | b |\n|---|---|\n| 1 | 2 |\n다음 문장\n");
        Assert.Equal(
            [
                "이 표는 텍스트 줄 바로 아래에서 시작해서 Jekyll의 kramdown이 텍스트로 보여 줍니다. 표 위에 빈 줄을 넣으세요 | 표 위에 빈 줄을 넣으세요",
                "표 바로 아래의 이 줄 때문에 Jekyll의 kramdown이 표 전체를 텍스트로 보여 줍니다. 표와 이 줄 사이에 빈 줄을 넣으세요 | 표 아래에 빈 줄을 넣으세요",
            ],
            findings.Select(d => d.MessageIn(Language.Korean) + " | " + d.Fix!.TitleIn(Language.Korean)));
        Assert.Equal(
            ["Put a blank line above the table", "Put a blank line under the table"],
            findings.Select(d => d.Fix!.TitleIn(Language.English)));
    }
}
