using System.Text;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL106FrontMatterBeforeBomOrBlankTests
{
    private static string[] Lint(string text, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint(text, path, "front-matter-before-bom-or-blank")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Blank_lines_before_the_dashes()
    {
        Assert.Equal(
            ["3:1-4 front matter starts after 2 blank lines; Jekyll reads it only at the very start of the file: delete what comes before ---"],
            Lint("\n\n---\ntitle: \"빈 줄 뒤\"\n---\n본문\n"));
    }

    [Theory]
    [InlineData("\r\n---\ntitle: 제목\n---\n", "a blank line")]
    [InlineData("  ---\ntitle: 제목\n---\n", "spaces")]
    [InlineData("\t\n  \n---\ntitle: 제목\n---\n", "2 blank lines")]
    [InlineData("\u200B---\ntitle: 제목\n---\n", "an invisible character (U+200B)")]
    [InlineData("\uFEFF\uFEFF---\ntitle: 제목\n---\n", "a byte order mark (U+FEFF)")]
    [InlineData("\n---\n# 템플릿 주석\ntitle: 제목\n...\n", "a blank line")]
    public void What_comes_before_is_named(string text, string what)
    {
        var finding = Assert.Single(Lint(text));
        Assert.Contains($"front matter starts after {what};", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: 제목\n---\n")]
    [InlineData("소개 문단\n---\ntitle: 제목이 아니라 setext 제목\n---\n")]
    [InlineData("\n---\n\n구분선 뒤의 본문\n\n---\n")]
    [InlineData("\n---\ntitle: 닫히지 않음\n")]
    [InlineData("\n---\n# 제목\n\nkey: 빈 줄 뒤의 문장\n---\n")]
    [InlineData("\n\n")]
    public void Front_matter_at_the_start_text_before_or_no_block_is_fine(string text)
    {
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Bom_on_a_jekyll_page_is_an_error()
    {
        using var site = new TempSite("jekyll");
        site.WriteBytes("about.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: 소개\n---\n본문\n")]);
        var d = Assert.Single(RuleHarness.LintFile(site, "about.md", "front-matter-before-bom-or-blank"));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal("file starts with a byte order mark; Jekyll copies this page unprocessed, front matter and all: save it as UTF-8 without BOM", d.Message);
    }

    [Theory]
    [InlineData("jekyll", "_posts/2025-03-01-x.md")]
    [InlineData("jekyll", "_drafts/x.md")]
    [InlineData("none", "about.md")]
    [InlineData("hugo", "content/about.md")]
    public void Bom_is_fine_where_the_generator_strips_it(string kind, string path)
    {
        using var site = new TempSite(kind);
        site.WriteBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: 제목\n---\n본문\n")]);
        Assert.Empty(RuleHarness.LintFile(site, path, "front-matter-before-bom-or-blank"));
    }

    [Theory]
    [InlineData("hugo")]
    [InlineData("astro")]
    public void Hugo_and_astro_skip_leading_blank_lines(string kind)
    {
        using var site = new TempSite(kind);
        site.Write("content/x.md", "\n\n---\ntitle: 제목\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/x.md", "front-matter-before-bom-or-blank"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL106-front-matter-before-bom-or-blank", "PL106");
}
