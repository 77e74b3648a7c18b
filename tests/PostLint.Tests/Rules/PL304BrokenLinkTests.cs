using PostLint.Configuration;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL304BrokenLinkTests
{
    private static string[] Lint(TempSite site, string path)
        => RuleHarness.LintFile(site, path, "broken-link").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message}").ToArray();

    /// <summary>Each finding with its whole range: "line:column-line:column severity message".</summary>
    private static string[] Spans(TempSite site, string path)
        => RuleHarness.LintFile(site, path, "broken-link").Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message}").ToArray();

    /// <summary>A Jekyll site (post_url, link, relative links of pages), a Hugo site (ref, relref) and a GitHub folder.</summary>
    [Theory]
    [InlineData("[a](b.md)", true)]
    [InlineData("[a](b.MD#x)", true)]
    [InlineData("see notes.Mkd", true)]
    [InlineData("x.mkdn and y.MKDOWN", true)]
    [InlineData("guide.MarkDown", true)]
    [InlineData("guide.markdow", false)]
    [InlineData("guide.mk", false)]
    [InlineData("a.m", false)]
    [InlineData("end.", false)]
    [InlineData("..md", true)]
    [InlineData("v1.2.3 m.d .mx .kd", false)]
    [InlineData("\u212Akd .m\u212Ad", false)]
    public void The_Markdown_hint_holds_md_mkd_or_markdown_in_any_case(string text, bool expected) =>
        Assert.Equal(expected, PostLint.Rules.Links.PL304BrokenLink.MayNameMarkdownFile(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Fact]
    public void The_Markdown_hint_agrees_with_a_case_insensitive_search_for_its_three_forms()
    {
        // Random text over the letters that matter, a Kelvin sign (OrdinalIgnoreCase does not fold it to 'k') and a space.
        var forms = System.Buffers.SearchValues.Create([".md", ".mkd", ".markdown"], StringComparison.OrdinalIgnoreCase);
        const string Letters = "...mmMMddDDkKaArwnox \u212A";
        var random = new Random(20261203);
        var agreed = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 32)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            Assert.True(
                text.AsSpan().ContainsAny(forms) == PostLint.Rules.Links.PL304BrokenLink.MayNameMarkdownFile(text),
                $"'{text}'");
            agreed += text.AsSpan().ContainsAny(forms) ? 1 : 0;
        }

        // The random texts hold the forms often enough to test both answers.
        Assert.InRange(agreed, 500, 19_500);
    }

    [Fact]
    public void Fixture_sites_report_exactly_the_broken_links() =>
        RuleFixture.Verify("PL304-broken-link", "broken-link");

    [Fact]
    public void Hugo_lower_cases_page_paths_but_not_url_unless_disable_path_to_lower_is_set()
    {
        // Hugo 0.111 builds content/Tech/MyPost.md at /tech/mypost/, slug: MySlug at /posts/myslug/, url: /Custom/ as written.
        using var site = new TempSite("hugo");
        site.Write("content/Tech/MyPost.md", "---\ntitle: a\n---\n본문\n");
        site.Write("content/posts/s.md", "---\ntitle: s\nslug: MySlug\n---\n본문\n");
        site.Write("content/posts/u.md", "---\ntitle: u\nurl: /Custom/Path/\n---\n본문\n");
        site.Write("content/posts/b.md", "---\ntitle: b\n---\n[1](/tech/mypost/) [2](/posts/myslug/) [3](/Custom/Path/) [4](/Tech/MyPost/)\n");
        Assert.Equal(
            ["4:63 warning link '/Tech/MyPost/' leads to no page of the site; did you mean '/tech/mypost/' (content/Tech/MyPost.md)?"],
            Lint(site, "content/posts/b.md"));

        site.Write("hugo.toml", "title = 't'\ndisablePathToLower = true\n");
        Assert.Equal(
            [
                "4:5 warning link '/tech/mypost/' leads to no page of the site; did you mean '/Tech/MyPost/' (content/Tech/MyPost.md)?",
                "4:24 warning link '/posts/myslug/' leads to no page of the site; did you mean '/posts/MySlug/' (content/posts/s.md)?",
            ],
            Lint(site, "content/posts/b.md"));
    }

    [Fact]
    public void Hugo_content_mounted_from_another_folder_is_published_from_that_folder()
    {
        // Hugo's own docs: [[module.mounts]] source = 'content/en', target = 'content' replaces the default content mount.
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", "title = 't'\n[module]\n  [[module.mounts]]\n    source = 'assets'\n    target = 'assets'\n  [[module.mounts]]\n    source = 'content/en'\n    target = 'content'\n");
        site.Write("content/en/posts/a.md", "---\ntitle: a\n---\n## 설치\n");
        site.Write("content/en/posts/b.md", "---\ntitle: b\n---\n[ok](/posts/a/#설치) [typo](/posts/aa/)\n");
        Assert.Equal(
            ["4:27 warning link '/posts/aa/' leads to no page of the site; did you mean '/posts/a/' (content/en/posts/a.md)?"],
            Lint(site, "content/en/posts/b.md"));
    }

    [Theory]
    [InlineData("published: no\n", "published: no")]
    [InlineData("draft: yes\n", "draft: yes")]
    [InlineData("published: \"f\"\n", "published: f")]
    public void A_hugo_draft_is_named_by_the_key_that_made_it_one_as_written(string frontMatter, string reason)
    {
        // Hugo 0.111 reads these as booleans (go-yaml v2's YAML 1.1 words, then Go's ParseBool): each page is a draft.
        using var site = new TempSite("hugo");
        site.Write("content/posts/draft.md", "---\ntitle: d\n" + frontMatter + "---\n본문\n");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n[1](/posts/draft/)\n");
        Assert.Equal(
            [$"content/posts/a.md:4:5: warning PL304 broken-link: link '/posts/draft/' leads to content/posts/draft.md, which Hugo does not publish ({reason}): no page is written there"],
            site.Run("content/posts/a.md", "--select", "broken-link", "--quiet").Findings);
    }

    [Fact]
    public void A_ref_whose_name_is_followed_by_a_tab_or_a_line_break_is_checked()
    {
        // Checked with Hugo 0.111.3: both shortcodes are read, and each stops the build with REF_NOT_FOUND.
        using var site = new TempSite("hugo");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\nA [x]({{< ref\t\"nope\" >}})\n");
        site.Write("content/posts/c.md", "---\ntitle: c\n---\nB [글]({{< relref\n\"없는-글\" >}})\n");
        Assert.Equal(
            [
                "content/posts/a.md:4:7: error PL304 broken-link: ref \"nope\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/c.md:4:7: error PL304 broken-link: relref \"없는-글\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
            ],
            site.Run("content/posts/a.md", "content/posts/c.md", "--select", "broken-link", "--quiet").Findings);
    }

    [Fact]
    public void Hugo_leaves_drafts_pages_to_come_and_expired_pages_out_so_a_ref_to_one_stops_the_build()
    {
        // Checked with Hugo 0.111: REF_NOT_FOUND for each, unless the page with the ref is not built either; hugo -D
        // (--drafts) builds drafts.
        using var site = new TempSite("hugo");
        site.Write("content/posts/draft.md", "---\ntitle: d\ndraft: true\n---\n## 할 일\n");
        site.Write("content/posts/later.md", "---\ntitle: l\npublishDate: 2099-01-01\n---\n본문\n");
        site.Write("content/posts/over.md", "+++\ntitle = 'o'\nexpiryDate = 2021-01-01\n+++\n본문\n");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n[1]({{< ref \"draft.md\" >}}) [2]({{< relref \"later\" >}}) [3]({{< ref \"/posts/over.md\" >}}) [4](/posts/draft/#할-일)\n");
        site.Write("content/posts/b.md", "---\ntitle: b\nDraft: true\n---\n[1]({{< ref \"draft.md\" >}}) [2](/posts/later/)\n");
        string[] rules = ["--select", "broken-link", "--quiet"];
        Assert.Equal(
            [
                "content/posts/a.md:4:5: error PL304 broken-link: ref \"draft.md\" names content/posts/draft.md, which Hugo does not publish (draft: true), so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/a.md:4:33: error PL304 broken-link: relref \"later\" names content/posts/later.md, which Hugo does not publish (publishDate: 2099-01-01), so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/a.md:4:61: error PL304 broken-link: ref \"/posts/over.md\" names content/posts/over.md, which Hugo does not publish (expiryDate: 2021-01-01), so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/a.md:4:95: warning PL304 broken-link: link '/posts/draft/#할-일' leads to content/posts/draft.md, which Hugo does not publish (draft: true): no page is written there",
                "content/posts/b.md:5:33: warning PL304 broken-link: link '/posts/later/' leads to content/posts/later.md, which Hugo does not publish (publishDate: 2099-01-01): no page is written there",
            ],
            site.Run(["content/posts/a.md", "content/posts/b.md", .. rules]).Findings);
        Assert.Equal(
            [
                "content/posts/a.md:4:33: error PL304 broken-link: relref \"later\" names content/posts/later.md, which Hugo does not publish (publishDate: 2099-01-01), so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/a.md:4:61: error PL304 broken-link: ref \"/posts/over.md\" names content/posts/over.md, which Hugo does not publish (expiryDate: 2021-01-01), so Hugo stops the build (REF_NOT_FOUND)",
                "content/posts/b.md:5:33: warning PL304 broken-link: link '/posts/later/' leads to content/posts/later.md, which Hugo does not publish (publishDate: 2099-01-01): no page is written there",
            ],
            site.Run(["content/posts/a.md", "content/posts/b.md", "--drafts", .. rules]).Findings);
    }

    [Fact]
    public void A_post_url_to_a_post_jekyll_leaves_out_stops_the_build()
    {
        // Checked with Jekyll 4.3: published: false and a date to come keep a post out of site.posts ("Could not find
        // post"), unless the page with the post_url is not rendered either; --drafts renders _drafts.
        using var site = new TempSite();
        site.Write("_posts/2099-01-01-later.md", "---\ntitle: l\n---\n본문\n");
        site.Write("_posts/2025-01-01-dated.md", "---\ntitle: d\ndate: 2099-02-01 10:00:00 +0900\n---\n본문\n");
        site.Write("_posts/2025-01-02-off.md", "---\ntitle: o\npublished: no\n---\n본문\n");
        site.Write("_posts/2025-01-03-now.md", "---\ntitle: n\n---\n본문\n");
        site.Write("_posts/2025-02-01-a.md",
            "---\ntitle: a\n---\n[1]({% post_url 2099-01-01-later %}) [2]({% post_url 2025-01-01-dated %}) [3]({% post_url 2025-01-02-off %}) [4]({% post_url 2025-01-03-now %})\n");
        site.Write("_drafts/b.md", "---\ntitle: b\n---\n[1]({% post_url 2099-01-01-later %})\n");
        site.Write("_posts/2099-03-01-c.md", "---\ntitle: c\n---\n[1]({% post_url 2025-01-02-off %})\n");
        string[] a =
        [
            "_posts/2025-02-01-a.md:4:5: error PL304 broken-link: {% post_url 2099-01-01-later %} names _posts/2099-01-01-later.md, which Jekyll does not publish (date: 2099-01-01), so Jekyll stops the build",
            "_posts/2025-02-01-a.md:4:42: error PL304 broken-link: {% post_url 2025-01-01-dated %} names _posts/2025-01-01-dated.md, which Jekyll does not publish (date: 2099-02-01 10:00:00 +0900), so Jekyll stops the build",
            "_posts/2025-02-01-a.md:4:79: error PL304 broken-link: {% post_url 2025-01-02-off %} names _posts/2025-01-02-off.md, which Jekyll does not publish (published: false), so Jekyll stops the build",
        ];
        string[] rules = ["--select", "broken-link", "--quiet"];
        Assert.Equal(a, site.Run(["_posts/2025-02-01-a.md", "_drafts/b.md", "_posts/2099-03-01-c.md", .. rules]).Findings);
        Assert.Equal(
            ["_drafts/b.md:4:5: error PL304 broken-link: {% post_url 2099-01-01-later %} names _posts/2099-01-01-later.md, which Jekyll does not publish (date: 2099-01-01), so Jekyll stops the build", .. a],
            site.Run(["_posts/2025-02-01-a.md", "_drafts/b.md", "_posts/2099-03-01-c.md", "--drafts", .. rules]).Findings);

        site.Write("_config.yml", "title: t\nfuture: true\n");
        Assert.Equal([a[2]], site.Run(["_posts/2025-02-01-a.md", .. rules]).Findings);
    }

    [Fact]
    public void With_drafts_a_post_url_finds_a_draft_by_its_date_and_slug_and_a_link_finds_its_page()
    {
        // Checked with Jekyll 4.3: jekyll build --drafts puts the drafts in site.posts, and post_url finds one by its
        // older matching (a deprecation warning): the date (date, else the file name's, else the file's modification
        // time) and the slug (slug, else the file name without date and extension). Its page is at the date permalink.
        using var site = new TempSite();
        site.Write("_drafts/2025-03-20-dated.md", "---\ntitle: d\n---\n## 설치 방법\n");
        site.Write("_drafts/in-front-matter.md", "---\ntitle: f\ndate: 2025-03-21 10:00:00 +0900\n---\n## Getting started\n");
        var undated = site.Write("_drafts/undated.md", "---\ntitle: u\nslug: 다른-이름\n---\n본문\n");
        File.SetLastWriteTimeUtc(undated, new DateTime(2025, 3, 22, 12, 0, 0, DateTimeKind.Utc));
        site.Write("_config.yml", "title: t\ntimezone: UTC\n");
        site.Write("_posts/2025-03-01-a.md",
            "---\ntitle: a\n---\n[1]({% post_url 2025-03-20-dated %}#설치-방법) [2]({% post_url 2025-3-21-in-front-matter %}#getting-started) [3]({% post_url 2025-03-22-다른-이름 %})\n"
            + "[4]({% post_url 2025-03-20-dated %}#설치) [5](/2025/03/20/dated.html#설치-방법) [6](/2025/03/21/in-front-matter.html#gettingstarted) [7]({% post_url 2025-03-23-다른-이름 %})\n");
        site.Write("_drafts/b.md", "---\ntitle: b\n---\n[1](/2025/03/20/dated.html)\n");
        string[] rules = ["--select", "broken-link", "--quiet"];
        Assert.Equal(
            [
                "_posts/2025-03-01-a.md:4:5: error PL304 broken-link: {% post_url 2025-03-20-dated %} names the draft _drafts/2025-03-20-dated.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
                "_posts/2025-03-01-a.md:4:48: error PL304 broken-link: {% post_url 2025-3-21-in-front-matter %} names the draft _drafts/in-front-matter.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
                "_posts/2025-03-01-a.md:4:110: error PL304 broken-link: {% post_url 2025-03-22-다른-이름 %} names the draft _drafts/undated.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
                "_posts/2025-03-01-a.md:5:5: error PL304 broken-link: {% post_url 2025-03-20-dated %} names the draft _drafts/2025-03-20-dated.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
                "_posts/2025-03-01-a.md:5:45: warning PL304 broken-link: link '/2025/03/20/dated.html#설치-방법' leads to the draft _drafts/2025-03-20-dated.md, which Jekyll builds only with --drafts: no page is written there",
                "_posts/2025-03-01-a.md:5:79: warning PL304 broken-link: link '/2025/03/21/in-front-matter.html#gettingstarted' leads to the draft _drafts/in-front-matter.md, which Jekyll builds only with --drafts: no page is written there",
                "_posts/2025-03-01-a.md:5:132: error PL304 broken-link: {% post_url 2025-03-23-다른-이름 %} names no post in _posts, so Jekyll stops the build",
            ],
            site.Run(["_posts/2025-03-01-a.md", "_drafts/b.md", .. rules]).Findings);
        Assert.Equal(
            [
                "_posts/2025-03-01-a.md:5:5: warning PL304 broken-link: link '{% post_url 2025-03-20-dated %}#설치': _drafts/2025-03-20-dated.md has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
                "_posts/2025-03-01-a.md:5:79: warning PL304 broken-link: link '/2025/03/21/in-front-matter.html#gettingstarted': _drafts/in-front-matter.md has no heading or id 'gettingstarted'; did you mean '#getting-started' (the heading 'Getting started')?",
                "_posts/2025-03-01-a.md:5:132: error PL304 broken-link: {% post_url 2025-03-23-다른-이름 %} names no post in _posts, so Jekyll stops the build",
            ],
            site.Run(["_posts/2025-03-01-a.md", "_drafts/b.md", "--drafts", .. rules]).Findings);
    }

    [Fact]
    public void A_link_to_the_url_of_an_unpublished_or_future_post_leads_nowhere_unless_jekyll_builds_it()
    {
        // Checked with Jekyll 4.3 (oracle site jekyll-gfm): jekyll build writes no page for published: false (pages
        // too) or a post dated later than the build, so a link to the URL it would have gets a 404.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\ntimezone: UTC\n");
        site.Write("_posts/2025-03-02-off.md", "---\ntitle: o\npublished: no\n---\n## 소개\n[다음 글](/2099/07/08/later.html#intro)\n");
        site.Write("_posts/2025-03-03-later.md", "---\ntitle: l\ndate: Jul 08 2099 10:00\n---\n## Intro\n[보류한 글](/2025/03/02/off.html)\n");
        site.Write("about.md", "---\ntitle: about\npublished: false\n---\n소개\n");
        site.Write("_posts/2025-03-04-a.md",
            "---\ntitle: a\n---\n[1](/2025/03/02/off.html#소개) [2](/2099/07/08/later.html#intro) [3](/about.html) [4](/2025/03/04/a.html#top)\n");
        string[] rules = ["--select", "broken-link", "--quiet"];
        Assert.Equal(
            [
                "_posts/2025-03-02-off.md:6:8: warning PL304 broken-link: link '/2099/07/08/later.html#intro' leads to _posts/2025-03-03-later.md, which Jekyll does not publish (date: Jul 08 2099 10:00): no page is written there",
                "_posts/2025-03-03-later.md:6:9: warning PL304 broken-link: link '/2025/03/02/off.html' leads to _posts/2025-03-02-off.md, which Jekyll does not publish (published: false): no page is written there",
                "_posts/2025-03-04-a.md:4:5: warning PL304 broken-link: link '/2025/03/02/off.html#소개' leads to _posts/2025-03-02-off.md, which Jekyll does not publish (published: false): no page is written there",
                "_posts/2025-03-04-a.md:4:34: warning PL304 broken-link: link '/2099/07/08/later.html#intro' leads to _posts/2025-03-03-later.md, which Jekyll does not publish (date: Jul 08 2099 10:00): no page is written there",
                "_posts/2025-03-04-a.md:4:68: warning PL304 broken-link: link '/about.html' leads to about.md, which Jekyll does not publish (published: false): no page is written there",
            ],
            site.Run(["_posts/2025-03-02-off.md", "_posts/2025-03-03-later.md", "_posts/2025-03-04-a.md", .. rules]).Findings);

        // future: true builds the later post; a post linking to one left out the same way is built with it.
        site.Write("_config.yml", "title: t\ntimezone: UTC\nfuture: true\n");
        site.Write("_posts/2025-03-05-off-too.md", "---\ntitle: o2\npublished: false\n---\n[보류한 글](/2025/03/02/off.html)\n");
        Assert.Equal(
            [
                "_posts/2025-03-03-later.md:6:9: warning PL304 broken-link: link '/2025/03/02/off.html' leads to _posts/2025-03-02-off.md, which Jekyll does not publish (published: false): no page is written there",
                "_posts/2025-03-04-a.md:4:5: warning PL304 broken-link: link '/2025/03/02/off.html#소개' leads to _posts/2025-03-02-off.md, which Jekyll does not publish (published: false): no page is written there",
                "_posts/2025-03-04-a.md:4:68: warning PL304 broken-link: link '/about.html' leads to about.md, which Jekyll does not publish (published: false): no page is written there",
            ],
            site.Run(["_posts", .. rules]).Findings);
    }

    [Fact]
    public void A_post_url_or_link_to_nothing_in_a_page_jekyll_skips_stops_the_build_only_when_it_builds_that_page()
    {
        // Checked with Jekyll 4.3: Liquid runs when a page is rendered; a draft's post_url to no post stops
        // jekyll build --drafts only, an unpublished post's --unpublished only, a future post's --future only.
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-now.md", "---\ntitle: n\n---\n본문\n");
        const string Body = "[1]({% post_url 2025-01-01-nov %}) [2]({% link nope.md %})\n";
        site.Write("_drafts/d.md", "---\ntitle: d\n---\n" + Body);
        site.Write("_posts/2025-01-02-off.md", "---\ntitle: o\npublished: false\n---\n" + Body);
        site.Write("_posts/2099-01-01-later.md", "---\ntitle: l\n---\n" + Body);
        string[] files = ["_drafts/d.md", "_posts/2025-01-02-off.md", "_posts/2099-01-01-later.md", "--select", "broken-link", "--quiet"];
        Assert.Equal(
            [
                "_drafts/d.md:4:5: warning PL304 broken-link: {% post_url 2025-01-01-nov %} names no post in _posts: Jekyll skips this page now (_drafts/) but stops the build when it builds drafts (jekyll build --drafts); did you mean '2025-01-01-now'",
                "_drafts/d.md:4:40: warning PL304 broken-link: {% link nope.md %} names no file of the site: Jekyll skips this page now (_drafts/) but stops the build when it builds drafts (jekyll build --drafts)",
                "_posts/2025-01-02-off.md:5:5: warning PL304 broken-link: {% post_url 2025-01-01-nov %} names no post in _posts: Jekyll skips this page now (published: false) but stops the build when it builds unpublished pages (--unpublished); did you mean '2025-01-01-now'",
                "_posts/2025-01-02-off.md:5:40: warning PL304 broken-link: {% link nope.md %} names no file of the site: Jekyll skips this page now (published: false) but stops the build when it builds unpublished pages (--unpublished)",
                "_posts/2099-01-01-later.md:4:5: warning PL304 broken-link: {% post_url 2025-01-01-nov %} names no post in _posts: Jekyll skips this page now (date: 2099-01-01) but stops the build once the post's date has passed (or with --future); did you mean '2025-01-01-now'",
                "_posts/2099-01-01-later.md:4:40: warning PL304 broken-link: {% link nope.md %} names no file of the site: Jekyll skips this page now (date: 2099-01-01) but stops the build once the post's date has passed (or with --future)",
            ],
            site.Run(files).Findings);
        Assert.Equal(
            [
                "_drafts/d.md:4:5: error PL304 broken-link: {% post_url 2025-01-01-nov %} names no post in _posts, so Jekyll stops the build; did you mean '2025-01-01-now'",
                "_drafts/d.md:4:40: error PL304 broken-link: {% link nope.md %} names no file of the site, so Jekyll stops the build",
            ],
            site.Run([.. files, "--drafts"]).Findings.Take(2));
        Assert.Contains(
            "_drafts/d.md:4:5: warning PL304 broken-link: {% post_url 2025-01-01-nov %}에 해당하는 글이 _posts에 없습니다. Jekyll은 지금은 이 페이지를 건너뛰지만(_drafts/) 초안까지 빌드하면(jekyll build --drafts) 빌드가 멈춥니다. '2025-01-01-now'를 쓰려던 것인가요?",
            site.Run([.. files, "--lang", "ko"]).Findings);
    }

    [Fact]
    public void A_ref_to_nothing_in_a_page_hugo_skips_stops_the_build_only_when_it_builds_that_page()
    {
        // Checked with Hugo 0.111: a draft's ref to no page stops hugo -D only, a future page's hugo -F, an expired page's hugo -E.
        using var site = new TempSite("hugo");
        const string Body = "[1]({{< ref \"nope.md\" >}})\n";
        site.Write("content/posts/d.md", "---\ntitle: d\ndraft: true\n---\n" + Body);
        site.Write("content/posts/f.md", "---\ntitle: f\npublishDate: 2099-01-01\n---\n" + Body);
        site.Write("content/posts/e.md", "---\ntitle: e\nexpiryDate: 2021-01-01\n---\n" + Body);
        site.Write("content/posts/now.md", "---\ntitle: n\n---\n" + Body);
        string[] files = ["content/posts/d.md", "content/posts/e.md", "content/posts/f.md", "content/posts/now.md", "--select", "broken-link", "--quiet"];
        const string Now = "content/posts/now.md:4:5: error PL304 broken-link: ref \"nope.md\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)";
        Assert.Equal(
            [
                "content/posts/d.md:5:5: warning PL304 broken-link: ref \"nope.md\" finds no page in content/: Hugo skips this page now (draft: true) but stops the build (REF_NOT_FOUND) when it builds drafts (hugo -D)",
                "content/posts/e.md:5:5: warning PL304 broken-link: ref \"nope.md\" finds no page in content/: Hugo skips this page now (expiryDate: 2021-01-01) but stops the build (REF_NOT_FOUND) when it builds expired pages (hugo -E)",
                "content/posts/f.md:5:5: warning PL304 broken-link: ref \"nope.md\" finds no page in content/: Hugo skips this page now (publishDate: 2099-01-01) but stops the build (REF_NOT_FOUND) once the page's publish date has passed (or with hugo -F)",
                Now,
            ],
            site.Run(files).Findings);
        Assert.Equal(
            "content/posts/d.md:5:5: error PL304 broken-link: ref \"nope.md\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
            site.Run([.. files, "--drafts"]).Findings[0]);
        Assert.Equal(
            "content/posts/d.md:5:5: warning PL304 broken-link: ref \"nope.md\"에 해당하는 페이지가 content/에 없습니다. Hugo는 지금은 이 페이지를 건너뛰지만(draft: true) 초안까지 빌드하면(hugo -D) 빌드가 멈춥니다(REF_NOT_FOUND)",
            site.Run([.. files, "--lang", "ko"]).Findings[0]);
    }

    [Fact]
    public void Missing_post_stops_the_jekyll_build_and_the_closest_post_is_named()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-10-dfs.md", "---\ntitle: a\n---\n본문\n");
        site.Write("_posts/2025-02-01-b.md", "---\ntitle: b\n---\n[글]({% post_url 2025-01-10-dsf %})\n");
        Assert.Equal(["4:5 error {% post_url 2025-01-10-dsf %} names no post in _posts, so Jekyll stops the build; did you mean '2025-01-10-dfs'"], Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void Fragment_on_another_page_uses_that_pages_ids_as_the_renderer_makes_them()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nkramdown:\n  input: kramdown\n");
        site.Write("_posts/2025-01-10-dfs.md", "---\ntitle: a\n---\n## DFS에서 시간 단축하기\n");
        site.Write("_posts/2025-02-01-b.md", "---\ntitle: b\n---\n[절]({% post_url 2025-01-10-dfs %}#dfs에서-시간-단축하기) [맞음]({% post_url 2025-01-10-dfs %}#dfs--)\n");
        var found = Assert.Single(Lint(site, "_posts/2025-02-01-b.md"));
        Assert.EndsWith("_posts/2025-01-10-dfs.md has no heading or id 'dfs에서-시간-단축하기': 'dfs에서-시간-단축하기' is the id GitHub makes of the heading 'DFS에서 시간 단축하기', but kramdown makes 'dfs--'; write '#dfs--'", found, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_links_of_posts_are_checked_only_when_jekyll_relative_links_rewrites_them()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nrelative_links:\n  collections: true\n");
        site.Write("_posts/2025-02-01-b.md", "---\ntitle: b\n---\n[없음](2025-01-01-none.md)\n");
        Assert.Single(Lint(site, "_posts/2025-02-01-b.md"));

        site.Write("_config.yml", "title: t\nplugins: [jekyll-archives]\n");
        Assert.Empty(Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_page_whose_ids_liquid_writes_in_a_loop_has_any_id()
    {
        // From a real blog: search/index.html writes one <h2 id="{{ tag[0] }}"> per tag of the site.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nurl: https://me.github.io\n");
        site.Write("search/index.html", "---\ntitle: 검색\n---\n{% for tag in site.tags %}\n  <h2 id=\"{{ tag[0] }}\">{{ tag[0] | capitalize }}</h2>\n{% endfor %}\n");
        site.Write("tags/index.html", "---\ntitle: Tags\n---\n<h2 id=\"python\">Python</h2>\n");
        site.Write("_posts/2024-02-01-b.md", """
            ---
            title: b
            ---
            [CS50](https://me.github.io/search/#CS50) [자바](/search/index.html#자바) [python](/tags/#python) [없음](/tags/#없음)
            """);
        Assert.Equal(
            ["4:100 warning link '/tags/#없음': tags/index.html has no heading or id '없음'"],
            Lint(site, "_posts/2024-02-01-b.md"));
    }

    [Fact]
    public void Links_by_url_follow_the_base_path_and_liquid_and_stay_silent_on_generated_pages()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nbaseurl: /blog\nurl: https://me.github.io\npermalink: /:categories/:title/\n");
        site.Write("_posts/2024-01-01-dfs-pruning.md", "---\ntitle: a\ncategories: [algo]\n---\n## 가지치기\n");
        site.Write("_posts/2024-02-01-b.md", """
            ---
            title: b
            ---
            [ok]({{ site.baseurl }}/algo/dfs-pruning/#가지치기) [ok]({{ '/algo/dfs-pruning/' | relative_url }}) [tags](/blog/tags/dfs-pruning/)
            [no base](/algo/dfs-pruning/) [own host](https://me.github.io/blog/algo/dfs-pruning/#없음) [moved](/blog/tech/dfs-pruning/)
            """);
        Assert.Equal(
        [
            "5:11 warning link '/algo/dfs-pruning/' leaves out the site's base path /blog: the page is published at /blog/algo/dfs-pruning/, and the link leads outside the site; write '{{ site.baseurl }}/algo/dfs-pruning/' or '/blog/algo/dfs-pruning/'",
            "5:42 warning link 'https://me.github.io/blog/algo/dfs-pruning/#없음': _posts/2024-01-01-dfs-pruning.md has no heading or id '없음'",
            "5:98 warning link '/blog/tech/dfs-pruning/' leads to no page of the site; did you mean '/blog/algo/dfs-pruning/' (_posts/2024-01-01-dfs-pruning.md)?",
        ], Lint(site, "_posts/2024-02-01-b.md"));
    }

    [Fact]
    public void A_post_whose_only_links_are_to_markdown_extension_files_is_checked_too()
    {
        // The quick test for "may hold a link to a Markdown file" looked for ".md", which ".markdown" does not contain.
        using var site = new TempSite("none");
        site.Write("docs/guide.markdown", "# Guide\n\n## 설치 방법\n");
        site.Write("docs/a.md", "[g](guide.markdown#설치-방법) [없음](gide.markdown) [절](guide.markdown#설치)\n");
        Assert.Equal(
        [
            "1:32 warning link 'gide.markdown' leads nowhere: no file docs/gide.markdown in the site; did you mean 'docs/guide.markdown'",
            "1:51 warning link 'guide.markdown#설치': docs/guide.markdown has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
        ], Lint(site, "docs/a.md"));
    }

    [Fact]
    public void A_relative_link_is_judged_when_it_names_a_file_the_site_renders_as_markdown()
    {
        // GitHub's view renders .mkd, .mkdn, .mdown and .mdwn as Markdown too; Jekyll's markdown_ext default is
        // markdown,mkdown,mkdn,mkd,md, and a site may set its own.
        using var site = new TempSite("none");
        site.Write("docs/guide.mkd", "# Guide\n\n## 설치 방법\n");
        site.Write("docs/a.md", "[g](guide.mkd#설치-방법) [없음](gide.mkdn) [절](guide.mkd#설치) [mdwn](notes.MDWN) [txt](notes.txt)\n");
        Assert.Equal(
        [
            "1:27 warning link 'gide.mkdn' leads nowhere: no file docs/gide.mkdn in the site; did you mean 'docs/guide.mkd'",
            "1:42 warning link 'guide.mkd#설치': docs/guide.mkd has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
            "1:63 warning link 'notes.MDWN' leads nowhere: no file docs/notes.MDWN in the site",
        ], Lint(site, "docs/a.md"));

        using var jekyll = new TempSite();
        jekyll.Write("about.md", "---\ntitle: 소개\n---\n[없음](guide.mkd) [없음](guide.mdown)\n");
        Assert.Equal(["4:6 warning link 'guide.mkd' leads nowhere: no file guide.mkd in the site"], Lint(jekyll, "about.md"));
        jekyll.Write("_config.yml", "title: t\nmarkdown_ext: \"md, mdown\"\n");
        Assert.Equal(["4:22 warning link 'guide.mdown' leads nowhere: no file guide.mdown in the site"], Lint(jekyll, "about.md"));
    }

    /// <summary>
    /// The relative links of a run are resolved once per folder and target and a linked page's ids once per page: each
    /// post still gets exactly the findings it gets when linted alone, from any folder, whatever the order the threads
    /// take the files in, and a fragment into a page linted in the same run is judged as one into a page that is not.
    /// </summary>
    [Fact]
    public void A_run_resolves_each_relative_link_as_each_post_linted_alone_does()
    {
        using var site = new TempSite("none");
        site.Write("docs/guide.md", "# Guide\n\n## 설치 방법\n\n[self](guide.md#설치-방법) [self](guide.md#install)\n");
        site.Write("docs/a.md", "[g](guide.md) [절](guide.md#설치) [case](Guide.md) [없음](gide.md)\n");
        site.Write("docs/b.md", "[g](./guide.md) [절](guide.md#설치) [case](Guide.md) [없음](gide.md)\n");
        site.Write("notes/c.md", "[g](../docs/guide.md#설치-방법) [절](../docs//guide.md#설치) [case](../Docs/guide.md) [escaped](../docs/%EC%84%A4%EB%AA%85.md) [above](../../guide.md) [around](../notes/../docs/guide.md#setup)\n");
        string[] files = ["docs/a.md", "docs/b.md", "docs/guide.md", "notes/c.md"];

        Assert.Equal(
        [
            "1:19 warning link 'guide.md#설치': docs/guide.md has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
            "1:39 warning link 'Guide.md' names docs/Guide.md, which is docs/guide.md on disk: GitHub tells letter case and Unicode forms apart, so the link leads nowhere there",
            "1:54 warning link 'gide.md' leads nowhere: no file docs/gide.md in the site; did you mean 'docs/guide.md'",
        ], Lint(site, "docs/a.md"));
        Assert.Equal(
        [
            "1:33 warning link '../docs//guide.md#설치': docs/guide.md has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
            "1:62 warning link '../Docs/guide.md' names Docs/guide.md, which is docs/guide.md on disk: GitHub tells letter case and Unicode forms apart, so the link leads nowhere there",
            "1:90 warning link '../docs/%EC%84%A4%EB%AA%85.md' leads nowhere: no file docs/설명.md in the site",
            "1:154 warning link '../notes/../docs/guide.md#setup': docs/guide.md has no heading or id 'setup'",
        ], Lint(site, "notes/c.md"));

        foreach (var parallelism in new[] { 1, 2 })
        {
            foreach (var order in new[] { files, files.Reverse().ToArray() })
            {
                var run = RuleHarness.LintRun(site, order, "broken-link", parallelism);
                foreach (var file in files)
                {
                    Assert.Equal(Lint(site, file), run[file].Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message}"));
                }
            }
        }
    }

    [Fact]
    public void A_hugo_ref_finds_sections_relative_paths_html_files_and_unique_bare_names()
    {
        // Checked with Hugo 0.111: each of [1] to [6] links to its page; "../../x" is x at the top of content/ (Hugo
        // keeps a '..' above it there), which does not exist, and "note" names two pages (ambiguous): both REF_NOT_FOUND.
        using var site = new TempSite("hugo");
        site.Write("content/posts/bundle/index.md", "---\ntitle: b\n---\n## Install\n");
        site.Write("content/docs/_index.md", "---\ntitle: d\n---\n");
        site.Write("content/docs/setup.md", "---\ntitle: s\n---\n## 설치\n");
        site.Write("content/posts/old.html", "---\ntitle: o\n---\n<h2 id=\"intro\">Intro</h2>\n");
        site.Write("content/a/note.md", "---\ntitle: n\n---\n");
        site.Write("content/b/note.md", "---\ntitle: n\n---\n");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n[1]({{< ref \"bundle#\" >}}) [2]({{< ref \"/docs\" >}}) [3]({{< ref \"../docs/setup#설치\" >}}) [4]({{< ref \"setup\" >}})\n"
            + "[5]({{< ref \"old.html#intro\" >}}) [6]({{% relref \"/docs/setup.md\" %}}) [7]({{< ref \"../../x\" >}}) [8]({{< ref \"note\" >}})\n"
            + "[9]({{< ref \"bundle\" >}}#없음) [10]({{< ref \"setup\" >}}#설치) [11]({{< ref \"old.html\" >}}#outro)\n");
        Assert.Equal(
            [
                "5:76-5:97 error ref \"../../x\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
                "5:103-5:121 error ref \"note\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
                "6:5-6:28 warning link '{{< ref \"bundle\" >}}#없음': content/posts/bundle/index.md has no heading or id '없음'",
                "6:64-6:92 warning link '{{< ref \"old.html\" >}}#outro': content/posts/old.html has no heading or id 'outro'",
            ],
            Spans(site, "content/posts/a.md"));
    }

    [Fact]
    public void A_jekyll_link_tag_is_checked_for_its_file_and_fragment_outside_raw_and_comment_blocks()
    {
        // Jekyll 4.3: {% link %} to no file stops the build ("Could not find document"); a raw or comment block is
        // never run, and a path made by Liquid is known only when it runs.
        using var site = new TempSite();
        site.Write("docs/guide.md", "---\ntitle: 안내서\n---\n## 설치 방법\n");
        site.Write("_posts/2025-02-01-b.md",
            "---\ntitle: b\n---\n[1]({% link docs/guide.md %}#설치-방법) [2]({% link docs/guide.md %}#설치) [3]({% link docs/gide.md %}) [4]({% link doc/guide.md %})\n"
            + "{% raw %}[5]({% link nope.md %}){% endraw %} {% comment %}[6]({% link nope.md %}){% endcomment %} [7]({% link {{ page.guide }} %})\n");
        Assert.Equal(
            [
                "4:41-4:68 warning link '{% link docs/guide.md %}#설치': docs/guide.md has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?",
                "4:74-4:97 error {% link docs/gide.md %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
                "4:103-4:126 error {% link doc/guide.md %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
            ],
            Spans(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void Links_by_url_with_the_base_path_the_site_host_in_any_case_and_liquid_are_checked_for_their_fragment()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nbaseurl: /blog\nurl: https://me.github.io\npermalink: /:categories/:title/\n");
        site.Write("_posts/2024-01-01-dfs-pruning.md", "---\ntitle: a\ncategories: [algo]\n---\n## 가지치기\n");
        site.Write("_posts/2024-02-01-b.md", """
            ---
            title: b
            ---
            [1](HTTPS://Me.GitHub.io/blog/algo/dfs-pruning/#없음) [2]({{ '/algo/dfs-pruning/' | relative_url }}#pruning) [3]({{ site.baseurl }}/algo/dfs-pruning/#가지)
            [4](/blog) [5](/blog/) [6](/blog/algo/dfs-pruning/#) [7]({{ site.baseurl }}/algo/{{ page.x }}/) {% raw %}[8]({{ site.baseurl }}/algo/dfs-prunin/){% endraw %}
            [9](/blog/algo/dfs-pruning/?q=1#가지치기) [10](/blog/algo/dfs-pruning/?q=#없음)
            """);
        Assert.Equal(
            [
                "4:5-4:51 warning link 'HTTPS://Me.GitHub.io/blog/algo/dfs-pruning/#없음': _posts/2024-01-01-dfs-pruning.md has no heading or id '없음'",
                "4:57-4:106 warning link '{{ '/algo/dfs-pruning/' | relative_url }}#pruning': _posts/2024-01-01-dfs-pruning.md has no heading or id 'pruning'",
                "4:112-4:151 warning link '{{ site.baseurl }}/algo/dfs-pruning/#가지': _posts/2024-01-01-dfs-pruning.md has no heading or id '가지'",
                "6:44-6:73 warning link '/blog/algo/dfs-pruning/?q=#없음': _posts/2024-01-01-dfs-pruning.md has no heading or id '없음'",
            ],
            Spans(site, "_posts/2024-02-01-b.md"));
    }

    [Fact]
    public void A_jekyll_pages_relative_links_to_markdown_files_are_checked_unless_the_plugin_is_off()
    {
        // jekyll-relative-links (GitHub Pages) rewrites a page's link to a Markdown file to that file's page; a query
        // is cut off, a Liquid tag or a remote URL is no relative link. relative_links: enabled: false turns it off, and
        // a site rendered by CommonMark does not run it.
        using var site = new TempSite();
        site.Write("docs/guide.md", "---\ntitle: 안내서\n---\n## 설치 방법\n");
        site.Write("docs/about.md",
            "---\ntitle: 소개\n---\n[1](Guide.md) [2](guide.md?plain=1#없음) [3]({% link docs/guide.md %}) [4](https://example.com/none.md) [5](guide.md?x=1)\n");
        string[] found =
        [
            "4:5-4:13 warning link 'Guide.md' names docs/Guide.md, which is docs/guide.md on disk: GitHub Pages tells letter case and Unicode forms apart, so the link leads nowhere there",
            "4:19-4:38 warning link 'guide.md?plain=1#없음': docs/guide.md has no heading or id '없음'",
        ];
        Assert.Equal(found, Spans(site, "docs/about.md"));

        site.Write("_config.yml", "title: t\nrelative_links:\n  enabled: no\n");
        Assert.Empty(Spans(site, "docs/about.md"));
        site.Write("_config.yml", "title: t\nrelative_links:\n  enabled: true\n");
        Assert.Equal(found, Spans(site, "docs/about.md"));
        site.Write("_config.yml", "title: t\nmarkdown: CommonMarkGhPages\n");
        Assert.Empty(Spans(site, "docs/about.md"));
    }

    [Fact]
    public void A_posts_relative_links_are_checked_when_relative_links_collections_is_true_in_any_spelling()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-02-01-b.md", "---\ntitle: b\n---\n[없음](2025-01-01-none.md)\n");
        const string Missing = "4:6-4:24 warning link '2025-01-01-none.md' leads nowhere: no file _posts/2025-01-01-none.md in the site";
        foreach (var yes in new[] { "true", "True", "yes" })
        {
            site.Write("_config.yml", $"title: t\nrelative_links:\n  collections: {yes}\n");
            Assert.Equal([Missing], Spans(site, "_posts/2025-02-01-b.md"));
        }

        site.Write("_config.yml", "title: t\nrelative_links:\n  collections: \"true\"\n");
        Assert.Empty(Spans(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_hugo_pages_relative_link_to_a_markdown_file_is_left_as_written()
    {
        // Hugo renders [x](other.md) as href="other.md" (no rewriting): PostLint does not judge it as a page.
        using var site = new TempSite("hugo");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n[없음](nope.md) [설치](other.md#설치)\n");
        Assert.Empty(Spans(site, "content/posts/a.md"));
    }

    /// <summary>
    /// The post a missing post_url most likely meant: the one at the smallest edit distance, the first by ordinal order
    /// among equals, and only within a quarter of the name's length (1 to 3 edits).
    /// </summary>
    [Theory]
    [InlineData("2025-01-10-깊이-우선", "2025-01-10-너비-우선탐", "; did you mean '2025-01-10-깊이-우선'")]
    [InlineData("2025-01-10-dfs", "2025-01-dfs", "")]
    [InlineData("2025-01-10-bfs 2025-01-10-dfs", "2025-01-10-cfs", "; did you mean '2025-01-10-bfs'")]
    [InlineData("2025-01-11-afs 2025-01-10-dfs", "2025-01-10-bfs", "; did you mean '2025-01-10-dfs'")]
    public void A_missing_post_url_names_the_closest_post_within_a_quarter_of_its_length(string posts, string written, string suggestion)
    {
        // 3 edits for 17 characters (the limit), 3 for 11 (over its limit of 2), two at 1 edit, 1 edit before 2.
        using var site = new TempSite();
        foreach (var name in posts.Split(' '))
        {
            site.Write($"_posts/{name}.md", "---\ntitle: 글\n---\n본문\n");
        }

        site.Write("_posts/2025-02-01-b.md", $"---\ntitle: b\n---\n[글]({{% post_url {written} %}})\n");
        Assert.Equal(
            [$"4:5 error {{% post_url {written} %}} names no post in _posts, so Jekyll stops the build{suggestion}"],
            Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_post_url_with_a_folder_finds_the_post_in_that_folder_of_posts()
    {
        // Jekyll 4.3 matches {% post_url tech/2025-01-10-dfs %} to _posts/tech/2025-01-10-dfs.md.
        using var site = new TempSite();
        site.Write("_posts/tech/2025-01-10-dfs.md", "---\ntitle: DFS\n---\n## 가지치기\n");
        site.Write("_posts/2025-02-01-b.md",
            "---\ntitle: b\n---\n[1]({% post_url tech/2025-01-10-dfs %}) [2]({% post_url /tech/2025-01-10-dfs %}#가지치기) [3]({% post_url tech/2025-01-10-dfs %}#pruning) [4]({% post_url tech/2025-01-10-dsf %})\n");
        Assert.Equal(
            [
                "4:91 warning link '{% post_url tech/2025-01-10-dfs %}#pruning': _posts/tech/2025-01-10-dfs.md has no heading or id 'pruning'",
                "4:139 error {% post_url tech/2025-01-10-dsf %} names no post in _posts, so Jekyll stops the build; did you mean '2025-01-10-dfs'",
            ],
            Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_post_url_finds_no_post_in_folders_jekyll_does_not_read_nor_a_page_or_a_file_that_is_no_post()
    {
        // Jekyll 4.3 reads no folder starting with '.' or '_' (the built _site too), and excludes node_modules,
        // .jekyll-cache and vendor/bundle by default; a file in _posts without front matter (an image beside its
        // post) is a static file, and a page is no post.
        using var site = new TempSite();
        site.Write("_posts/2025-01-10-dfs.md", "---\ntitle: DFS\n---\n본문\n");
        site.Write("_posts/2025-01-11-old.html", "---\ntitle: old\n---\n<p>본문</p>\n");
        site.WriteBytes("_posts/2025-01-10-dfs-tree.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Write("about.md", "---\ntitle: 소개\n---\n본문\n");
        site.Write("node_modules/theme/_posts/2020-01-01-welcome-to-jekyll.md", "---\ntitle: w\n---\n본문\n");
        site.Write("vendor/bundle/_posts/2020-02-02-gem-readme.md", "---\ntitle: g\n---\n본문\n");
        site.Write("_site/_posts/2020-03-03-built-copy.md", "---\ntitle: c\n---\n본문\n");
        site.Write(".jekyll-cache/_posts/2020-04-04-cached.md", "---\ntitle: c\n---\n본문\n");
        site.Write(".trash/_posts/2020-05-05-thrown-away.md", "---\ntitle: t\n---\n본문\n");
        string[] names = ["2020-01-01-welcome-to-jekyll", "2020-02-02-gem-readme", "2020-03-03-built-copy", "2020-04-04-cached", "2020-05-05-thrown-away", "about", "2025-01-10-dfs-tree"];
        site.Write("_posts/2025-02-01-b.md",
            "---\ntitle: b\n---\n[ok]({% post_url 2025-01-10-dfs %}) [ok]({% post_url 2025-01-11-old %})\n" + string.Concat(names.Select(n => $"{{% post_url {n} %}}\n")));
        Assert.Equal(
            names.Select((n, i) => $"{5 + i}:1 error {{% post_url {n} %}} names no post in _posts, so Jekyll stops the build"),
            Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_post_url_to_a_draft_names_the_first_of_the_drafts_with_that_date_and_slug()
    {
        // Two drafts Jekyll would both give the name 2025-03-20-dated (--drafts): the message names the first by path, whatever order the folders are listed in.
        using var site = new TempSite();
        site.Write("_drafts/2025-03-20-dated.md", "---\ntitle: 초안\n---\n본문\n");
        site.Write("_drafts/dated.md", "---\ntitle: 초안\ndate: 2025-03-20 10:00:00 +0900\n---\n본문\n");
        foreach (var folder in new[] { "a", "b", "c", "d", "e", "f" })
        {
            site.Write($"_drafts/{folder}/2025-03-21-twin.md", "---\ntitle: 초안\n---\n본문\n");
        }

        site.Write("_posts/2025-04-01-a.md", "---\ntitle: a\n---\n[1]({% post_url 2025-03-20-dated %}) [2]({% post_url 2025-03-21-twin %})\n");
        Assert.Equal(
            [
                "4:5 error {% post_url 2025-03-20-dated %} names the draft _drafts/2025-03-20-dated.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
                "4:42 error {% post_url 2025-03-21-twin %} names the draft _drafts/a/2025-03-21-twin.md, which Jekyll builds only with --drafts, so Jekyll stops the build",
            ],
            Lint(site, "_posts/2025-04-01-a.md"));
    }

    [Fact]
    public void A_relative_link_is_resolved_from_its_folder_and_only_a_path_names_a_file()
    {
        // On GitHub a link that is only a query or starts with '/' leads to no file of the folder, './' is the folder
        // itself, and an empty fragment is the top of the page; a path of any length is resolved.
        using var site = new TempSite("none");
        site.Write("docs/guide.md", "# 안내서\n\n## 설치\n");
        var longPath = string.Concat(Enumerable.Repeat("abcdefghij/", 50)) + "x.md";
        site.Write("docs/a.md", $"[1](?file=guide.md) [2](/nope.md) [3](./gide.md) [4](guide.md#) [5](./guide.md#설치)\n[6]({longPath})\n");
        Assert.Equal(
            [
                "1:39-1:48 warning link './gide.md' leads nowhere: no file docs/gide.md in the site; did you mean 'docs/guide.md'",
                $"2:5-2:{longPath.Length + 5} warning link '{longPath}' leads nowhere: no file docs/{longPath} in the site",
            ],
            Spans(site, "docs/a.md"));
    }

    [Fact]
    public void A_jekyll_pages_relative_links_are_resolved_below_the_source_folder()
    {
        // source: src makes src/ the site's top: docs/guide.md of the site is src/docs/guide.md on disk.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nsource: src\n");
        site.Write("src/docs/guide.md", "---\ntitle: 안내서\n---\n## 설치\n");
        site.Write("src/docs/about.md", "---\ntitle: 소개\n---\n[1](guide.md#설치) [2](gide.md) [3](guide-{{page.lang}}.md)\n");
        Assert.Equal(
            ["4:22-4:29 warning link 'gide.md' leads nowhere: no file docs/gide.md in the site; did you mean 'docs/guide.md'"],
            Spans(site, "src/docs/about.md"));
    }

    [Fact]
    public void A_jekyll_site_with_plugins_github_pages_does_not_run_checks_relative_links_only_with_jekyll_relative_links()
    {
        // Built with plain Jekyll (jekyll-archives is no GitHub Pages plugin), a page's link to a Markdown file is left
        // as written unless the site lists jekyll-relative-links itself.
        using var site = new TempSite();
        site.Write("docs/guide.md", "---\ntitle: 안내서\n---\n본문\n");
        site.Write("docs/about.md", "---\ntitle: 소개\n---\n[없음](gide.md)\n");
        site.Write("_config.yml", "title: t\nplugins: [jekyll-archives]\n");
        Assert.Empty(Spans(site, "docs/about.md"));
        site.Write("_config.yml", "title: t\nplugins: [jekyll-archives, jekyll-relative-links]\n");
        Assert.Equal(
            ["4:6-4:13 warning link 'gide.md' leads nowhere: no file docs/gide.md in the site; did you mean 'docs/guide.md'"],
            Spans(site, "docs/about.md"));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData("no")]
    public void Relative_links_enabled_false_in_any_spelling_turns_the_check_off(string off)
    {
        using var site = new TempSite();
        site.Write("docs/about.md", "---\ntitle: 소개\n---\n[없음](gide.md)\n");
        site.Write("_config.yml", $"title: t\nrelative_links:\n  enabled: {off}\n");
        Assert.Empty(Spans(site, "docs/about.md"));
        site.Write("_config.yml", $"title: t\nrelative_links:\n  enabled: \"{off}\"\n");
        Assert.Equal(["4:6-4:13 warning link 'gide.md' leads nowhere: no file docs/gide.md in the site"], Spans(site, "docs/about.md"));
    }

    [Fact]
    public void Links_by_url_under_a_base_path_are_judged_only_inside_the_site()
    {
        // baseurl: /dev. A page's URL without the base path is reported with the URL to write; a URL outside the base
        // path that is no page, a URL Liquid makes, an empty fragment and a folder of files are not judged.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nbaseurl: /dev\nurl: https://me.github.io\npermalink: /:categories/:title/\n");
        site.Write("_posts/2024-01-01-k8s.md", "---\ntitle: k8s\ncategories: [devops]\n---\n본문\n");
        site.Write("_posts/2024-01-02-dfs-pruning.md", "---\ntitle: 가지치기\ncategories: [algo]\n---\n## 가지치기\n");
        site.Write("files/dfs-pruning/slides.pdf", "%PDF-1.4\n");
        site.Write("_posts/2024-02-01-b.md",
            "---\ntitle: b\n---\n[1](/devops/k8s/) [2](/algo/dfs-prunin/) [3](/dev/{{page.category}}/dfs-pruning/) [4]({% post_url 2024-01-02-dfs-pruning %}#)\n"
            + "[5]({% link _posts/2024-01-01-k8s.md %}#) [6](/dev/files/dfs-pruning/) [7](/dev/algo/dfs-pruning/#가지치기)\n");
        Assert.Equal(
            ["4:5-4:17 warning link '/devops/k8s/' leaves out the site's base path /dev: the page is published at /dev/devops/k8s/, and the link leads outside the site; write '{{ site.baseurl }}/devops/k8s/' or '/dev/devops/k8s/'"],
            Spans(site, "_posts/2024-02-01-b.md"));

        // Without a base path: the home page, and the base path Liquid writes as nothing.
        site.Write("_config.yml", "title: t\nurl: https://me.github.io\npermalink: /:categories/:title/\n");
        site.Write("_posts/2024-02-02-c.md", "---\ntitle: c\n---\n[홈](/) [홈]({{ site.baseurl }}) [글](/algo/dfs-pruning/)\n");
        Assert.Empty(Spans(site, "_posts/2024-02-02-c.md"));
    }

    [Fact]
    public void Hugo_links_by_url_leave_out_no_base_path_and_find_static_files_and_files_beside_pages()
    {
        // baseURL https://me.github.io/blog/: pages are published under /blog. static/ is copied to the site's top and
        // a file beside a page to its folder; {{ site.baseurl }} is Jekyll's Liquid, text in a Hugo page.
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", "title = 't'\nbaseURL = 'https://me.github.io/blog/'\n");
        site.Write("content/posts/binary-search.md", "---\ntitle: 이진 탐색\n---\n본문\n");
        site.Write("content/posts/binary-search.js", "console.log(1);\n");
        site.Write("static/files/binary-search/index.html", "<p>demo</p>\n");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n[1](/posts/binary-search/) [2](/blog/files/binary-search/) [3](/blog/posts/binary-search.js) <a href=\"{{ site.baseurl }}/tech/binary-search/\">4</a>\n");
        Assert.Equal(
            ["4:5-4:26 warning link '/posts/binary-search/' leaves out the site's base path /blog: the page is published at /blog/posts/binary-search/, and the link leads outside the site; write '/blog/posts/binary-search/'"],
            Spans(site, "content/posts/a.md"));
    }

    [Fact]
    public void A_hugo_ref_tries_the_content_root_for_an_absolute_path_and_names_a_folder_only_with_its_index()
    {
        // Checked with Hugo 0.111: "/about" names content/about.md, or the one page named about (here there are two);
        // "setup.md" is found by its name, "old" is old.html; a folder without a page (content/images/) is no page.
        using var site = new TempSite("hugo");
        site.Write("content/posts/about.md", "---\ntitle: 소개\n---\n본문\n");
        site.Write("content/docs/about.md", "---\ntitle: About\n---\n본문\n");
        site.Write("content/docs/setup.md", "---\ntitle: 설치\n---\n## 설치\n");
        site.Write("content/images/a.png", "png");
        site.Write("content/posts/old.html", "---\ntitle: 예전 글\n---\n<p>본문</p>\n");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n[1]({{< ref \"/about\" >}}) [2]({{< ref \"setup.md\" >}}) [3]({{< ref \"/images\" >}}) [4]({{< ref \"old\" >}})\n");
        Assert.Equal(
            [
                "4:5-4:25 error ref \"/about\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
                "4:59-4:80 error ref \"/images\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
            ],
            Spans(site, "content/posts/a.md"));
    }

    [Fact]
    public void A_hugo_ref_to_the_home_page_a_section_or_a_page_by_its_name_after_a_slash_is_found()
    {
        // Checked with Hugo 0.111: "/", ".." and "../.." are the home page, "." and "/posts" sections Hugo makes without
        // an _index.md, "../../docs/setup" from posts/ is docs/setup (a '..' above content/ stays there), "/about" and
        // "/about.md" the one page called about. "/docs/guides" (no top-level folder, no _index.md) and "/about/" stop
        // the build (REF_NOT_FOUND). PostLint reported each of [1] to [8] as REF_NOT_FOUND.
        using var site = new TempSite("hugo");
        site.Write("content/docs/setup.md", "---\ntitle: 설치\n---\n## 설치\n");
        site.Write("content/docs/guides/x.md", "---\ntitle: x\n---\n본문\n");
        site.Write("content/posts/about.md", "---\ntitle: 소개\n---\n본문\n");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n[1]({{< ref \"/\" >}}) [2]({{< ref \"..\" >}}) [3]({{< ref \"../..\" >}}) [4]({{< ref \".\" >}}) [5]({{< ref \"/posts\" >}})\n"
            + "[6]({{< ref \"../../docs/setup#설치\" >}}) [7]({{< ref \"/about\" >}}) [8]({{< ref \"/about.md\" >}}) [9]({{< ref \"/docs/guides\" >}})\n"
            + "[10]({{< ref \"../../docs/setup\" >}}#없음) [11]({{< relref \"/about/\" >}})\n");
        Assert.Equal(
            [
                "5:99-5:125 error ref \"/docs/guides\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
                "6:6-6:39 warning link '{{< ref \"../../docs/setup\" >}}#없음': content/docs/setup.md has no heading or id '없음'",
                "6:46-6:70 error relref \"/about/\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
            ],
            Spans(site, "content/posts/a.md"));
    }

    [Fact]
    public void A_hugo_ref_to_the_home_page_is_content_index_md_and_a_section_needs_a_page_somewhere_below()
    {
        // Checked with Hugo 0.111: with content/_index.md, ref "/" is that page, so its fragment must be one of the
        // page's ids; "/guides" is a section (its only page is in a subfolder); "/images" holds no page and stops the
        // build (REF_NOT_FOUND).
        using var site = new TempSite("hugo");
        site.Write("content/_index.md", "---\ntitle: 홈\n---\n## 소개\n");
        site.Write("content/images/a.png", "");
        site.Write("content/guides/deep/x.md", "---\ntitle: x\n---\n본문\n");
        site.Write("content/guides/deep/cover.png", "");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n[1]({{< ref \"/\" >}}#소개) [2]({{< ref \"/\" >}}#없음) [3]({{< ref \"/guides\" >}}) [4]({{< ref \"/images\" >}})\n");
        Assert.Equal(
            [
                "4:29-4:47 warning link '{{< ref \"/\" >}}#없음': content/_index.md has no heading or id '없음'",
                "4:80-4:101 error ref \"/images\" finds no page in content/, so Hugo stops the build (REF_NOT_FOUND)",
            ],
            Spans(site, "content/posts/a.md"));
    }

    [Fact]
    public void A_jekyll_link_tag_names_a_file_only_by_its_path_as_written()
    {
        // Checked with Jekyll 4.3.1: {% link %} compares the path as written with each file's path below the source
        // ("docs/guide.md"; a static file's also with a leading '/'), so [1] to [5] stop the build ("Could not find
        // document"). PostLint cleaned the path ([1], [2] passed) or left it alone ([3] to [5]).
        using var site = new TempSite();
        site.Write("docs/guide.md", "---\ntitle: 안내서\n---\n## 설치\n");
        site.Write("assets/a.png", "png");
        site.Write("_posts/2025-01-01-a.md",
            "---\ntitle: a\n---\n[1]({% link ./docs/guide.md %}) [2]({% link docs//guide.md %}) [3]({% link ../docs/guide.md %})\n"
            + "[4]({% link 'docs/guide.md' %}) [5]({% link \"docs/gide.md\" %}) [6]({% link docs/guide.md %}#설치) [7]({% link /assets/a.png %}) [8]({% link assets/a.png %})\n");
        Assert.Equal(
            [
                "4:5-4:31 error {% link ./docs/guide.md %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
                "4:37-4:62 error {% link docs//guide.md %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
                "4:68-4:95 error {% link ../docs/guide.md %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
                "5:5-5:31 error {% link 'docs/guide.md' %} names no file of the site, so Jekyll stops the build; did you mean 'docs/guide.md'",
                "5:37-5:62 error {% link \"docs/gide.md\" %} names no file of the site, so Jekyll stops the build",
            ],
            Spans(site, "_posts/2025-01-01-a.md"));
    }

    [Fact]
    public void A_jekyll_link_tag_finds_only_files_the_build_publishes()
    {
        // Checked with Jekyll 4.3.1: {% link %} looks through site.each_site_file (pages, static files, documents of
        // collections it writes), so each of [1] to [9] stops the build ("Could not find document"), and [10] to [16] do
        // not. A collection is written when its output is anything but nil or false in Ruby: "false" quoted and on are true.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\ntimezone: UTC\ninclude: [_keep]\nexclude: [docs/old.md]\ncollections:\n  recipes:\n    people: 2\n  notes:\n    output: true\n  memos:\n    output: \"false\"\n  logs:\n    output: off\n  cards:\n    output: On\n");
        site.Write("_includes/note.md", "포함 파일\n");
        site.Write("_recipes/cake.md", "---\ntitle: 케이크\n---\n");
        site.Write("_logs/a.md", "---\ntitle: 기록\n---\n");
        site.Write("_notes/one.md", "---\ntitle: 노트\n---\n");
        site.Write("_notes/_hidden.md", "---\ntitle: 숨김\n---\n");
        site.Write("_memos/m.md", "---\ntitle: 메모\n---\n");
        site.Write("_cards/c.md", "---\ntitle: 카드\n---\n");
        site.Write("docs/old.md", "---\ntitle: 옛 안내\n---\n");
        site.Write("docs/guide.md", "---\ntitle: 안내\n---\n");
        site.Write("docs/hidden.md", "---\ntitle: 숨긴 안내\npublished: false\n---\n");
        site.Write("assets/.cache/a.png", "png");
        site.Write("assets/_keep/a.png", "png");
        site.Write("assets/a.png", "png");
        site.Write("_drafts/idea.md", "---\ntitle: 초안\n---\n");
        site.Write("_posts/2025-01-01-a.md", "---\ntitle: a\n---\n");
        site.Write("_posts/2099-01-01-later.md", "---\ntitle: 나중\n---\n");
        site.Write("_posts/2025-02-01-b.md",
            "---\ntitle: b\n---\n[1]({% link _includes/note.md %}) [2]({% link _recipes/cake.md %}) [3]({% link _logs/a.md %}) [4]({% link _notes/_hidden.md %})\n"
            + "[5]({% link docs/old.md %}) [6]({% link assets/.cache/a.png %}) [7]({% link _drafts/idea.md %}) [8]({% link /docs/guide.md %}) [9]({% link /_posts/2025-01-01-a.md %})\n"
            + "[10]({% link _notes/one.md %}) [11]({% link _memos/m.md %}) [12]({% link _cards/c.md %}) [13]({% link assets/_keep/a.png %}) [14]({% link /assets/a.png %}) [15]({% link docs/guide.md %}) [16]({% link _posts/2025-01-01-a.md %})\n"
            + "[17]({% link docs/hidden.md %}) [18]({% link _posts/2099-01-01-later.md %})\n");
        Assert.Equal(
            [
                "4:5 error {% link _includes/note.md %} names a file Jekyll does not publish (the name _includes: Jekyll skips names starting with _ . # ~ unless _config.yml's include lists them), so Jekyll stops the build",
                "4:39 error {% link _recipes/cake.md %} names a file Jekyll does not publish (the collection recipes has no output: true), so Jekyll stops the build",
                "4:72 error {% link _logs/a.md %} names a file Jekyll does not publish (the collection logs has no output: true), so Jekyll stops the build",
                "4:99 error {% link _notes/_hidden.md %} names a file Jekyll does not publish (the name _hidden.md: Jekyll skips names starting with _ . # ~ unless _config.yml's include lists them), so Jekyll stops the build",
                "5:5 error {% link docs/old.md %} names a file Jekyll does not publish (exclude in _config.yml, or Jekyll's default exclude list), so Jekyll stops the build",
                "5:33 error {% link assets/.cache/a.png %} names a file Jekyll does not publish (the name .cache: Jekyll skips names starting with _ . # ~ unless _config.yml's include lists them), so Jekyll stops the build",
                "5:69 error {% link _drafts/idea.md %} names a file Jekyll does not publish (_drafts/ without --drafts), so Jekyll stops the build",
                "5:101 error {% link /docs/guide.md %} starts with '/', which Jekyll accepts only for a file it copies as it is, not for a page or post, so Jekyll stops the build; write {% link docs/guide.md %}",
                "5:132 error {% link /_posts/2025-01-01-a.md %} starts with '/', which Jekyll accepts only for a file it copies as it is, not for a page or post, so Jekyll stops the build; write {% link _posts/2025-01-01-a.md %}",
                "7:6 error {% link docs/hidden.md %} names a file Jekyll does not publish (published: false), so Jekyll stops the build",
                "7:38 error {% link _posts/2099-01-01-later.md %} names a file Jekyll does not publish (date: 2099-01-01), so Jekyll stops the build",
            ],
            Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void The_leading_slash_of_a_link_tag_to_a_page_or_post_is_removed_by_a_safe_fix()
    {
        // Jekyll 4.3.1 finds docs/guide.md and the post without the slash; a static file's path keeps its slash.
        using var site = new TempSite();
        site.Write("docs/guide.md", "---\ntitle: 안내\n---\n## 설치\n");
        site.Write("assets/a.png", "png");
        site.Write("_posts/2025-01-01-a.md", "---\ntitle: a\n---\n");
        const string Text = "---\ntitle: b\n---\n[1]({% link /docs/guide.md %}#설치) [2]({%- link /_posts/2025-01-01-a.md -%}) [3]({% link /assets/a.png %})\r\n";
        var path = site.Write("_posts/2025-02-01-b.md", Text);
        var findings = RuleHarness.LintFile(site, "_posts/2025-02-01-b.md", "broken-link");
        Assert.Equal(
            ["Remove the leading '/'", "Remove the leading '/'"],
            findings.Select(d => d.Fix?.TitleIn(Language.English)));
        Assert.Equal("맨 앞의 /를 지우세요", findings[0].Fix!.TitleIn(Language.Korean));
        var fixedText = EditScript.Apply(Text, findings);
        Assert.Equal(
            "---\ntitle: b\n---\n[1]({% link docs/guide.md %}#설치) [2]({%- link _posts/2025-01-01-a.md -%}) [3]({% link /assets/a.png %})\r\n",
            fixedText);
        File.WriteAllText(path, fixedText);
        Assert.Empty(Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_link_to_a_document_of_a_collection_jekyll_does_not_write_leads_nowhere()
    {
        // Jekyll 4.3.1 reads _recipes (no output) and writes nothing of it; _notes (output: true) is written.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\ncollections:\n  recipes:\n    people: 2\n  notes:\n    output: true\n");
        site.Write("_recipes/cake.md", "---\ntitle: 케이크\n---\n## 재료\n");
        site.Write("_notes/note.md", "---\ntitle: 노트\n---\n## 메모\n");
        site.Write("_posts/2025-02-01-b.md", "---\ntitle: b\n---\n[1](/recipes/cake.html#재료) [2](/notes/note.html#메모) [3](/notes/note.html#없음)\n");
        Assert.Equal(
            [
                "4:5 warning link '/recipes/cake.html#재료' leads to _recipes/cake.md, which Jekyll does not publish (collections: recipes, no output: true): no page is written there",
                "4:57 warning link '/notes/note.html#없음': _notes/note.md has no heading or id '없음'",
            ],
            Lint(site, "_posts/2025-02-01-b.md"));
    }

    [Fact]
    public void A_hugo_link_hook_that_finds_pages_with_GetPage_forgives_a_link_in_the_wrong_letter_case()
    {
        // Hugo's documentation writes /methods/page/GitInfo/ for the page at /methods/page/gitinfo/: its render-link.html
        // resolves the path with GetPage, which ignores case. Without such a hook the link leads nowhere.
        using var site = new TempSite("hugo");
        site.Write("content/methods/GitInfo.md", "---\ntitle: GitInfo\n---\n");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n[정보](/methods/GitInfo/) [오타](/methods/gitinfoo/)\n");
        Assert.Equal(
            [
                "4:6 warning link '/methods/GitInfo/' leads to no page of the site; did you mean '/methods/gitinfo/' (content/methods/GitInfo.md)?",
                "4:30 warning link '/methods/gitinfoo/' leads to no page of the site; did you mean '/methods/gitinfo/' (content/methods/GitInfo.md)?",
            ],
            Lint(site, "content/posts/a.md"));

        using var hooked = new TempSite("hugo");
        hooked.Write("layouts/_markup/render-link.html", "{{ with $p := $.PageInner.GetPage .Destination }}<a href=\"{{ $p.RelPermalink }}\">{{ end }}");
        hooked.Write("content/methods/GitInfo.md", "---\ntitle: GitInfo\n---\n");
        hooked.Write("content/posts/a.md", "---\ntitle: a\n---\n[정보](/methods/GitInfo/) [오타](/methods/gitinfoo/)\n");
        Assert.Equal(
            ["4:30 warning link '/methods/gitinfoo/' leads to no page of the site; did you mean '/methods/gitinfo/' (content/methods/GitInfo.md)?"],
            Lint(hooked, "content/posts/a.md"));
    }

    [Fact]
    public void A_theme_s_link_hook_counts_unless_the_site_s_own_hook_overrides_it()
    {
        // Hugo uses the site's layouts/_markup/render-link.html before a theme's of the same name.
        const string GetPageHook = "{{ with $p := $.PageInner.GetPage .Destination }}<a href=\"{{ $p.RelPermalink }}\">{{ end }}";
        using var themed = new TempSite("hugo");
        themed.Write("themes/docs/layouts/_default/_markup/render-link.html", GetPageHook);
        themed.Write("content/methods/GitInfo.md", "---\ntitle: GitInfo\n---\n");
        themed.Write("content/posts/a.md", "---\ntitle: a\n---\n[정보](/methods/GitInfo/)\n");
        Assert.Empty(Lint(themed, "content/posts/a.md"));

        themed.Write("layouts/_markup/render-link.html", "<a href=\"{{ .Destination | safeURL }}\">{{ .Text }}</a>");
        Assert.Equal(
            ["4:6 warning link '/methods/GitInfo/' leads to no page of the site; did you mean '/methods/gitinfo/' (content/methods/GitInfo.md)?"],
            Lint(themed, "content/posts/a.md"));
    }

    [Fact]
    public void A_jekyll_link_tag_in_a_page_the_build_skips_warns_of_the_build_it_stops()
    {
        // Jekyll runs the tag only when it renders the page: from a draft, a file it never publishes stops the build
        // with --drafts; a link to another draft does not.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\ncollections: [recipes]\n");
        site.Write("_recipes/cake.md", "---\ntitle: 케이크\n---\n");
        site.Write("docs/guide.md", "---\ntitle: 안내\n---\n");
        site.Write("_drafts/other.md", "---\ntitle: 다른 초안\n---\n");
        site.Write("_drafts/idea.md", "---\ntitle: 초안\n---\n[1]({% link _recipes/cake.md %}) [2]({% link /docs/guide.md %}) [3]({% link _drafts/other.md %})\n");
        Assert.Equal(
            [
                "4:5 warning {% link _recipes/cake.md %} names a file Jekyll does not publish (the collection recipes has no output: true): Jekyll skips this page now (_drafts/) but stops the build when it builds drafts (jekyll build --drafts)",
                "4:38 warning {% link /docs/guide.md %} starts with '/', which Jekyll accepts only for a file it copies as it is, not for a page or post: Jekyll skips this page now (_drafts/) but stops the build when it builds drafts (jekyll build --drafts); write {% link docs/guide.md %}",
            ],
            Lint(site, "_drafts/idea.md"));
    }

    [Fact]
    public void Settings_loaded_once_judge_a_link_to_a_draft_by_whether_that_lint_builds_drafts()
    {
        // The rule's state outlives one lint: a link to a draft's page leads nowhere without --drafts and to the
        // page with it, in whichever order the two lint.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\ntimezone: UTC\n");
        site.Write("_drafts/2025-03-20-dated.md", "---\ntitle: 초안\n---\n## 설치\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: a\n---\n[초안](/2025/03/20/dated.html#설치)\n");
        var settings = RuleHarness.SettingsFor("broken-link");
        string[] LintWith(LintSettings s) =>
            new Linter(s, new SiteLocator(null, site.Root)).LintFile(new LintTarget("_posts/2025-03-01-a.md", Path.Combine(site.Root, "_posts/2025-03-01-a.md")))
                .Diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();
        string[] withoutDrafts = ["4:6 link '/2025/03/20/dated.html#설치' leads to the draft _drafts/2025-03-20-dated.md, which Jekyll builds only with --drafts: no page is written there"];

        Assert.Equal(withoutDrafts, LintWith(settings));
        Assert.Empty(LintWith(settings with { Drafts = true }));
        Assert.Equal(withoutDrafts, LintWith(settings));
    }

    [Fact]
    public void A_linked_page_is_read_for_its_ids_up_to_4_MiB()
    {
        // A page over 4 MiB is not read for its ids (as PostLint skips such a file): its fragments are not judged.
        using var site = new TempSite();
        foreach (var (name, size) in new[] { ("at-limit", 4 * 1024 * 1024), ("over-limit", 4 * 1024 * 1024 + 1) })
        {
            var head = System.Text.Encoding.UTF8.GetBytes("---\ntitle: 큰 글\n---\n## 설치 방법\n\n");
            var bytes = new byte[size];
            head.CopyTo(bytes, 0);
            for (var i = head.Length; i < size; i++)
            {
                bytes[i] = (i - head.Length) % 64 == 63 ? (byte)'\n' : (byte)'a';
            }

            site.WriteBytes($"docs/{name}.md", bytes);
        }

        site.Write("docs/a.md", "---\ntitle: a\n---\n[1](at-limit.md#설치) [2](over-limit.md#설치) [3](at-limit.md#설치-방법)\n");
        Assert.Equal(
            ["4:5 warning link 'at-limit.md#설치': docs/at-limit.md has no heading or id '설치'; did you mean '#설치-방법' (the heading '설치 방법')?"],
            Lint(site, "docs/a.md"));
    }

    [Fact]
    public void A_post_url_finds_the_posts_of_the_folders_jekyll_reads_by_its_config()
    {
        // Checked with Jekyll 4.3.1: it reads vendor/_posts (only vendor/bundle and the like are excluded by default),
        // not _notes/_posts (a '_' folder) nor old/_posts (exclude: [old]). PostLint skipped the first and found the others.
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\nexclude: [old]\n");
        site.Write("vendor/_posts/2020-01-01-vendored.md", "---\ntitle: v\n---\n본문\n");
        site.Write("_notes/_posts/2020-02-02-note.md", "---\ntitle: 메모\n---\n본문\n");
        site.Write("old/_posts/2020-03-03-retired.md", "---\ntitle: 옛 글\n---\n본문\n");
        site.Write("_posts/2025-01-01-a.md",
            "---\ntitle: a\n---\n[1]({% post_url 2020-01-01-vendored %}) [2]({% post_url 2020-02-02-note %}) [3]({% post_url 2020-03-03-retired %})\n");
        Assert.Equal(
            [
                "4:45 error {% post_url 2020-02-02-note %} names no post in _posts, so Jekyll stops the build",
                "4:81 error {% post_url 2020-03-03-retired %} names no post in _posts, so Jekyll stops the build",
            ],
            Lint(site, "_posts/2025-01-01-a.md"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.md")]
    public void A_text_linted_without_its_full_path_is_not_checked(string fullPath)
    {
        // A caller of the engine may lint a text with no file behind it: with no folder to resolve links from, PL304
        // says nothing, even in the site given as the root. The same text as a file of that site is checked.
        using var site = new TempSite();
        var linter = new Linter(RuleHarness.SettingsFor("broken-link"), new SiteLocator(site.Root, site.Root));
        var text = new SourceText("---\ntitle: 소개\n---\n[글]({% post_url 2025-01-01-none %}) [없음](none.md)\n");
        Assert.Empty(linter.LintText(new LintTarget("a.md", fullPath), text).Diagnostics);
        Assert.Equal(
            [
                "4:5 {% post_url 2025-01-01-none %} names no post in _posts, so Jekyll stops the build",
                "4:42 link 'none.md' leads nowhere: no file none.md in the site",
            ],
            linter.LintText(new LintTarget("a.md", Path.Combine(site.Root, "a.md")), text).Diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}"));
    }
}
