using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

public class VisibleProseTests
{
    private static Post Post(string text) => new("_posts/2025-03-01-a.md", "", new SourceText(text), Site.Plain("/tmp"));

    private static Post Post(string text, SiteKind kind) =>
        new(kind == SiteKind.Hugo ? "content/posts/a.md" : "_posts/2025-03-01-a.md", "", new SourceText(text), new Site(kind, "/tmp", "/tmp", "", null, null));

    private static string[] Texts(Post post, IEnumerable<ProseRun> runs) => runs.Select(r => post.Text[r.Range.Start..r.Range.End]).ToArray();

    private static string[] Excluded(Post post) => VisibleProse.Of(post).Excluded.Select(r => post.Text[r.Start..r.End]).ToArray();

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

    [Theory]
    // Liquid blocks whose content is code, a comment or captured text: excluded from the tag to its end tag.
    [InlineData("{% comment %}\n초안 메모\n{% endcomment %}\n\n본문", "{% comment %}\n초안 메모\n{% endcomment %}", "본문")]
    [InlineData("{% codeblock lang:ruby %}\nputs 1\n{% endcodeblock %}\n\n본문", "{% codeblock lang:ruby %}\nputs 1\n{% endcodeblock %}", "본문")]
    [InlineData("{% capture note %}메모{% endcapture %}\n\n본문 {{ note }}", "{% capture note %}메모{% endcapture %}|{{ note }}", "본문 ")]
    // A raw block that shows Liquid's own syntax, even an empty tag.
    [InlineData("예: {% raw %}{%%}{% endraw %} 끝", "{% raw %}{%%}{% endraw %}", "예: | 끝")]
    // A tag inside that is never closed ends nothing: the raw tag stays alone.
    [InlineData("{% raw %} 예시 {% 닫히지", "{% raw %}", " 예시 {% 닫히지")]
    // Other tags are excluded alone, the text between them is prose.
    [InlineData("{% if a %}보임{% endif %}", "{% if a %}|{% endif %}", "보임")]
    public void Jekyll_liquid_blocks_are_excluded_to_their_end_tag(string text, string excluded, string body)
    {
        var post = Post(text, SiteKind.Jekyll);
        Assert.Equal(excluded.Split('|'), Excluded(post));
        Assert.Equal(body.Split('|'), Texts(post, VisibleProse.Of(post).Body));
    }

    [Theory]
    // GitHub (cmark-gfm) renders each as text a reader sees: no region starts at the opening brace.
    [InlineData("{% 열린 태그")]
    [InlineData("{%")]
    [InlineData("{{ 열린")]
    [InlineData("{: 열린")]
    [InlineData("{# 열린")]
    [InlineData("{# 주석}")]
    [InlineData("{. 점}")]
    [InlineData("문장 끝 {")]
    public void Openers_never_closed_are_prose(string text)
    {
        var post = Post(text);
        Assert.Empty(VisibleProse.Of(post).Excluded);
        Assert.Equal([text], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void An_attribute_list_ends_on_its_own_line()
    {
        var post = Post("{: 열린\n}\n", SiteKind.Jekyll);
        Assert.Empty(VisibleProse.Of(post).Excluded);
        Assert.Equal(["{: 열린", "}"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Theory]
    // Hugo: a code or highlight shortcode hides everything to its closing shortcode, Go template syntax inside included.
    [InlineData("{{< code lang=\"go\" >}}\nfmt.Println(\"안녕\")\n{{< /code >}}\n\n본문", "{{< code lang=\"go\" >}}\nfmt.Println(\"안녕\")\n{{< /code >}}", "본문")]
    [InlineData("{{< highlight go-html-template >}}\n<p>{{ .highlight }}</p>\n{{< /highlight >}}\n\n본문", "{{< highlight go-html-template >}}\n<p>{{ .highlight }}</p>\n{{< /highlight >}}", "본문")]
    // A shortcode in a folder named code/ is not the code shortcode: Hugo shows what it holds.
    [InlineData("{{< code/tabs >}}\n본문 탭\n{{< /code/tabs >}}\n\n뒤", "{{< code/tabs >}}|{{< /code/tabs >}}", "본문 탭|뒤")]
    [InlineData("{{% highlight go %}}\nx := 1\n{{% /highlight %}}\n\n본문", "{{% highlight go %}}\nx := 1\n{{% /highlight %}}", "본문")]
    [InlineData("그림 {{< figure src=\"a.png\" >}} 설명", "{{< figure src=\"a.png\" >}}", "그림 | 설명")]
    public void Hugo_code_shortcodes_are_excluded_to_their_closing_shortcode(string text, string excluded, string body)
    {
        var post = Post(text, SiteKind.Hugo);
        Assert.Equal(excluded.Split('|'), Excluded(post));
        Assert.Equal(body.Split('|'), Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void A_liquid_output_named_like_a_shortcode_is_excluded_alone()
    {
        // Jekyll: `{{ code }}` is a variable, not Hugo's code shortcode; the text after it up to the next output is prose.
        var post = Post("값 {{ code }} 은 비어 있고 [코드](/code/) 와 {{ page.title }} 끝", SiteKind.Jekyll);
        Assert.Equal(["{{ code }}", "{{ page.title }}"], Excluded(post));
        Assert.Equal(["값 ", " 은 비어 있고 ", "코드", " 와 ", " 끝"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void Kramdown_extensions_hide_their_content_and_attribute_lists_only_themselves()
    {
        // kramdown 2 renders: <h2 id="comment">댓글</h2> <p>글을 남겨 주세요.</p> <!-- 메모 {x} -->
        var text = "## 댓글\n{:#comment}\n\n글을 남겨 주세요.\n\n{::comment}\n메모 {x}\n{:/comment}\n";
        var post = Post(text, SiteKind.Jekyll);
        Assert.Equal(["{:#comment}", "{::comment}\n메모 {x}\n{:/comment}"], Excluded(post));
        Assert.Equal(["댓글", "글을 남겨 주세요."], Texts(post, VisibleProse.Of(post).Body));
        Assert.Equal([ProseContext.Heading, ProseContext.None], VisibleProse.Of(post).Body.Select(r => r.Context));
    }

    [Fact]
    public void A_kramdown_extension_without_content_ends_at_its_brace()
    {
        // kramdown 2 renders <p>가  나 <b>x</b></p>: the empty comment hides nothing after it.
        var text = "가 {::comment /} 나 {::nomarkdown}<b>x</b>{:/nomarkdown}\n";
        var post = Post(text, SiteKind.Jekyll);
        Assert.Equal(["{::comment /}", "{::nomarkdown}<b>x</b>{:/nomarkdown}"], Excluded(post));
        Assert.Equal(["가 ", " 나 "], Texts(post, VisibleProse.Of(post).Body));
    }

    [Theory]
    [InlineData("## 제목 {#_private}", "{#_private}", "제목 ")]
    [InlineData("## 제목 {#-x .wide}", "{#-x .wide}", "제목 ")]
    [InlineData("## Title {#custom}", "{#custom}", "Title ")]
    public void Heading_attributes_may_start_with_an_underscore_or_a_dash(string text, string excluded, string body)
    {
        var post = Post(text, SiteKind.Hugo);
        Assert.Equal([excluded], Excluded(post));
        Assert.Equal([body], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void A_one_character_paragraph_right_after_the_front_matter_is_prose()
    {
        var post = Post("---\ntitle: 제목\n---\n가\n");
        Assert.Equal(["가"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void Escaped_characters_join_the_text_around_them_into_one_run()
    {
        // Markdig gives `C`, `\# 와 F`, `\# 언어…` as three literals that touch: one run, from the first character of the file.
        var post = Post("C\\# 와 F\\# 언어\n");
        Assert.Equal(["C\\# 와 F\\# 언어"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void Text_inside_nested_code_elements_is_not_prose()
    {
        // <kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd>: the `+` is inside the outer <kbd> still.
        var post = Post("키 <kbd><kbd>Ctrl</kbd>+<kbd>C</kbd></kbd> 누름 <code>x</code> 뒤\n");
        Assert.Equal(["키 ", " 누름 ", " 뒤"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void Toml_front_matter_is_not_prose_and_the_next_line_is_a_block_of_its_own()
    {
        // No blank line after Hugo's `+++`: the first line of the body is still its own paragraph, as Hugo renders it.
        var text = "+++\ntitle = \"제목\"\n+++\n본문 문장\n";
        var post = Post(text, SiteKind.Hugo);
        var view = VisibleProse.Of(post);
        Assert.Equal(["본문 문장"], Texts(post, view.Body));
        Assert.Equal("본문 문장", view.TextOf(post.Document.Descendants<ParagraphBlock>().Single())!.Text);
    }

    [Fact]
    public void Indented_lines_right_after_toml_front_matter_are_code_not_prose()
    {
        // Hugo 0.111.3 renders `    코드 줄` right after `+++` as <pre><code>.
        var post = Post("+++\ntitle = \"제목\"\n+++\n    코드 줄\n\n본문\n", SiteKind.Hugo);
        Assert.Equal(["본문"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void A_block_in_the_front_matter_is_read_on_its_own()
    {
        // An unclosed `+++` makes the whole file front matter: its blocks are no prose, but each has its text.
        var text = "+++\ntitle = \"제목\"\n\n본문\n\n***\n";
        var post = Post(text, SiteKind.Hugo);
        var view = VisibleProse.Of(post);
        var blocks = post.Document.Descendants<ParagraphBlock>().ToArray();
        Assert.Empty(view.Body);
        Assert.Equal("+++\ntitle = \"제목\"", view.TextOf(blocks[0])!.Text);
        Assert.Equal("본문", view.TextOf(blocks[1])!.Text);
        Assert.Null(view.TextOf(post.Document.Descendants<ThematicBreakBlock>().Single())); // no inline content
    }

    [Fact]
    public void Addresses_that_markdown_does_not_link_are_left_out()
    {
        // Markdig links http(s), ftp, mailto and www. addresses itself; other schemes are found in the text.
        var post = Post("git://host/repo 에서 svn+ssh://a.b/c 로 받고 x-y.z://w 도\n");
        Assert.Equal([" 에서 ", " 로 받고 ", " 도"], Texts(post, VisibleProse.Of(post).Body));
    }

    [Fact]
    public void Autolinks_and_task_boxes_are_masked_in_the_visible_text()
    {
        var text = "- [ ] 할 일\n\n주소 <https://example.com> 와 https://example.org 및 www.example.net 끝\n";
        var post = Post(text);
        var view = VisibleProse.Of(post);
        var blocks = post.Document.Descendants<ParagraphBlock>().ToArray();
        var m = VisibleText.Masked;
        var task = view.TextOf(blocks[0])!;
        Assert.Equal($"{m}{m}{m} 할 일", task.Text);
        Assert.Equal(InlineKinds.Other, task.Kinds);
        var links = view.TextOf(blocks[1])!;
        Assert.Equal($"주소 {new string(m, 21)} 와 {new string(m, 19)} 및 {new string(m, 15)} 끝", links.Text);
        Assert.Equal(InlineKinds.Url, links.Kinds);
        Assert.Equal([" 할 일", "주소 ", " 와 ", " 및 ", " 끝"], Texts(post, view.Body));
    }

    [Fact]
    public void Front_matter_values_leave_out_addresses_anywhere_in_them()
    {
        var text = """
            ---
            note: null
            empty: ~
            src: "git://a.b/c 에서"
            two: git://a.b 와 git://c.d 뒤
            lead: "://x 와 git://a.b 뒤"
            w: www.example.com 참고
            w2: 사이트 www.a.kr 와 awww.b.kr 끝
            m: mailto:a@b.c 로
            mix: git://a.b www.c.d 끝
            mix2: www.a.b git://c.d 끝
            gt: git://a.b>텍스트
            lt: git://a.b<em 끝
            svn: svn+ssh://h/x 끝
            ---
            본문

            """;
        var post = Post(text);
        // Asked out of file order: the runs come in file order.
        var runs = VisibleProse.Of(post).FrontMatterValues(["mix2", "w", "note", "empty", "src", "two", "lead", "w2", "m", "mix", "gt", "lt", "svn"]);
        Assert.Equal(
            [" 에서", " 와 ", " 뒤", "://x 와 ", " 뒤", " 참고", "사이트 ", " 와 awww.b.kr 끝", " 로", " ", " 끝", " ", " 끝", ">텍스트", "<em 끝", " 끝"],
            Texts(post, runs));
        Assert.All(runs, r => Assert.Equal(ProseContext.FrontMatter, r.Context));
    }
}
