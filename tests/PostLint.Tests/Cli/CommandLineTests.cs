using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

public class CommandLineTests
{
    // A Korean Minimal Mistakes post shaped like the one PostLint started from: the placeholder sits on line 18, col 19.
    private const string TemplatePost = """
        ---
        title: "쿠버네티스와 도커의 이해"
        excerpt: "차이점을 알아봅니다."
        categories:
          - DevOps
          - 인프라
        tags:
          - Container
          - VM
          - IT기초
        toc: true
        toc_sticky: true
        header:
          teaser: /assets/images/teaser-image.jpg
          overlay_image: /assets/images/header-image.jpg
          overlay_filter: 0.5 # 이미지 투명도
          caption: "Photo credit: [**Unsplash**](https://unsplash.com)"
        last_modified_at: YYYY-MM-DD
        ---

        ## 개요
        본문입니다.

        """;

    [Fact]
    public void Placeholder_at_line_18_column_19_exits_1()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", TemplatePost);
        var result = site.Run("--select", "placeholder-date");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["_posts/2025-03-01-post.md:18:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01"], result.Findings);
        Assert.Matches(@"^1 error, 0 warnings, 0 infos in 1 file \(1 checked; 1 fixable with --fix --unsafe-fixes\) in \d+\.\d\ds\n$", result.Out.Split('\n', 2)[1]);
    }

    [Fact]
    public void Disable_file_comment_appended_exits_0()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", TemplatePost + "<!-- postlint-disable-file -->\n");
        var result = site.Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Json_report_has_the_same_finding()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", TemplatePost);
        var result = site.Run("--format", "json", "--select", "PL201");
        Assert.Equal(1, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("_posts/2025-03-01-post.md", d.GetProperty("path").GetString());
        Assert.Equal(18, d.GetProperty("line").GetInt32());
        Assert.Equal(19, d.GetProperty("column").GetInt32());
        Assert.Equal(18, d.GetProperty("endLine").GetInt32());
        Assert.Equal(29, d.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("PL201", d.GetProperty("ruleId").GetString());
        Assert.Equal("placeholder-date", d.GetProperty("rule").GetString());
        Assert.Equal("Replace with 2025-03-01", d.GetProperty("fix").GetProperty("title").GetString());
        Assert.Equal(["_posts/2025-03-01-post.md"], doc.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("never", 0)]
    public void Fail_level_decides_the_exit_code(string level, int expected)
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ntitle: x\nupdated:\n---\n본문\n");
        site.Write("_posts/2025-03-02-post.md", "---\ntitle: x\ndate: TBD\n---\n본문\n");
        var result = site.Run("--fail-level", level, "--select", "PL201");
        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Warnings_alone_pass_at_the_default_fail_level()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ntitle: x\nupdated:\n---\n본문\n");
        var result = site.Run("--select", "PL201");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Findings);
        Assert.Equal(1, site.Run("--select", "PL201", "--fail-level", "warning").ExitCode);
    }

    [Fact]
    public void Output_file_receives_the_report_instead_of_stdout()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", TemplatePost);
        var result = site.Run("--output", "report.txt", "--select", "PL201");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("_posts/2025-03-01-post.md:18:19: error PL201", File.ReadAllText(Path.Combine(site.Root, "report.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_path_exits_2()
    {
        using var site = new TempSite();
        var result = site.Run("nope.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nope.md' matches no file or folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_exits_2_and_says_so()
    {
        using var site = new TempSite();
        var result = site.Run("--bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option '--bogus'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_option_value_exits_2()
    {
        using var site = new TempSite();
        Assert.Equal(2, site.Run("--format", "yaml").ExitCode);
        Assert.Equal(2, site.Run("--select", "no-such-rule").ExitCode);
    }

    [Fact]
    public void Unreadable_file_gets_a_diagnostic_exit_2_and_others_are_still_linted()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            // root reads any file, so permission cannot be denied; the engine path is covered by Missing_file_between_discovery_and_reading.
            var linter = new PostLint.Engine.Linter(
                PostLint.Configuration.ConfigLoader.Load(PostLint.Rules.BuiltInRules.CreateCatalog(), null, null, null, [], []),
                new PostLint.Sites.SiteLocator(null, Path.GetTempPath()));
            var r = linter.LintFile(new PostLint.Engine.LintTarget("gone.md", Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".md")));
            Assert.Equal("PL001 cannot read the file: the file no longer exists", $"{r.Diagnostics[0].Rule.Id} {r.Diagnostics[0].Message}");
            return;
        }

        using var site = new TempSite();
        var locked = site.Write("_posts/2025-03-01-a.md", "---\ndate: TBD\n---\n");
        site.Write("_posts/2025-03-02-b.md", "---\ndate: TBD\n---\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var result = site.Run("--quiet");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("_posts/2025-03-01-a.md:1:1: error PL001 file-unreadable: cannot read the file: permission denied", result.Out, StringComparison.Ordinal);
        Assert.Contains("_posts/2025-03-02-b.md:2:7: error PL201", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_command_prints_the_catalog()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PL201  placeholder-date", result.Out, StringComparison.Ordinal);
        var markdown = CliRunner.Run(Path.GetTempPath(), "rules", "--format", "markdown");
        Assert.Contains("| PL201 | `placeholder-date` | content | error | sometimes |", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_rule_doc_by_name_or_id()
    {
        var byName = CliRunner.Run(Path.GetTempPath(), "explain", "placeholder-date");
        Assert.Equal(0, byName.ExitCode);
        Assert.StartsWith("# PL201 placeholder-date", byName.Out, StringComparison.Ordinal);
        Assert.Contains("## Suppress", byName.Out, StringComparison.Ordinal);
        Assert.Equal(byName.Out, CliRunner.Run(Path.GetTempPath(), "explain", "PL201").Out);
        Assert.Equal(2, CliRunner.Run(Path.GetTempPath(), "explain", "nope").ExitCode);
    }

    [Fact]
    public void Init_writes_a_starter_config_once()
    {
        using var site = new TempSite();
        var first = site.Run("init");
        Assert.Equal(0, first.ExitCode);
        var config = File.ReadAllText(Path.Combine(site.Root, ".postlint.yml"));
        Assert.Contains("  - \"_posts/**/*\"\n", config, StringComparison.Ordinal);
        Assert.Equal(0, site.Run().ExitCode);
        var second = site.Run("init");
        Assert.Equal(2, second.ExitCode);
        Assert.Equal(config, File.ReadAllText(Path.Combine(site.Root, ".postlint.yml")));
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(PostLint.Cli.App.Version, result.Out.Trim());
    }

    [Fact]
    public void Exit_code_mapping_is_a_pure_function()
    {
        var run = new PostLint.Engine.LintRun([], TimeSpan.Zero);
        Assert.Equal(0, PostLint.Cli.ExitCodes.For(run, PostLint.Diagnostics.Severity.Info));
    }

    [Fact]
    public void Paths_are_relative_to_the_current_folder_with_slashes_and_sorted()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-02-b.md", "---\ndate: TBD\n---\n");
        site.Write("_posts/2025-03-01-a.md", "---\ndate: TBD\n---\n");
        site.Write("_site/copy.md", "---\ndate: TBD\n---\n");
        site.Write("node_modules/x/readme.md", "---\ndate: TBD\n---\n");
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.Equal(["_posts/2025-03-01-a.md:2:7", "_posts/2025-03-02-b.md:2:7"], result.Findings.Select(l => string.Join(':', l.Split(':').Take(3))));
    }

    [Fact]
    public void Globs_select_files()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ndate: TBD\n---\n");
        site.Write("_drafts/b.md", "---\ndate: TBD\n---\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["POSTLINT_NOW"] = "2025-06-01T23:30:00-09:00" }, false, "--quiet", "_drafts/*.md");
        Assert.Equal(["_drafts/b.md:2:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-06-01"], result.Findings);
    }
}
