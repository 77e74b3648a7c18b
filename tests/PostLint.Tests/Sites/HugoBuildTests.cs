using PostLint.Documents;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>
/// Hugo's build options and headless bundles (checked with Hugo 0.111; tests/Oracle's hugo site has the same cases): a
/// page Hugo never renders is judged neither as a published page nor as a link target that exists.
/// </summary>
public class HugoBuildTests
{
    // No title, a date after RuleHarness.FixedNow, a TODO, an empty section and a link to no id of the page.
    private const string Body = "## 개요\n\nTODO: 그림 추가\n\n## 결론\n\n## 참고\n\n[아래](#없는-절)\n";

    private const string Rules = "required-key,future-date,placeholder-text,empty-section,broken-fragment";

    private static string[] Lint(TempSite site, string path, string rules = Rules) =>
        RuleHarness.LintFile(site, path, rules).Select(d => $"{d.Rule.Id} {d.Start.Line}:{d.Start.Column}").ToArray();

    /// <summary>The findings of <see cref="Rules"/> on a page that has <c>date: 2099-01-01</c> and then
    /// <paramref name="lines"/> more lines of front matter before <see cref="Body"/>.</summary>
    private static string[] Judged(int lines) =>
        ["PL107 1:1", "PL108 2:7", $"PL202 {6 + lines}:1", $"PL204 {8 + lines}:1", $"PL303 {12 + lines}:6"];

    [Theory]
    [InlineData("content/notes/a/index.md", "headless: true\n")]                            // a headless leaf bundle
    [InlineData("content/notes/a/index.md", "Headless: True\n")]                            // Hugo's keys ignore letter case
    [InlineData("content/notes/a.md", "_build:\n  render: never\n")]
    [InlineData("content/notes/a.md", "_build:\n  render: link\n")]                         // a URL, but no page written
    [InlineData("content/notes/a.md", "_build:\n  render: false\n")]                        // the boolean of older Hugo
    [InlineData("content/notes/a.md", "_Build:\n  Render: never\n")]
    [InlineData("content/notes/a.md", "build:\n  render: never\n")]                         // the key's name since Hugo 0.123
    public void A_page_hugo_never_renders_is_not_judged_as_a_published_page(string path, string frontMatter)
    {
        using var site = new TempSite("hugo");
        site.Write(path, "---\ndate: 2099-01-01\n" + frontMatter + "---\n" + Body);
        Assert.Empty(Lint(site, path));
    }

    [Theory]
    [InlineData("content/notes/_index.md", "headless: true\n")]                             // headless applies to leaf bundles only
    [InlineData("content/notes/a.md", "headless: true\n")]                                  // ... not to a single page
    [InlineData("content/notes/a.md", "_build:\n  render: \"false\"\n")]                    // a string, not a boolean
    [InlineData("content/notes/a.md", "_build:\n  render: Never\n")]                        // values are read as written
    [InlineData("content/notes/a.md", "_build:\n  render: always\n  list: never\n")]        // left out of lists, still rendered
    [InlineData("content/notes/a.md", "draft: false\n")]
    public void A_page_hugo_renders_is_judged(string path, string frontMatter)
    {
        using var site = new TempSite("hugo");
        site.Write(path, "---\ndate: 2099-01-01\n" + frontMatter + "---\n" + Body);
        Assert.Equal(Judged(frontMatter.Count(c => c == '\n')), Lint(site, path));
    }

    [Fact]
    public void A_section_cascade_reaches_the_section_and_every_page_below_unless_a_page_or_a_nearer_section_says_otherwise()
    {
        // Hugo's own docs: content/en/_common/_index.md cascades build: {list: never, render: never} to its snippets.
        using var site = new TempSite("hugo");
        site.Write("content/_common/_index.md", "---\ncascade:\n  build:\n    list: never\n    publishResources: false\n    render: never\n---\n" + Body);
        site.Write("content/_common/a.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/_common/deep/er/b.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/_common/own.md", "---\ndate: 2099-01-01\n_build:\n  list: never\n---\n" + Body);
        site.Write("content/_common/open/_index.md", "+++\n[[cascade]]\n[cascade._build]\nrender = 'always'\n+++\n");
        site.Write("content/_common/open/c.md", "---\ndate: 2099-01-01\n---\n" + Body);
        Assert.Empty(Lint(site, "content/_common/_index.md"));
        Assert.Empty(Lint(site, "content/_common/a.md"));
        Assert.Empty(Lint(site, "content/_common/deep/er/b.md"));

        // The page's own _build replaces the cascaded map as a whole, and the nearer section's cascade wins.
        Assert.Equal(Judged(2), Lint(site, "content/_common/own.md"));
        Assert.Equal(Judged(0), Lint(site, "content/_common/open/c.md"));
    }

    [Fact]
    public void A_cascade_entry_limited_by_a_target_applies_to_the_pages_it_matches()
    {
        // Hugo 0.111: path is a glob of the file's path below the content folder (* within a folder, ** across them);
        // kind is page, section or home; hugo builds the production environment in the site's default language.
        using var site = new TempSite("hugo");
        site.Write("content/docs/_index.md",
            "---\ntitle: d\ncascade:\n- _target:\n    path: /docs/{x,z}*\n  _build:\n    render: never\n" +
            "- _target:\n    kind: section\n    path: /docs/**\n  _build:\n    render: never\n" +
            "- _target:\n    environment: development\n  _build:\n    render: never\n" +
            "- _target:\n    lang: ko\n  _build:\n    render: never\n---\n");
        site.Write("content/docs/X1.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/docs/z1.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/docs/sub/_index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/docs/y1.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/docs/sub/x2.md", "---\ndate: 2099-01-01\n---\n" + Body);
        Assert.Empty(Lint(site, "content/docs/X1.md"));
        Assert.Empty(Lint(site, "content/docs/z1.md"));
        Assert.Empty(Lint(site, "content/docs/sub/_index.md"));
        Assert.Equal(Judged(0), Lint(site, "content/docs/y1.md"));
        Assert.Equal(Judged(0), Lint(site, "content/docs/sub/x2.md"));

        site.Write("hugo.toml", "title = 't'\ndefaultContentLanguage = 'ko'\n");
        Assert.Empty(Lint(site, "content/docs/y1.md"));
    }

    [Fact]
    public void A_section_cascade_of_headless_reaches_the_leaf_bundles_below_unless_the_bundle_or_a_nearer_section_sets_headless()
    {
        // Checked with Hugo 0.111: cascade headless: true leaves the leaf bundles below unrendered (nearer cascades that
        // set only _build keep it), not the section page nor a single page; the bundle's own headless: false or a nearer
        // cascade's renders it; a _target limits it to the bundles it matches.
        using var site = new TempSite("hugo");
        site.Write("content/sec/_index.md", "---\ntitle: s\ncascade:\n  Headless: true\n---\n");
        site.Write("content/sec/leaf/index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/sec/sub/_index.md", "---\ntitle: s\ncascade:\n  _build:\n    list: always\n---\n");
        site.Write("content/sec/sub/deep/index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/sec/page.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/sec/own/index.md", "---\ndate: 2099-01-01\nheadless: false\n---\n" + Body);
        site.Write("content/sec/open/_index.md", "+++\ntitle = 'o'\n[cascade]\nheadless = false\n+++\n");
        site.Write("content/sec/open/leaf/index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/tgt/_index.md", "---\ntitle: t\ncascade:\n- headless: true\n  _target:\n    path: /tgt/a/**\n---\n");
        site.Write("content/tgt/a/index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        site.Write("content/tgt/b/index.md", "---\ndate: 2099-01-01\n---\n" + Body);
        Assert.Empty(Lint(site, "content/sec/leaf/index.md"));
        Assert.Empty(Lint(site, "content/sec/sub/deep/index.md"));
        Assert.Empty(Lint(site, "content/tgt/a/index.md"));
        Assert.Equal(Judged(0), Lint(site, "content/sec/page.md"));
        Assert.Equal(Judged(1), Lint(site, "content/sec/own/index.md"));
        Assert.Equal(Judged(0), Lint(site, "content/sec/open/leaf/index.md"));
        Assert.Equal(Judged(0), Lint(site, "content/tgt/b/index.md"));

        site.Write("content/sec/plain.md", "---\ntitle: p\n---\n## 개요\n");
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n[1](/sec/leaf/#개요) [2]({{< ref \"/sec/sub/deep\" >}}) [3](/sec/plain/#개요)\n");
        Assert.Equal(
            [
                "4:5 warning link '/sec/leaf/#개요' leads to content/sec/leaf/index.md, which Hugo does not render (headless: true in the cascade of content/sec/_index.md): no page is written there",
                "4:24 warning ref \"/sec/sub/deep\" names content/sec/sub/deep/index.md, which Hugo does not render (headless: true in the cascade of content/sec/_index.md), so Hugo writes an empty link",
            ],
            RuleHarness.LintFile(site, "content/posts/a.md", "broken-link").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message}"));
    }

    [Fact]
    public void Other_rules_still_check_a_page_hugo_never_renders()
    {
        // Its content reaches readers through the pages that include it: a link by URL and a misspelling still matter.
        using var site = new TempSite("hugo");
        site.Write("content/notes/a/index.md", "---\nheadless: true\n---\n확작성 [링크](/notes/b/)\n");
        site.Write("content/notes/bb.md", "---\ntitle: b\n---\n본문\n");
        Assert.Equal(["PL401 4:1", "PL304 4:10"], Lint(site, "content/notes/a/index.md", "misspelling,broken-link"));
    }

    [Fact]
    public void A_link_to_a_page_hugo_never_renders_leads_nowhere()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/headless/index.md", "---\ntitle: h\nheadless: true\n---\n## 소개\n");
        site.Write("content/posts/never.md", "---\ntitle: n\n_build:\n  render: never\n---\n## Intro\n");
        site.Write("content/posts/link.md", "---\ntitle: l\n_build:\n  render: link\n---\n## Intro\n");
        site.Write("content/_common/_index.md", "---\ncascade:\n  build:\n    render: never\n---\n");
        site.Write("content/_common/snippet.md", "---\n---\n## Intro\n");
        site.Write("content/posts/own.md", "---\ntitle: o\n_build:\n  list: never\n---\n## Intro\n");
        site.Write("content/posts/a.md",
            "---\ntitle: a\n---\n" +
            "[1](/posts/headless/#소개) [2](/posts/never/) [3](/_common/snippet/#intro) [4](/posts/own/#intro)\n\n" +
            "[5]({{< ref \"headless\" >}}) [6]({{< relref \"never.md#intro\" >}}) [7]({{< ref \"link.md\" >}}#intro) [8]({{< ref \"own.md\" >}})\n");
        Assert.Equal(
            [
                "4:5 warning link '/posts/headless/#소개' leads to content/posts/headless/index.md, which Hugo does not render (headless: true): no page is written there",
                "4:30 warning link '/posts/never/' leads to content/posts/never.md, which Hugo does not render (_build.render: never): no page is written there",
                "4:49 warning link '/_common/snippet/#intro' leads to content/_common/snippet.md, which Hugo does not render (build.render: never in the cascade of content/_common/_index.md): no page is written there",
                "6:5 warning ref \"headless\" names content/posts/headless/index.md, which Hugo does not render (headless: true), so Hugo writes an empty link",
                "6:33 warning relref \"never.md\" names content/posts/never.md, which Hugo does not render (_build.render: never), so Hugo writes an empty link",
                "6:70 warning ref \"link.md\" names content/posts/link.md, which Hugo gives a URL but does not render (_build.render: link): the link leads to no page",
            ],
            RuleHarness.LintFile(site, "content/posts/a.md", "broken-link").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToString().ToLowerInvariant()} {d.Message}"));
    }

    private static HugoRendering Of(TempSite site, string path)
    {
        var full = Path.Combine(site.Root, path);
        return HugoBuild.Of(new Post(path, full, new SourceText(File.ReadAllText(full)), SiteLocator.Detect(site.Root)!));
    }

    [Theory]
    [InlineData("content/a.md", "---\ntitle: a\n---\n")]
    [InlineData("content/a.md", "---\n_build:\n  render: always\n---\n")]
    [InlineData("content/a.md", "---\n_build:\n  render: sometimes\n---\n")]
    public void A_rendered_page_names_no_key(string path, string text)
    {
        using var site = new TempSite("hugo");
        site.Write(path, text);
        Assert.Equal(new HugoRendering(HugoRender.Always, "", null), Of(site, path));
    }

    [Fact]
    public void Build_options_outside_a_hugo_site_render_the_page()
    {
        using var site = new TempSite("astro");
        site.Write("src/content/blog/a.md", "---\ntitle: a\n_build:\n  render: never\nheadless: true\n---\n");
        Assert.Equal(new HugoRendering(HugoRender.Always, "", null), Of(site, "src/content/blog/a.md"));
    }

    [Theory]
    [InlineData("home", "never")]
    [InlineData("section", "always")]
    [InlineData("page", "always")]
    public void The_home_page_is_of_kind_home(string kind, string render)
    {
        using var site = new TempSite("hugo");
        site.Write("content/_index.md", $"---\ntitle: home\ncascade:\n- _build:\n    render: never\n  _target:\n    kind: {kind}\n---\n");
        var home = Path.Combine(site.Root, "content", "_index.md");
        Assert.Equal(render == "never" ? new HugoRendering(HugoRender.Never, "_build.render: never", home) : new HugoRendering(HugoRender.Always, "", null), Of(site, "content/_index.md"));
    }

    [Fact]
    public void The_home_page_s_cascade_reaches_pages_in_sections_without_one()
    {
        using var site = new TempSite("hugo");
        site.Write("content/_index.md", "---\ntitle: home\ncascade:\n  _build:\n    render: link\n---\n");
        site.Write("content/sec/deep/a.md", "---\ntitle: a\n---\n");
        site.Write("content/sec/b.md", "---\ntitle: b\n---\n");
        var home = Path.Combine(site.Root, "content", "_index.md");
        Assert.Equal(new HugoRendering(HugoRender.Link, "_build.render: link", home), Of(site, "content/sec/deep/a.md"));
        Assert.Equal(new HugoRendering(HugoRender.Link, "_build.render: link", home), Of(site, "content/sec/b.md"));
    }

    [Fact]
    public void An_index_file_outside_the_content_folder_cascades_nothing()
    {
        // Hugo reads pages from content/ only: an _index.md beside hugo.toml is no section of the site.
        using var site = new TempSite("hugo");
        site.Write("_index.md", "---\ntitle: not content\ncascade:\n  _build:\n    render: never\n---\n");
        site.Write("content/_index.md", "---\ntitle: home\n---\n");
        site.Write("content/a.md", "---\ntitle: a\n---\n");
        Assert.Equal(new HugoRendering(HugoRender.Always, "", null), Of(site, "content/_index.md"));
        Assert.Equal(new HugoRendering(HugoRender.Always, "", null), Of(site, "content/a.md"));
    }

    [Theory]
    [InlineData("target:\n    path: /sec/x.md\n", "x")]                                       // the key's name since Hugo 0.123
    [InlineData("_target:\n    path: /sec/x.md\n  target:\n    path: /sec/y.md\n", "x")]      // _target, as Hugo 0.111 reads it, first
    public void A_cascade_target_may_be_named_target(string target, string unrendered)
    {
        using var site = new TempSite("hugo");
        site.Write("content/sec/_index.md", "---\ntitle: s\ncascade:\n- _build:\n    render: never\n  " + target + "---\n");
        site.Write("content/sec/x.md", "---\ntitle: x\n---\n");
        site.Write("content/sec/y.md", "---\ntitle: y\n---\n");
        Assert.Equal(unrendered, string.Join(" ", new[] { "x", "y" }.Where(p => Of(site, $"content/sec/{p}.md").Render != HugoRender.Always)));
    }
}
