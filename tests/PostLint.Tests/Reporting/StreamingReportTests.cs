using PostLint.Cli;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Sites;
using PostLint.Tests.Cli;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

/// <summary>
/// A run that only reports writes its report while it lints, file by file in path order, and lets each file's findings
/// go once written. The bytes must be those of a report written after the run.
/// </summary>
public class StreamingReportTests
{
    private const string Placeholder = "---\ntitle: \"정리\"\nlast_modified_at: YYYY-MM-DD\n---\n\n## 개요\n\n확작성 있는 구성은 Github에 있다.\n";
    private const string Clean = "---\ntitle: \"깨끗한 글\"\ndate: 2025-03-01\n---\n\n본문은 문제없다.\n";

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("text", "--show-source")]
    [InlineData("json", "--select", "all")]
    public void A_streamed_report_is_the_report_written_after_the_run(string format, params string[] more)
    {
        string[] args = ["samples/blog", "--format", format, .. more];
        var streamed = CliRunner.Run(Repo.Root, args);

        // A SARIF file beside the report needs the whole run, so the report is written after it.
        var sarif = Path.Combine(Path.GetTempPath(), $"postlint-{Guid.NewGuid():N}.sarif");
        try
        {
            var afterwards = CliRunner.Run(Repo.Root, [.. args, "--sarif-file", sarif]);
            Assert.Equal(1, streamed.ExitCode);
            Assert.Equal(afterwards.ExitCode, streamed.ExitCode);
            Assert.Equal(SamplesEndToEndTests.Normalise(afterwards.Out), SamplesEndToEndTests.Normalise(streamed.Out));
            Assert.Contains("PL401", streamed.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(sarif);
        }
    }

    [Fact]
    public void Output_file_holds_the_streamed_report()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-b.md", Placeholder);
        site.Write("_posts/2025-03-02-a.md", Clean);
        var toStdout = site.Run("--format", "json");
        var toFile = site.Run("--format", "json", "--output", "report.json");
        Assert.Equal(toStdout.ExitCode, toFile.ExitCode);
        Assert.Equal("", toFile.Out);
        Assert.Equal(toStdout.Out, File.ReadAllText(Path.Combine(site.Root, "report.json")));
    }

    [Fact]
    public void An_unwritable_output_file_exits_2_before_anything_is_written()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-b.md", Placeholder);
        var result = site.Run("--format", "json", "--output", "missing-folder/report.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("cannot write 'missing-folder/report.json'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_file_is_reported_once_in_path_order_and_the_run_keeps_only_counts()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-b.md", Placeholder);
        site.Write("_posts/2025-03-02-a.md", Clean);
        site.Write("_posts/2025-03-03-c.md", Placeholder.Replace("Github", "github", StringComparison.Ordinal));
        site.Write("_drafts/초안.md", Placeholder);
        string[] paths = ["_posts/2025-03-03-c.md", "_drafts/초안.md", "_posts/2025-03-01-gone.md", "_posts/2025-03-02-a.md", "_posts/2025-03-01-b.md"];
        var targets = paths.Select(p => new LintTarget(p, Path.Combine(site.Root, p))).ToArray();
        var settings = ConfigLoader.Load(BuiltInRules.CreateCatalog(), null, null, null, [], []);

        var whole = new Linter(settings, new SiteLocator(null, site.Root)).Run(targets);
        var reported = new List<FileResult>();
        var streamed = new Linter(settings with { MaxParallelism = 3 }, new SiteLocator(null, site.Root)).Run(targets, reported.Add);

        var ordered = paths.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(ordered, whole.Files.Select(f => f.Path));
        Assert.Equal(ordered, reported.Select(f => f.Path));
        Assert.Equal(ordered, streamed.Files.Select(f => f.Path));
        for (var i = 0; i < ordered.Length; i++)
        {
            Assert.Equal(whole.Files[i].Diagnostics.Select(d => $"{d.Start} {d.Rule.Id} {d.Message}"), reported[i].Diagnostics.Select(d => $"{d.Start} {d.Rule.Id} {d.Message}"));
            Assert.Empty(streamed.Files[i].Diagnostics);
            Assert.Equal(whole.Files[i].Counts, streamed.Files[i].Counts);
            Assert.Equal(whole.Files[i].Failed, streamed.Files[i].Failed);
        }

        Assert.Equal(FindingCounts.Of(whole.All.Select(f => f.Diagnostic).ToArray()), streamed.Counts);
        Assert.Equal((whole.Count(Severity.Error), whole.Count(Severity.Warning), whole.Count(Severity.Info), 1), (streamed.Counts.Errors, streamed.Counts.Warnings, streamed.Counts.Infos, streamed.Counts.ExecutionErrors));
        Assert.True(streamed.Counts.SafeFixes > 0 && streamed.Counts.UnsafeFixes > 0);
        Assert.True(streamed.Counts.Warnings > 0 && streamed.Counts.Errors > 1);
        Assert.Equal(whole.FilesWithFindings, streamed.FilesWithFindings);
        Assert.Equal(TextReporter.Summary(whole with { Elapsed = TimeSpan.Zero }), TextReporter.Summary(streamed with { Elapsed = TimeSpan.Zero }));
        foreach (var level in new Severity?[] { null, Severity.Info, Severity.Warning, Severity.Error })
        {
            Assert.Equal(ExitCodes.For(whole, level), ExitCodes.For(streamed, level));
        }
    }
}
