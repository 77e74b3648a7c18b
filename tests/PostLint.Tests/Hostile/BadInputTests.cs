using System.Text;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Hostile;

/// <summary>The bad-input table of the hostile-input issue: each row a test with its exact diagnostic and exit code.</summary>
public class BadInputTests
{
    private const string Dated = "---\ntitle: 제목\ndate: TBD\n---\n본문입니다.\n";

    [Fact]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte_and_the_rest_is_still_linted()
    {
        using var site = new TempSite();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: 제목\ndate: TBD\n---\n첫 줄\n둘째 ").Concat(new byte[] { 0xC7, 0xD1, 0xB1, 0xDB }).Concat(Encoding.UTF8.GetBytes(" 줄\n")).ToArray();
        site.WriteBytes("_posts/2025-01-01-euckr.md", bytes);
        var result = site.Run("--quiet", "--select", "PL201,PL006");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            "_posts/2025-01-01-euckr.md:3:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-01-01",
            "_posts/2025-01-01-euckr.md:6:4: error PL006 invalid-utf8: invalid UTF-8 bytes; re-save the file as UTF-8 (the rest was linted with U+FFFD in their place)",
        ], result.Findings);
    }

    [Fact]
    public void Nul_bytes_mean_not_text_and_the_file_is_skipped()
    {
        using var site = new TempSite();
        site.WriteBytes("_posts/2025-01-01-image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        site.Write("_posts/2025-01-02-ok.md", Dated);
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.Equal(
        [
            "_posts/2025-01-01-image.md:1:1: error PL004 file-not-text: the file is binary (it holds NUL bytes), not Markdown; skipped",
            "_posts/2025-01-02-ok.md:3:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-01-02",
        ], result.Findings);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Utf16_file_is_reported_as_not_utf8()
    {
        using var site = new TempSite();
        site.WriteBytes("_posts/2025-01-01-utf16.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Dated)).ToArray());
        var result = site.Run("--quiet");
        Assert.Equal(["_posts/2025-01-01-utf16.md:1:1: error PL004 file-not-text: the file is UTF-16, not UTF-8; re-save it as UTF-8 to lint it"], result.Findings);
    }

    [Fact]
    public void File_over_the_configured_size_limit_is_reported_and_skipped()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "max-file-size: 1KB\n");
        site.Write("_posts/2025-01-01-big.md", Dated + new string('가', 1000) + "\n");
        site.Write("_posts/2025-01-02-small.md", "---\ntitle: 작은 글\ndate: 2025-01-02\n---\n본문\n");
        var result = site.Run("--quiet");
        Assert.Equal(["_posts/2025-01-01-big.md:1:1: error PL005 file-too-large: the file is 3 KB, over the 1 KB limit; raise 'max-file-size' in the config to lint it"], result.Findings);
    }

    [Fact]
    public void Bad_max_file_size_is_a_config_error()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "max-file-size: huge\n");
        site.Write("_posts/2025-01-02-small.md", Dated);
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:1:16: 'max-file-size' must be a size", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_five_megabyte_line_is_linted()
    {
        using var site = new TempSite();
        const string chunk = "컨테이너 기술은 빠른 배포에 좋습니다 ";
        var line = string.Concat(Enumerable.Repeat(chunk, 5 * 1024 * 1024 / Encoding.UTF8.GetByteCount(chunk)));
        site.Write("_posts/2025-01-01-long.md", Dated + line + "\n");
        var result = site.Run("--quiet", "--select", "all");
        Assert.Contains("_posts/2025-01-01-long.md:3:7: error PL201", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PL003", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quote")]
    [InlineData("list")]
    [InlineData("emphasis")]
    [InlineData("links")]
    public void Hundred_thousand_nesting_levels_do_not_crash(string kind)
    {
        const int n = 100_000;
        var body = kind switch
        {
            "quote" => new string('>', n) + " 인용\n",
            "list" => string.Concat(Enumerable.Repeat("- ", n)) + "항목\n",
            "emphasis" => new string('*', n) + "강조" + new string('*', n) + "\n",
            _ => string.Concat(Enumerable.Repeat("[", n)) + "링크" + string.Concat(Enumerable.Repeat("](x)", n)) + "\n",
        };
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-deep.md", Dated + body);
        var result = site.Run("--quiet", "--select", "all");
        Assert.Contains("_posts/2025-01-01-deep.md:3:7: error PL201", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PL003", result.Out, StringComparison.Ordinal);
        if (kind is "quote" or "list")
        {
            Assert.Contains("_posts/2025-01-01-deep.md:5:1: error PL007 markdown-too-deep: Markdown is nested too deeply for the parser; the body was not checked", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Merge_conflict_markers_are_errors_and_those_in_code_blocks_are_not()
    {
        const string text = "---\ntitle: 충돌\ndate: 2025-01-01\n---\n<<<<<<< HEAD\n컨테이너는 가볍습니다.\n=======\n컨테이너는 빠릅니다.\n>>>>>>> feature/intro\n\n```diff\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> other\n```\n";
        var found = RuleHarness.Lint(text, "_posts/2025-01-01-x.md", "merge-conflict-marker");
        var d = Assert.Single(found);
        Assert.Equal(5, d.Start.Line);
        Assert.Equal("merge conflict marker '<<<<<<< HEAD' (conflict ends at line 9); keep one side and delete the marker lines", d.Message);
    }

    [Fact]
    public void Merge_conflict_in_front_matter_is_reported()
    {
        const string text = "---\ntitle: 제목\n<<<<<<< HEAD\ndate: 2025-01-01\n=======\ndate: 2025-01-02\n>>>>>>> main\n---\n본문\n";
        Assert.Equal(["3:1 merge-conflict-marker"], RuleHarness.Brief(RuleHarness.Lint(text, "_posts/2025-01-01-x.md", "merge-conflict-marker")));
    }

    [Fact]
    public void Setext_underline_alone_is_not_a_conflict()
    {
        Assert.Empty(RuleHarness.Lint("제목\n=======\n\n본문\n", "notes/a.md", "merge-conflict-marker"));
    }

    [Theory]
    [InlineData("\uFEFF---\ntitle: x\ndate: TBD\n---\n", 3, 7)]
    [InlineData("---\r\ntitle: x\r\ndate: TBD\r\n---\r\n", 3, 7)]
    [InlineData("---\rtitle: x\rdate: TBD\r---\r", 3, 7)]
    [InlineData("---\ntitle: x\r\n\rdate: TBD\n---\n", 4, 7)]
    public void Bom_crlf_lone_cr_and_mixed_endings_give_correct_positions(string text, int line, int column)
    {
        using var site = new TempSite();
        site.WriteBytes("_posts/2025-01-01-x.md", Encoding.UTF8.GetBytes(text));
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.StartsWith($"_posts/2025-01-01-x.md:{line}:{column}: error PL201", Assert.Single(result.Findings), StringComparison.Ordinal);
    }

    [Fact]
    public void File_deleted_between_discovery_and_reading_gets_a_diagnostic_and_exit_2()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-02-ok.md", Dated);
        var settings = PostLint.Configuration.ConfigLoader.Load(PostLint.Rules.BuiltInRules.CreateCatalog(), null, null, null, [], []);
        var linter = new PostLint.Engine.Linter(settings, new PostLint.Sites.SiteLocator(null, site.Root));
        var run = linter.Run(
        [
            new PostLint.Engine.LintTarget("_posts/2025-01-01-gone.md", Path.Combine(site.Root, "_posts/2025-01-01-gone.md")),
            new PostLint.Engine.LintTarget("_posts/2025-01-02-ok.md", Path.Combine(site.Root, "_posts/2025-01-02-ok.md")),
        ]);
        Assert.Equal("PL001 cannot read the file: the file no longer exists", $"{run.Files[0].Diagnostics[0].Rule.Id} {run.Files[0].Diagnostics[0].Message}");
        Assert.Contains(run.Files[1].Diagnostics, d => d.Rule.Id == "PL201");
        Assert.Equal(2, PostLint.Cli.ExitCodes.For(run, PostLint.Diagnostics.Severity.Error));
    }

    [Fact]
    public void Symlink_loop_does_not_hang_and_links_outside_are_not_followed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var outside = new TempSite("none");
        outside.Write("secret.md", Dated);
        using var site = new TempSite();
        site.Write("_posts/2025-01-02-ok.md", Dated);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "_posts", "loop"), Path.Combine(site.Root, "_posts"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "outside-dir"), outside.Root);
        File.CreateSymbolicLink(Path.Combine(site.Root, "_posts", "2025-01-03-link.md"), Path.Combine(outside.Root, "secret.md"));
        var result = site.Run("--format", "json");
        Assert.Contains("\"_posts/2025-01-02-ok.md\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("link.md", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("loop", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_post_inside_the_site_is_linted_and_a_linked_folder_is_not_entered()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = new TempSite();
        site.Write("_posts/2025-01-02-ok.md", Dated);
        site.Write("notes/real.md", Dated);
        File.CreateSymbolicLink(Path.Combine(site.Root, "_posts", "2025-01-03-alias.md"), Path.Combine(site.Root, "notes", "real.md"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "mirror"), Path.Combine(site.Root, "notes"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "_posts", "2025-01-04-dangling.md"), Path.Combine(site.Root, "gone.md"));
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.Equal(["_posts/2025-01-02-ok.md", "_posts/2025-01-03-alias.md", "notes/real.md"], result.Findings.Select(f => f[..f.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("_posts/2025-01-01-with space.md")]
    [InlineData("_posts/2025-01-01-한글 제목.md")]
    [InlineData("_posts/2025-01-01-\u1100\u1161\u11A8.md")]
    public void Paths_with_spaces_hangul_and_nfd_are_reported_exactly_as_on_disk(string path)
    {
        using var site = new TempSite();
        site.Write(path, Dated);
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.StartsWith(path + ":3:7: error PL201", Assert.Single(result.Findings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophically_backtracking_user_regex_is_refused_with_its_position_before_any_file_is_linted()
    {
        // User patterns never run as regexes: they are expanded into plain forms for the automaton, and one that could
        // match unboundedly many strings (the shape of every catastrophic pattern) is refused.
        using var site = new TempSite();
        site.Write("team.yml", "rules:\n  - expected: 가나\n    pattern: /(a+)+$/\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    lists: [team.yml]\n");
        site.Write("_posts/2025-01-01-x.md", Dated);
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Matches(@"team\.yml:3:\d+: pattern /\(a\+\)\+\$/: '\+' at column \d+ matches unboundedly many forms", result.Error);
    }
}
