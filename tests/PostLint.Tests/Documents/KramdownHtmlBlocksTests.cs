using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Documents;

/// <summary>
/// HTML blocks as the site's renderer reads them. Each case was rendered with the real renderers (cmark-gfm 0.29 with
/// GitHub's extensions, Jekyll 4.3's kramdown 2.4 with GFM input and with kramdown input, Hugo 0.111's Goldmark,
/// Astro 5's remark); the images each one loads are the expected ones. Goldmark and remark agreed with cmark-gfm in
/// every case, both kramdown inputs with each other.
/// </summary>
public class KramdownHtmlBlocksTests
{
    private static readonly Site Jekyll = new(SiteKind.Jekyll, "/site", "/site", "", null, null);

    private static readonly Site JekyllKramdownInput = Jekyll with { Renderer = MarkdownRenderer.Kramdown };

    private static string[] Images(string body, Site site)
    {
        var post = new Post("_posts/2025-01-01-a.md", "/site/_posts/2025-01-01-a.md", new SourceText("---\ntitle: t\n---\n" + body), site);
        return PostImages.Get(post).SelectMany(i => i.Paths).Select(p => p.Url).ToArray();
    }

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // Issue 16, difference 1: kramdown ends <p> at </p> and renders the fence as code.
        { "<p align=\"center\">\n<img src=\"x.png\">\n</p>\n```python\n<img src=\"y.png\">\n```\n", ["x.png"], ["x.png", "y.png"] },
        { "<center>\n<img src=\"a.png\">\n</center>\n```\n<img src=\"c.png\">\n```\n", ["a.png"], ["a.png", "c.png"] },
        { "text\n<div>\n<img src=\"a.png\">\n</div>\n```\n<img src=\"c.png\">\n```\n", ["a.png"], ["a.png", "c.png"] },
        { "<div>x</div>\n```\n<img src=\"c.png\">\n```\n", [], ["c.png"] },
        { "<p align=\"center\"\n   id=\"x\">\n<img src=\"a.png\">\n</p>\n```\n<img src=\"c.png\">\n```\n", ["a.png"], ["a.png", "c.png"] },
        { "> <div>\n> <img src=\"a.png\">\n> </div>\n> ```\n> <img src=\"c.png\">\n> ```\n", ["a.png"], ["a.png", "c.png"] },

        // kramdown's start tag takes only word characters unquoted: `class=a-b` is no tag, the lines are a paragraph.
        { "<div class=a-b>\n<img src=\"a.png\">\n</div>\n```\n<img src=\"c.png\">\n```\n", ["a.png"], ["a.png", "c.png"] },

        // A span element (<img>) starts a paragraph in kramdown, a type 7 HTML block in CommonMark.
        { "<img src=\"a.png\">\n```\n<img src=\"c.png\">\n```\n", ["a.png"], ["a.png", "c.png"] },

        // Blank lines do not end kramdown's raw HTML: Markdown inside is text, a fence inside is raw HTML.
        { "<div>\n\n![x](m.png)\n\n<img src=\"z.png\">\n\n</div>\n\nafter\n", ["z.png"], ["m.png", "z.png"] },
        { "<details>\n<summary>s</summary>\n\n```\n<img src=\"q.png\">\n```\n\n</details>\n", ["q.png"], [] },
        { "<details>\n<summary>s</summary>\n\n![x](m.png)\n\n</details>\n", [], ["m.png"] },

        // An element left open (<p> inside <div>) takes the rest of the document in kramdown.
        { "<div>\n<p>text\n</div>\n\n```\n<img src=\"a.png\">\n```\n\n![m](b.png)\n", ["a.png"], ["b.png"] },

        // markdown="1": the content is Markdown in both.
        { "<div markdown=\"1\">\n\n![x](m.png)\n\n</div>\n", ["m.png"], ["m.png"] },

        // A comment is a block in both; the fence after it is code.
        { "<!-- c -->\n```\n<img src=\"c.png\">\n```\n", [], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Images_load_as_each_renderer_reads_the_html(string body, string[] kramdown, string[] commonMark)
    {
        Assert.Equal(kramdown, Images(body, Jekyll));
        Assert.Equal(kramdown, Images(body, JekyllKramdownInput));
        Assert.Equal(commonMark, Images(body, Site.Plain("/site")));
        Assert.Equal(commonMark, Images(body, new Site(SiteKind.Hugo, "/site", "/site", "", null, null)));
        Assert.Equal(commonMark, Images(body, new Site(SiteKind.Astro, "/site", "/site", "", null, null)));
    }

    [Fact]
    public void Element_end_skips_comments_other_closing_tags_and_script_content()
    {
        const string text = "<div><!-- </div> --></p><div>a</div><script>if (a</div>) {}</script>b</div>tail";
        Assert.Equal(text.Length - 4, KramdownHtmlBlockParser.ElementEnd(text, 5, "div"));
        Assert.Equal(17, KramdownHtmlBlockParser.ElementEnd("<div><div>x</div>", 5, "div"));
        Assert.Equal(23, KramdownHtmlBlockParser.ElementEnd("<script></div></script>x", 8, "script"));
    }
}
