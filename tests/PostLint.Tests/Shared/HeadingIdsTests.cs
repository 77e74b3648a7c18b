using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// The heading ids each site's config gives (<see cref="HeadingIds.For"/>, <see cref="HeadingIds.Numbering"/>), read
/// through <see cref="PageAnchors"/>. Every expectation was read from a Jekyll 4.3.1 or Hugo 0.111.3 build of the same
/// text and config (YAML 1.1 words like <c>off</c> and <c>yes</c> included; both read them as booleans).
/// </summary>
public class HeadingIdsTests
{
    private const string Body = "## [Go](https://go.dev) tips\n\n## Title {#custom}\n\n## Café\n";

    private const string HugoBody = "## Title {#custom}\n\n## a-1\n\n## a\n\n## a\n\n## -- Intro (x)\n\n## Café\n";

    private static PageAnchors Of(string kind, string config, string body)
    {
        using var site = new TempSite(kind: "none");
        site.Write(kind == "jekyll" ? "_config.yml" : "hugo.yaml", config);
        var detected = SiteLocator.Detect(site.Root)!;
        return PageAnchors.Of(new Post("post.md", Path.Combine(site.Root, "post.md"), new SourceText("---\ntitle: t\n---\n" + body), detected));
    }

    /// <summary>Each heading as "id" or "id (explicit)", "-" for none.</summary>
    private static string[] Ids(PageAnchors anchors) =>
        anchors.Headings.Select(h => (h.Id ?? "-") + (h.Explicit ? " (explicit)" : "")).ToArray();

    [Theory]
    [InlineData("title: t\n", "go-tips|custom (explicit)|café")]                                         // GFM input
    [InlineData("kramdown:\n  input: kramdown\n", "gohttpsgodev-tips|custom (explicit)|caf")]              // the source line
    [InlineData("kramdown:\n  input: kramdown\n  auto_id_stripping: yes\n", "go-tips|custom (explicit)|caf")]   // the rendered text
    [InlineData("kramdown:\n  input: kramdown\n  auto_id_stripping: off\n", "gohttpsgodev-tips|custom (explicit)|caf")]
    [InlineData("kramdown:\n  auto_ids: off\n", "-|custom (explicit)|-")]                                  // no ids but {#id}
    [InlineData("kramdown:\n  auto_ids: false\n  input: kramdown\n", "-|custom (explicit)|-")]
    [InlineData("kramdown:\n  transliterated_header_ids: yes\n", "go-tips|custom (explicit)|café")]       // GFM input ignores it
    public void Jekyll_kramdown_settings(string config, string expected)
    {
        var anchors = Of("jekyll", config, Body);
        Assert.Equal(expected.Split('|'), Ids(anchors));
        Assert.Null(anchors.Uncertain);
    }

    [Fact]
    public void Kramdown_transliteration_leaves_non_ascii_headings_unknown()
    {
        // Jekyll needs the stringex gem for it; PostLint does not model it.
        var ascii = Of("jekyll", "kramdown:\n  input: kramdown\n  transliterated_header_ids: yes\n", "## Go tips\n");
        Assert.Equal(["go-tips"], Ids(ascii));
        Assert.Null(ascii.Uncertain);
        var korean = Of("jekyll", "kramdown:\n  input: kramdown\n  transliterated_header_ids: yes\n", "## Go tips\n\n## 설치\n");
        Assert.Equal("kramdown transliterates the non-ASCII text of headings (transliterated_header_ids)", korean.Uncertain);
    }

    [Theory]
    [InlineData("", "custom (explicit)|a-1|a|a-2|---intro-x|café")]
    [InlineData("markup:\n  goldmark:\n    parser:\n      attribute:\n        title: off\n", "title-custom|a-1|a|a-2|---intro-x|café")]
    [InlineData("markup:\n  goldmark:\n    parser:\n      autoHeadingID: off\n", "custom (explicit)|-|-|-|-|-")]
    [InlineData("markup:\n  goldmark:\n    parser:\n      autoHeadingIDType: blackfriday\n", "custom (explicit)|a-1|a|a-2|intro-x|café")]
    [InlineData("markup:\n  goldmark:\n    parser:\n      autoHeadingIDType: \" GitHub-ASCII \"\n", "custom (explicit)|a-1|a|a-2|---intro-x|cafe")]
    public void Hugo_goldmark_settings(string config, string expected)
    {
        Assert.Equal(expected.Split('|'), Ids(Of("hugo", "title: t\n" + config, HugoBody)));
    }

    [Fact]
    public void Hugo_github_ascii_drops_accents_and_then_non_ascii_letters()
    {
        var anchors = Of("hugo", "title: t\nmarkup:\n  goldmark:\n    parser:\n      autoHeadingIDType: github-ascii\n", "## Café DFS에서\n\n## Ünïcödé ñ\n");
        Assert.Equal(["cafe-dfs", "unicode-n"], Ids(anchors));
    }

    [Theory]
    [InlineData("astro", "src/content/blog/a.md", "Astro")]
    [InlineData("jekyll-no-ids", Post, "Markdown")]
    public void The_renderer_is_named_in_messages(string kind, string path, string renderer)
    {
        using var site = new TempSite(kind == "astro" ? "astro" : "jekyll");
        if (kind == "jekyll-no-ids")
        {
            site.Write("_config.yml", "title: t\nkramdown:\n  auto_ids: false\n");
        }

        site.Write(path, "---\ntitle: t\n---\n[x](#ab)\n\n<span id=\"a\u200Bb\">x</span>\n");
        Assert.Equal(
            [$"link '#ab' matches no heading or id of this page; the element has the id 'a%E2%80%8Bb', which holds an invisible U+200B (an emoji's variation selector) that {renderer} keeps: write '#a%E2%80%8Bb'"],
            RuleHarness.LintFile(site, path, "broken-fragment").Select(d => d.Message));
    }

    private const string Post = "_posts/2025-03-01-post.md";
}
