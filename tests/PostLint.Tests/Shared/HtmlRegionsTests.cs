using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

/// <summary>
/// The ranges kramdown keeps as raw HTML beyond the HTML block the tree holds. Every expectation was read from kramdown
/// 2.4 with GFM input (Jekyll's renderer): an element opened after another one closed on the same line stays raw up to
/// its own closing tag, blank lines or not; cmark-gfm (and Goldmark) end the HTML block at the first blank line and
/// render the <c># 제목</c> inside as a heading.
/// </summary>
public class HtmlRegionsTests
{
    private const string FrontMatter = "---\ntitle: 제목\n---\n";

    private static Post Post(SiteKind kind, string body) =>
        new("_posts/2025-03-01-a.md", "", new SourceText(FrontMatter + body), kind == SiteKind.None ? Site.Plain("/tmp") : new Site(kind, "/site", "/site", "", null, null));

    private static string[] Ranges(Post post) =>
        HtmlRegions.Of(post).Ranges.Select(r => post.Text[r.Start..r.End]).ToArray();

    [Fact]
    public void An_element_opened_after_a_closed_one_on_the_same_line_stays_raw_to_its_closing_tag_under_kramdown()
    {
        var post = Post(SiteKind.Jekyll, "<div>a</div><details>\n<summary>요약</summary>\n\n# 제목\n\n</details>\n\n## 뒤\n");
        Assert.Equal(["<div>a</div><details>\n<summary>요약</summary>\n\n# 제목\n\n</details>"], Ranges(post));
        var regions = HtmlRegions.Of(post);
        var start = post.Text.IndexOf("<div>", StringComparison.Ordinal);
        var end = post.Text.IndexOf("</details>", StringComparison.Ordinal) + "</details>".Length;
        Assert.False(regions.Contains(start - 1));
        Assert.True(regions.Contains(start));
        Assert.True(regions.Contains(post.Text.IndexOf("# 제목", StringComparison.Ordinal)));
        Assert.True(regions.Contains(end - 1));
        Assert.False(regions.Contains(end));
        Assert.False(regions.Contains(post.Text.IndexOf("## 뒤", StringComparison.Ordinal)));
        Assert.Same(regions, HtmlRegions.Of(post));
    }

    [Theory]
    [InlineData(SiteKind.Hugo)]
    [InlineData(SiteKind.None)]
    [InlineData(SiteKind.Astro)]
    public void CommonMark_renderers_end_the_html_block_at_the_blank_line_and_keep_no_range(SiteKind kind)
    {
        var post = Post(kind, "<div>a</div><details>\n<summary>요약</summary>\n\n# 제목\n\n</details>\n");
        Assert.Empty(Ranges(post));
        Assert.False(HtmlRegions.Of(post).Contains(post.Text.IndexOf("# 제목", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_element_left_open_gets_its_own_range_nested_elements_of_its_name_closing_first()
    {
        var post = Post(
            SiteKind.Jekyll,
            "<p>a</p><pre>\n# 주석\n\n코드\n</pre>\n\n# 뒤\n\n<p>b</p><details><summary>s</summary>\n\n# 안\n\n<details>\n# 중첩\n</details>\n\n</details>\n\n# 끝\n");
        Assert.Equal(
            [
                "<p>a</p><pre>\n# 주석\n\n코드\n</pre>",
                "<p>b</p><details><summary>s</summary>\n\n# 안\n\n<details>\n# 중첩\n</details>\n\n</details>",
            ],
            Ranges(post));
        var regions = HtmlRegions.Of(post);
        Assert.False(regions.Contains(post.Text.IndexOf("# 뒤", StringComparison.Ordinal)));
        Assert.True(regions.Contains(post.Text.IndexOf("# 안", StringComparison.Ordinal)));
        Assert.True(regions.Contains(post.Text.IndexOf("# 중첩", StringComparison.Ordinal)));
        Assert.False(regions.Contains(post.Text.IndexOf("# 끝", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_element_never_closed_keeps_the_rest_of_the_post_as_kramdown_closes_it_at_the_end()
    {
        var post = Post(SiteKind.Jekyll, "문단\n\n<div></div><details>\n\n# A\n");
        Assert.Equal(["<div></div><details>\n\n# A\n"], Ranges(post));

        // The second element lies inside the first one's range: one range, to the end.
        post = Post(SiteKind.Jekyll, "<div></div><section>\n\n# A\n\n<div></div><details>\n\n# B\n\n</details>\n\n# C\n");
        Assert.Equal(["<div></div><section>\n\n# A\n\n<div></div><details>\n\n# B\n\n</details>\n\n# C\n"], Ranges(post));
    }

    [Fact]
    public void A_self_closed_element_opens_no_range()
    {
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, "<div></div><details />\n\n# 제목\n\n</details>\n")));
    }

    [Theory]
    [InlineData("area")]
    [InlineData("base")]
    [InlineData("br")]
    [InlineData("col")]
    [InlineData("command")]
    [InlineData("embed")]
    [InlineData("hr")]
    [InlineData("img")]
    [InlineData("input")]
    [InlineData("keygen")]
    [InlineData("link")]
    [InlineData("meta")]
    [InlineData("param")]
    [InlineData("source")]
    [InlineData("track")]
    [InlineData("wbr")]
    [InlineData("HR")]
    public void A_void_element_opens_no_range_even_before_a_stray_closing_tag_of_its_name(string name)
    {
        // kramdown's HTML_ELEMENTS_WITHOUT_BODY: the heading renders, the stray closing tag is text.
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, $"<div></div><{name}>\n\n# 제목\n\n</{name}>\n")));
    }

    [Fact]
    public void An_element_whose_content_is_markdown_opens_no_range()
    {
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, "<div></div><details markdown=\"1\">\n\n# 제목\n\n</details>\n")));
    }

    [Fact]
    public void A_tag_inside_an_html_comment_opens_no_range()
    {
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, "<!-- <details> -->\n\n# 제목\n\n</details>\n")));
    }
}
