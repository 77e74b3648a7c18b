using PostLint.Documents;
using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Tests.Sites;

/// <summary>What a site says of itself in messages, where its content lies, what Jekyll leaves out, and which posts are drafts.</summary>
public class SiteModelTests
{
    private static Site Of(SiteKind kind) => new(kind, "/s", "/s", "", null, null);

    [Theory]
    [InlineData(SiteKind.Hugo, true, "the Hugo site", "Hugo 사이트", "Hugo")]
    [InlineData(SiteKind.Astro, true, "the Astro site", "Astro 사이트", "Astro")]
    [InlineData(SiteKind.Jekyll, false, "the Jekyll site", "Jekyll 사이트", "Jekyll")]
    [InlineData(SiteKind.Jekyll, true, "GitHub Pages", "GitHub Pages", "Jekyll")]
    [InlineData(SiteKind.None, true, "GitHub Pages", "GitHub Pages", "GitHub")]
    public void A_site_names_its_host_and_generator(SiteKind kind, bool rendersWithoutFrontMatter, string english, string korean, string generator)
    {
        var site = Of(kind) with { RendersWithoutFrontMatter = rendersWithoutFrontMatter };
        Assert.Equal(english, site.Host is Localized l ? l.In(Language.English) : site.Host.ToString());
        Assert.Equal(korean, site.Host is Localized k ? k.In(Language.Korean) : site.Host.ToString());
        Assert.Equal(generator, site.GeneratorName);
    }

    [Fact]
    public void A_site_renders_files_without_front_matter_and_reads_posts_and_drafts_unless_told_otherwise()
    {
        var site = Site.Plain("/s");
        Assert.True(site.RendersWithoutFrontMatter);
        Assert.Equal(["_drafts", "_posts"], site.ReadUnderscoreFolders.Order(StringComparer.Ordinal));
        Assert.Equal((SiteKind.None, "/s", "/s", "", null), (site.Kind, site.Root, site.Source, site.BaseUrl, site.Url));
    }

    [Theory]
    [InlineData("/s/content/posts/a.md", "posts/a.md")]
    [InlineData("/s/content/a.md", "a.md")]
    [InlineData("/s/content", null)]
    [InlineData("/s/content/", null)]
    [InlineData("/s/contents/a.md", null)]
    [InlineData("/s/other/a.md", null)]
    [InlineData("/s/en/x/a.md", "x/a.md")]
    public void A_path_in_content_is_relative_to_the_content_folder_holding_it(string fullPath, string? relative)
    {
        var site = Of(SiteKind.Hugo) with { ContentFolders = ["/s/content/", "/s/en"] };
        Assert.Equal(relative, site.PathInContent(fullPath));
        Assert.Null(Of(SiteKind.Hugo).PathInContent(fullPath));
    }

    [Theory]
    [InlineData("vendor", true, true)]
    [InlineData("vendor/bundle/x.md", false, true)]
    [InlineData("node_modules", true, true)]
    [InlineData("notes.md", false, true)]
    [InlineData("notes.markdown", false, false)]
    [InlineData("NOTES.MD", false, false)]                  // File.fnmatch is case-sensitive
    [InlineData("drafts/a.md", false, true)]
    [InlineData("posts/drafts/a.md", false, true)]
    [InlineData("README.md", false, true)]
    [InlineData("posts/drafts/a.txt", false, true)]
    [InlineData("drafts/a.txt", false, false)]
    [InlineData("Gemfile", false, true)]
    [InlineData("gemfile", false, false)]
    public void Jekyll_leaves_out_what_exclude_matches(string path, bool isFolder, bool excluded)
    {
        var site = Of(SiteKind.Jekyll) with { Excluded = ["vendor", "node_modules/", "*.md", "Gemfile", "*/drafts/*"] };
        Assert.Equal(excluded, site.IsExcluded(path, isFolder));
    }

    private static bool IsDraft(SiteKind kind, string relativePath, string frontMatter)
    {
        var site = new Site(kind, "/s", "/s/src", "", null, null);
        var post = new Post(relativePath, "/s/src/" + relativePath, new SourceText("---\ntitle: t\n" + frontMatter + "---\nbody\n"), site);
        return Drafts.IsDraft(post);
    }

    [Theory]
    [InlineData(SiteKind.Jekyll, "_drafts/a.md", "", true)]
    [InlineData(SiteKind.Jekyll, "blog/_drafts/a.md", "", true)]
    [InlineData(SiteKind.Jekyll, "_drafts.md", "", false)]
    [InlineData(SiteKind.Jekyll, "_posts/2025-01-01-a.md", "", false)]
    [InlineData(SiteKind.Jekyll, "_posts/2025-01-01-a.md", "published: false\n", true)]
    [InlineData(SiteKind.Jekyll, "_posts/2025-01-01-a.md", "published: no\n", true)]
    [InlineData(SiteKind.Jekyll, "_posts/2025-01-01-a.md", "published: \"false\"\n", false)]
    [InlineData(SiteKind.Jekyll, "_posts/2025-01-01-a.md", "draft: true\n", false)]
    [InlineData(SiteKind.Hugo, "content/a.md", "draft: true\n", true)]
    [InlineData(SiteKind.Hugo, "content/a.md", "Draft: yes\n", true)]
    [InlineData(SiteKind.Hugo, "content/a.md", "draft: false\npublished: false\n", false)]
    [InlineData(SiteKind.Hugo, "content/a.md", "PUBLISHED: false\n", true)]
    [InlineData(SiteKind.Hugo, "content/a.md", "published: yes\n", false)]
    [InlineData(SiteKind.Hugo, "_drafts/a.md", "", false)]
    [InlineData(SiteKind.Astro, "src/content/blog/a.md", "draft: true\n", true)]
    [InlineData(SiteKind.Astro, "src/content/blog/a.md", "draft: yes\n", false)]
    [InlineData(SiteKind.Astro, "src/content/blog/a.md", "Draft: true\n", false)]
    [InlineData(SiteKind.Astro, "src/content/blog/a.md", "published: false\n", false)]
    [InlineData(SiteKind.None, "_drafts/a.md", "draft: true\npublished: false\n", false)]
    public void A_post_is_a_draft_as_its_generator_decides(SiteKind kind, string path, string frontMatter, bool draft) =>
        Assert.Equal(draft, IsDraft(kind, path, frontMatter));

    [Fact]
    public void A_file_outside_the_source_folder_is_in_no_drafts_folder()
    {
        var site = new Site(SiteKind.Jekyll, "/s", "/s/src", "", null, null);
        var post = new Post("../_drafts/a.md", "/s/_drafts/a.md", new SourceText("---\ntitle: t\n---\n"), site);
        Assert.False(Drafts.InDraftsFolder(post));
    }
}
