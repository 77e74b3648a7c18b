using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

public class PostLinksTests
{
    private const string FrontMatter = "---\ntitle: t\n---\n";

    private static readonly Site Jekyll = new(SiteKind.Jekyll, "/site", "/site", "", null, null);

    private static readonly Site Hugo = new(SiteKind.Hugo, "/site", "/site", "", null, null);

    /// <summary>Each link as "Syntax url@start-end", offsets into the body; the range's text must be what it says.</summary>
    private static string[] Links(string body, Site? site = null)
    {
        var text = FrontMatter + body;
        var post = new Post("_posts/2025-01-01-a.md", "/site/_posts/2025-01-01-a.md", new SourceText(text), site ?? Jekyll);
        var at = FrontMatter.Length;
        return PostLinks.Get(post).Select(l => $"{l.Syntax} {l.Url}@{l.Range.Start - at}-{l.Range.End - at}={text[l.Range.Start..l.Range.End]}").ToArray();
    }

    [Fact]
    public void Finds_inline_links_definitions_and_html_anchors_in_text_order()
    {
        Assert.Equal(
        [
            "Markdown /a@5-7=/a",
            "Html /b&c@22-30=/b&amp;c",
            "Markdown /nested@49-56=/nested",
            "Html /block@77-83=/block",
            "Definition /def@105-109=/def",
        ], Links("[첫째](/a) 그리고 <a href=\"/b&amp;c\">둘</a>\n\n> - **[안](/nested)** 끝\n\n<div><A HREF='/block'>x</A></div>\n\n[ref]: /def\n\n[참조][ref]\n"));
    }

    [Fact]
    public void A_body_without_link_syntax_has_no_links()
    {
        Assert.Empty(Links("링크가 없는 글 [괄호] (괄호)\n\n<div>href 없음</div>\n"));
        Assert.Equal(["Html /x@13-15=/x"], Links("<a id=x HREF=/x>x</a>\n"));
    }

    [Fact]
    public void Anchors_in_html_comments_and_scripts_are_no_links()
    {
        Assert.Equal(
            ["Html /kept@84-89=/kept"],
            Links("<div>\n<!-- <a href=\"/gone\"> -->\n<script>var s = \"<a href='/no'>\";</script>\n<a href=\"/kept\">k</a>\n</div>\n"));
        Assert.Equal(["Html /right-after@22-34=/right-after"], Links("<p><!-- c --><a href=\"/right-after\">k</a></p>\n")); // an anchor right after a comment
    }

    [Fact]
    public void Kramdown_comment_hides_every_link_and_nomarkdown_only_markdown_ones()
    {
        const string Body = "{::comment}\n[c](/comment) <a href=\"/comment-html\">x</a>\n{:/comment}\n\n{::nomarkdown}\n[n](/nomd) <a href=\"/nomd-html\">y</a>\n{:/nomarkdown}\n\n[after](/after)\n";
        var kramdown = Links(Body);
        Assert.Equal(["Html /nomd-html", "Markdown /after"], kramdown.Select(l => l[..l.IndexOf('@')]));

        // Goldmark has no such extensions: every link is one.
        var hugo = Links(Body, Hugo);
        Assert.Equal(["Markdown /comment", "Html /comment-html", "Markdown /nomd", "Html /nomd-html", "Markdown /after"], hugo.Select(l => l[..l.IndexOf('@')]));
    }

    [Fact]
    public void An_anchor_inside_a_link_text_comes_before_the_link()
    {
        // The link is met first in the tree, its text's anchor after it; the list is in text order.
        Assert.Equal(["Html /in@10-13=/in", "Markdown /out@22-26=/out"], Links("[<a href=\"/in\">a</a>](/out)\n"));
    }
}
