using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>Findings name the generator and host that will show the post, and apply its base path.</summary>
public class GeneratorMessagesTests
{
    private static string Single(TempSite site, string post) =>
        Assert.Single(RuleHarness.LintFile(site, post, "broken-image-path")).Message;

    [Theory]
    [InlineData("hugo", "content/posts/글.md", "static/images/cover.png", "the Hugo site")]
    [InlineData("astro", "src/content/blog/글.md", "public/images/cover.png", "the Astro site")]
    [InlineData("jekyll", "_posts/2025-03-01-글.md", "images/cover.png", "GitHub Pages")]
    public void A_letter_case_mismatch_names_the_host_that_shows_the_post(string kind, string post, string image, string host)
    {
        using var site = new TempSite(kind);
        site.Write(image, "PNG");
        site.Write(post, "---\ntitle: 그림\ndate: 2025-03-01\n---\n\n![표지](/images/Cover.png)\n");
        var message = Single(site, post);
        Assert.Contains($"works on macOS/Windows, breaks on {host};", message, StringComparison.Ordinal);
        if (kind != "jekyll")
        {
            Assert.DoesNotContain("GitHub", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_jekyll_site_with_plugins_github_pages_does_not_run_is_named_as_such()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: t\nplugins:\n  - jekyll-archives\n");
        site.Write("images/cover.png", "PNG");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: a\n---\n\n![cover](/images/Cover.png)\n");
        Assert.Contains("breaks on the Jekyll site;", Single(site, "_posts/2025-03-01-a.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Astro_base_is_not_added_to_a_root_relative_path_written_in_markdown()
    {
        using var site = new TempSite("none");
        site.Write("astro.config.mjs", "export default defineConfig({ site: 'https://me.github.io', base: '/blog' });\n");
        site.Write("public/images/a.png", "PNG");
        site.Write("src/content/blog/a.md", "---\ntitle: 글\npubDate: 2025-03-01\n---\n\n![그림](/images/a.png)\n");
        site.Write("src/content/blog/b.md", "---\ntitle: Post\npubDate: 2025-03-01\n---\n\n![image](/blog/images/a.png)\n");
        Assert.Equal("image '/images/a.png' leaves out Astro's base '/blog': the published page loads /images/a.png, outside the site; write '/blog/images/a.png'", Single(site, "src/content/blog/a.md"));
        Assert.Empty(RuleHarness.LintFile(site, "src/content/blog/b.md", "broken-image-path"));
    }

    [Fact]
    public void Hugo_base_url_path_is_not_added_to_a_root_relative_path_written_in_markdown()
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", "baseURL = 'https://me.github.io/project/'\n");
        site.Write("static/images/a.png", "PNG");
        site.Write("content/posts/a.md", "+++\ntitle = '글'\n+++\n\n![그림](/images/a.png)\n");
        site.Write("content/posts/b.md", "+++\ntitle = 'Post'\n+++\n\n![image](/project/images/a.png)\n");
        Assert.Equal("image '/images/a.png' leaves out the baseURL path '/project': the published page loads /images/a.png, outside the site; write '/project/images/a.png'", Single(site, "content/posts/a.md"));
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/b.md", "broken-image-path"));
    }

    [Fact]
    public void Hugo_content_dir_decides_what_is_a_page()
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", "contentDir = 'posts'\n");
        site.Write("posts/blog/a.md", "+++\ndate = 2025-03-01\n+++\n본문\n");
        site.Write("content/old.md", "+++\ndate = 2025-03-01\n+++\n본문\n");
        Assert.Single(RuleHarness.LintFile(site, "posts/blog/a.md", "required-key"));
        Assert.Empty(RuleHarness.LintFile(site, "content/old.md", "required-key"));
        var walked = site.Run("--select", "required-key").Findings;
        Assert.Equal(["posts/blog/a.md:1:1: error PL107 required-key: front matter has no title; add title = with a value"], walked);
    }
}
