using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL101FrontMatterMissingTests
{
    private static string[] Lint(string text, string path) =>
        RuleHarness.Lint(text, path, "front-matter-missing").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();

    [Fact]
    public void Jekyll_post_without_front_matter_is_an_error_at_the_start()
    {
        var d = Assert.Single(RuleHarness.Lint("# 도커 네트워크\n\n본문입니다.\n", "_posts/2025-03-01-network.md", "front-matter-missing"));
        Assert.Equal("1:1", $"{d.Start.Line}:{d.Start.Column}");
        Assert.Equal(PostLint.Diagnostics.Severity.Error, d.Severity);
        Assert.Equal("post has no front matter; start the file with a --- block holding at least its title, closed by ---", d.Message);
        Assert.Equal("글에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void Posts_in_subfolders_of_posts_are_checked()
    {
        Assert.Single(Lint("본문만 있습니다.\n", "_posts/2024/12/2024-12-01-x.md"));
    }

    [Theory]
    [InlineData("about.md")]
    [InlineData("_drafts/untitled.md")]
    [InlineData("_posts/_template.md")]
    [InlineData("_posts/.hidden.md")]
    [InlineData("_posts/backup.md~")]
    [InlineData("docs/_posts-notes/x.md")]
    public void Files_that_are_not_posts_are_not_checked(string path)
    {
        Assert.Empty(Lint("# 제목\n\n앞부분이 없습니다.\n", path));
    }

    [Theory]
    [InlineData("---\ntitle: \"있음\"\n---\n본문\n")]
    [InlineData("+++\ntitle = '있음'\n+++\n본문\n")]
    [InlineData("---\ntitle: \"닫히지 않음\"\n본문\n")]
    [InlineData("+++\ntitle = '닫히지 않은 TOML'\n본문\n")]
    [InlineData("\n\n---\ntitle: \"빈 줄 뒤\"\n---\n본문\n")]
    public void Posts_with_front_matter_even_broken_or_displaced_are_not_reported(string text)
    {
        Assert.Empty(Lint(text, "_posts/2025-03-01-x.md"));
    }

    [Fact]
    public void A_thematic_break_on_the_first_line_is_not_front_matter()
    {
        Assert.Single(Lint("---\n\n구분선으로 시작하는 글입니다.\n", "_posts/2025-03-01-x.md"));
    }

    [Fact]
    public void Hugo_content_page_without_front_matter_is_an_error()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/first.md", "# 첫 글\n\n본문\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "content/posts/first.md", "front-matter-missing"));
        Assert.StartsWith("page has no front matter", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n\n---\ntitle: 빈 줄 뒤\n---\n")]
    [InlineData("{\n  \"title\": \"JSON\"\n}\n본문\n")]
    [InlineData("#+TITLE: Org\n본문\n")]
    [InlineData("+++\ntitle = 'TOML'\n+++\n")]
    public void Hugo_reads_these_front_matters(string text)
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", text);
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-missing"));
    }

    [Theory]
    [InlineData("\uFEFF \t\r\n\n\uFEFF---\ntitle: 바이트 순서 표시와 공백 뒤\n---\n본문\n")]
    [InlineData("\t+++\ntitle = '탭 뒤'\n+++\n")]
    [InlineData("<!--\n---\ntitle: 주석 안의 front matter\n---\n-->\n본문\n")]
    public void Hugo_skips_spaces_line_breaks_and_byte_order_marks_before_front_matter(string text)
    {
        // Checked with Hugo 0.111: each of these pages gets its title from the front matter.
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", text);
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-missing"));
    }

    [Theory]
    [InlineData("\u200B---\ntitle: 제로폭 공백 뒤\n---\n본문\n")]
    [InlineData("\u00A0---\ntitle: No-break space first\n---\nBody\n")]
    [InlineData("\f---\ntitle: Form feed first\n---\nBody\n")]
    [InlineData("\n\n")]
    public void Hugo_reads_no_front_matter_after_any_other_character(string text)
    {
        // Checked with Hugo 0.111: after a zero-width space, a no-break space or a form feed the page has no title,
        // and its dashes and keys are rendered as a heading of the content.
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", text);
        var d = Assert.Single(RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-missing"));
        Assert.Equal(
            "1:1-1:1 error page has no front matter; start the file with a --- block holding at least its title, closed by ---",
            $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToName()} {d.Message}");
        Assert.Equal("페이지에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void Hugo_bundle_resources_and_files_outside_content_are_not_checked()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/bundle/index.md", "---\ntitle: 번들\n---\n");
        site.Write("content/posts/bundle/notes.md", "리소스\n");
        site.Write("README.md", "# 읽어 보기\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/bundle/notes.md", "front-matter-missing"));
        Assert.Empty(RuleHarness.LintFile(site, "README.md", "front-matter-missing"));
    }

    [Fact]
    public void Posts_folder_of_a_hugo_site_is_not_jekyll()
    {
        using var site = new TempSite("hugo");
        site.Write("_posts/2025-03-01-x.md", "본문\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-x.md", "front-matter-missing"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL101-front-matter-missing", "PL101");
}
