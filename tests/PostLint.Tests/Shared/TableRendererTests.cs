using PostLint.Diagnostics;
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
}
