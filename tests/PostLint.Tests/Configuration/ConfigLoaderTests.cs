using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Configuration;

public class ConfigLoaderTests
{
    private const string Post = "---\ntitle: x\ndate: YYYY-MM-DD\n---\n본문입니다.\n";

    [Fact]
    public void Unknown_top_level_key_exits_2_and_names_file_line_and_column()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  placeholder-date: error\ninclud: [\"**/*.md\"]\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:3:1: unknown key 'includ'", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Unknown_rule_is_an_error_at_its_line()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  placeholder-dat: off\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:2:3: unknown rule 'placeholder-dat'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_severity_is_an_error_at_the_value()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  PL201: loud\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:2:10: invalid severity 'loud'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rule_option_is_an_error()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  placeholder-date:\n    severity: warning\n    kees: [date]\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:4:5: unknown option 'kees' for rule placeholder-date", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_in_config_exits_2_with_position()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  PL201: [error\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"\.postlint\.yml:\d+:\d+: invalid YAML", result.Error);
    }

    [Fact]
    public void Severity_override_by_name_changes_the_report()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  placeholder-date: warning\n");
        var result = site.Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("_posts/2025-01-01-a.md:3:7: warning PL201 placeholder-date:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_off_then_specific_rule_on_keeps_the_rule_whatever_the_order()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  PL201: error\n  content: off\n");
        var result = site.Run();
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Rule_options_reach_the_rule()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", "---\ntitle: x\ndate: YYYY-MM-DD\nreviewed: TBD\n---\n");
        site.Write(".postlint.yml", "rules:\n  placeholder-date:\n    keys: [reviewed]\n");
        var result = site.Run("--quiet");
        Assert.Equal(["_posts/2025-01-01-a.md:4:11: error PL201 placeholder-date: reviewed is the placeholder 'TBD'; write the real date, e.g. 2025-01-01"], result.Findings);
    }

    [Fact]
    public void Config_is_found_by_walking_up_from_the_current_folder()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write(".postlint.yml", "rules:\n  placeholder-date: off\n");
        var result = CliRunner.Run(Path.Combine(site.Root, "_posts"), ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Include_and_exclude_globs_filter_folder_walks()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-01-01-a.md", Post);
        site.Write("_drafts/b.md", Post);
        site.Write(".postlint.yml", "exclude: [\"_drafts/**\"]\n");
        var result = site.Run("--format", "json");
        Assert.Contains("_posts/2025-01-01-a.md", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("_drafts/b.md", result.Out, StringComparison.Ordinal);
    }
}
