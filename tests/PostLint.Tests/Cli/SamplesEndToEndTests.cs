using System.Text.RegularExpressions;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

public partial class SamplesEndToEndTests
{
    [GeneratedRegex(@" in \d+\.\d\ds$", RegexOptions.Multiline)]
    private static partial Regex Time();

    /// <summary>The report of the samples with the summary's time normalised.</summary>
    public static string Normalise(string report) => Time().Replace(report.Replace("\r\n", "\n"), " in 0.00s");

    [Fact]
    public void Samples_report_matches_the_expected_report()
    {
        var result = CliRunner.Run(Repo.Root, "samples/blog");
        var actual = Normalise(result.Out);
        var expectedPath = Repo.Path("samples", "expected", "report.txt");
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(Normalise(File.ReadAllText(expectedPath)), actual);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Clean_sample_post_has_no_findings()
    {
        var result = CliRunner.Run(Repo.Root, "samples/blog/_posts/2025-03-01-clean-post.md", "--quiet");
        Assert.Equal("", result.Out);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Every_rule_fires_in_the_samples()
    {
        var result = CliRunner.Run(Repo.Root, "samples/blog", "--format", "json", "--select", "all");
        var catalog = PostLint.Rules.BuiltInRules.CreateCatalog();
        // Unreadable files, rule crashes, oversized files and runaway nesting have their own tests (Hostile/BadInputTests),
        // site configs PostLint cannot read theirs (Sites/SiteConfigTests).
        var engineOnly = new[] { "PL001", "PL003", "PL005", "PL007", "PL008" };
        foreach (var d in catalog.Descriptors.Where(d => !engineOnly.Contains(d.Id)))
        {
            Assert.True(result.Out.Contains($"\"ruleId\": \"{d.Id}\"", StringComparison.Ordinal), $"{d.Id} {d.Name} never fires in samples/blog");
        }
    }
}
