using System.Text;
using System.Text.RegularExpressions;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary>The command line's edges (issue 17): each a wrong or surprising input, its exit code and its message.</summary>
public class CliEdgeTests
{
    /// <summary>Files without a date of their own get the run's day as the suggested date.</summary>
    private static readonly Dictionary<string, string> Today = new() { ["POSTLINT_NOW"] = "2025-01-31T12:00:00Z" };

    private const string Placeholder = "---\ntitle: \"플레이스홀더\"\nlast_modified_at: YYYY-MM-DD\n---\n\n본문입니다.\n";

    private const string Clean = "---\ntitle: \"Clean post\"\n---\n\nA clean post.\n";

    [Fact]
    public void Site_root_that_does_not_exist_or_is_a_file_exits_2()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Clean);
        var missing = site.Run("--site-root", "no/such/dir");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("postlint: --site-root 'no/such/dir' does not exist\n", missing.Error);
        Assert.Equal("", missing.Out);

        var file = site.Run("--site-root", "_config.yml");
        Assert.Equal(2, file.ExitCode);
        Assert.StartsWith("postlint: --site-root '_config.yml' is a file; give the site's folder", file.Error, StringComparison.Ordinal);
        Assert.Equal(0, site.Run("--site-root", ".").ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(" , ")]
    public void An_empty_select_is_a_usage_error(string select)
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Placeholder);
        var result = site.Run("--select", select);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("postlint: --select names no rule; give ids, names or categories, e.g. --select PL201,links (or 'all')\n", result.Error);
    }

    [Fact]
    public void Unknown_rule_names_get_did_you_mean_with_the_postlint_prefix()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Clean);
        var select = site.Run("--select", "misspellings");
        Assert.Equal(2, select.ExitCode);
        Assert.Equal("postlint: --select: unknown rule 'misspellings'; did you mean 'misspelling'? (run 'postlint rules' for the list)\n", select.Error);

        var ignore = site.Run("--ignore", "PL201,placehlder-date");
        Assert.Equal(2, ignore.ExitCode);
        Assert.Equal("postlint: --ignore: unknown rule 'placehlder-date'; did you mean 'placeholder-date'? (run 'postlint rules' for the list)\n", ignore.Error);

        var explain = site.Run("explain", "placeholder-dat");
        Assert.Equal(2, explain.ExitCode);
        Assert.Equal("postlint: unknown rule 'placeholder-dat'; did you mean 'placeholder-date'? (run 'postlint rules' for the list)\n", explain.Error);

        // Nothing close: no guess.
        var far = site.Run("explain", "zzzzzzzz");
        Assert.Equal("postlint: unknown rule 'zzzzzzzz'; run 'postlint rules' for the list\n", far.Error);

        // The config file's rules get the same suggestion, with the file's position.
        site.Write(".postlint.yml", "rules:\n  tabels: off\n");
        var config = site.Run();
        Assert.Equal(2, config.ExitCode);
        Assert.Equal(".postlint.yml:2:3: unknown rule 'tabels'; did you mean 'tables'? (run 'postlint rules' for the list)\n", config.Error);
    }

    [Fact]
    public void Files_that_are_not_Markdown_named_on_the_command_line_are_skipped_with_a_note()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Placeholder);
        site.WriteBytes("a.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Write("notes.txt", "date: TBD\n");
        var result = site.Run("_config.yml", "a.png", "notes.txt", "_posts/2025-03-01-a.md", "--select", "PL201");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["_posts/2025-03-01-a.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01"], result.Findings);
        Assert.Contains("(1 checked", result.Out, StringComparison.Ordinal);
        var notes = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, notes.Length);
        Assert.StartsWith("postlint: skipped '_config.yml': not a Markdown file (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn); to lint .yml files as Markdown, add \"**/*.yml\" to the config's include", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("postlint: skipped 'a.png': not a Markdown file", notes[1], StringComparison.Ordinal);
        Assert.StartsWith("postlint: skipped 'notes.txt': not a Markdown file", notes[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_extension_the_config_includes_is_linted_as_Markdown()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "include: [\"**/*.txt\", \"_posts/**/*\"]\n");
        site.Write("notes.txt", "---\ndate: TBD\n---\n");
        var result = CliRunner.Run(site.Root, Today, false, "notes.txt", "--select", "PL201", "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["notes.txt:2:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-01-31"], result.Findings);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Zero_files_checked_says_so()
    {
        using var site = new TempSite();
        site.Write("_posts/notes.txt", "not markdown\n");
        var result = site.Run("_posts");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("postlint: no Markdown files to check under '_posts'\n", result.Error);
        Assert.Contains("in 0 files (0 checked) in ", result.Out, StringComparison.Ordinal);

        site.Write(".postlint.yml", "include: [\"content/**/*\"]\n");
        site.Write("_posts/2025-03-01-a.md", Clean);
        var excluded = site.Run();
        Assert.Equal(0, excluded.ExitCode);
        Assert.Equal("postlint: no Markdown files to check under '.' (.postlint.yml's include: content/**/*)\n", excluded.Error);
    }

    [Fact]
    public void A_glob_whose_files_the_config_leaves_out_says_so()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "include: [\"_posts/**/*.md\"]\n");
        site.Write("_posts/2025-03-01-welcome-to-jekyll.markdown", Placeholder);
        var result = site.Run("_posts/*.markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("postlint: '_posts/*.markdown' matches 1 Markdown file that the config's include/exclude leave out\n", result.Error);

        // Named by its name, the file is linted; with --force-exclude it is left out, and the note says why.
        Assert.Equal(1, site.Run("_posts/2025-03-01-welcome-to-jekyll.markdown").ExitCode);
        var forced = site.Run("--force-exclude", "_posts/2025-03-01-welcome-to-jekyll.markdown");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("postlint: skipped '_posts/2025-03-01-welcome-to-jekyll.markdown': the config's include/exclude leave it out (--force-exclude)\n", forced.Error);
    }

    [Fact]
    public void Init_covers_every_Markdown_extension_of_a_jekyll_new_site()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-welcome-to-jekyll.markdown", Placeholder);
        site.Write("_posts/2025-03-02-notes.mkd", Placeholder);
        site.Write("_drafts/idea.mdown", Placeholder);
        var init = site.Run("init");
        Assert.Equal(0, init.ExitCode);
        Assert.Equal("Wrote .postlint.yml for a Jekyll site\n", init.Out);
        Assert.Equal("", init.Error);

        var result = CliRunner.Run(site.Root, Today, false, "--select", "PL201", "--quiet");
        Assert.Equal(
            [
                "_drafts/idea.mdown:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-01-31",
                "_posts/2025-03-01-welcome-to-jekyll.markdown:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01",
                "_posts/2025-03-02-notes.mkd:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-02",
            ],
            result.Findings);
        Assert.Equal(1, site.Run("_posts/*.markdown").ExitCode);
    }

    [Fact]
    public void Init_inside_posts_warns_that_a_config_above_applies()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("init").ExitCode);
        Directory.CreateDirectory(Path.Combine(site.Root, "_posts"));
        var inner = CliRunner.Run(Path.Combine(site.Root, "_posts"), "init");
        Assert.Equal(0, inner.ExitCode);
        Assert.Equal(
            "postlint: warning: ../.postlint.yml already applies here; the new file takes its place for the files in this folder\n"
            + "postlint: warning: this folder is inside the Jekyll site at '..'; a config there covers the whole site ('postlint init' in that folder)\n",
            inner.Error);
        Assert.Equal("Wrote .postlint.yml for plain Markdown files\n", inner.Out);
    }

    [Theory]
    [InlineData("astro", "an Astro site")]
    [InlineData("hugo", "a Hugo site")]
    [InlineData("none", "plain Markdown files")]
    public void Init_names_the_site_in_good_English(string kind, string name)
    {
        using var site = new TempSite(kind);
        var result = site.Run("init");
        Assert.Equal($"Wrote .postlint.yml for {name}\n", result.Out);
        Assert.StartsWith($"# PostLint configuration for {name}.\n", File.ReadAllText(Path.Combine(site.Root, ".postlint.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--diff --fix", "postlint: --diff and --fix cannot be used together: --diff shows what --fix would write; run one, then the other")]
    [InlineData("--diff --format json", "postlint: --diff prints a patch, not a json report: drop --format, or drop --diff")]
    [InlineData("--diff -f sarif", "postlint: --diff prints a patch, not a sarif report: drop --format, or drop --diff")]
    [InlineData("--diff --sarif-file out.sarif", "postlint: --diff writes no report: drop --sarif-file, or drop --diff")]
    public void Conflicting_flags_exit_2(string args, string message)
    {
        using var site = new TempSite();
        var post = site.Write("_posts/2025-03-01-a.md", "---\ntitle: x\n---\n\nWe recieve it.\n");
        var result = site.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message + "\n", result.Error, StringComparison.Ordinal);
        Assert.Equal("---\ntitle: x\n---\n\nWe recieve it.\n", File.ReadAllText(post));
        Assert.False(File.Exists(Path.Combine(site.Root, "out.sarif")));

        // --format text is what --diff prints anyway.
        Assert.Equal(1, site.Run("--diff", "--format", "text").ExitCode);
    }

    [Fact]
    public void Config_given_as_a_folder_and_output_in_a_missing_folder_say_what_is_wrong()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Clean);
        var folder = site.Run("-c", "_posts");
        Assert.Equal(2, folder.ExitCode);
        Assert.Equal("postlint: --config '_posts' is a folder, not a config file, and holds no .postlint.yml\n", folder.Error);

        site.Write("blog/.postlint.yml", "rules: {}\n");
        var withConfig = site.Run("-c", "blog");
        Assert.Equal("postlint: --config 'blog' is a folder; name the file: --config blog/.postlint.yml\n", withConfig.Error);

        var output = site.Run("-o", "nodir/out.txt");
        Assert.Equal(2, output.ExitCode);
        Assert.Equal("postlint: --output: cannot write 'nodir/out.txt': the folder 'nodir' does not exist\n", output.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "nodir")));

        var sarif = site.Run("--sarif-file", "_posts");
        Assert.Equal(2, sarif.ExitCode);
        Assert.Equal("postlint: --sarif-file: cannot write '_posts': it is a folder\n", sarif.Error);
    }

    [Fact]
    public void Dash_lints_standard_input_placed_by_stdin_filename()
    {
        using var site = new TempSite();
        var input = Encoding.UTF8.GetBytes(Placeholder);
        var placed = CliRunner.RunWithInput(site.Root, input, "-", "--stdin-filename", "_posts/2025-04-02-stdin.md", "--select", "PL201");
        Assert.Equal(1, placed.ExitCode);
        Assert.Equal(["_posts/2025-04-02-stdin.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-04-02"], placed.Findings);
        Assert.Contains("(1 checked", placed.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "_posts", "2025-04-02-stdin.md")));

        var bare = CliRunner.RunWithInput(site.Root, input, "-", "--select", "PL201", "--format", "json");
        Assert.Equal(1, bare.ExitCode);
        Assert.Contains("\"path\": \"-\"", bare.Out, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.RunWithInput(site.Root, Encoding.UTF8.GetBytes(Clean), "-").ExitCode);
    }

    [Theory]
    [InlineData("- _posts", "postlint: '-' (standard input) must be the only path")]
    [InlineData("- --fix", "postlint: '-' lints standard input and writes no file: it cannot be used with --staged, --fix, --diff or 'baseline'")]
    [InlineData("- --diff", "postlint: '-' lints standard input and writes no file: it cannot be used with --staged, --fix, --diff or 'baseline'")]
    [InlineData("--stdin-filename a.md", "postlint: --stdin-filename names the file standard input stands for; use it with '-' as the path")]
    public void Standard_input_misuse_exits_2(string args, string message)
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", Clean);
        var result = CliRunner.RunWithInput(site.Root, Encoding.UTF8.GetBytes(Clean), args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message + "\n", result.Error);
    }

    [Fact]
    public void The_summary_says_how_many_findings_fix_would_fix_and_how_many_files_were_checked()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: x\nlast_modified_at: YYYY-MM-DD\n---\n\nWe recieve the seperate files.\n");
        site.Write("_posts/2025-03-02-b.md", Clean);
        var result = site.Run("--select", "misspelling,placeholder-date");
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"\n1 error, 2 warnings, 0 infos in 1 file \(2 checked; 2 fixable with --fix, 1 more with --unsafe-fixes\) in \d+\.\d\ds\n$", result.Out);

        var safeOnly = site.Run("--select", "misspelling");
        Assert.Matches(@"\n0 errors, 2 warnings, 0 infos in 1 file \(2 checked; 2 fixable with --fix\) in \d+\.\d\ds\n$", safeOnly.Out);
        var unsafeOnly = site.Run("--select", "placeholder-date");
        Assert.Matches(@"\n1 error, 0 warnings, 0 infos in 1 file \(2 checked; 1 fixable with --fix --unsafe-fixes\) in \d+\.\d\ds\n$", unsafeOnly.Out);
    }

    [Fact]
    public void Rules_columns_keep_a_gap_and_help_shows_each_default_once()
    {
        var rules = CliRunner.Run(Path.GetTempPath(), "rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rules[0];
        foreach (var column in new[] { "NAME", "CATEGORY", "SEVERITY", "FIX", "TITLE" })
        {
            var at = header.IndexOf(column, StringComparison.Ordinal);
            Assert.True(at > 0, column);

            // Every row has two spaces before each column's start: no cell runs into the next.
            Assert.All(rules, row => Assert.Equal("  ", row.Substring(at - 2, 2)));
        }

        Assert.Contains(rules, r => r.Contains("front-matter  ", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Contains("sometimes  ", StringComparison.Ordinal));

        var help = CliRunner.Run(Path.GetTempPath(), "--help").Out;
        Assert.All(help.Split('\n').Where(l => l.Contains("[default:", StringComparison.Ordinal)), l => Assert.DoesNotContain("(default:", l, StringComparison.Ordinal));
        Assert.Contains("--sarif-category <NAME>", help, StringComparison.Ordinal);
        Assert.Contains("-c, --config <FILE>", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules", "postlint rules [options]")]
    [InlineData("explain", "postlint explain <rule> [options]")]
    [InlineData("init", "postlint init [options]")]
    [InlineData("baseline", "postlint baseline [<paths>...] [options]")]
    public void Sub_command_usage_lines_do_not_show_the_lint_paths(string command, string usage)
    {
        var help = CliRunner.Run(Path.GetTempPath(), command, "--help");
        Assert.Equal(0, help.ExitCode);
        // The root command is named after the executable: postlint, or the test host here.
        Assert.Matches($"Usage:\n  \\S+ {Regex.Escape(usage["postlint ".Length..])}\n", help.Out);
        Assert.Equal(command == "baseline" ? 1 : 0, help.Out.Split('\n').Count(l => l.TrimStart().StartsWith("<paths>", StringComparison.Ordinal)));
        if (command == "explain")
        {
            Assert.Contains("Arguments:\n  <rule>  A rule id or name", help.Out, StringComparison.Ordinal);
        }
    }
}
