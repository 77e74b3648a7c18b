using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

/// <summary>Paths as the machine-readable reports write them, and the fingerprints that tell findings apart.</summary>
public class ReportPathsTests
{
    private static FileResult File(string path, string fullPath, string text = "", params Diagnostic[] diagnostics) =>
        new(path, fullPath, new SourceText(text), diagnostics);

    [Fact]
    public void The_repository_root_is_the_nearest_folder_with_git_else_the_folder_itself()
    {
        using var site = new TempSite("none");
        var deep = Path.Combine(site.Root, "repo", "blog", "_posts");
        Directory.CreateDirectory(deep);
        Assert.Equal(deep, ReportPaths.FindRepositoryRoot(deep));

        Directory.CreateDirectory(Path.Combine(site.Root, "repo", ".git"));
        Assert.Equal(Path.Combine(site.Root, "repo"), ReportPaths.FindRepositoryRoot(deep));

        // A worktree's or a submodule's .git is a file.
        site.Write("repo/blog/.git", "gitdir: ../.git/modules/blog\n");
        Assert.Equal(Path.Combine(site.Root, "repo", "blog"), ReportPaths.FindRepositoryRoot(deep));
    }

    [Theory]
    [InlineData("_posts/a.md", "/r/site/_posts/a.md", "/r/site", "_posts/a.md")]
    [InlineData("a.md", "/r/site/_posts/a.md", "/r", "site/_posts/a.md")]
    [InlineData("../x/a.md", "/r/x/a.md", "/r/site", "../x/a.md")]
    [InlineData("shown.md", "/r/site/a.md", null, "shown.md")]
    [InlineData("shown.md", "relative/a.md", "/r", "shown.md")]
    [InlineData("-", "", "/r", "-")]
    public void A_path_is_relative_to_the_repository_root(string path, string fullPath, string? root, string relative) =>
        Assert.Equal(relative, ReportPaths.Relative(File(path, fullPath), root));

    [Theory]
    [InlineData("_posts/a.md", "_posts/a.md")]
    [InlineData("_posts/컨테이너 정리.md", "_posts/%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88%20%EC%A0%95%EB%A6%AC.md")]
    [InlineData("a#b/c?d%e.md", "a%23b/c%3Fd%25e.md")]
    [InlineData("../x/a-b_c~d.md", "../x/a-b_c~d.md")]
    [InlineData("a//b", "a//b")]
    public void A_relative_path_becomes_a_uri_reference_segment_by_segment(string path, string uri) =>
        Assert.Equal(uri, ReportPaths.ToUriReference(path));

    [Theory]
    [InlineData("Access to the path '/r/site/_posts/a.md' is denied.", "/r/site", "Access to the path '_posts/a.md' is denied.")]
    [InlineData("cannot open /r/site/assets/x.png or /r/site", "/r/site", "cannot open assets/x.png or .")]
    [InlineData("cannot open /r/site/assets/x.png", "/r/site/", "cannot open assets/x.png")]
    [InlineData("cannot open /r/site/_posts/a.md", "/r", "cannot open site/_posts/a.md")]
    [InlineData("no path here", "/r/site", "no path here")]
    [InlineData("/r/site/_posts/a.md: denied", "/r/site", "_posts/a.md: denied")]
    [InlineData("/r/site/_posts/a.md", null, "/r/site/_posts/a.md")]
    [InlineData("/r/site/_posts/a.md and /etc", "/", "r/site/_posts/a.md and /etc")]
    public void Messages_lose_the_machine_s_absolute_paths(string message, string? root, string scrubbed)
    {
        Assert.Equal(scrubbed, ReportPaths.Scrub(message, File("_posts/a.md", "/r/site/_posts/a.md"), root));
    }

    private static string[] Fingerprints(string path, string text, params (string Rule, string Flagged, int Nth)[] findings)
    {
        var source = new SourceText(text);
        var diagnostics = findings.Select(f =>
        {
            var start = -1;
            for (var n = 0; n <= f.Nth; n++)
            {
                start = text.IndexOf(f.Flagged, start + 1, StringComparison.Ordinal);
            }

            var rule = f.Rule == CannedRun.DateRule.Id ? CannedRun.DateRule : CannedRun.SpellingRule;
            return Linter.Make(source, rule, rule.DefaultSeverity, "m", new TextRange(start, start + f.Flagged.Length));
        }).ToArray();
        return PostLint.Reporting.Fingerprints.Compute(File(path, "/r/" + path, text, diagnostics));
    }

    [Fact]
    public void A_fingerprint_hashes_the_rule_the_path_the_line_and_its_occurrence()
    {
        // The baseline files of users hold these: the hash may never change. SHA-256 of
        // "PL901\n_posts/a.md\nlast_modified_at: YYYY-MM-DD\n0" (and "...\n1"), its first 16 bytes in hex.
        const string text = "---\nlast_modified_at: YYYY-MM-DD\n---\nlast_modified_at:   YYYY-MM-DD\n";
        var prints = Fingerprints("_posts/a.md", text, ("PL901", "YYYY-MM-DD", 0), ("PL901", "YYYY-MM-DD", 1));
        Assert.Equal(["c45affc0891b96de01d0940ef9e3ca15", "5106ba71d67cce742eecde894d73691f"], prints);
    }

    [Fact]
    public void A_fingerprint_survives_lines_moving_and_white_space_but_not_an_edit_of_its_line()
    {
        var before = Fingerprints("a.md", "x\n확작성 문장\n", ("PL902", "확작성", 0))[0];
        Assert.Equal(before, Fingerprints("a.md", "new line\n\nx\n\t확작성   문장  \n", ("PL902", "확작성", 0))[0]);
        Assert.NotEqual(before, Fingerprints("a.md", "x\n확작성 문장입니다\n", ("PL902", "확작성", 0))[0]);
        Assert.NotEqual(before, Fingerprints("b.md", "x\n확작성 문장\n", ("PL902", "확작성", 0))[0]);
        Assert.NotEqual(before, Fingerprints("a.md", "x\n확작성 문장\n", ("PL901", "확작성", 0))[0]);

        // The last line, without a line break, counts as a line.
        Assert.NotEqual(Fingerprints("a.md", "x\n확작성 a", ("PL902", "확작성", 0))[0], Fingerprints("a.md", "x\n확작성 b", ("PL902", "확작성", 0))[0]);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  a  ", "a")]
    [InlineData("a \t b", "a b")]
    [InlineData("\ta\u00A0\u3000b c\r", "a b c")]
    [InlineData("가나  다", "가나 다")]
    public void White_space_is_folded_before_hashing(string line, string normalised) =>
        Assert.Equal(normalised, PostLint.Reporting.Fingerprints.Normalise(line));
}

