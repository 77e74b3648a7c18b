using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Documents;

/// <summary>A post as its site reads it: JSON front matter is Hugo's alone.</summary>
public class PostTests
{
    private const string JsonPost = "{\n  \"title\": \"JSON 글\",\n  \"date\": \"2025-03-01\"\n}\n\n본문입니다.\n";

    [Fact]
    public void Json_front_matter_is_front_matter_on_a_hugo_site()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/a.md", JsonPost);
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/a.md", "front-matter-missing"));
    }

    [Fact]
    public void Json_front_matter_is_body_text_on_a_jekyll_site()
    {
        using var site = new TempSite("jekyll");
        site.Write("_posts/2025-03-01-a.md", JsonPost);
        Assert.Equal(["1:1 front-matter-missing"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "front-matter-missing")));
    }

    private static Post HugoPost(string text) => new("content/posts/a.md", "", new SourceText(text), new Site(SiteKind.Hugo, "/tmp", "/tmp", "", null, null));

    /// <summary>Each top-level block of the post's tree as "Kind text", its text read from the file at its range.</summary>
    private static string[] Blocks(Post post) =>
        post.Document.Select(b => $"{b.GetType().Name} {post.Text[Post.RangeOf(b).Start..Post.RangeOf(b).End]}").ToArray();

    [Theory]
    [InlineData("+++\ntitle = \"x\"\n+++\n도\n", "ParagraphBlock 도")]
    [InlineData("+++\ntitle = \"x\"\n+++\n## 제목\n", "HeadingBlock ## 제목")]
    [InlineData("+++\ntitle = \"x\"\n+++\n제목\n---\n", "HeadingBlock 제목\n---")]
    [InlineData("+++\ntitle = \"x\"\n+++\n---\n", "ThematicBreakBlock ---")]
    [InlineData("+++\ntitle = \"x\"\n+++\n===\n", "ParagraphBlock ===")]
    [InlineData("+++\ntitle = \"x\"\n+++\n    code\n", "CodeBlock     code")]
    [InlineData("+++\r\ntitle = \"x\"\r\n+++\r\nBody text\r\n", "ParagraphBlock Body text")]
    [InlineData("{\"title\": \"x\"}\n도\n", "ParagraphBlock 도")]
    [InlineData("{\n  \"title\": \"x\"\n}\n## 제목\n", "HeadingBlock ## 제목")]
    [InlineData("{\"title\": \"x\"} 도\n", "ParagraphBlock 도")]
    public void Body_right_after_toml_or_json_front_matter_is_its_own_block_as_hugo_renders_it(string text, string expected)
    {
        var post = HugoPost(text);
        Assert.Equal([expected], Blocks(post));
        Assert.Equal(text, post.Text);
    }

    [Fact]
    public void Text_after_the_json_brace_keeps_its_indentation_as_hugo_reads_it()
    {
        // Hugo 0.111.3: `{"title": "x"}      도` is <pre><code>  도</code></pre>; the body starts right after the brace.
        var post = HugoPost("{\"title\": \"x\"}      도\n");
        var code = Assert.IsType<CodeBlock>(Assert.Single(post.Document));
        Assert.Equal("  도", code.Lines.ToString());
    }

    [Fact]
    public void Inline_offsets_after_the_front_matter_are_file_offsets()
    {
        const string text = "+++\ntitle = \"x\"\n+++\n본문 [링크](#a) 끝\n";
        var post = HugoPost(text);
        var link = post.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Single();
        Assert.Equal("[링크](#a)", text[Post.RangeOf(link).Start..Post.RangeOf(link).End]);
        Assert.Equal(new LinePosition(4, 4), post.Source.GetPosition(link.Span.Start));
    }

    [Fact]
    public void Unclosed_toml_front_matter_and_yaml_front_matter_are_read_as_before()
    {
        // An unclosed block is the whole file (PL102 reports it); YAML is Markdig's own front matter block.
        Assert.Equal(["ParagraphBlock +++\ntitle = \"x\"\n도"], Blocks(HugoPost("+++\ntitle = \"x\"\n도\n")));
        Assert.Equal(["YamlFrontMatterBlock ---\ntitle: x\n---", "ParagraphBlock 도"], Blocks(HugoPost("---\ntitle: x\n---\n도\n")));
    }

    [Fact]
    public void Json_is_not_front_matter_off_hugo_so_its_line_and_the_next_stay_one_paragraph()
    {
        var post = new Post("_posts/2025-03-01-a.md", "", new SourceText("{\"title\": \"x\"}\n도\n"), Site.Plain("/tmp"));
        Assert.Equal(["ParagraphBlock {\"title\": \"x\"}\n도"], Blocks(post));
    }
}
