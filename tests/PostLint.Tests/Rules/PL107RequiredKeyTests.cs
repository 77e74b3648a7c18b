using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL107RequiredKeyTests
{
    private static string[] Lint(string text, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint(text, path, "required-key").Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Missing_title_is_reported_on_the_opening_line()
    {
        Assert.Equal(["1:1-1:4 front matter has no title; add title: with a value"], Lint("---\ndate: 2025-03-01\n---\n본문\n"));
    }

    [Theory]
    [InlineData("title:\n")]
    [InlineData("title: \"\"\n")]
    [InlineData("title: ~\n")]
    [InlineData("title: []\n")]
    [InlineData("title: {}\n")]
    public void Empty_title_is_reported_at_the_key(string yaml)
    {
        Assert.Equal(["2:1-2:6 title is empty; give it a value"], Lint("---\n" + yaml + "---\n본문\n"));
    }

    [Theory]
    [InlineData("---\ntitle: \"도커 입문\"\n---\n")]
    [InlineData("---\ntitle: 0\n---\n")]
    public void A_title_with_a_value_is_fine(string text)
    {
        Assert.Empty(Lint(text));
    }

    [Theory]
    [InlineData("jekyll", "_posts/2025-01-21-인덱스.md", "---\npublished: false\n---\n")]
    [InlineData("hugo", "content/posts/a.md", "---\ndraft: true\n---\n")]
    public void A_draft_the_build_leaves_out_is_checked_only_with_drafts(string kind, string path, string text)
    {
        // From a real blog: a post holding only published: false is work in progress; Jekyll does not build it.
        using var site = new TempSite(kind);
        site.Write(path, text + "본문\n");
        var settings = RuleHarness.SettingsFor("required-key");
        string[] LintWith(PostLint.Configuration.LintSettings s) =>
            new PostLint.Engine.Linter(s, new PostLint.Sites.SiteLocator(null, site.Root)).LintFile(new PostLint.Engine.LintTarget(path, Path.Combine(site.Root, path)))
                .Diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();

        Assert.Empty(LintWith(settings));
        Assert.Equal(["1:1 front matter has no title; add title: with a value"], LintWith(settings with { Drafts = true }));
    }

    [Theory]
    [InlineData("about.md")]
    [InlineData("_drafts/x.md")]
    public void Pages_and_drafts_are_not_checked(string path)
    {
        Assert.Empty(Lint("---\nlayout: page\n---\n", path));
    }

    [Theory]
    [InlineData("본문만 있는 글\n")]
    [InlineData("---\ntitle: a: b\n---\n")]
    [InlineData("---\n- 목록\n---\n")]
    public void Posts_without_a_readable_mapping_are_left_to_other_rules(string text)
    {
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Toml_front_matter_without_a_title_is_reported_in_toml_syntax()
    {
        Assert.Equal(["1:1-1:4 front matter has no title; add title = with a value"], Lint("+++\ndate = 2025-03-01\n+++\n"));
    }

    [Fact]
    public void Configured_keys_including_dotted_paths()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  required-key:\n    keys: [title, excerpt, header.teaser]\n");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: 제목\nheader:\n  overlay_image: /a.jpg\n---\n본문\n");
        var found = RuleHarness.LintFile(site, "_posts/2025-03-01-x.md", "required-key").Select(d => d.Message);
        Assert.Equal(["front matter has no excerpt; add excerpt: with a value", "front matter has no header.teaser; add header.teaser: with a value"], found);
    }

    [Fact]
    public void Hugo_content_pages_are_checked()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", "---\ndate: 2025-03-01\n---\n");
        Assert.Single(RuleHarness.LintFile(site, "content/posts/x.md", "required-key"));
    }

    [Fact]
    public void Hugo_pages_that_are_never_rendered_need_no_title()
    {
        // A headless bundle or a page with render: never is never shown on its own, so it has no title to show.
        using var site = new TempSite("hugo");
        site.Write("content/posts/never.md", "---\ndate: 2025-03-01\nbuild:\n  render: never\n---\n");
        site.Write("content/shared/index.md", "---\nheadless: true\n---\n공용 조각\n");
        site.Write("content/posts/shown.md", "---\ndate: 2025-03-01\nbuild:\n  render: always\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/never.md", "required-key"));
        Assert.Empty(RuleHarness.LintFile(site, "content/shared/index.md", "required-key"));
        Assert.Equal(["front matter has no title; add title: with a value"], RuleHarness.LintFile(site, "content/posts/shown.md", "required-key").Select(d => d.Message));
    }

    [Fact]
    public void A_nested_empty_mapping_or_list_is_empty_and_a_filled_one_is_not()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  required-key:\n    keys: [title, header, tags]\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 제목\nheader: {}\ntags: []\n---\n");
        site.Write("_posts/2025-03-01-b.md", "---\ntitle: Title\nheader:\n  teaser: /a.jpg\ntags: [docker]\n---\n");
        Assert.Equal(
            ["3:1-3:7 header is empty; give it a value", "4:1-4:5 tags is empty; give it a value"],
            RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "required-key").Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}"));
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-b.md", "required-key"));
    }

    [Fact]
    public void Hugo_reads_keys_in_any_letter_case_and_jekyll_does_not()
    {
        // From a real Hugo blog: 'Title:' is the page's title for Hugo, which lower-cases front matter keys.
        using var site = new TempSite("hugo");
        site.Write("content/posts/a.md", "---\nTitle: 글 제목\ndate: 2025-03-01\n---\n본문\n");
        site.Write("content/posts/b.md", "---\nTITLE: Post title\ndate: 2025-03-01\n---\nBody\n");
        site.Write("content/posts/c.md", "---\ntitel: Post title\n---\nBody\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/a.md", "required-key"));
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/b.md", "required-key"));
        Assert.Equal(["front matter has no title; add title: with a value"], RuleHarness.LintFile(site, "content/posts/c.md", "required-key").Select(d => d.Message));

        using var jekyll = new TempSite("jekyll");
        jekyll.Write("_posts/2025-03-01-a.md", "---\nTitle: Post title\n---\nBody\n");
        Assert.Equal(["front matter has no title; add title: with a value"], RuleHarness.LintFile(jekyll, "_posts/2025-03-01-a.md", "required-key").Select(d => d.Message));
    }

    [Fact]
    public void A_malformed_key_in_the_config_stops_the_run()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  required-key:\n    keys: [title, header..teaser]\n");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: 제목\n---\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:3:11: 'header..teaser' is not a key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL107-required-key", "PL107");
}
