using System.Text;
using PostLint.Baselines;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Baselines;

/// <summary>A baseline against a run: the entry each finding gets, how an update keeps or drops entries, and a safe save.</summary>
public class BaselineTests
{
    private static readonly RuleDescriptor PlaceholderDate = BuiltInRules.CreateCatalog().Find("PL201")!;

    private static Diagnostic On(SourceText source, int line, RuleDescriptor? rule = null)
    {
        var start = source.GetLineStart(line);
        return Linter.Make(source, rule ?? PlaceholderDate, Severity.Warning, "finding", new TextRange(start, start + 1));
    }

    [Fact]
    public void Each_finding_s_entry_keeps_its_line_folded_and_cut_at_200_characters_and_engine_errors_have_none()
    {
        using var site = new TempSite();
        var exact = new string('가', Baseline.MaxLineLength);
        var longer = "  " + new string('b', Baseline.MaxLineLength - 1) + "   c  ";
        var source = new SourceText("---\ntitle:   a    b\ndate: TBD\n---\n" + exact + "\n" + longer);
        Assert.Equal(6, source.LineCount);
        var pastTheEnd = new Diagnostic(PlaceholderDate, Severity.Warning, "finding", new TextRange(0, 1), new LinePosition(9, 1), new LinePosition(9, 2));
        var file = new FileResult("_posts/a.md", Path.Combine(site.Root, "_posts", "a.md"), source,
            [On(source, 2), On(source, 3, EngineRules.MarkdownTooDeep), On(source, 3), On(source, 5), On(source, 6), pastTheEnd, On(source, 1, EngineRules.InternalError)]);

        var entries = Baseline.EntriesOf(file, site.Root).ToArray();

        Assert.Equal(
            [
                ("PL201", "_posts/a.md", "title: a b"),
                ("PL201", "_posts/a.md", "date: TBD"),
                ("PL201", "_posts/a.md", exact),
                ("PL201", "_posts/a.md", new string('b', Baseline.MaxLineLength - 1) + " …"),
                ("PL201", "_posts/a.md", ""),
            ],
            entries.Select(x => (x.Entry.Rule, x.Entry.Path, x.Entry.Line)));
        var fingerprints = Fingerprints.Compute(file);
        Assert.Equal([fingerprints[0], fingerprints[2], fingerprints[3], fingerprints[4], fingerprints[5]], entries.Select(x => x.Entry.Fingerprint));
        Assert.Equal([file.Diagnostics[0], file.Diagnostics[2], file.Diagnostics[3], file.Diagnostics[4], file.Diagnostics[5]], entries.Select(x => x.Diagnostic));
    }

    [Fact]
    public void A_file_that_could_not_be_read_has_no_entries()
    {
        using var site = new TempSite();
        var unread = new FileResult("_posts/a.md", Path.Combine(site.Root, "_posts", "a.md"), null,
            [new Diagnostic(EngineRules.FileUnreadable, Severity.Error, "cannot read", new TextRange(0, 0), new LinePosition(1, 1), new LinePosition(1, 1))]);
        Assert.Empty(Baseline.EntriesOf(unread, site.Root));
    }

    [Fact]
    public void Without_an_old_baseline_an_update_takes_the_current_findings_and_a_pruning_update_takes_none()
    {
        using var site = new TempSite();
        var source = new SourceText("---\ndate: TBD\n---\n");
        var run = new LintRun([new FileResult("_posts/a.md", site.Write("_posts/a.md", source.Text), source, [On(source, 2)])], TimeSpan.Zero);

        Assert.Equal([("PL201", "_posts/a.md", "date: TBD")], Baseline.Update(null, run, site.Root, prune: false).Entries.Select(e => (e.Rule, e.Path, e.Line)));
        Assert.Empty(Baseline.Update(null, run, site.Root, prune: true).Entries);
    }

    [Fact]
    public void Saving_writes_the_bytes_and_leaves_no_temporary_file()
    {
        using var site = new TempSite();
        var baseline = new Baseline([new BaselineEntry("f0", "PL201", "_posts/a.md", "date: TBD")]);
        var path = Path.Combine(site.Root, Baseline.FileName);
        baseline.Save(path);
        baseline.Save(path);
        Assert.Equal(baseline.ToBytes(), File.ReadAllBytes(path));
        Assert.Equal([".postlint-baseline.json", "_config.yml"], Directory.GetFiles(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_save_that_fails_removes_its_temporary_file()
    {
        using var site = new TempSite();
        var folder = Path.Combine(site.Root, Baseline.FileName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "x");
        Assert.ThrowsAny<IOException>(() => new Baseline([]).Save(folder));
        Assert.Equal(["_config.yml"], Directory.GetFiles(site.Root).Select(Path.GetFileName));
        Assert.Equal("x", File.ReadAllText(Path.Combine(folder, "keep.txt")));
    }
}
