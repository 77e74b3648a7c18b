using PostLint.Rules.Shared;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

public class SiteFilesTests
{
    // '파일' written decomposed (NFD): 파 = U+1111 U+1161, 일 = U+110B U+1175 U+11AF.
    private const string DecomposedName = "\u1111\u1161\u110B\u1175\u11AF.md";

    private static TempSite Tree()
    {
        var site = new TempSite("none");
        site.Write("docs/Guide/intro.md", "# Intro\n");
        site.Write("docs/Guide/setup.md", "# Setup\n");
        site.Write("docs/logo.png", "");
        site.Write("docs/notes.txt", "");
        site.Write("한글/" + DecomposedName, "# 파일\n");
        site.Write("outside/secret.md", "");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "docs", "linked"), Path.Combine(site.Root, "docs", "Guide"));
        return site;
    }

    [Theory]
    [InlineData("docs/Guide/intro.md", "Found", "docs/Guide/intro.md")]
    [InlineData("docs/guide/intro.md", "CaseMismatch", "docs/Guide/intro.md")]
    [InlineData("docs/Guide/INTRO.md", "CaseMismatch", "docs/Guide/intro.md")]
    [InlineData("한글/파일.md", "NormalizationMismatch", "한글/" + DecomposedName)]
    [InlineData("docs/Guide", "IsFolder", "docs/Guide")]
    [InlineData("docs/linked/setup.md", "Found", "docs/linked/setup.md")]
    [InlineData("docs/logo.png/x.md", "Missing", "docs/logo.png")]
    [InlineData("docs/Guide/intr.md", "Missing", "docs/Guide")]
    [InlineData("nowhere/intro.md", "Missing", "")]
    public void Find_tells_what_a_path_leads_to_and_the_names_on_disk(string path, string status, string real)
    {
        using var site = Tree();
        var result = new SiteFiles().Find(site.Root, site.Root, path.Split('/'));

        Assert.Equal(status, result.Status.ToString());
        Assert.Equal(real, string.Join('/', result.RealSegments));
    }

    [Theory]
    [InlineData("docs/Guide/intr.md", "intro.md")]
    [InlineData("docs/Guide/setup.markdown", "setup.md")]
    [InlineData("docs/logo.jpg", "logo.png")]
    [InlineData("docs/Gide/intro.md", "Guide")]
    [InlineData("docs/Guide/zzzzzz.md", null)]
    public void A_missing_name_gets_the_closest_name_of_its_kind_in_the_folder_where_the_lookup_stopped(string path, string? suggestion)
    {
        using var site = Tree();
        var result = new SiteFiles().Find(site.Root, site.Root, path.Split('/'));

        Assert.Equal(LookupStatus.Missing, result.Status);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Fact]
    public void A_link_folder_that_leads_outside_the_containment_stops_the_lookup()
    {
        using var site = Tree();
        var files = new SiteFiles();
        var docs = Path.Combine(site.Root, "docs");
        Directory.CreateSymbolicLink(Path.Combine(docs, "escape"), Path.Combine(site.Root, "outside"));

        Assert.Equal(LookupStatus.LinkOutsideRoot, files.Find(docs, docs, ["escape", "secret.md"]).Status);
        Assert.Equal(LookupStatus.Found, files.Find(site.Root, docs, ["escape", "secret.md"]).Status);
        Assert.False(files.ExactFile(docs, "escape/secret.md"));
    }

    [Theory]
    [InlineData("docs/Guide/intro.md")]
    [InlineData("docs/guide/intro.md")]
    [InlineData("docs/Guide/INTRO.md")]
    [InlineData("한글/파일.md")]
    [InlineData("한글/" + DecomposedName)]
    [InlineData("docs/Guide")]
    [InlineData("docs")]
    [InlineData("docs/linked/setup.md")]
    [InlineData("docs/logo.png/x.md")]
    [InlineData("docs/Guide/intr.md")]
    [InlineData("nowhere/intro.md")]
    [InlineData("docs/notes.txt")]
    public void ExactFile_says_found_where_Find_finds_the_name_as_written_through_plain_folders(string path)
    {
        using var site = Tree();
        var files = new SiteFiles();
        var found = files.Find(site.Root, site.Root, path.Split('/')).Status == LookupStatus.Found;
        var throughLink = path.StartsWith("docs/linked/", StringComparison.Ordinal);

        // A path through a link folder is left to Find, which checks where the link leads.
        Assert.Equal(found && !throughLink, files.ExactFile(site.Root, path));
        Assert.Equal(found, new SiteFiles().Find(site.Root, site.Root, path.Split('/')).Status == LookupStatus.Found);
    }

    [Fact]
    public void Lookups_that_share_folders_agree_with_lookups_of_a_fresh_instance()
    {
        using var site = Tree();
        var shared = new SiteFiles();
        string[] paths = ["docs/Guide/intro.md", "docs/guide/setup.md", "docs/Guide/missing.md", "docs/linked/intro.md", "한글/파일.md", "docs/logo.png"];
        foreach (var path in paths.Concat(paths.Reverse()))
        {
            var again = shared.Find(site.Root, site.Root, path.Split('/'));
            var fresh = new SiteFiles().Find(site.Root, site.Root, path.Split('/'));
            Assert.Equal((fresh.Status, fresh.Index, string.Join('/', fresh.RealSegments), fresh.Suggestion), (again.Status, again.Index, string.Join('/', again.RealSegments), again.Suggestion));
        }
    }
}
