using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>A Jekyll site as its <c>_config.yml</c> describes it.</summary>
public class JekyllSiteConfigTests
{
    private static Site Read(string yaml, string name = "_config.yml")
    {
        using var site = new TempSite("none");
        site.Write(name, yaml);
        var found = SiteLocator.Detect(site.Root)!;
        Assert.Equal(SiteKind.Jekyll, found.Kind);
        Assert.Equal(Path.Combine(site.Root, name), found.ConfigPath);
        return found with { Source = Path.GetRelativePath(site.Root, found.Source).Replace('\\', '/') };
    }

    /// <summary>The plugins GitHub Pages runs: a site that uses only these renders files without front matter.</summary>
    public static TheoryData<string> GitHubPagesPlugins => new()
    {
        "jekyll-avatar", "jekyll-coffeescript", "jekyll-commonmark-ghpages", "jekyll-default-layout", "jekyll-feed",
        "jekyll-gist", "jekyll-github-metadata", "jekyll-include-cache", "jekyll-mentions", "jekyll-optional-front-matter",
        "jekyll-paginate", "jekyll-readme-index", "jekyll-redirect-from", "jekyll-relative-links", "jekyll-remote-theme",
        "jekyll-sass-converter", "jekyll-seo-tag", "jekyll-sitemap", "jekyll-titles-from-headings", "jemoji",
    };

    [Theory]
    [MemberData(nameof(GitHubPagesPlugins))]
    public void A_site_with_only_github_pages_plugins_renders_files_without_front_matter(string plugin)
    {
        Assert.True(Read($"plugins: [{plugin}]\n").RendersWithoutFrontMatter);
        Assert.True(Read($"gems:\n  - {plugin}\n").RendersWithoutFrontMatter);
        Assert.Equal([plugin, "jekyll-archives"], Read($"plugins: [{plugin}]\ngems: [jekyll-archives]\n").Plugins);
        Assert.Equal(plugin == "jekyll-optional-front-matter", Read($"plugins: [{plugin}, jekyll-archives]\n").RendersWithoutFrontMatter);
    }

    [Fact]
    public void A_config_that_is_no_mapping_leaves_jekyll_s_defaults()
    {
        // Jekyll warns "Error reading configuration. Using defaults" and builds with them.
        var site = Read("- future: true\n- plugins: [jekyll-archives]\n");
        Assert.Equal((".", "", false, true), (site.Source, site.BaseUrl, site.Future, site.RendersWithoutFrontMatter));
        Assert.Empty(site.Plugins);
    }

    [Fact]
    public void Without_a_config_key_the_defaults_hold()
    {
        var site = Read("title: t\n", "_config.yaml");
        Assert.Equal((".", "", null, null, null, false, true), (site.Source, site.BaseUrl, site.Url, site.Permalink, site.Repository, site.Future, site.RendersWithoutFrontMatter));
        Assert.Equal(["_drafts", "_posts"], site.ReadUnderscoreFolders.Order(StringComparer.Ordinal));
        Assert.Equal(MarkdownRenderer.KramdownGfm, site.Renderer);
        Assert.Equal([".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"], site.Excluded);
    }

    [Fact]
    public void The_config_sets_the_source_the_urls_the_repository_and_the_time_zone()
    {
        var site = Read("source: src\nbaseurl: blog/\nurl: ' https://me.github.io/ '\npermalink: ' pretty '\nrepository: ' me/blog '\ntimezone: Asia/Seoul\n");
        Assert.Equal(("src", "/blog", "https://me.github.io", "pretty", "me/blog", "Asia/Seoul"), (site.Source, site.BaseUrl, site.Url, site.Permalink, site.Repository, site.TimeZone));
        Assert.Equal(("", null, null), (Read("baseurl: ''\nrepository: ' '\ntimezone: ''\n").BaseUrl, Read("repository: ' '\n").Repository, Read("timezone: ''\n").TimeZone));
        Assert.Equal("", Read("baseurl: /\n").BaseUrl);
    }

    [Fact]
    public void Included_underscore_folders_and_collections_are_read()
    {
        var site = Read("include: [_pages/, .well-known, _notes]\ncollections:\n  recipes:\n    output: true\n  posts:\n    future: true\n");
        Assert.Equal(["_drafts", "_notes", "_pages", "_posts", "_recipes"], site.ReadUnderscoreFolders.Order(StringComparer.Ordinal));
        Assert.True(site.Future);
        Assert.Equal(["_docs", "_drafts", "_posts", "_talks"], Read("collections: [docs, talks, '']\n").ReadUnderscoreFolders.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("future: true\n", true)]
    [InlineData("future: yes\n", true)]
    [InlineData("future: false\n", false)]
    [InlineData("collections:\n  posts:\n    future: on\n", true)]
    [InlineData("collections:\n  docs:\n    future: true\n", false)]
    public void Future_posts_are_built_when_the_site_or_its_posts_collection_says_so(string yaml, bool future) =>
        Assert.Equal(future, Read(yaml).Future);

    [Fact]
    public void Exclude_adds_to_the_defaults_unless_include_names_the_same_entry()
    {
        var site = Read("exclude: [/drafts, notes.md, '', node_modules, vendor/bundle/]\ninclude: [node_modules]\n");
        Assert.Equal(["drafts", "notes.md", "vendor/bundle/"], site.Excluded.Skip(10));
    }

    [Theory]
    [InlineData("", MarkdownRenderer.KramdownGfm)]
    [InlineData("markdown: kramdown\n", MarkdownRenderer.KramdownGfm)]
    [InlineData("kramdown:\n  input: GFM\n", MarkdownRenderer.KramdownGfm)]
    [InlineData("kramdown:\n  input: Kramdown\n", MarkdownRenderer.Kramdown)]
    [InlineData("markdown: CommonMarkGhPages\n", MarkdownRenderer.CmarkGfm)]
    [InlineData("markdown: commonmark\nkramdown:\n  input: kramdown\n", MarkdownRenderer.CmarkGfm)]
    public void The_renderer_follows_markdown_and_kramdown_input(string yaml, MarkdownRenderer renderer) =>
        Assert.Equal(renderer, Read("title: t\n" + yaml).Renderer);
}
