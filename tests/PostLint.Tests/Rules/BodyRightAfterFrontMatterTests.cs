using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

/// <summary>
/// A Hugo post whose body starts on the line right after its TOML (<c>+++</c>) or JSON front matter, with no blank
/// line between: Hugo renders that first line as the body's own block (checked with Hugo 0.111.3), so every rule
/// checks it, at its place in the file.
/// </summary>
public class BodyRightAfterFrontMatterTests
{
    private const string Path = "content/posts/a.md";

    private static string[] Lint(string text, string select, Action<TempSite>? setUp = null)
    {
        using var site = new TempSite("hugo");
        setUp?.Invoke(site);
        site.Write(Path, text);
        return RuleHarness.LintFile(site, Path, select).Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();
    }

    [Theory]
    [InlineData("+++\ntitle = \"조각\"\n+++\n도\n\n본문은 완전한 문장입니다.\n", "4:1-4:2")]
    [InlineData("{\"title\": \"조각\"}\n도\n\n본문은 완전한 문장입니다.\n", "2:1-2:2")]
    [InlineData("{\"title\": \"조각\"} 도\n\n본문은 완전한 문장입니다.\n", "1:17-1:18")]
    [InlineData("+++\r\ntitle = \"조각\"\r\n+++\r\n도\r\n\r\n본문은 완전한 문장입니다.\r\n", "4:1-4:2")]
    public void Stray_fragment_on_the_first_body_line_is_reported(string text, string at)
    {
        Assert.Equal([at + " warning stray fragment '도': a particle or ending standing alone; finish the sentence or remove it"], Lint(text, "stray-fragment"));
    }

    [Fact]
    public void Text_after_json_front_matter_on_its_line_indented_four_spaces_is_code_as_hugo_shows_it()
    {
        // Hugo 0.111.3 renders `{"title": "x"}      도` as <pre><code>  도</code></pre>: the body starts right after the brace.
        Assert.Empty(Lint("{\"title\": \"조각\"}      도\n\n본문은 완전한 문장입니다.\n", "stray-fragment"));
    }

    [Fact]
    public void Placeholder_text_on_the_first_body_line_is_reported()
    {
        Assert.Equal(
            ["4:1-4:5 warning placeholder 'TODO' left in the post; write the missing content or remove it"],
            Lint("+++\ntitle = \"Draft\"\n+++\nTODO: write the introduction\n", "placeholder-text"));
    }

    [Fact]
    public void Empty_section_right_after_the_front_matter_is_reported()
    {
        Assert.Equal(
            ["4:1-4:6 warning section '## 설치' is empty: the heading '## 설정' follows directly; write its content or remove the heading"],
            Lint("+++\ntitle = \"섹션\"\n+++\n## 설치\n## 설정\n설정 파일은 config.toml입니다.\n", "empty-section"));
    }

    [Theory]
    [InlineData("+++\ntitle = \"표\"\n+++\n| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", 5)]
    [InlineData("{\"title\": \"표\"}\n| 가 | 나 | 다 |\n|---|\n| 1 | 2 | 3 |\n", 3)]
    [InlineData("+++\ntitle = \"Table\"\n+++\n| a | b | c |\n|---|\n| 1 | 2 | 3 |\n", 5)]
    public void Malformed_table_right_after_the_front_matter_is_reported(string text, int line)
    {
        Assert.Equal(
            [$"{line}:1-{line}:6 error header row has 3 cells but the delimiter row has 1: Hugo shows no table"],
            Lint(text, "malformed-table"));
    }

    [Theory]
    [InlineData("+++\ntitle = \"x\"\n+++\n설치 방법\n---\n\n[ok](#설치-방법) [broken](#설치)\n")]
    [InlineData("+++\ntitle = \"x\"\n+++\n설치 방법\n===\n\n[ok](#설치-방법) [broken](#설치)\n")]
    [InlineData("{\"title\": \"x\"}\n## 설치 방법\n\n[ok](#설치-방법) [broken](#설치)\n")]
    public void Heading_right_after_the_front_matter_has_the_id_hugo_gives_it(string text)
    {
        var found = Assert.Single(Lint(text, "broken-fragment"));
        Assert.Contains(" link '#설치' matches no heading or id of this page", found, StringComparison.Ordinal);
    }

    [Fact]
    public void English_setext_heading_right_after_the_front_matter_has_its_id()
    {
        Assert.Empty(Lint("+++\ntitle = \"x\"\n+++\nInstall steps\n---\n\nSee [the steps](#install-steps).\n", "broken-fragment"));
    }

    [Fact]
    public void A_dash_line_right_after_the_front_matter_is_a_rule_not_a_heading()
    {
        // Hugo renders `---` after `+++` as <hr>: no heading, so no id 'title--x'.
        var found = Assert.Single(Lint("+++\ntitle = \"x\"\n+++\n---\n\n[x](#title--x)\n", "broken-fragment"));
        Assert.Equal("6:5-6:14 warning link '#title--x' matches no heading or id of this page", found);
    }

    [Fact]
    public void Missing_image_right_after_the_front_matter_is_reported()
    {
        Assert.Equal(
            ["4:7-4:21 error image '/images/없음.png' not found: no folder 'static' in the site root"],
            Lint("+++\ntitle = \"그림\"\n+++\n![그림](/images/없음.png)\n", "broken-image-path"));
    }

    [Fact]
    public void Broken_link_right_after_the_front_matter_is_reported()
    {
        var found = Lint(
            "+++\ntitle = \"링크\"\n+++\n[다른 글](/posts/Other/)\n",
            "broken-link",
            site => site.Write("content/posts/other.md", "---\ntitle: o\n---\n본문\n"));
        Assert.Equal(["4:8-4:21 warning link '/posts/Other/' leads to no page of the site; did you mean '/posts/other/' (content/posts/other.md)?"], found);
    }
}
