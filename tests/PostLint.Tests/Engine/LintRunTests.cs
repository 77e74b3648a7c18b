using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Rules;

namespace PostLint.Tests.Engine;

/// <summary>A run's counts: each severity, execution errors and fixes, per file and summed.</summary>
public class LintRunTests
{
    private static readonly RuleDescriptor Rule = new("PL901", "probe", "A probe", RuleCategory.Content, Severity.Warning);

    private static Diagnostic Finding(Severity severity, RuleDescriptor? rule = null, FixSafety? fix = null) =>
        new(rule ?? Rule, severity, "글", default, new LinePosition(1, 1), new LinePosition(1, 2),
            fix is { } safety ? Fix.Replace("고치기", default, "x", safety) : null);

    [Fact]
    public void Counts_take_each_severity_execution_error_and_fix_once()
    {
        var counts = FindingCounts.Of(
        [
            Finding(Severity.Error), Finding(Severity.Warning, fix: FixSafety.Safe), Finding(Severity.Info),
            Finding(Severity.Info, fix: FixSafety.Unsafe), Finding(Severity.Error, EngineRules.FileUnreadable),
            Finding(Severity.Error, EngineRules.InternalError), Finding(Severity.Error, EngineRules.FileNotText),
        ]);
        Assert.Equal(new FindingCounts(4, 1, 2, 2, 1, 1), counts);
        Assert.Equal(7, counts.Total);
        Assert.Equal([4, 1, 2], new[] { Severity.Error, Severity.Warning, Severity.Info }.Select(counts.Of).ToArray());
    }

    [Fact]
    public void A_run_sums_its_files_and_knows_which_failed()
    {
        var ok = new FileResult("a.md", "/s/a.md", SourceText.NotRetained, [Finding(Severity.Info), Finding(Severity.Warning)]);
        var clean = new FileResult("b.md", "/s/b.md", SourceText.NotRetained, []);
        var failed = new FileResult("c.md", "/s/c.md", null, [Finding(Severity.Error, EngineRules.FileUnreadable)]);

        var run = new LintRun([ok, clean, failed], TimeSpan.Zero);
        Assert.Equal(new FindingCounts(1, 1, 1, 1), run.Counts);
        Assert.Equal(2, run.FilesWithFindings);
        Assert.Equal(1, run.Count(Severity.Info));
        Assert.True(run.AnyFileFailed);
        Assert.Equal(["a.md", "a.md", "c.md"], run.All.Select(x => x.File.Path).ToArray());

        var fine = new LintRun([ok, clean], TimeSpan.Zero);
        Assert.False(fine.AnyFileFailed);
        Assert.Equal(new FindingCounts(0, 1, 1, 0), fine.Counts);
    }

    [Fact]
    public void A_released_file_keeps_its_counts_and_whether_it_failed()
    {
        var failed = new FileResult("c.md", "/s/c.md", null, [Finding(Severity.Error, EngineRules.FileUnreadable)]).Released();
        var ok = new FileResult("a.md", "/s/a.md", new SourceText("글"), [Finding(Severity.Info, fix: FixSafety.Safe)]).Released();
        Assert.True(failed.Failed);
        Assert.False(ok.Failed);
        Assert.Empty(ok.Diagnostics);
        Assert.Equal(new FindingCounts(0, 0, 1, 0, 1), ok.Counts);
        Assert.Equal(new FindingCounts(1, 0, 1, 1, 1), new LintRun([failed, ok], TimeSpan.Zero).Counts);
    }
}
