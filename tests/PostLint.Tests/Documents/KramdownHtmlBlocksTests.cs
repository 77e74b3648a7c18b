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

/// <summary>
/// The blocks kramdown's HTML reading makes of a body, as the Markdown tree holds them: each block's kind and lines.
/// </summary>
public class KramdownHtmlBlockTreeTests
{
    /// <summary>Each top-level block as <c>kind:first-last</c> (1-based lines), an HTML block with its type.</summary>
    private static string Blocks(string text)
    {
        var document = Markdig.Markdown.Parse(text, Post.KramdownPipeline);
        return string.Join(" ", document.Select(b => b switch
        {
            Markdig.Syntax.HtmlBlock html => $"html({html.Type}):{html.Line + 1}-{LineOf(text, html.Span.End)}",
            Markdig.Syntax.ParagraphBlock p => $"p:{p.Line + 1}-{LineOf(text, p.Span.End)}",
            _ => $"{b.GetType().Name}:{b.Line + 1}-{LineOf(text, b.Span.End)}",
        }));
    }

    private static int LineOf(string text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count('\n') + 1;

    /// <summary>kramdown's <c>HTML_SPAN_ELEMENTS</c>: each, at the start of a line, starts a paragraph, left open or not.</summary>
    public static TheoryData<string> SpanElements => new()
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small",
        "span", "strong", "sub", "sup", "tt", "u", "var",
    };

    [Theory]
    [MemberData(nameof(SpanElements))]
    public void A_span_element_at_the_start_of_a_line_starts_a_paragraph(string name)
    {
        Assert.Equal("p:1-1 p:3-3", Blocks($"<{name}>text\n\nafter\n"));
        Assert.Equal("p:1-1 p:3-3", Blocks($"<{name.ToUpperInvariant()} id=\"x\">text\n\nafter\n"));

        // Its closing tag alone on a line is text too, where a block element's stands alone.
        Assert.Equal("p:1-2 p:4-4", Blocks($"text\n</{name}>\n\nafter\n"));
    }

    /// <summary>kramdown's <c>HTML_ELEMENTS_WITHOUT_BODY</c>: nested in a block element, none opens an element of its own.</summary>
    public static TheoryData<string> VoidElements => new()
    {
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    };

    [Theory]
    [MemberData(nameof(VoidElements))]
    public void An_element_without_a_body_does_not_keep_its_parent_open(string name)
    {
        var text = $"<div>\n<{name}>\n</div>tail";
        Assert.Equal(text.Length - 4, KramdownHtmlBlockParser.ElementEnd(text, 5, "div"));
        Assert.Equal("html(InterruptingBlock):1-3 p:5-5", Blocks($"<div>\n<{name} x=\"1\">\n</div>\n\nafter\n"));
    }

    [Theory]
    [InlineData("hr")]
    [InlineData("embed")]
    [InlineData("wbr")]
    public void A_block_level_element_without_a_body_is_one_line(string name)
    {
        // Not a span element, it is an HTML block; without a body it ends with its line, and the text after is Markdown.
        Assert.Equal("html(InterruptingBlock):1-1 p:3-3", Blocks($"<{name}>\n\nafter\n"));
    }

    [Theory]
    [InlineData("<section>\n\ntext\n\n</section>\n\nafter\n", "html(InterruptingBlock):1-5 p:7-7")]
    [InlineData("<section>\n\ntext\n", "html(InterruptingBlock):1-3")]
    [InlineData("<section/>\n\nafter\n", "html(InterruptingBlock):1-1 p:3-3")]
    [InlineData("<section />\n\nafter\n", "html(InterruptingBlock):1-1 p:3-3")]
    [InlineData("<pre>\n\ncode\n\n</pre>\nafter\n", "html(ScriptPreOrStyle):1-5 p:6-6")]
    [InlineData("<PRE>\n\ncode\n\n</PRE>\nafter\n", "html(ScriptPreOrStyle):1-5 p:6-6")]
    [InlineData("<script>\n\nif (a</div>) {}\n\n</script>\nafter\n", "html(ScriptPreOrStyle):1-5 p:6-6")]
    [InlineData("<Script>\nx\n</SCRIPT>\nafter\n", "html(ScriptPreOrStyle):1-3 p:4-4")]
    [InlineData("<style>\n\np { }\n\n</style>\nafter\n", "html(ScriptPreOrStyle):1-5 p:6-6")]
    [InlineData("<STYLE>\np { }\n</style>\nafter\n", "html(ScriptPreOrStyle):1-3 p:4-4")]
    [InlineData("<textarea>\n\nx\n\n</textarea>\nafter\n", "html(ScriptPreOrStyle):1-5 p:6-6")]
    [InlineData("<TEXTAREA>\nx\n</textarea>\nafter\n", "html(ScriptPreOrStyle):1-3 p:4-4")]
    [InlineData("<div>x</div>\nafter\n", "html(InterruptingBlock):1-1 p:2-2")]
    [InlineData("<div>\nx\n</div>\nafter\n", "html(InterruptingBlock):1-3 p:4-4")]
    [InlineData("  <div>\n  x\n  </div>\n\nafter\n", "html(InterruptingBlock):1-3 p:5-5")]
    [InlineData("    <div>\n    x\n    </div>\n", "CodeBlock:1-3")]
    [InlineData("</div>\nafter\n", "html(InterruptingBlock):1-1 p:2-2")]
    [InlineData("</div >\nafter\n", "html(InterruptingBlock):1-1 p:2-2")]
    [InlineData("< div>\n\nafter\n", "p:1-1 p:3-3")]
    [InlineData("<1div>\n\nafter\n", "p:1-1 p:3-3")]
    [InlineData("<_x>\n\nafter\n", "html(InterruptingBlock):1-3")]
    [InlineData("<div markdown=\"1\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-1 p:3-3 html(InterruptingBlock):5-5")]
    [InlineData("<div markdown='block'>\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-1 p:3-3 html(InterruptingBlock):5-5")]
    [InlineData("<div markdown=span>\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-1 p:3-3 html(InterruptingBlock):5-5")]
    [InlineData("<div MARKDOWN = \"1\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-1 p:3-3 html(InterruptingBlock):5-5")]
    [InlineData("<div markdown=\"0\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    [InlineData("<div markdown=\"11\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    [InlineData("<div class=\"markdown\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    [InlineData("<div data-markdown=\"1\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    [InlineData("<div title=\"x markdown=1\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    [InlineData("<div id=a markdown=1 class=\"b\">\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-1 p:3-3 html(InterruptingBlock):5-5")]
    [InlineData("<div markdown>\n\ntext\n\n</div>\n", "html(InterruptingBlock):1-5")]
    public void Html_blocks_end_where_kramdown_ends_them(string text, string blocks) => Assert.Equal(blocks, Blocks(text));

    [Theory]
    [InlineData("<!-- c -->\nafter\n", "html(Comment):1-1 p:2-2")]
    [InlineData("<!-- a\n\nb -->\nafter\n", "html(Comment):1-3 p:4-4")]
    [InlineData("<!-- never closed\n\nafter\n", "p:1-1 p:3-3")]
    [InlineData("text\n<!-- c -->\n\nafter\n", "p:1-2 p:4-4")]
    [InlineData("<!---->\nafter\n", "html(Comment):1-1 p:2-2")]
    [InlineData("<!-->\n\nafter\n", "p:1-1 p:3-3")]
    public void A_comment_is_a_block_unless_it_is_never_closed_or_continues_a_paragraph(string text, string blocks) =>
        Assert.Equal(blocks, Blocks(text));

    [Theory]
    [InlineData("<div><div>a</div>b</div>c", 5, 24)]
    [InlineData("<div><DIV>a</Div>b</div>c", 5, 24)]
    [InlineData("<div><p>a</div>b", 5, 16)]
    [InlineData("<div><!-- </div> -->x</div>y", 5, 27)]
    [InlineData("<div><!-- open </div>y", 5, 21)]
    [InlineData("<div><br/><x/></div>y", 5, 20)]
    [InlineData("<div><style>a</div></style></div>y", 5, 33)]
    [InlineData("<div><script>a</div>", 5, 20)]
    [InlineData("<div>a < b</div>y", 5, 16)]
    [InlineData("<div>a", 5, 6)]
    [InlineData("<style>a</div></style>y", 7, 22)]
    [InlineData("<style>a", 7, 8)]
    [InlineData("<div></div><!-- c -->y", 5, 11)]
    [InlineData("<div><!-- xxxxx </div> -->x</div>y", 5, 33)]
    [InlineData("<div><style>a<div></style></div>y", 5, 32)]
    [InlineData("<div><script>a<div></script></div>y", 5, 34)]
    [InlineData("<style>a<div></style>y", 7, 21)]
    [InlineData("<script>a<div></script>y", 8, 23)]
    [InlineData("<div><p></p></div>y", 5, 18)]
    public void Element_end_matches_nested_elements(string text, int from, int end)
    {
        var name = text[1..text.IndexOf('>')];
        Assert.Equal(end, KramdownHtmlBlockParser.ElementEnd(text, from, name));
    }
}
