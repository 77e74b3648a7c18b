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
    [InlineData("DOCS/Guide", "CaseMismatch", 0, false)]
    [InlineData("DOCS/guide/intro.md", "CaseMismatch", 0, false)]
    [InlineData("docs/linked/setup.md", "Found", 2, false)]
    [InlineData("docs/linked", "IsFolder", 1, false)]
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

    private static string Nfd(string name) => string.Concat(name.Select(c => c is >= '\uAC00' and <= '\uD7A3' ? Jamo(c) : c.ToString()));

    // A Hangul syllable as its two or three conjoining jamo (Unicode's arithmetic decomposition).
    private static string Jamo(char syllable)
    {
        var s = syllable - 0xAC00;
        var tail = s % 28;
        var lead = (char)(0x1100 + (s / 28 / 21));
        var vowel = (char)(0x1161 + (s / 28 % 21));
        return tail == 0 ? $"{lead}{vowel}" : $"{lead}{vowel}{(char)(0x11A7 + tail)}";
    }

    [Fact]
    public void A_root_that_cannot_be_listed_is_unreadable_and_holds_no_file()
    {
        using var site = new TempSite("none");
        var loop = Path.Combine(site.Root, "loop");
        Directory.CreateSymbolicLink(loop, loop);
        var files = new SiteFiles();

        var result = files.Find(site.Root, loop, ["글", "a.md"]);
        Assert.Equal((LookupStatus.Unreadable, 0, 0, (string?)null), (result.Status, result.Index, result.RealSegments.Count, result.Suggestion));
        Assert.Equal(LookupStatus.Unreadable, files.Find(site.Root, loop, ["a.md"]).Status);
        Assert.False(files.ExactFile(loop, "a.md"));
        Assert.Empty(files.FilesNamed(loop, "a.md", SiteFiles.PlainBudget)!);
        Assert.False(files.AnyFileUnder(loop, "글", n => true, SiteFiles.PlainBudget));
    }

    [Fact]
    public void The_index_of_a_folder_that_does_not_exist_is_empty()
    {
        using var site = new TempSite("none");
        var files = new SiteFiles();
        var missing = Path.Combine(site.Root, "없는-폴더");

        Assert.Empty(files.FilesNamed(missing, "a.md", SiteFiles.PlainBudget)!);
        Assert.False(files.AnyFileUnder(missing, "posts", n => true, SiteFiles.PlainBudget));
        Assert.Equal(LookupStatus.Missing, files.Find(site.Root, missing, ["a.md"]).Status);
    }

    [Fact]
    public void The_index_skips_hidden_generated_and_vendored_folders_hidden_files_and_link_folders()
    {
        using var site = new TempSite("none");
        site.Write("docs/intro.md", "");
        site.Write("node_modules/pkg/intro.md", "");
        site.Write("_site/intro.md", "");
        site.Write("vendor/bundle/intro.md", "");
        site.Write(".jekyll-cache/intro.md", "");
        site.Write(".git/intro.md", "");
        site.Write("docs/.intro.md", "");
        site.Write("사진/" + Nfd("고양이.png"), "");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "linked"), Path.Combine(site.Root, "docs"));
        var files = new SiteFiles();

        Assert.Equal(["docs/intro.md"], files.FilesNamed(site.Root, "intro.md", SiteFiles.PlainBudget));
        Assert.Empty(files.FilesNamed(site.Root, ".intro.md", SiteFiles.PlainBudget)!);
        Assert.Equal(["사진/" + Nfd("고양이.png")], files.FilesNamed(site.Root, Nfd("고양이.png"), SiteFiles.PlainBudget));
        Assert.Empty(files.FilesNamed(site.Root, "고양이.png", SiteFiles.PlainBudget)!);
        Assert.False(files.AnyFileUnder(site.Root, "node_modules", n => true, SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "_site", n => true, SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "vendor", n => true, SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "linked", n => true, SiteFiles.PlainBudget));
    }

    [Fact]
    public void The_index_budget_counts_every_entry_of_every_folder_it_lists()
    {
        using var site = new TempSite("none");
        site.Write("a.md", "");
        site.Write(".hidden", "");
        site.Write("node_modules/pkg/index.js", "");
        site.Write("글/b.md", "");

        // Listed: a.md, .hidden, node_modules and 글 in the root, b.md in 글; node_modules is not listed.
        Assert.Equal(["글/b.md"], new SiteFiles().FilesNamed(site.Root, "b.md", 5));
        Assert.Null(new SiteFiles().FilesNamed(site.Root, "b.md", 4));
        Assert.True(new SiteFiles().AnyFileUnder(site.Root, "글", n => n == "b.md", 5));
        Assert.Null(new SiteFiles().AnyFileUnder(site.Root, "글", n => n == "b.md", 4));
    }

    [Fact]
    public void Each_root_and_budget_has_an_index_of_its_own()
    {
        using var site = new TempSite("none");
        site.Write("s1/one.md", "");
        site.Write("s/two.md", "");
        var files = new SiteFiles();
        var s1 = Path.Combine(site.Root, "s1");
        var s = Path.Combine(site.Root, "s");

        // "…/s1" with 5000 and "…/s" with 15000 would make the same key without a separator.
        Assert.Equal(["one.md"], files.FilesNamed(s1, "one.md", 5000));
        Assert.Empty(files.FilesNamed(s, "one.md", 15000)!);
        Assert.Equal(["two.md"], files.FilesNamed(s, "two.md", 15000));
    }

    [Fact]
    public void AnyFileUnder_looks_for_one_matching_file_below_the_folder_among_all_files_of_that_name()
    {
        using var site = new TempSite("none");
        site.Write("docs/Guide/intro.md", "");
        site.Write("outside/intro.md", "");
        site.Write("글/사진/고양이.png", "");
        var files = new SiteFiles();

        Assert.True(files.AnyFileUnder(site.Root, "docs", n => n == "intro.md", SiteFiles.PlainBudget));
        Assert.True(files.AnyFileUnder(site.Root, "outside", n => n == "intro.md", SiteFiles.PlainBudget));
        Assert.True(files.AnyFileUnder(site.Root, "글", n => n.EndsWith(".png", StringComparison.Ordinal), SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "글/사진", n => n == "intro.md", SiteFiles.PlainBudget));
        Assert.False(files.AnyFileUnder(site.Root, "docs/Guide/intro.md", n => n == "intro.md", SiteFiles.PlainBudget));
    }

    [Theory]
    [InlineData(".intro.md", "intro.md", null)]
    [InlineData("photos", "photo/cat.png", null)]
    [InlineData("photos/", "photo", null)]
    [InlineData("photos", "photo", "photos")]
    [InlineData("photos/", "photo/cat.png", "photos")]
    [InlineData("abcdefghijklmno/", "abcdefghijkl/x.md", "abcdefghijklmno")]
    [InlineData("abcdefghijklmnop/", "abcdefghijkl/x.md", null)]
    [InlineData("readme.textbundle", "readme.md", "readme.textbundle")]
    [InlineData("readme.restructured", "readme.md", null)]
    [InlineData("여행-사진/", "여행-사잔/a.png", "여행-사진")]
    [InlineData("표지.jpeg", "표지.png", "표지.jpeg")]
    public void The_closest_name_is_of_the_kind_looked_for_not_hidden_and_near_in_length(string onDisk, string path, string? suggestion)
    {
        using var site = new TempSite("none");
        var disk = Path.Combine(site.Root, "d", onDisk.TrimEnd('/'));
        if (onDisk.EndsWith('/'))
        {
            Directory.CreateDirectory(disk);
        }
        else
        {
            site.Write("d/" + onDisk, "");
        }

        var result = new SiteFiles().Find(site.Root, site.Root, ("d/" + path).Split('/'));

        Assert.Equal(LookupStatus.Missing, result.Status);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Theory]
    [InlineData("cat.md", "bat.md", "hat.md")]
    [InlineData("dog.md", "dug.md", "dig.md")]
    [InlineData("pen.md", "pin.md", "pan.md")]
    [InlineData("sun.md", "run.md", "bun.md")]
    [InlineData("map.md", "mop.md", "mip.md")]
    [InlineData("top.md", "tip.md", "tap.md")]
    public void Of_names_equally_close_the_first_in_ordinal_order_is_suggested(string missing, string one, string other)
    {
        using var site = new TempSite("none");
        site.Write("d/" + one, "");
        site.Write("d/" + other, "");
        var expected = string.CompareOrdinal(one, other) < 0 ? one : other;

        Assert.Equal(expected, new SiteFiles().Find(site.Root, site.Root, ["d", missing]).Suggestion);
    }

    private static TempSite Chain(int links)
    {
        var site = new TempSite("none");
        site.Write("real/x.md", "");
        Directory.CreateDirectory(Path.Combine(site.Root, "chain"));
        for (var k = 1; k <= links; k++)
        {
            var target = k == links ? Path.Combine(site.Root, "real") : Path.Combine(site.Root, "chain", $"l{k + 1:00}");
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "chain", $"l{k:00}"), target);
        }

        return site;
    }

    [Fact]
    public void A_link_followed_through_fifteen_links_to_a_folder_inside_is_followed()
    {
        using var site = Chain(15);
        var result = new SiteFiles().Find(site.Root, site.Root, ["chain", "l01", "x.md"]);

        Assert.Equal((LookupStatus.Found, 2, "chain/l01/x.md"), (result.Status, result.Index, string.Join('/', result.RealSegments)));
    }

    [Fact]
    public void A_link_that_takes_sixteen_links_to_reach_a_folder_is_not_followed()
    {
        using var site = Chain(16);
        var result = new SiteFiles().Find(site.Root, site.Root, ["chain", "l01", "x.md"]);

        Assert.Equal((LookupStatus.LinkOutsideRoot, 1, "chain/l01"), (result.Status, result.Index, string.Join('/', result.RealSegments)));
    }

    [Fact]
    public void A_link_that_leads_back_inside_through_a_link_outside_is_not_followed()
    {
        using var site = new TempSite("none");
        var blog = Path.Combine(site.Root, "blog");
        site.Write("blog/real/x.md", "");
        Directory.CreateDirectory(Path.Combine(site.Root, "outside"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "outside", "hop"), Path.Combine(blog, "real"));
        Directory.CreateSymbolicLink(Path.Combine(blog, "via"), Path.Combine(site.Root, "outside", "hop"));
        Directory.CreateSymbolicLink(Path.Combine(blog, "direct"), Path.Combine(blog, "real"));
        var files = new SiteFiles();

        var result = files.Find(blog, blog, ["via", "x.md"]);
        Assert.Equal((LookupStatus.LinkOutsideRoot, 0, "via"), (result.Status, result.Index, string.Join('/', result.RealSegments)));
        Assert.Equal(LookupStatus.Found, files.Find(blog, blog, ["direct", "x.md"]).Status);
        Assert.Equal(LookupStatus.Found, files.Find(site.Root, blog, ["via", "x.md"]).Status);
    }

    [Fact]
    public void A_link_is_followed_as_the_system_resolves_it_where_dot_dot_goes_back_from_where_a_link_led()
    {
        using var site = new TempSite("none");
        var blog = Path.Combine(site.Root, "blog");
        site.Write("blog/deep/real/x.md", "");
        site.Write("blog/shared/그림/y.png", "");
        Directory.CreateDirectory(Path.Combine(blog, "deep", "inner"));
        Directory.CreateDirectory(Path.Combine(blog, "posts"));
        Directory.CreateSymbolicLink(Path.Combine(blog, "hop"), Path.Combine(blog, "deep", "inner"));

        // The system resolves hop/.. to blog/deep, so via is blog/deep/real (the text alone would say blog/real).
        Directory.CreateSymbolicLink(Path.Combine(blog, "via"), "./hop/../real");
        Directory.CreateSymbolicLink(Path.Combine(blog, "posts", "images"), "../shared//그림/");
        var files = new SiteFiles();

        var result = files.Find(blog, blog, ["via", "x.md"]);
        Assert.True(File.Exists(Path.Combine(blog, "via", "x.md")));
        Assert.Equal((LookupStatus.Found, 1, "via/x.md"), (result.Status, result.Index, string.Join('/', result.RealSegments)));
        Assert.Equal(LookupStatus.Found, files.Find(blog, blog, ["posts", "images", "y.png"]).Status);
    }

    [Fact]
    public void A_link_that_leads_outside_only_as_the_system_resolves_it_is_not_followed()
    {
        using var site = new TempSite("none");
        var blog = Path.Combine(site.Root, "blog");
        site.Write("outside/real/secret.md", "outside");
        site.Write("outside/deep/sub/secret.md", "outside");
        site.Write("escape/secret.md", "outside");

        // Decoys: what the targets name read as text, inside the blog.
        site.Write("blog/real/secret.md", "decoy");
        site.Write("blog/escape/secret.md", "decoy");
        Directory.CreateSymbolicLink(Path.Combine(blog, "hop"), Path.Combine(site.Root, "outside", "deep"));
        Directory.CreateSymbolicLink(Path.Combine(blog, "via"), "hop/../real");
        Directory.CreateSymbolicLink(Path.Combine(blog, "through"), "hop/sub");
        Directory.CreateSymbolicLink(Path.Combine(blog, "self"), blog);
        Directory.CreateSymbolicLink(Path.Combine(blog, "up"), "../escape");
        Directory.CreateSymbolicLink(Path.Combine(blog, "dotup"), "./../escape");
        Directory.CreateSymbolicLink(Path.Combine(blog, "real", "up2"), "../../escape");
        Directory.CreateSymbolicLink(Path.Combine(blog, "absolute"), blog + "/hop/../real");
        var files = new SiteFiles();

        foreach (var path in new[] { "via/secret.md", "through/secret.md", "self/up/secret.md", "absolute/secret.md", "dotup/secret.md", "real/up2/secret.md" })
        {
            var segments = path.Split('/');
            var result = files.Find(blog, blog, segments);
            Assert.Equal("outside", File.ReadAllText(Path.Combine(blog, path)));
            Assert.Equal((path, LookupStatus.LinkOutsideRoot, segments.Length - 2), (path, result.Status, result.Index));
        }

        Assert.Equal(LookupStatus.Found, files.Find(blog, blog, ["self", "real", "secret.md"]).Status);
        Assert.Equal(LookupStatus.Found, files.Find(site.Root, blog, ["via", "secret.md"]).Status);
    }
}
