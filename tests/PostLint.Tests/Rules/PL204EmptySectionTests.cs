using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL204EmptySectionTests
{
    private static string[] Lint(string text) =>
        RuleHarness.Brief(RuleHarness.Lint("---\ntitle: \"섹션\"\n---\n" + text, select: "empty-section"));

    [Fact]
    public void Heading_followed_by_a_heading_of_the_same_level_is_reported()
    {
        var d = Assert.Single(RuleHarness.Lint("---\ntitle: \"섹션\"\n---\n## 설치\n\n## 설정\n설정 파일은 config.yml입니다.\n", select: "empty-section"));
        Assert.Equal((4, 1, 4, 6), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
        Assert.Equal("section '## 설치' is empty: the heading '## 설정' follows directly; write its content or remove the heading", d.Message);
        Assert.Equal(PostLint.Diagnostics.Severity.Warning, d.Severity);
    }

    [Fact]
    public void Heading_followed_by_a_higher_level_heading_is_reported()
    {
        Assert.Equal(["6:1 empty-section"], Lint("## 상위\n본문입니다.\n### 하위\n## 다음\n본문입니다.\n"));
    }

    [Fact]
    public void Heading_followed_by_a_deeper_heading_is_a_parent()
    {
        Assert.Empty(Lint("## 상위\n### 하위\n본문입니다.\n#### 더 하위\n본문입니다.\n"));
    }

    [Fact]
    public void Empty_child_is_reported_not_its_parent()
    {
        Assert.Equal(["5:1 empty-section"], Lint("## 상위\n### 하위\n## 다음\n본문입니다.\n"));
    }

    [Fact]
    public void Heading_at_the_end_of_the_post_is_reported()
    {
        var d = Assert.Single(RuleHarness.Lint("---\ntitle: \"섹션\"\n---\n## 개요\n본문입니다.\n\n## 마치며\n\n", select: "empty-section"));
        Assert.Equal(7, d.Start.Line);
        Assert.Equal("section '## 마치며' is empty: the post ends right after its heading; write its content or remove the heading", d.Message);
    }

    [Fact]
    public void Setext_headings_count_like_atx_headings()
    {
        Assert.Equal(["4:1 empty-section"], Lint("개요\n---\n\n설치\n---\n본문입니다.\n\n다음\n===\n\n## 세부\n본문입니다.\n"));
    }

    [Fact]
    public void First_level_one_heading_is_the_title_not_a_section()
    {
        Assert.Empty(Lint("# nuxt 설정\n\n# 1. 로딩 화면\n본문입니다.\n"));
        Assert.Empty(Lint("# 저장소 이름\n"));
        Assert.Equal(["7:1 empty-section"], Lint("# 제목\n본문입니다.\n\n# 두 번째\n# 세 번째\n본문입니다.\n"));
    }

    [Theory]
    [InlineData("- 항목")]
    [InlineData("1. 항목")]
    [InlineData("```\ncode\n```")]
    [InlineData("    indented code")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("![그림](/assets/a.png)")]
    [InlineData("<div>HTML</div>")]
    [InlineData("> 인용")]
    [InlineData("---")]
    [InlineData("{% include toc %}")]
    [InlineData("* 목차\n{:toc}")]
    [InlineData("<!-- toc -->")]
    public void Any_visible_content_fills_a_section(string content)
    {
        Assert.Empty(Lint($"## 개요\n\n{content}\n\n## 다음\n본문입니다.\n"));
    }

    [Fact]
    public void Footnote_definition_fills_a_section_when_it_is_referenced()
    {
        Assert.Empty(Lint("## 각주\n\n[^1]: 각주 내용입니다.\n\n## 다음\n본문입니다.[^1]\n"));

        // Markdig and kramdown drop a footnote nobody references: the section stays empty.
        Assert.Equal(["4:1 empty-section"], Lint("## 각주\n\n[^1]: 각주 내용입니다.\n\n## 다음\n본문입니다.\n"));
    }

    [Theory]
    [InlineData("<!-- 나중에 쓸 것 -->")]
    [InlineData("{: .no_toc}")]
    [InlineData("[링크]: https://example.com")]
    public void Invisible_blocks_do_not_fill_a_section(string content)
    {
        Assert.Equal(["4:1 empty-section"], Lint($"## 개요\n\n{content}\n\n## 다음\n본문입니다.\n"));
    }

    [Theory]
    [InlineData("{% highlight markdown %}\n## 예시 제목\n\n## 또 다른 제목\n{% endhighlight %}")]
    [InlineData("{% raw %}\n## 예시\n{% endraw %}")]
    [InlineData("```markdown\n## 예시 제목\n## 또 다른 제목\n```")]
    public void Hash_lines_in_code_template_and_html_blocks_are_not_headings(string content)
    {
        Assert.Empty(Lint($"## 예시\n\n{content}\n\n## 다음\n본문입니다.\n"));
    }

    [Fact]
    public void Hash_lines_in_html_kept_open_across_blank_lines_are_headings_only_outside_kramdown()
    {
        // kramdown keeps <details> raw up to its closing tag; CommonMark (GitHub) ends it at the blank line and shows
        // two empty h1 sections inside <pre>.
        const string text = "---\ntitle: \"섹션\"\n---\n## 예시\n\n<details>\n<summary>설정 파일</summary>\n<pre>\n\n# 주석\n\n# 또 다른 주석\n\n</pre>\n</details>\n\n## 다음\n본문입니다.\n";
        Assert.Empty(RuleHarness.LintJekyll(text, select: "empty-section"));
        Assert.Equal(["10:1 empty-section"], RuleHarness.Brief(RuleHarness.Lint(text, select: "empty-section")));
    }

    [Fact]
    public void Html_element_with_markdown_attribute_keeps_its_headings()
    {
        Assert.Equal(["9:1 empty-section"], Lint("## 예시\n본문입니다.\n\n<div markdown=\"1\">\n\n## 안쪽\n\n## 안쪽 다음\n본문입니다.\n\n</div>\n"));
    }

    [Fact]
    public void Headings_inside_lists_and_quotes_are_content()
    {
        Assert.Empty(Lint("## 개요\n> ## 인용 속 제목\n\n## 다음\n본문입니다.\n"));
    }

    [Fact]
    public void Front_matter_is_never_read_as_headings()
    {
        // Without a closing line the whole file is front matter; Markdig would see "title: x" over "---" as a heading.
        Assert.Empty(RuleHarness.Brief(RuleHarness.Lint("---\ntitle: x\n---\n## 개요\n본문입니다.\n", select: "empty-section")));
        Assert.Empty(RuleHarness.Brief(RuleHarness.Lint("---\ntitle: x\n## A\n## B\n", select: "empty-section")));
    }

    [Fact]
    public void Crlf_post_reports_the_heading_line()
    {
        Assert.Equal(["1:1 empty-section"], RuleHarness.Brief(RuleHarness.Lint("## 개요\r\n## 설치\r\n본문입니다.\r\n", select: "empty-section")));
    }

    private static string[] Messages(string text) =>
        RuleHarness.Lint("---\ntitle: \"섹션\"\n---\n" + text, select: "empty-section").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();

    [Fact]
    public void Message_shows_the_heading_text_with_its_spaces_collapsed_and_cut_after_fifty_characters()
    {
        var fifty = new string('가', 25) + " " + new string('b', 24);
        var longer = fifty + "c";
        Assert.Equal(
            [
                $"4:1 section '## Many spaces' is empty: the heading '## {fifty}' follows directly; write its content or remove the heading",
                $"5:1 section '## {fifty}' is empty: the heading '## {longer[..49]}…' follows directly; write its content or remove the heading",
                $"6:1 section '## {longer[..49]}…' is empty: the post ends right after its heading; write its content or remove the heading",
            ],
            Messages($"##   Many   spaces  \n## {fifty}\n## {longer}\n"));
    }

    [Fact]
    public void Message_names_a_heading_without_text_and_a_setext_heading_without_marks()
    {
        Assert.Equal(
            ["4:1 section '## (no text)' is empty: the heading 'Setup' follows directly; write its content or remove the heading",
             "5:1 section 'Setup' is empty: the heading '설치' follows directly; write its content or remove the heading"],
            Messages("##\nSetup\n---\n설치\n---\n본문입니다.\n"));
    }

    [Fact]
    public void Fixture_report_matches_its_snapshot()
    {
        FixtureSnapshot.Verify("PL204-empty-section", "empty-section");
    }
}
