using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL105FrontMatterTabIndentTests
{
    private static string[] Lint(string frontMatter) =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n\t본문의 탭은 상관없습니다\n", "_posts/2025-03-01-post.md", "front-matter-tab-indent")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Each_tab_indented_line_is_reported_over_its_indentation()
    {
        Assert.Equal(
            ["3:1-2 tab in indentation; YAML indents with spaces only", "4:1-4 2 tabs in indentation; YAML indents with spaces only"],
            Lint("categories:\n\t- DevOps\n\t \t- 인프라\n"));
    }

    [Theory]
    [InlineData("---\ntitle: 제목\n\n본문입니다.\n\n\tcode line\n\tmore\n")]
    [InlineData("---\ntitle: Tabs\ntags:\n\t- docker\n\n# Heading\n\n```\n\tcode\n```\n")]
    public void A_block_never_closed_is_left_to_PL102(string text)
    {
        // Without its closing line the block is the whole post: the tabs are the body's (or a forgotten closing
        // line's), and PL102 is the one finding that helps.
        var findings = RuleHarness.Lint(text, "_posts/2025-03-01-post.md").Where(d => d.Rule.Id is "PL102" or "PL105");
        Assert.Equal(["PL102 1:1"], findings.Select(d => $"{d.Rule.Id} {d.Start.Line}:{d.Start.Column}"));
    }

    [Fact]
    public void Tab_after_spaces_in_a_mapping_is_reported()
    {
        Assert.Equal(["4:1-4 tab in indentation; YAML indents with spaces only"], Lint("header:\n  image: /a.jpg\n  \tteaser: /b.jpg\n"));
    }

    [Fact]
    public void Tab_after_spaces_before_a_value_is_reported_though_yamldotnet_reads_it()
    {
        // YamlDotNet reads this (the tab after the spaces separates, the next line continues the value); Psych,
        // Jekyll's YAML reader, stops at the tab: "found character that cannot start any token".
        Assert.Equal(["3:1-4 tab in indentation; YAML indents with spaces only"], Lint("a:\n  \tb\n  \t\tc\n"));
    }

    [Fact]
    public void Messages_in_korean()
    {
        var findings = RuleHarness.Lint("---\ntags:\n\t- 도커\n\t\t- 쿠버네티스\n---\n", "_posts/2025-03-01-x.md", "front-matter-tab-indent");
        Assert.Equal(
            ["들여쓰기에 탭이 있습니다. YAML은 공백으로만 들여씁니다", "들여쓰기에 탭이 2개 있습니다. YAML은 공백으로만 들여씁니다"],
            findings.Select(d => d.MessageIn(PostLint.Localization.Language.Korean)));
    }

    [Theory]
    [InlineData("title:\t\"값 앞의 탭\"\n")]
    [InlineData("description: |\n  여러 줄\n  \t탭으로 시작하는 내용\n")]
    [InlineData("description: \"여러 줄\n\t이어지는 값\"\n")]
    [InlineData("tags: [도커,\n\t쿠버네티스]\n")]
    [InlineData("title: 제목\n\t# 탭 뒤의 주석\n")]
    [InlineData("title: 제목\n\t\n")]
    [InlineData("? \"여러 줄\n\t키\"\n: 값\n")]
    [InlineData("- \"여러 줄\n \t값\"\n")]
    [InlineData("- [도커,\n\t쿠버네티스]\n")]
    [InlineData("title: 제목\n\u3000\t전각 공백 뒤의 탭\n")]
    [InlineData("tags: &t [도커, *t]\ntitle:\t\"값\"\n")]
    public void Tabs_that_are_not_indentation_are_fine(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Fact]
    public void Crlf_lines_are_read_exactly()
    {
        var d = Assert.Single(RuleHarness.Lint("---\r\ntags:\r\n\t- a\r\n---\r\n", "_posts/2025-03-01-x.md", "front-matter-tab-indent"));
        Assert.Equal((3, 1, 3, 2), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL105-front-matter-tab-indent", "PL105");
}
