using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary>Each file gets the nearest .postlint.yml above it (as ruff and markdownlint-cli2 do); --config overrides.</summary>
public class NearestConfigTests
{
    /// <summary>Files without a date of their own get the run's day as the suggested date.</summary>
    private static readonly Dictionary<string, string> Today = new() { ["POSTLINT_NOW"] = "2025-01-31T12:00:00Z" };

    private const string Placeholder = "---\ntitle: \"설정 시험\"\nlast_modified_at: YYYY-MM-DD\n---\n\n본문입니다.\n";

    /// <summary>A folder holding a blog (a Jekyll site with its own config) and notes with none.</summary>
    private static TempSite Workspace()
    {
        var site = new TempSite("none");
        site.Write("blog/_config.yml", "title: blog\n");
        site.Write("blog/.postlint.yml", "include: [\"_posts/**/*\"]\nrules:\n  placeholder-date: warning\n");
        site.Write("blog/_posts/2025-03-01-a.md", Placeholder);
        site.Write("blog/drafts-elsewhere/b.md", Placeholder);
        return site;
    }

    [Fact]
    public void A_folder_given_from_above_uses_its_own_config()
    {
        using var site = Workspace();
        var result = site.Run("blog", "--select", "PL201");

        // blog/.postlint.yml's include leaves out drafts-elsewhere, and its severity applies.
        Assert.Equal(["blog/_posts/2025-03-01-a.md:3:19: warning PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01"], result.Findings);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Config_overrides_the_nearest_for_every_file()
    {
        using var site = Workspace();
        site.Write("strict.yml", "rules:\n  placeholder-date: error\n");
        var result = CliRunner.Run(site.Root, Today, false, "blog", "--config", "strict.yml", "--select", "PL201", "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "blog/_posts/2025-03-01-a.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01",
                "blog/drafts-elsewhere/b.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-01-31",
            ],
            result.Findings);
    }

    [Fact]
    public void When_several_configs_apply_the_run_says_which()
    {
        using var site = Workspace();
        site.Write(".postlint.yml", "rules:\n  placeholder-date: info\n");
        site.Write("notes/c.md", Placeholder);
        var result = CliRunner.Run(site.Root, Today, false, "--select", "PL201", "--fail-level", "info");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "blog/_posts/2025-03-01-a.md:3:19: warning PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01",
                "notes/c.md:3:19: info PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-01-31",
            ],
            result.Findings);
        Assert.Equal("postlint: 2 configs apply, each to the files below it: .postlint.yml (1 file), blog/.postlint.yml (1 file)\n", result.Error);

        // From inside the blog, only its config applies, and nothing is said about configs.
        var inside = CliRunner.Run(Path.Combine(site.Root, "blog"), "--select", "PL201");
        Assert.Equal(["_posts/2025-03-01-a.md:3:19: warning PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01"], inside.Findings);
        Assert.Equal("", inside.Error);
    }

    [Fact]
    public void An_error_in_a_nearer_config_stops_the_run_before_any_file_is_linted()
    {
        using var site = Workspace();
        site.Write("blog/.postlint.yml", "rules:\n  placeholder-dates: warning\n");
        var result = site.Run("blog");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("blog/.postlint.yml:2:3: unknown rule 'placeholder-dates'; did you mean 'placeholder-date'? (run 'postlint rules' for the list)\n", result.Error);
        Assert.Equal("", result.Out);
    }
}
