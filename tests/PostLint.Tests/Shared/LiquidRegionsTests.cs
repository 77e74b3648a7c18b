using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

/// <summary>
/// The template blocks whose content is not prose. Liquid's (Jekyll 4.3, Liquid 4) <c>raw</c> ends at the first
/// <c>endraw</c>, whatever tags it holds; a Hugo shortcode ends at the closing shortcode of its own name.
/// </summary>
public class LiquidRegionsTests
{
    private static Post Post(SiteKind kind, string text) =>
        new(kind == SiteKind.Hugo ? "content/posts/a.md" : "_posts/2025-03-01-a.md", "", new SourceText(text), new Site(kind, "/site", "/site", "", null, null));

    private static string[] Ranges(Post post) =>
        LiquidRegions.Of(post).Ranges.Select(r => post.Text[r.Start..r.End]).ToArray();

    [Fact]
    public void Highlight_raw_comment_and_capture_blocks_are_regions_tags_included()
    {
        var post = Post(
            SiteKind.Jekyll,
            "---\ntitle: \"{% raw %}\"\n---\n{% highlight ruby %}\n# 주석\ndef a; end\n{% endhighlight %}\n\n본문 {% raw %}{{ x }}{% endraw %} 끝\n\n{%- comment -%}\n메모\n{%- endcomment -%}\n\n{% capture note %}캡처{% endcapture %}\n");
        Assert.Equal(
            [
                "{% highlight ruby %}\n# 주석\ndef a; end\n{% endhighlight %}",
                "{% raw %}{{ x }}{% endraw %}",
                "{%- comment -%}\n메모\n{%- endcomment -%}",
                "{% capture note %}캡처{% endcapture %}",
            ],
            Ranges(post));
        var regions = LiquidRegions.Of(post);
        Assert.True(regions.Contains(post.Text.IndexOf("# 주석", StringComparison.Ordinal)));
        Assert.False(regions.Contains(post.Text.IndexOf("본문", StringComparison.Ordinal)));
        Assert.False(regions.Contains(post.Text.IndexOf("\"{% raw", StringComparison.Ordinal) + 1));
        Assert.Same(regions, LiquidRegions.Of(post));
    }

    [Fact]
    public void A_post_without_front_matter_may_start_with_a_region()
    {
        Assert.Equal(["{% raw %}{{ 가 }}{% endraw %}"], Ranges(Post(SiteKind.Jekyll, "{% raw %}{{ 가 }}{% endraw %}\n")));
    }

    [Fact]
    public void A_post_without_template_syntax_or_only_front_matter_has_none()
    {
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, "---\ntitle: t\n---\n본문 {글}\n")));
        Assert.Empty(Ranges(Post(SiteKind.Jekyll, "---\ntitle: \"{% raw %}{% endraw %}\"\n---\n")));
    }

    [Fact]
    public void Hugo_highlight_and_code_shortcodes_end_at_their_own_closing_shortcode()
    {
        var post = Post(
            SiteKind.Hugo,
            "---\ntitle: t\n---\n{{< highlight go >}}\n// 주석\n{{< /code >}}\n{{< /highlight >}}\n\n글\n\n{{% code %}}\n# 코드\n{{% /highlight %}}\n{{% /code %}}\n");
        Assert.Equal(
            [
                "{{< highlight go >}}\n// 주석\n{{< /code >}}\n{{< /highlight >}}",
                "{{% code %}}\n# 코드\n{{% /highlight %}}\n{{% /code %}}",
            ],
            Ranges(post));
        Assert.False(LiquidRegions.Of(post).Contains(post.Text.IndexOf('글')));
    }

    [Fact]
    public void Liquid_and_hugo_regions_are_found_in_text_order()
    {
        var post = Post(SiteKind.Hugo, "---\ntitle: t\n---\n{{< code >}}a{{< /code >}} 그리고 {% raw %}b{% endraw %} 다시 {{< highlight >}}c{{< /highlight >}} 끝 {% comment %}d{% endcomment %}\n");
        Assert.Equal(
            ["{{< code >}}a{{< /code >}}", "{% raw %}b{% endraw %}", "{{< highlight >}}c{{< /highlight >}}", "{% comment %}d{% endcomment %}"],
            Ranges(post));
    }

    [Fact]
    public void An_unclosed_tag_opens_no_region_and_does_not_stop_the_other_kind_of_the_same_name()
    {
        var post = Post(
            SiteKind.Jekyll,
            "{% highlight %} 닫히지 않음\n\n{{< highlight >}}코드{{< /highlight >}}\n\n{{< code >}} 열림\n\n{% highlight %} 다시\n\n{% raw %}x{% endraw %}\n");
        Assert.Equal(["{{< highlight >}}코드{{< /highlight >}}", "{% raw %}x{% endraw %}"], Ranges(post));
        Assert.False(LiquidRegions.Of(post).Contains(post.Text.IndexOf("닫히지", StringComparison.Ordinal)));
        Assert.False(LiquidRegions.Of(post).Contains(post.Text.IndexOf("다시", StringComparison.Ordinal)));
    }

    [Fact]
    public void Raw_ends_at_its_first_endraw_and_the_search_goes_on_after_it()
    {
        // Liquid renders this as "{%comment%} 글  끝": the tag inside raw is text, the comment after it a comment.
        var post = Post(SiteKind.Jekyll, "{% raw %}{%comment%}{% endraw %} 글 {% comment %}메모{% endcomment %} 끝\n");
        Assert.Equal(["{% raw %}{%comment%}{% endraw %}", "{% comment %}메모{% endcomment %}"], Ranges(post));
    }

    [Theory]
    [InlineData("글 {% raw %} 끝", true)]
    [InlineData("글 {{ page.title }} 끝", true)]
    [InlineData("글 {{< highlight go >}}", true)]
    [InlineData("글 { % 아님 } {  { 아님", false)]
    [InlineData("plain text, no template", false)]
    [InlineData("", false)]
    public void HasOpener_finds_a_liquid_or_go_template_opener(string text, bool expected)
    {
        Assert.Equal(expected, LiquidRegions.HasOpener(text));
    }
}
