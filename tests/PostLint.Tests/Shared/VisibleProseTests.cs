using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

public class VisibleProseTests
{
    private static Post Post(string text) => new("_posts/2025-03-01-a.md", "", new SourceText(text), Site.Plain("/tmp"));

    private static string[] Texts(string text) =>
        VisibleProse.Of(Post(text)).Body.Select(r => text[r.Range.Start..r.Range.End]).ToArray();

    [Fact]
    public void Runs_are_file_ranges_of_the_visible_text()
    {
        var text = "---\ntitle: 제목\n---\n## 개요 **굵게** 끝\n\n문단 `code` 뒤\n";
        Assert.Equal(["개요 ", "굵게", " 끝", "문단 ", " 뒤"], Texts(text));
    }

    [Fact]
    public void Context_flags_tell_headings_tables_links_and_alt_text()
    {
        var text = "# 제목\n\n| a | b |\n| - | - |\n| 칸 | [링크](u) |\n\n![대체](x.png)\n";
        var runs = VisibleProse.Of(Post(text)).Body;
        string Of(ProseRun r) => text[r.Range.Start..r.Range.End].Trim() + ":" + r.Context;
        Assert.Equal(
            ["제목:Heading", "a:TableCell", "b:TableCell", "칸:TableCell", "링크:TableCell, Link", "대체:ImageAlt"],
            runs.Select(Of));
    }

    [Fact]
    public void Code_html_urls_and_templates_are_left_out()
    {
        var text = """
            가 <span>나</span> <kbd>Ctrl</kbd> 다
            라 https://example.com/path?x=1 마 www.example.org 바 mailto:a@b.c 사 :// 아 ftp://host/x
            아 {% include x.html %} 자 {{ page.title }} 차 {: .notice} 카
            {% raw %}타{% endraw %}
            ```
            파
            ```
            <div>하</div>

            """;
        Assert.Equal(["가 ", "나", " ", " 다", "라 ", " 마 ", " 바 ", " 사 :// 아 ", "아 ", " 자 ", " 차 ", " 카"], Texts(text));
    }

    [Fact]
    public void Front_matter_values_are_prose_only_for_the_keys_asked()
    {
        var text = "---\ntitle: \"따옴표 제목\"\nexcerpt: 평문 {{ site.x }} 요약\ntags: [하나, 둘]\nheader:\n  caption: 설명\nnote: |\n  블록\n---\n본문\n";
        var post = Post(text);
        var runs = VisibleProse.Of(post).FrontMatterValues(["title", "excerpt", "tags", "header.caption", "note", "missing"]);
        Assert.Equal(["따옴표 제목", "평문 ", " 요약", "하나", "둘", "설명", "  블록\n"], runs.Select(r => text[r.Range.Start..r.Range.End]));
        Assert.All(runs, r => Assert.Equal(ProseContext.FrontMatter, r.Context));
        Assert.Equal(["본문"], VisibleProse.Of(post).Body.Select(r => text[r.Range.Start..r.Range.End]));
    }

    [Fact]
    public void The_view_is_computed_once_per_post()
    {
        var post = Post("문단\n");
        Assert.Same(VisibleProse.Of(post), VisibleProse.Of(post));
    }

    [Fact]
    public void Visible_text_of_a_block_is_read_from_the_same_view()
    {
        var text = "---\ntitle: 제목\n---\n가 **나** [다](u) ![라](x.png) `마` <kbd>바</kbd> &amp; 사[^1]  \n아\n\n[^1]: 각주\n";
        var post = Post(text);
        var paragraph = post.Document.Descendants<ParagraphBlock>().First();
        var visible = VisibleText.Of(post, paragraph)!;
        Assert.Same(visible, VisibleProse.Of(post).TextOf(paragraph));
        var m = VisibleText.Masked;
        Assert.Equal($"가 나 다 {new string(m, 11)} {m}{m}{m} {new string(m, 5)}바{new string(m, 6)} & 사{m}{m}{m}{m}\n아", visible.Text);
        Assert.Equal(
            InlineKinds.Emphasis | InlineKinds.Link | InlineKinds.Image | InlineKinds.Code | InlineKinds.Html | InlineKinds.Entity | InlineKinds.Footnote,
            visible.Kinds);
        Assert.Equal(new TextRange(text.IndexOf('바'), text.IndexOf('바') + 1), visible.RangeOf(visible.Text.IndexOf('바'), visible.Text.IndexOf('바') + 1));
        Assert.Equal(new TextRange(text.IndexOf("&amp;", StringComparison.Ordinal), text.IndexOf("&amp;", StringComparison.Ordinal) + 5), visible.RangeOf(visible.Text.IndexOf('&'), visible.Text.IndexOf('&') + 1));

        // The same inlines give the prose runs: the alt text is prose there, the text of <kbd> is not.
        Assert.Equal(["가 ", "나", " ", "다", " ", "라", " ", " ", " ", " 사", "아", "각주"], VisibleProse.Of(post).Body.Select(r => text[r.Range.Start..r.Range.End]));
    }

    [Theory]
    [InlineData("{% highlight ruby %}\ncode\n{% endhighlight %}", "{% highlight ruby %}\ncode\n{% endhighlight %}")]
    [InlineData("{%- raw -%} x {%- endraw -%}", "{%- raw -%} x {%- endraw -%}")]
    [InlineData("{% raw %} never closed", "{% raw %}")]
    [InlineData("{{< highlight go >}}\nx\n{{< /highlight >}}", "{{< highlight go >}}\nx\n{{< /highlight >}}")]
    [InlineData("{::comment}\nhidden\n{:/comment}", "{::comment}\nhidden\n{:/comment}")]
    [InlineData("text {: #id .class} more", "{: #id .class}")]
    [InlineData("## 제목 {#custom-id .wide}", "{#custom-id .wide}")]
    [InlineData("{ not a template } {# not either} {.x", "")]
    public void Template_regions(string text, string region)
    {
        var regions = VisibleProse.FindTemplateRegions(text);
        Assert.Equal(region, string.Concat(regions.Select(r => text[r.Start..r.End])));
    }
}
