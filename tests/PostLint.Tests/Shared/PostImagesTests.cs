using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

public class PostImagesTests
{
    private const string FrontMatter = "---\ntitle: t\n---\n";

    private static readonly Site Jekyll = new(SiteKind.Jekyll, "/site", "/site", "", null, null);

    private static readonly Site Hugo = new(SiteKind.Hugo, "/site", "/site", "", null, null);

    /// <summary>Each image as "Syntax start-end alt=… tag=… inline=… [url@start-end ...]", offsets into the body.</summary>
    private static string[] Images(string body, Site? site = null)
    {
        var post = new Post("_posts/2025-01-01-a.md", "/site/_posts/2025-01-01-a.md", new SourceText(FrontMatter + body), site ?? Jekyll);
        var at = FrontMatter.Length;
        return PostImages.Get(post).Select(i =>
            $"{i.Syntax} {i.Range.Start - at}-{i.Range.End - at} alt={i.Alt ?? "null"} tag={i.TagName ?? "-"} inline={i.InlineHtml} ["
            + string.Join(" ", i.Paths.Select(p => $"{p.Url}@{p.Range.Start - at}-{p.Range.End - at}")) + "]").ToArray();
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("a.png", "a.png")]
    [InlineData("/img/a.png 1x, /img/a@2x.png 2x", "/img/a.png|/img/a@2x.png")]
    [InlineData("a.png,b.png", "a.png,b.png")]
    [InlineData("a.png, b.png", "a.png|b.png")]
    [InlineData(" , ,a.png 100w,, b.png", "a.png|b.png")]
    [InlineData("a.png f(1,2), b.png 2x", "a.png|b.png")]
    [InlineData("사진.png 1x,\n사진@2x.png 2x ,", "사진.png|사진@2x.png")]
    [InlineData(",,,", "")]
    public void SrcsetUrls_reads_the_candidates_urls(string value, string expected) =>
        Assert.Equal(expected, string.Join("|", PostImages.SrcsetUrls(value).Select(u => value.Substring(u.Offset, u.Length))));

    [Fact]
    public void SrcsetUrls_gives_offsets_into_the_value() =>
        Assert.Equal([(1, 5), (15, 5)], PostImages.SrcsetUrls(" a.png 1x (a), b.png"));

    [Fact]
    public void A_body_without_image_syntax_has_no_images() =>
        Assert.Empty(Images("본문에는 그림이 없다. [링크](/a.png)\n\n<div>img</div>\n"));

    [Fact]
    public void Markdown_images_inline_reference_and_empty()
    {
        Assert.Equal(
        [
            "Markdown 0-41 alt=사진 & a b c tag=- inline=False [/img/사진.png@23-34]",
            "MarkdownReference 42-53 alt=로고 tag=- inline=False [/img/logo.png@64-77]",
            "Markdown 80-86 alt=빈 tag=- inline=False [@85-85]",
        ], Images("![사진 &amp; a `b` *c*](</img/사진.png> \"제목\") ![로고][logo]\n\n[logo]: </img/logo.png>\n\n![빈]()\n"));
    }

    [Fact]
    public void Html_images_in_blocks_and_inline_with_src_srcset_and_alt()
    {
        Assert.Equal(
        [
            "Html 0-77 alt=그림 & 글 tag=img inline=True [/a.png@10-16 /a.png@52-58 /a@2x.png@63-72]",
        ], Images("<img src=\"/a.png\" alt=\"그림 &amp; 글\" alt=\"둘째\" srcset=\"/a.png 1x, /a@2x.png 2x\">\n"));
    }

    [Fact]
    public void Inline_html_images_source_tags_and_attributes_without_values()
    {
        Assert.Equal(
        [
            "Html 2-26 alt=null tag=img inline=True [/b&c.png@12-24]",
            "Html 31-44 alt= tag=img inline=True [@31-31]",
            "Html 58-97 alt=null tag=source inline=False [/y.avif@88-95]",
            "Html 98-120 alt=z tag=img inline=False [/z.png@107-113]",
        ], Images("글 <IMG SRC='/b&amp;c.png'> 그리고 <img src alt> 끝\n\n<picture>\n<source src=\"/x.avif\" srcset=\"/y.avif\">\n<img src=/z.png alt=z>\n</picture>\n"));
    }

    [Fact]
    public void Images_in_comments_scripts_and_code_are_no_images()
    {
        Assert.Equal(["Html 81-99 alt=null tag=img inline=False [/d.png@91-97]"], Images("<div>\n<!-- <img src=\"/c.png\"> -->\n<script>var s = '<img src=\"/s.png\">';</script>\n<img src=\"/d.png\">\n</div>\n\n`<img src=\"/e.png\">` `![x](/f.png)`\n"));
    }

    [Fact]
    public void Liquid_built_images_in_jekyll_in_source_order()
    {
        Assert.Equal(
        [
            "Markdown 0-12 alt=b tag=- inline=False [/b.png@5-11]",
            "MarkdownLiquid 13-51 alt=a tag=- inline=False [{{ site.baseurl }}/img/a.png@18-46]",
            "MarkdownLiquid 71-106 alt=h tag=- inline=False [{{ '/h.png' | relative_url }}@76-105]",
        ], Images("![b](/b.png) ![a]({{ site.baseurl }}/img/a.png \"t\") `![c]({{ c }})`\n\n# ![h]({{ '/h.png' | relative_url }})\n"));
    }

    [Fact]
    public void Empty_angle_destinations_a_closing_angle_alone_and_images_built_by_liquid_tags_only()
    {
        Assert.Equal(
        [
            "Markdown 0-8 alt=a tag=- inline=False [@6-6]",
            "Markdown 9-22 alt=b tag=- inline=False [/img/b>@14-21]",
            "MarkdownLiquid 23-52 alt=c tag=- inline=False [{% link assets/c.png %}@28-51]",
        ], Images("![a](<>) ![b](/img/b>) ![c]({% link assets/c.png %})\n"));
    }

    [Fact]
    public void An_image_right_after_a_comment_is_an_image() =>
        Assert.Equal(["Html 17-35 alt=null tag=img inline=False [/e.png@27-33]"], Images("<div>\n<!-- 주석 --><img src=\"/e.png\">\n</div>\n"));

    [Fact]
    public void Kramdown_extensions_hide_images_comment_all_nomarkdown_only_markdown()
    {
        var body = "![x](/x.png){::comment}![a](/a.png)<img src=\"/b.png\">{:/comment}![y](/y.png)\n\n{::nomarkdown}\n![c](/c.png)\n<img src=\"/d.png\">\n{:/}\n";
        Assert.Equal(
        [
            "Markdown 0-12 alt=x tag=- inline=False [/x.png@5-11]",
            "Markdown 64-76 alt=y tag=- inline=False [/y.png@69-75]",
            "Html 106-124 alt=null tag=img inline=True [/d.png@116-122]",
        ], Images(body));
        Assert.Equal(
        [
            "Markdown 0-12 alt=x tag=- inline=False [/x.png@5-11]",
            "Markdown 23-35 alt=a tag=- inline=False [/a.png@28-34]",
            "Html 35-53 alt=null tag=img inline=True [/b.png@45-51]",
            "Markdown 64-76 alt=y tag=- inline=False [/y.png@69-75]",
            "Markdown 93-105 alt=c tag=- inline=False [/c.png@98-104]",
            "Html 106-124 alt=null tag=img inline=True [/d.png@116-122]",
        ], Images(body, Hugo));
    }
}
