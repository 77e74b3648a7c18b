using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL303BrokenFragmentTests
{
    private const string Post = "_posts/2025-03-01-post.md";

    private static string[] Lint(TempSite site, string path = Post)
        => RuleHarness.LintFile(site, path, "broken-fragment").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();

    /// <summary>A kramdown-GFM site, a kramdown site, a Hugo site and a GitHub folder; each id checked against the real build.</summary>
    [Fact]
    public void Fixture_sites_report_exactly_the_broken_fragments() =>
        RuleFixture.Verify("PL303-broken-fragment", "broken-fragment");

    [Fact]
    public void Invisible_variation_selector_is_named_in_words_with_the_fragment_that_works()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n[사랑](#-사랑)\n\n## ❤️ 사랑\n");
        Assert.Equal(
            ["4:6 link '#-사랑' matches no heading or id of this page; the heading '❤️ 사랑' has the id '%EF%B8%8F-사랑', which holds an invisible U+FE0F (an emoji's variation selector) that kramdown (GFM) keeps: write '#%EF%B8%8F-사랑', or remove the emoji from the heading"],
            Lint(site));
    }

    [Fact]
    public void Id_of_another_renderer_names_the_id_this_site_makes()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nkramdown:\n  input: kramdown\n");
        site.Write(Post, "---\ntitle: t\n---\n[DFS](#dfs에서-시간-단축하기)\n\n## DFS에서 시간 단축하기\n");
        Assert.Equal(
            ["4:7 link '#dfs에서-시간-단축하기' matches no heading or id of this page: 'dfs에서-시간-단축하기' is the id GitHub makes of the heading 'DFS에서 시간 단축하기', but kramdown makes 'dfs--'; write '#dfs--'"],
            Lint(site));
    }

    [Fact]
    public void Near_miss_gets_did_you_mean_and_a_decoded_fragment_is_shown()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n[설치](#%EC%84%A4%EC%B9%98%EB%B0%A9%EB%B2%95)\n\n## 설치 방법\n");
        Assert.Equal(
            ["4:6 link '#%EC%84%A4%EC%B9%98%EB%B0%A9%EB%B2%95' (#설치방법) matches no heading or id of this page; did you mean '#설치-방법' (the heading '설치 방법')?"],
            Lint(site));
    }

    [Fact]
    public void A_decomposed_fragment_gets_the_composed_heading_id_it_differs_from_only_in_form()
    {
        // A fragment typed on a Mac may be NFD; the id kramdown writes from an NFC heading is NFC, and the browser does
        // not normalize: the link is broken, and the id it meant is the one that differs only in form.
        var nfd = "\u1109\u1165\u11AF\u110E\u1175-\u1107\u1161\u11BC\u1107\u1165\u11B8"; // 설치-방법, decomposed
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n[설치](#" + nfd + ")\n\n## 설치 방법\n");
        var found = Assert.Single(Lint(site));
        Assert.EndsWith("matches no heading or id of this page; did you mean '#설치-방법' (the heading '설치 방법')?", found);
    }

    [Theory]
    [InlineData("", "#dfs에서-시간-단축하기", "#dfs--")]
    [InlineData("autoHeadingIDType = \"github-ascii\"", "#cafe-dfs", "#café-dfs에서")]             // Hugo 0.111.3: id="cafe-dfs"
    [InlineData("autoHeadingIDType = \"blackfriday\"", "#café-dfs에서-시간", "#café-dfs에서-시간-")]
    public void Hugo_heading_id_type_comes_from_the_markup_config(string setting, string ok, string broken)
    {
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", $"title = 't'\n[markup.goldmark.parser]\n{setting}\n");
        var heading = setting.Length == 0 ? "## DFS에서 시간 단축하기" : setting.Contains("ascii", StringComparison.Ordinal) ? "## Café DFS에서" : "## Café -- DFS에서 (시간)";
        site.Write("content/posts/a.md", $"---\ntitle: t\n---\n[ok]({ok}) [broken]({broken})\n\n{heading}\n");
        var found = Assert.Single(Lint(site, "content/posts/a.md"));
        Assert.Contains($" link '{broken}' matches", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Heading_built_by_liquid_or_a_commonmark_jekyll_site_is_not_checked()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n[x](#nowhere)\n\n## {{ page.title }}\n");
        Assert.Empty(Lint(site));

        using var commonmark = new TempSite();
        commonmark.Write("_config.yml", "title: t\nmarkdown: CommonMarkGhPages\n");
        commonmark.Write(Post, "---\ntitle: t\n---\n[x](#nowhere)\n");
        Assert.Empty(Lint(commonmark));
    }

    [Fact]
    public void Kramdown_options_turn_ids_off_or_prefix_them()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nkramdown:\n  auto_ids: false\n");
        site.Write(Post, "---\ntitle: t\n---\n[x](#설치) [y](#own)\n\n## 설치\n\n## Own {#own}\n");
        Assert.Equal(["4:5 link '#설치' matches no heading or id of this page"], Lint(site));
    }

    /// <summary>
    /// Every way of writing a link into the page is read, each the only one in its post: the quick scan for a link
    /// start must not skip it. The body starts with a heading's '#', the first character the scan looks at.
    /// </summary>
    [Theory]
    [InlineData("[설치](<#없는-곳>)", "6:7 link '#없는-곳' matches no heading or id of this page")]
    [InlineData("[설치][r]\n\n[r]: #없는-곳", "8:6 link '#없는-곳' matches no heading or id of this page")]
    [InlineData("[설치][r]\n\n[r]:#없는-곳", "8:5 link '#없는-곳' matches no heading or id of this page")]
    [InlineData("<a href=\"#no-where\">설치</a>", "6:10 link '#no-where' matches no heading or id of this page")]
    [InlineData("<a href='#no-where'>설치</a>", "6:10 link '#no-where' matches no heading or id of this page")]
    [InlineData("<a href=#no-where>설치</a>", "6:9 link '#no-where' matches no heading or id of this page")]
    public void Each_kind_of_link_into_the_page_is_checked(string link, string expected)
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n## 개요\n\n" + link + "\n");
        Assert.Equal([expected], Lint(site));
    }

    [Fact]
    public void One_character_fragments_are_checked_and_a_bare_hash_or_liquid_is_not()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n[a](#a) [맨 위](#) [b](#{{page.anchor}}) [c](#{%raw%}c{%endraw%})\n\n## 개요\n");
        Assert.Equal("4:5 link '#a' matches no heading or id of this page", string.Join("\n", Lint(site)));
    }

    [Fact]
    public void Body_starting_with_an_indented_heading_is_read()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n # 개요\n\n[개요](#개요) [설치](#설치)\n");
        Assert.Equal(["6:16 link '#설치' matches no heading or id of this page"], Lint(site));
    }

    [Fact]
    public void Post_ending_in_a_hash_without_any_link_is_fine()
    {
        using var site = new TempSite();
        site.Write(Post, "---\ntitle: t\n---\n## C#\n\nC와 C#");
        Assert.Empty(Lint(site));
    }

    [Theory]
    [InlineData(HeadingIdStyle.KramdownGfm, "C++ & C# 비교 (2024)!", "c--c-비교-2024")]
    [InlineData(HeadingIdStyle.KramdownGfm, "Tab\there", "tab-here")]
    [InlineData(HeadingIdStyle.Kramdown, "1. 첫 번째", "")]
    [InlineData(HeadingIdStyle.Kramdown, "가_나 under_score", "underscore")]
    [InlineData(HeadingIdStyle.GoldmarkGitHub, "Tab\there", "tabhere")]
    [InlineData(HeadingIdStyle.GitHubSlugger, "x² y½ Ⅻ", "x-y-ⅻ")]
    [InlineData(HeadingIdStyle.GoldmarkGitHub, "x² y½ Ⅻ", "x-y-")]
    public void Base_ids_match_the_real_renderers(HeadingIdStyle style, string text, string id) =>
        Assert.Equal(id, HeadingIds.Base(new HeadingIdScheme(style), text));

    [Fact]
    public void Repeats_are_numbered_as_each_renderer_does()
    {
        string[] texts = ["Hello World", "Hello World", "hello-world-1", ""];
        string[] Ids(HeadingIdStyle style)
        {
            var n = new HeadingIds.Numbering(new HeadingIdScheme(style));
            return texts.Select(n.Next).ToArray();
        }

        Assert.Equal(["hello-world", "hello-world-1", "hello-world-1", ""], Ids(HeadingIdStyle.KramdownGfm));
        Assert.Equal(["hello-world", "hello-world-1", "hello-world-1", "section"], Ids(HeadingIdStyle.Kramdown));
        Assert.Equal(["hello-world", "hello-world-1", "hello-world-1-1", "heading"], Ids(HeadingIdStyle.GoldmarkGitHub));
        Assert.Equal(["hello-world", "hello-world-1", "hello-world-1-1", ""], Ids(HeadingIdStyle.GitHubSlugger));
    }

    [Fact]
    public void Scheme_follows_the_site_config()
    {
        Assert.Equal(HeadingIdStyle.GitHubSlugger, HeadingIds.For(new Site(SiteKind.Astro, "/", "/", "", null, null))!.Style);
        Assert.Equal(HeadingIdStyle.GitHubView, HeadingIds.For(Site.Plain("/"))!.Style);
        Assert.Equal(HeadingIdStyle.KramdownGfm, HeadingIds.For(new Site(SiteKind.Jekyll, "/", "/", "", null, null))!.Style);
    }
}
