using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// JekyllSiteFiles: what Jekyll 4.3.1 makes of each file of a source (its EntryFilter and readers): a page, a static
/// file, a document, or a file it does not read or write, and why. Each expectation was checked with a real build.
/// </summary>
public class JekyllSiteFilesTests
{
    private static string Role(string config, string path, bool drafts = false, bool frontMatter = true)
    {
        using var site = new TempSite(kind: "none");
        site.Write("_config.yml", config);
        var detected = SiteLocator.Detect(site.Root)!;
        var file = JekyllSiteFiles.Classify(detected, JekyllSettings.From(detected), path.Split('/'), drafts, () => frontMatter);
        return file.Name is null ? file.Role.ToString() : $"{file.Role} {file.Name}";
    }

    private const string Plain = "title: t\n";

    [Theory]
    [InlineData("_posts/2025-01-01-a.md", "Document")]
    [InlineData("blog/_posts/2025-01-01-a.md", "Document")] // a posts folder at any depth
    [InlineData("_posts/2025/2025-01-01-a.md", "Document")]
    [InlineData("_posts/_old.md", "Special _old.md")]
    [InlineData("_posts/.hidden/2025-01-01-a.md", "Special .hidden")]
    [InlineData("_posts/sub/_x.md", "Special _x.md")]
    [InlineData("_posts/sub/a.md~", "Special a.md~")]
    [InlineData("_posts/#a.md", "Special #a.md")]
    [InlineData("_drafts/a.md", "Draft")]
    [InlineData("_posts", "Special _posts")] // a file of that name is no folder
    [InlineData("_includes/x.md", "Special _includes")]
    [InlineData("docs/.cache/x.md", "Special .cache")]
    [InlineData("about.md", "Page")]
    [InlineData("sub/about.md", "Page")]
    [InlineData("node_modules/pkg/readme.md", "Excluded")] // Jekyll's own exclude list
    [InlineData("Gemfile", "Excluded")]
    public void Posts_drafts_special_and_excluded_entries(string path, string expected)
    {
        Assert.Equal(expected, Role(Plain, path));
    }

    [Fact]
    public void Drafts_are_documents_when_built_with_drafts()
    {
        Assert.Equal("Document", Role(Plain, "_drafts/a.md", drafts: true));
        Assert.Equal("Special _x.md", Role(Plain, "_drafts/_x.md", drafts: true));
    }

    [Theory]
    [InlineData("include: [.well-known]\n", ".well-known/security.txt", "Static")]
    [InlineData("include: [_inner/]\n", "_posts/_inner/2025-01-01-a.md", "Document")] // a folder entry names the folder
    [InlineData("include: [_inner/]\n", "_posts/_inner", "Special _inner")] // not a file of that name
    [InlineData("include: [_x.md]\n", "_posts/sub/_x.md", "Document")]
    [InlineData("include: [_x.md/]\n", "_posts/sub/_x.md", "Special _x.md")]
    [InlineData("include: [_data]\n", "_data/a.md", "Page")]
    [InlineData("exclude: [drafts-old]\n", "drafts-old/a.md", "Excluded")]
    [InlineData("exclude: [docs/old.md]\n", "docs/old.md", "Excluded")] // matched against the path below the source
    [InlineData("exclude: [old.md]\n", "docs/old.md", "Page")]
    [InlineData("exclude: [about.md/]\n", "about.md", "Page")] // a folder entry leaves a file of that name
    [InlineData("exclude: [notes]\ninclude: [notes]\n", "notes/a.md", "Page")]
    public void Include_and_exclude_entries(string config, string path, string expected)
    {
        Assert.Equal(expected, Role(config, path, frontMatter: !path.EndsWith(".txt", StringComparison.Ordinal)));
    }

    private const string Collections = "collections:\n  recipes:\n    output: true\n  notes: {}\n";

    [Theory]
    [InlineData("_recipes/a.md", "Document")]
    [InlineData("_recipes/sub/a.md", "Document")]
    [InlineData("_recipes/_a.md", "Special _a.md")]
    [InlineData("_notes/a.md", "Unwritten notes")]
    [InlineData("_notes", "Special _notes")] // a file named like the folder
    [InlineData("x/_recipes/a.md", "Special _recipes")] // a collection's folder is at the source's top (or collections_dir)
    [InlineData("_other/a.md", "Special _other")]
    [InlineData("_/a.md", "Special _")]
    public void Collection_documents(string path, string expected)
    {
        Assert.Equal(expected, Role(Collections, path));
    }

    [Theory]
    [InlineData("my_collections/_recipes/a.md", "Document")]
    [InlineData("my_collections/_posts/2025-01-01-a.md", "Document")]
    [InlineData("_recipes/a.md", "Special _recipes")]
    [InlineData("my_collections/sub/_recipes/a.md", "Special _recipes")]
    [InlineData("sub/_recipes/a.md", "Special _recipes")]
    [InlineData("my_collections/sub/_posts/2025-01-01-a.md", "Document")]
    [InlineData("_posts/2025-01-01-a.md", "Special _posts")] // posts are read only below collections_dir
    [InlineData("blog/_posts/2025-01-01-a.md", "Special _posts")]
    [InlineData("my_collections_old/_posts/2025-01-01-a.md", "Document")] // Jekyll compares the folder's path as a string
    [InlineData("_drafts/a.md", "Special _drafts")]
    public void Collections_below_collections_dir(string path, string expected)
    {
        Assert.Equal(expected, Role(Collections + "collections_dir: my_collections\n", path));
    }

    [Theory]
    [InlineData(Plain, "about.md", "Page")] // jekyll-optional-front-matter, as on GitHub Pages
    [InlineData(Plain, "logo.png", "Static")]
    [InlineData("plugins: [jekyll-paginate-v2]\n", "about.md", "Static")] // not GitHub Pages: no optional front matter
    public void Files_without_front_matter(string config, string path, string expected)
    {
        Assert.Equal(expected, Role(config, path, frontMatter: false));
    }

    [Theory]
    [InlineData(JekyllFileRole.Page, true)]
    [InlineData(JekyllFileRole.Static, true)]
    [InlineData(JekyllFileRole.Document, true)]
    [InlineData(JekyllFileRole.Special, false)]
    [InlineData(JekyllFileRole.Excluded, false)]
    [InlineData(JekyllFileRole.Unwritten, false)]
    [InlineData(JekyllFileRole.Draft, false)]
    public void Site_files_are_pages_static_files_and_documents(JekyllFileRole role, bool expected)
    {
        Assert.Equal(expected, new JekyllFile(role).IsSiteFile);
    }

    [Fact]
    public void A_yaml_header_is_three_dashes_at_the_first_byte()
    {
        using var site = new TempSite(kind: "none");
        Assert.True(JekyllSiteFiles.HasYamlHeader(site.Write("a.md", "---\ntitle: x\n---\n")));
        Assert.True(JekyllSiteFiles.HasYamlHeader(site.Write("b.md", "---")));
        Assert.False(JekyllSiteFiles.HasYamlHeader(site.Write("c.md", "--")));
        Assert.False(JekyllSiteFiles.HasYamlHeader(site.Write("d.md", "\uFEFF---\ntitle: x\n---\n")));
        Assert.False(JekyllSiteFiles.HasYamlHeader(site.Write("e.md", "+++\ntitle = 'x'\n+++\n")));
        Assert.False(JekyllSiteFiles.HasYamlHeader(site.Write("f.md", "")));
        Assert.False(JekyllSiteFiles.HasYamlHeader(Path.Combine(site.Root, "missing.md")));
        Directory.CreateDirectory(Path.Combine(site.Root, "folder.md"));
        Assert.False(JekyllSiteFiles.HasYamlHeader(Path.Combine(site.Root, "folder.md")));
    }

    [Theory]
    [InlineData("_a", true)]
    [InlineData(".a", true)]
    [InlineData("#a", true)]
    [InlineData("~a", true)]
    [InlineData("a~", true)]
    [InlineData("", true)]
    [InlineData("a_b.md", false)]
    [InlineData("글.md", false)]
    public void Special_names(string name, bool expected)
    {
        Assert.Equal(expected, JekyllSiteFiles.IsSpecial(name));
    }
}
