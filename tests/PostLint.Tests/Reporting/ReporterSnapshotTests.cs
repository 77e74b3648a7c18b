using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

/// <summary>
/// Every format rendered from the same canned run and compared with a snapshot under <c>Reporting/Snapshots/</c>
/// (rewrite with <c>POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test</c> and review the diff).
/// </summary>
public class ReporterSnapshotTests
{
    private const string Dir = "tests/PostLint.Tests/Reporting/Snapshots/";

    [Fact]
    public void Text() =>
        SnapshotFile.Match(Dir + "canned.text.txt", CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options()));

    [Fact]
    public void Text_with_source() =>
        SnapshotFile.Match(Dir + "canned.show-source.txt", CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { ShowSource = true }));

    [Fact]
    public void Json() =>
        SnapshotFile.Match(Dir + "canned.json", CannedRun.Render(new JsonReporter(), CannedRun.Create(), CannedRun.Options()));

    [Fact]
    public void Json_to_standard_output_is_the_same_bytes_as_text()
    {
        // Standard output (a UTF-8 StreamWriter) takes the report's bytes as they are, after what was written before.
        var bytes = new MemoryStream();
        var output = new StreamWriter(bytes, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        output.Write("첫 줄\n");
        new JsonReporter().Write(CannedRun.Create(), output, CannedRun.Options());
        output.Flush();
        Assert.Equal("첫 줄\n" + CannedRun.Render(new JsonReporter(), CannedRun.Create(), CannedRun.Options()), System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void Sarif() =>
        SnapshotFile.Match(Dir + "canned.sarif", CannedRun.Render(new SarifReporter(), CannedRun.Create(), CannedRun.Options()));

    [Fact]
    public void Sarif_past_the_result_limit_outside_actions() =>
        SnapshotFile.Match(
            Dir + "canned.limited.sarif",
            CannedRun.Render(new SarifReporter { MaxResults = 2 }, CannedRun.Create(), CannedRun.Options(withGitHub: false) with { SarifCategory = "blog/ko" }));

    [Fact]
    public void GitHub_annotations() =>
        SnapshotFile.Match(Dir + "canned.github.txt", CannedRun.Render(new GitHubReporter(), CannedRun.Create(), CannedRun.Options()));

    [Fact]
    public void GitHub_job_summary()
    {
        var output = new StringWriter { NewLine = "\n" };
        GitHubReporter.WriteSummary(CannedRun.Create(), output, CannedRun.Options());
        SnapshotFile.Match(Dir + "canned.summary.md", output.ToString());
    }

    [Fact]
    public void A_fix_edit_far_from_its_finding_is_reported_the_same_from_the_excerpt()
    {
        // A finding at the end of a post whose fix edits its first line: the excerpt keeps the edit's line too.
        const string text = "---\ntitle: 제목\n---\n\n첫 문단\n\n둘째 문단\n\n셋째 문단에 확작성\n";
        var source = new SourceText(text);
        var typo = new TextRange(text.IndexOf("확작성", StringComparison.Ordinal), text.IndexOf("확작성", StringComparison.Ordinal) + 3);
        var fix = new Fix("Fix both", [new TextEdit(new TextRange(4, 9), "name"), new TextEdit(typo, "확장성")]);
        Diagnostic[] diagnostics = [Linter.Make(source, CannedRun.SpellingRule, Severity.Warning, "write '확장성'", typo, fix)];
        var whole = new LintRun([new FileResult("a.md", CannedRun.Root + "/a.md", source, diagnostics)], TimeSpan.Zero);
        var kept = new LintRun([new FileResult("a.md", CannedRun.Root + "/a.md", Linter.Retain(source, diagnostics), diagnostics)], TimeSpan.Zero);

        Assert.Throws<InvalidOperationException>(() => kept.Files[0].Source!.GetLineText(5));
        foreach (IReporter reporter in new IReporter[] { new JsonReporter(), new SarifReporter() })
        {
            var report = CannedRun.Render(reporter, kept, CannedRun.Options());
            Assert.Equal(CannedRun.Render(reporter, whole, CannedRun.Options()), report);
            Assert.Matches(@"""endColumn"": 6\b", report); // the first edit ends at line 2, column 6
        }
    }

    [Fact]
    public void Every_format_is_the_same_from_the_excerpts_a_run_keeps()
    {
        // A lint run keeps only the lines around each finding (Linter.Retain); reports must not change because of it.
        var whole = CannedRun.Create();
        var kept = whole with
        {
            Files = whole.Files.Select(f => f.Source is { } s && f.Diagnostics.Count > 0 ? f with { Source = PostLint.Engine.Linter.Retain(s, f.Diagnostics) } : f).ToList(),
        };
        Assert.Contains(kept.Files, f => f.Source is { IsExcerpt: true });
        foreach (var (reporter, options) in new (IReporter, ReportOptions)[]
        {
            (new TextReporter(), CannedRun.Options() with { ShowSource = true }),
            (new JsonReporter(), CannedRun.Options()),
            (new SarifReporter(), CannedRun.Options()),
            (new GitHubReporter(), CannedRun.Options()),
        })
        {
            Assert.Equal(CannedRun.Render(reporter, whole, options), CannedRun.Render(reporter, kept, options));
        }
    }
}
