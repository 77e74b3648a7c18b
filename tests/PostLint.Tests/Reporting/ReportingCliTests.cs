using System.Text.Json;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

/// <summary>The report options end to end: SARIF beside another format, GitHub annotations with a job summary.</summary>
public class ReportingCliTests
{
    private const string Post = "---\ntitle: \"정리\"\nlast_modified_at: YYYY-MM-DD\nupdated:\n---\n본문\n";

    [Fact]
    public void Text_and_a_sarif_file_in_one_run()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", Post);
        var result = site.Run("--format", "text", "--sarif-file", "out.sarif", "--select", "PL201");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "_posts/2025-03-01-post.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01",
                "_posts/2025-03-01-post.md:4:1: warning PL201 placeholder-date: updated is empty; write a date such as 2025-03-01 or remove the key",
            ],
            result.Findings);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "out.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(["error", "warning"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()));
        // The rules that ran: the selected one plus the engine's findings that are always reported.
        var expected = PostLint.Rules.EngineRules.All.Where(r => r.IsAlwaysReported).Select(r => r.Id).Append("PL201").Order(StringComparer.Ordinal);
        var ran = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(expected, ran.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("## What it does", ran.Single(r => r.GetProperty("id").GetString() == "PL201").GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Root, File.ReadAllText(Path.Combine(site.Root, "out.sarif")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_uris_are_relative_to_the_git_root_when_run_from_a_subfolder()
    {
        using var site = new TempSite(kind: "none");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        site.Write("blog/_config.yml", "title: x\n");
        site.Write("blog/_posts/2025-03-01-한글 글.md", Post);
        var result = CliRunner.Run(Path.Combine(site.Root, "blog"), "--format", "sarif", "--select", "PL201", "--sarif-category", "blog");
        Assert.Equal(1, result.ExitCode);
        var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
        Assert.Equal(
            "blog/_posts/2025-03-01-%ED%95%9C%EA%B8%80%20%EA%B8%80.md",
            run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("blog/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.DoesNotContain(site.Root, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_prints_annotations_and_appends_the_job_summary()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", Post);
        var env = new Dictionary<string, string>
        {
            ["GITHUB_STEP_SUMMARY"] = "summary.md",
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "octo/blog",
            ["GITHUB_SHA"] = "abc123",
        };
        File.WriteAllText(Path.Combine(site.Root, "summary.md"), "# Earlier step\n\n");
        var result = CliRunner.Run(site.Root, env, false, "--format", "github", "--select", "PL201", "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "::error file=_posts/2025-03-01-post.md,line=3,endLine=3,col=19,endColumn=29,title=PL201 placeholder-date::last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01",
                "::warning file=_posts/2025-03-01-post.md,line=4,endLine=4,col=1,endColumn=8,title=PL201 placeholder-date::updated is empty; write a date such as 2025-03-01 or remove the key",
            ],
            result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var summary = File.ReadAllText(Path.Combine(site.Root, "summary.md"));
        Assert.StartsWith("# Earlier step\n\n## PostLint\n", summary, StringComparison.Ordinal);
        Assert.Contains("| [\\_posts/2025-03-01-post.md:3](https://github.com/octo/blog/blob/abc123/_posts/2025-03-01-post.md#L3) | error |", summary, StringComparison.Ordinal);
        Assert.Contains("| [\\_posts/2025-03-01-post.md:4](https://github.com/octo/blog/blob/abc123/_posts/2025-03-01-post.md#L4) | warning |", summary, StringComparison.Ordinal);
        Assert.Contains(" placeholder-date | 1 | 1 | 0 |", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_GITHUB_STEP_SUMMARY_no_summary_is_written()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", Post);
        var result = site.Run("--format", "github", "--select", "PL201");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.Out.Split('\n').Count(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Equal(["_config.yml", "_posts"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unwritable_sarif_file_exits_2()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", Post);
        var result = site.Run("--sarif-file", "missing-folder/out.sarif");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write 'missing-folder/out.sarif'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_to_stdout_is_one_json_document()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ntitle: x\ndate: 2025-03-01\n---\n본문\n");
        var result = site.Run("--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }
}
