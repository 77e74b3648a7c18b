using PostLint.Engine;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

public class SiteLocatorTests
{
    private const string Post = "---\ntitle: x\ndate: 2025-01-01\n---\n본문입니다.\n";

    private static TempSite Tree()
    {
        var site = new TempSite("none");
        site.Write("hugo-site/hugo.toml", "baseURL = 'https://example.com/'\n");
        site.Write("hugo-site/content/posts/a.md", Post);
        site.Write("blog/_config.yml", "title: blog\n");
        site.Write("blog/_posts/2025-01-01-b.md", Post);
        site.Write("split/config/_default/hugo.toml", "baseURL = 'https://example.org/'\n");
        site.Write("split/content/c.md", Post);
        site.Write("plain/deeper/d.md", Post);
        return site;
    }

    [Fact]
    public void A_walk_lists_the_folders_without_a_generator_config_and_no_other()
    {
        using var site = Tree();
        var discovery = new FileDiscovery(site.Root, [], [], site.Root);
        var files = discovery.Find(["."], []);
        Assert.Equal(["blog/_posts/2025-01-01-b.md", "hugo-site/content/posts/a.md", "plain/deeper/d.md", "split/content/c.md"], files.Select(f => f.DisplayPath));

        var without = discovery.FoldersWithoutSiteConfig.Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        // hugo-site and blog hold a config, split a config/ folder (Hugo's config/_default/), so the walk enters only
        // split's content folder, not its config/; every other folder the walk listed holds none.
        Assert.Equal(string.Join(" ", [".", "blog/_posts", "hugo-site/content", "hugo-site/content/posts", "plain", "plain/deeper", "split/content"]), string.Join(" ", without));
    }

    [Fact]
    public void A_locator_told_which_folders_hold_no_config_finds_the_same_sites()
    {
        using var site = Tree();
        var discovery = new FileDiscovery(site.Root, [], [], site.Root);
        var files = discovery.Find(["."], []);
        var told = new SiteLocator(null, site.Root, discovery.FoldersWithoutSiteConfig);
        var searching = new SiteLocator(null, site.Root);
        foreach (var file in files)
        {
            var a = told.Locate(file.FullPath);
            var b = searching.Locate(file.FullPath);
            Assert.Equal((b.Kind, b.Root, b.BaseUrl), (a.Kind, a.Root, a.BaseUrl));
        }

        Assert.Equal(SiteKind.Hugo, told.Locate(Path.Combine(site.Root, "hugo-site", "content", "posts", "a.md")).Kind);
        Assert.Equal(SiteKind.Hugo, told.Locate(Path.Combine(site.Root, "split", "content", "c.md")).Kind);
        Assert.Equal(SiteKind.Jekyll, told.Locate(Path.Combine(site.Root, "blog", "_posts", "2025-01-01-b.md")).Kind);
        var plain = told.Locate(Path.Combine(site.Root, "plain", "deeper", "d.md"));
        Assert.Equal((SiteKind.None, Path.GetFullPath(site.Root)), (plain.Kind, plain.Root));
    }

    [Fact]
    public void A_folder_said_to_hold_no_config_is_not_read_and_its_parents_still_are()
    {
        using var site = new TempSite("jekyll");
        site.Write("inner/_config.yml", "title: inner\n");
        var file = site.Write("inner/posts/a.md", Post);
        var inner = Path.Combine(site.Root, "inner");
        var told = new SiteLocator(null, site.Root, new HashSet<string>([inner], StringComparer.Ordinal));
        Assert.Equal((SiteKind.Jekyll, Path.GetFullPath(site.Root)), (told.Locate(file).Kind, told.Locate(file).Root));
        Assert.Equal((SiteKind.Jekyll, inner), (new SiteLocator(null, site.Root).Locate(file).Kind, new SiteLocator(null, site.Root).Locate(file).Root));
    }

    [Fact]
    public void A_site_root_given_by_the_user_is_the_site_of_every_file()
    {
        using var site = Tree();
        var blog = Path.Combine(site.Root, "blog");
        var told = new SiteLocator(blog, site.Root);
        var found = told.Locate(Path.Combine(site.Root, "hugo-site", "content", "posts", "a.md"));
        Assert.Equal((SiteKind.Jekyll, Path.GetFullPath(blog)), (found.Kind, found.Root));
        Assert.Same(found, told.Locate(Path.Combine(site.Root, "plain", "deeper", "d.md")));

        // A root with no generator config is a plain site there.
        var plain = new SiteLocator(Path.Combine(site.Root, "plain"), site.Root).Locate(Path.Combine(site.Root, "blog", "_posts", "2025-01-01-b.md"));
        Assert.Equal((SiteKind.None, Path.GetFullPath(Path.Combine(site.Root, "plain"))), (plain.Kind, plain.Root));
    }

    [Fact]
    public void A_jekyll_config_named_config_yaml_marks_a_jekyll_site()
    {
        using var site = new TempSite("none");
        site.Write("_config.yaml", "baseurl: /blog\n");
        var found = SiteLocator.Detect(site.Root)!;
        Assert.Equal((SiteKind.Jekyll, "/blog", Path.Combine(site.Root, "_config.yaml")), (found.Kind, found.BaseUrl, found.ConfigPath));
    }

    [Theory]
    [InlineData("_config.yml", true)]
    [InlineData("_config.yaml", true)]
    [InlineData("hugo.toml", true)]
    [InlineData("config.yaml", true)]
    [InlineData("astro.config.mjs", true)]
    [InlineData("astro.config.cjs", true)]
    [InlineData("_config.json", false)]
    [InlineData("", false)]
    public void Each_generator_config_name_is_known(string name, bool known) => Assert.Equal(known, SiteLocator.IsConfigName(name));

    [Fact]
    public void A_site_found_from_one_folder_is_the_same_site_for_its_other_folders()
    {
        using var site = new TempSite("jekyll");
        var a = site.Write("a/x.md", Post);
        var b = site.Write("b/y.md", Post);
        var locator = new SiteLocator(null, site.Root);
        var first = locator.Locate(a);
        Assert.Equal((SiteKind.Jekyll, Path.GetFullPath(site.Root)), (first.Kind, first.Root));
        Assert.Same(first, locator.Locate(b));
    }

    [Fact]
    public void A_path_with_no_folder_has_the_fallback_site()
    {
        using var site = new TempSite("none");
        var found = new SiteLocator(null, site.Root).Locate(Path.GetPathRoot(Path.GetFullPath(site.Root))!);
        Assert.Equal((SiteKind.None, Path.GetFullPath(site.Root)), (found.Kind, found.Root));
    }
}
