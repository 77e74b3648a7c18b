using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary><c>--force-exclude</c>: pre-commit passes every changed Markdown file by name; the config still decides.</summary>
public class ForceExcludeTests
{
    private const string Bad = "---\ntitle: 초안\ndate: TBD\n---\n본문\n";

    private static TempSite Site()
    {
        var site = new TempSite();
        site.Write(".postlint.yml", "include: [\"**/_posts/**/*.md\", \"_drafts/**/*.md\"]\nexclude: [\"_drafts/**\"]\n");
        site.Write("README.md", Bad);
        site.Write("_drafts/idea.md", Bad);
        site.Write("vendor/theme/_posts/sample.md", Bad);
        site.Write("_posts/2025-03-07-post.md", Bad);
        return site;
    }

    private static readonly string[] Named = ["README.md", "_drafts/idea.md", "vendor/theme/_posts/sample.md", "_posts/2025-03-07-post.md"];

    [Fact]
    public void Named_files_are_linted_without_the_flag()
    {
        using var site = Site();
        var result = site.Run(["--quiet", .. Named]);
        // Every named file is linted (some get more than one finding: an undated name under _posts, for one).
        Assert.Equal(Named.Order(StringComparer.Ordinal), result.Findings.Select(f => f.Split(':')[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_the_flag_config_globs_and_skipped_folders_apply_to_named_files()
    {
        using var site = Site();
        var result = site.Run(["--quiet", "--force-exclude", .. Named]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["_posts/2025-03-07-post.md:3:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-03-07"], result.Findings);
    }

    [Fact]
    public void With_the_flag_a_run_whose_files_are_all_excluded_passes()
    {
        using var site = Site();
        var result = site.Run("--force-exclude", "README.md", "_drafts/idea.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(0 checked", result.Out, StringComparison.Ordinal);
    }
}
