using System.Text;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

public class BaselineCommandTests
{
    private const string PostPath = "_posts/2025-03-01-post.md";

    // Two findings: a placeholder (line 3) and an empty date (line 4).
    private const string Post = "---\ntitle: \"컨테이너와 VM의 이해\"\nlast_modified_at: YYYY-MM-DD\nupdated:\n---\n\n## 개요\n본문입니다.\n";

    private static string Baseline(TempSite site) => File.ReadAllText(Path.Combine(site.Root, ".postlint-baseline.json"));

    [Fact]
    public void A_written_baseline_hides_every_current_finding()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var write = site.Run("baseline");
        Assert.Equal(0, write.ExitCode);
        Assert.StartsWith("Wrote '.postlint-baseline.json': 2 entries (2 added, 0 removed)\n", write.Out, StringComparison.Ordinal);

        var run = site.Run("--baseline", ".postlint-baseline.json", "--fail-level", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Findings);
        Assert.Contains("postlint: baseline '.postlint-baseline.json': 2 findings hidden", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_sorted_readable_and_one_entry_per_line()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-02-b.md", "---\ntitle: 둘째\ndate: TBD\n---\n둘째 글\n");
        site.Write(PostPath, Post);
        site.Run("baseline");
        var lines = Baseline(site).Split('\n');
        Assert.Equal("{", lines[0]);
        Assert.Equal("  \"version\": 1,", lines[1]);
        Assert.Equal("  \"entries\": [", lines[2]);
        Assert.Matches("""^    \{"fingerprint":"[0-9a-f]{32}","rule":"PL201","path":"_posts/2025-03-01-post.md","line":"last_modified_at: YYYY-MM-DD"\},$""", lines[3]);
        Assert.Matches("""^    \{"fingerprint":"[0-9a-f]{32}","rule":"PL201","path":"_posts/2025-03-01-post.md","line":"updated:"\},$""", lines[4]);
        Assert.Matches("""^    \{"fingerprint":"[0-9a-f]{32}","rule":"PL201","path":"_posts/2025-03-02-b.md","line":"date: TBD"\}$""", lines[5]);
        Assert.Equal(["  ]", "}", ""], lines[6..]);
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write("_posts/2025-03-02-b.md", "---\ntitle: 둘째\ndate: TBD\n---\n둘째 글\n");
        site.Run("baseline");
        var first = Baseline(site);
        var again = site.Run("baseline");
        Assert.Contains("(0 added, 0 removed)", again.Out, StringComparison.Ordinal);
        Assert.Equal(first, Baseline(site));
    }

    [Fact]
    public void Korean_line_text_is_written_as_is()
    {
        using var site = new TempSite();
        site.Write(PostPath, "---\ntitle: 제목\n날짜: x\ndate: 미정\n---\n");
        site.Run("baseline");
        Assert.Contains("\"line\":\"date: 미정\"", Baseline(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_inserted_above_keep_findings_hidden()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        site.Run("baseline");
        var inserted = string.Concat(Enumerable.Range(1, 10).Select(i => $"# 추가한 줄 {i}\n"));
        File.WriteAllText(path, Post.Replace("---\ntitle", "---\n" + inserted + "title", StringComparison.Ordinal));
        File.AppendAllText(path, string.Concat(Enumerable.Range(1, 10).Select(i => $"\n새 문단 {i}\n")));
        var run = site.Run("--baseline", ".postlint-baseline.json", "--fail-level", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_new_finding_is_reported_alone()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        site.Run("baseline");
        File.WriteAllText(path, Post.Replace("updated:\n", "updated:\ndate: TBD\n", StringComparison.Ordinal));
        var run = site.Run("--baseline", ".postlint-baseline.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["_posts/2025-03-01-post.md:5:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-03-01"], run.Findings);
    }

    [Fact]
    public void Editing_the_flagged_line_reports_it_again_and_counts_the_old_entry_as_gone()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        site.Run("baseline");
        File.WriteAllText(path, Post.Replace("last_modified_at: YYYY-MM-DD", "last_modified_at: TBD", StringComparison.Ordinal));
        var run = site.Run("--baseline", ".postlint-baseline.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Findings);
        Assert.Contains("1 finding hidden; 1 entry no longer occurs (drop it with 'postlint baseline --prune')", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prune_drops_entries_that_no_longer_occur_and_adds_nothing()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        site.Write("_posts/2025-03-02-b.md", "---\ntitle: 둘째\ndate: TBD\n---\n둘째 글\n");
        site.Run("baseline");
        File.WriteAllText(path, Post.Replace("updated:\n", "", StringComparison.Ordinal).Replace("title:", "date: TBD\ntitle:", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Root, "_posts/2025-03-02-b.md"));

        var prune = site.Run("baseline", "--prune");
        Assert.Equal(0, prune.ExitCode);
        Assert.StartsWith("Pruned '.postlint-baseline.json': dropped 2 entries that no longer occur, 1 left", prune.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("updated:", Baseline(site), StringComparison.Ordinal);
        Assert.DoesNotContain("date: TBD", Baseline(site), StringComparison.Ordinal);

        var run = site.Run("--baseline", ".postlint-baseline.json");
        Assert.Equal(["_posts/2025-03-01-post.md:2:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-03-01"], run.Findings);
        Assert.DoesNotContain("no longer occur", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Linting_some_paths_keeps_the_entries_of_the_others()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write("_posts/2025-03-02-b.md", "---\ntitle: 둘째\ndate: TBD\n---\n둘째 글\n");
        site.Run("baseline");
        var write = site.Run("baseline", PostPath);
        Assert.Contains("3 entries (0 added, 0 removed)", write.Out, StringComparison.Ordinal);
        var run = site.Run(PostPath, "--baseline", ".postlint-baseline.json");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("no longer occur", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_works_from_another_current_folder()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Run("baseline");
        var run = CliRunner.Run(Path.Combine(site.Root, "_posts"), ".", "--baseline", "../.postlint-baseline.json", "--fail-level", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void The_baseline_command_writes_where_it_is_told()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var write = site.Run("baseline", "--baseline", "accepted.json");
        Assert.StartsWith("Wrote 'accepted.json': 2 entries", write.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, ".postlint-baseline.json")));
        Assert.Equal(0, site.Run("--baseline", "accepted.json", "--fail-level", "warning").ExitCode);
    }

    [Fact]
    public void The_config_can_name_the_baseline()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write(".postlint.yml", "baseline: config/accepted.json\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "config"));
        var write = site.Run("baseline");
        Assert.StartsWith("Wrote 'config/accepted.json': 2 entries", write.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Use it with", write.Out, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"../_posts/2025-03-01-post.md\"", File.ReadAllText(Path.Combine(site.Root, "config", "accepted.json")), StringComparison.Ordinal);
        var run = site.Run("--fail-level", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Findings);
    }

    [Fact]
    public void A_baseline_key_that_is_not_a_path_is_a_config_error_with_its_position()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write(".postlint.yml", "rules:\n  PL201: error\nbaseline: [a, b]\n");
        var run = site.Run();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".postlint.yml:3:11: 'baseline' must be a file path, e.g. .postlint-baseline.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_file_exits_2()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var run = site.Run("--baseline", "nope.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("baseline file 'nope.json' does not exist; write it with 'postlint baseline'", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, site.Run("baseline", "--prune").ExitCode);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"entries\": [", "not valid JSON")]
    [InlineData("[]", "expected a JSON object with 'version' and 'entries'")]
    [InlineData("{\"version\": 2, \"entries\": []}", "'version' must be 1")]
    [InlineData("{\"version\": 1, \"entries\": [{\"rule\": \"PL201\", \"path\": \"a.md\"}]}", "entry 1 has no 'fingerprint' string")]
    public void A_broken_baseline_file_exits_2(string json, string message)
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write("b.json", json);
        var run = site.Run("--baseline", "b.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"postlint: cannot read baseline 'b.json': {message}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_and_baseline_together_fix_first_then_hide()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        site.Run("baseline");
        var run = site.Run("--fix", "--unsafe-fixes", "--baseline", ".postlint-baseline.json", "--fail-level", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("last_modified_at: 2025-03-01", File.ReadAllText(path, Encoding.UTF8), StringComparison.Ordinal);
        Assert.Contains("1 entry no longer occurs", run.Error, StringComparison.Ordinal);
    }
}
