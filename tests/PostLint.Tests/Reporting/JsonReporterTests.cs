using System.Text;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;

namespace PostLint.Tests.Reporting;

public class JsonReporterTests
{
    /// <summary>A run of one file with <paramref name="count"/> findings, each on its own line with Hangul in its message.</summary>
    private static LintRun Run(int count)
    {
        var source = new SourceText(string.Concat(Enumerable.Range(0, count).Select(i => $"줄 {i} 확작성\n")));
        var diagnostics = Enumerable.Range(0, count).Select(i =>
        {
            var start = source.GetLineStart(i + 1);
            return Linter.Make(source, CannedRun.SpellingRule, Severity.Warning, $"'확작성' {i}: write '확장성'", new TextRange(start, start + 1),
                Fix.Replace("Replace", new TextRange(start, start + 1), "줄"));
        }).ToArray();
        return new LintRun([new FileResult("big.md", "/r/big.md", source, diagnostics)], TimeSpan.Zero);
    }

    [Fact]
    public void A_report_larger_than_its_pieces_is_whole_to_a_text_writer_and_to_a_utf8_stream()
    {
        // 2,000 findings make some 700 kB of JSON: the report passes through its 64 kB buffer many times.
        var run = Run(2000);
        var options = new ReportOptions { RepositoryRoot = "/r" };
        var text = CannedRun.Render(new JsonReporter(), run, options);
        Assert.True(Encoding.UTF8.GetByteCount(text) > 10 * 64 * 1024);

        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
        {
            writer.Write("before\n");
            new JsonReporter().Write(run, writer, options);
        }

        Assert.Equal("before\n" + text, Encoding.UTF8.GetString(stream.ToArray()));

        using var json = JsonDocument.Parse(text);
        Assert.Equal(["big.md"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        Assert.Equal(2000, diagnostics.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => $"'확작성' {i}: write '확장성'"), diagnostics.EnumerateArray().Select(d => d.GetProperty("message").GetString()));
        Assert.Equal(Enumerable.Range(1, 2000), diagnostics.EnumerateArray().Select(d => d.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void A_report_is_passed_on_in_pieces_of_64_kb_while_files_are_added()
    {
        var small = Run(3);
        var big = Run(2000);
        var options = new ReportOptions { RepositoryRoot = "/r" };
        using var output = new StringWriter { NewLine = "\n" };
        var stream = new JsonReporter().Open(output, options, ["small.md", "big.md"]);

        stream.Add(small.Files[0] with { Path = "small.md" });
        Assert.Equal("", output.ToString());

        stream.Add(big.Files[0]);
        var streamed = Encoding.UTF8.GetByteCount(output.ToString());
        Assert.InRange(streamed, 64 * 1024, 10 * 1024 * 1024);

        stream.Finish(new LintRun([], TimeSpan.Zero));
        var whole = output.ToString();
        Assert.InRange(Encoding.UTF8.GetByteCount(whole) - streamed, 1, 64 * 1024 + 1024);
        using var json = JsonDocument.Parse(whole);
        Assert.Equal(2003, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(["small.md", "small.md", "small.md", "big.md"], json.RootElement.GetProperty("diagnostics").EnumerateArray().Take(4).Select(d => d.GetProperty("path").GetString()));
    }

    [Fact]
    public void The_list_of_files_counts_toward_the_first_piece()
    {
        // 800 paths make some 50 kB of JSON before the first finding; one finding of 30,000 characters then passes 64 kB.
        var paths = Enumerable.Range(0, 800).Select(i => $"content/posts/2025/{i:D4}-a-fairly-long-post-name.md").ToArray();
        var source = new SourceText(new string('a', 30_000) + "\n");
        var finding = Linter.Make(source, CannedRun.SpellingRule, Severity.Warning, new string('a', 30_000), new TextRange(0, 1));
        using var output = new StringWriter { NewLine = "\n" };
        var stream = new JsonReporter().Open(output, new ReportOptions(), paths);
        Assert.Equal("", output.ToString());

        stream.Add(new FileResult(paths[0], "/r/" + paths[0], source, [finding]));
        var streamed = output.ToString().Length;
        Assert.InRange(streamed, 64 * 1024, 100 * 1024);

        stream.Finish(new LintRun([], TimeSpan.Zero));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(800, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Equal(new string('a', 30_000), json.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString());
    }
}
