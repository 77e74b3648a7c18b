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

    [Theory]
    [InlineData("docs/Guide/intro.md", "Found", 2, false)]
    [InlineData("docs/guide/intro.md", "CaseMismatch", 1, false)]
    [InlineData("docs/guide/INTRO.md", "CaseMismatch", 1, false)]
    [InlineData("docs/Guide/INTRO.md", "CaseMismatch", 2, false)]
    [InlineData("docs/guide", "CaseMismatch", 1, false)]
    [InlineData("docs/Guide", "IsFolder", 1, false)]
    [InlineData("한글/파일.md", "NormalizationMismatch", 1, false)]
    [InlineData("docs/logo.png/x.md", "Missing", 2, true)]
    [InlineData("docs/Guide/intr.md", "Missing", 2, false)]
    [InlineData("docs/guide/intr.md", "Missing", 2, false)]
    [InlineData("nowhere/intro.md", "Missing", 0, false)]
    public void Find_tells_the_index_of_the_first_mismatch_or_where_the_lookup_stopped(string path, string status, int index, bool stoppedIsFile)
    {
        using var site = Tree();
        var result = new SiteFiles().Find(site.Root, site.Root, path.Split('/'));

        Assert.Equal(status, result.Status.ToString());
        Assert.Equal(index, result.Index);
        Assert.Equal(stoppedIsFile, result.StoppedIsFile);
    }

    [Fact]
    public void Find_of_no_segments_is_the_root_itself()
    {
        using var site = Tree();
        var result = new SiteFiles().Find(site.Root, site.Root, []);
        Assert.Equal(LookupStatus.Found, result.Status);
        Assert.Equal(-1, result.Index);
        Assert.Empty(result.RealSegments);
    }

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("logo.png", "logo.png", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 2)]
    [InlineData("사진.png", "사직.png", 1)]
    [InlineData("스크린샷", "스크린", 1)]
    [InlineData("intro.md", "INTRO.md", 5)]
    public void EditDistance_is_the_levenshtein_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, SiteFiles.EditDistance(a, b));
        Assert.Equal(expected, SiteFiles.EditDistance(b, a));
    }

    [Fact]
    public void EditDistance_of_long_names_is_exact_too() =>
        Assert.Equal(299, SiteFiles.EditDistance("a", new string('a', 150) + new string('b', 150)));

    [Fact]
    public void FilesNamed_and_AnyFileUnder_read_the_index_of_the_folder()
    {
        using var site = Tree();
        var files = new SiteFiles();
        Assert.Equal(["docs/Guide/intro.md"], files.FilesNamed(site.Root, "intro.md", SiteFiles.PlainBudget));
        Assert.Empty(files.FilesNamed(site.Root, "Intro.md", SiteFiles.PlainBudget)!);
        Assert.Null(files.FilesNamed(site.Root, "intro.md", 2));
        Assert.True(files.AnyFileUnder(site.Root, "docs", n => n.EndsWith(".md", StringComparison.Ordinal), SiteFiles.PlainBudget));
        Assert.True(files.AnyFileUnder(site.Root, "docs/Guide", n => n == "setup.md", SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "docs/Gui", n => n.EndsWith(".md", StringComparison.Ordinal), SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "outside", n => n == "intro.md", SiteFiles.PlainBudget));
        Assert.Null(files.AnyFileUnder(site.Root, "docs", n => true, 2));
    }
}
