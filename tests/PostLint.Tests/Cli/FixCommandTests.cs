using System.Text;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

public class FixCommandTests
{
    private const string PostPath = "_posts/2025-03-01-post.md";

    private const string Post = "---\ntitle: \"컨테이너와 VM\"\nlast_modified_at: YYYY-MM-DD\n---\n\n## 개요\n본문입니다.\n";

    private static byte[] Utf8(string text, bool bom = false) =>
        bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Crlf_file_with_a_bom_comes_out_with_crlf_and_the_bom()
    {
        using var site = new TempSite();
        var path = site.WriteBytes(PostPath, Utf8(Post.Replace("\n", "\r\n", StringComparison.Ordinal), bom: true));
        var result = site.Run("--fix", "--unsafe-fixes");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("postlint: fixed 1 finding in 1 file", result.Error, StringComparison.Ordinal);
        var expected = Utf8(Post.Replace("YYYY-MM-DD", "2025-03-01", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal), bom: true);
        var actual = File.ReadAllBytes(path);
        Assert.Equal(expected, actual);
        Assert.Equal([0xEF, 0xBB, 0xBF], actual[..3]);
        var text = Encoding.UTF8.GetString(actual);
        Assert.Equal(7, text.Split("\r\n").Length - 1);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Lf_file_without_final_newline_keeps_its_absence()
    {
        using var site = new TempSite();
        var text = Post.TrimEnd('\n');
        var path = site.Write(PostPath, text);
        Assert.Equal(0, site.Run("--fix", "--unsafe-fixes").ExitCode);
        Assert.Equal(text.Replace("YYYY-MM-DD", "2025-03-01", StringComparison.Ordinal), File.ReadAllText(path));
    }

    [Fact]
    public void Diff_prints_the_change_and_writes_nothing()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        var bytes = File.ReadAllBytes(path);
        var stamp = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        var filesBefore = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var result = site.Run("--diff", "--unsafe-fixes");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "--- a/_posts/2025-03-01-post.md\n+++ b/_posts/2025-03-01-post.md\n@@ -1,6 +1,6 @@\n ---\n title: \"컨테이너와 VM\"\n-last_modified_at: YYYY-MM-DD\n+last_modified_at: 2025-03-01\n ---\n \n ## 개요\n",
            result.Out);
        Assert.Contains("would fix 1 finding in 1 file", result.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal(filesBefore, Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Diff_of_a_file_with_a_bom_has_the_bom_in_its_first_line_so_patches_apply()
    {
        using var site = new TempSite();
        site.WriteBytes(PostPath, Utf8(Post, bom: true));
        var result = site.Run("--diff", "--unsafe-fixes");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("@@ -1,6 +1,6 @@\n \uFEFF---\n title:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_name_with_a_space_and_Hangul_applies_with_git_apply()
    {
        using var site = new TempSite();
        GitCli.Init(site);
        const string name = "_posts/2025-05-03-한글 파일명.md";
        var path = site.Write(name, Post);
        GitCli.Run(site.Root, "add", "-A");
        GitCli.Run(site.Root, "commit", "-q", "-m", "post");
        var result = site.Run("--diff", "--unsafe-fixes", "--output", "fix.patch");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"--- a/{name}\t\n+++ b/{name}\t\n", File.ReadAllText(Path.Combine(site.Root, "fix.patch")), StringComparison.Ordinal);
        GitCli.Run(site.Root, "apply", "--check", "fix.patch");
        GitCli.Run(site.Root, "apply", "fix.patch");
        Assert.Contains("last_modified_at: 2025-05-03\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, site.Run("--diff", "--unsafe-fixes").ExitCode);
    }

    [Fact]
    public void Diff_with_nothing_to_fix_exits_0()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var result = site.Run("--diff");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("nothing to fix", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_then_diff_shows_nothing_and_a_second_fix_touches_nothing()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        Assert.Equal(0, site.Run("--fix", "--unsafe-fixes").ExitCode);
        var stamp = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        var fixedBytes = File.ReadAllBytes(path);
        Assert.Equal(0, site.Run("--diff", "--unsafe-fixes").ExitCode);
        var again = site.Run("--fix", "--unsafe-fixes");
        Assert.Contains("postlint: nothing fixed", again.Error, StringComparison.Ordinal);
        Assert.Equal(fixedBytes, File.ReadAllBytes(path));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Fix_without_unsafe_fixes_reports_what_remains_and_fails()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        var result = site.Run("--fix");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["_posts/2025-03-01-post.md:3:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01"], result.Findings);
        Assert.Contains("postlint: 1 more fix available with --unsafe-fixes", result.Error, StringComparison.Ordinal);
        Assert.Equal(Post, File.ReadAllText(path));
    }

    [Fact]
    public void What_fix_cannot_fix_is_still_reported_and_fails_the_run()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        site.Write("notes/memo.md", "---\ndate: TBD\n---\n날짜를 모르는 메모\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["POSTLINT_NOW"] = "2025-06-01T12:00:00Z" }, false, "--fix", "--unsafe-fixes");
        Assert.Equal(1, result.ExitCode);

        // No date in the file name or front matter: the suggestion is the run's day.
        Assert.Equal(["notes/memo.md:2:7: error PL201 placeholder-date: date is the placeholder 'TBD'; write the real date, e.g. 2025-06-01"], result.Findings);
    }

    [Fact]
    public void Files_without_a_fix_are_not_touched()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var clean = site.Write("_posts/2025-03-02-clean.md", "---\ntitle: 깨끗한 글\ndate: 2025-03-02\n---\n본문\n");
        var stamp = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(clean, stamp);
        Assert.Equal(0, site.Run("--fix", "--unsafe-fixes").ExitCode);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(clean));
    }

    [Fact]
    public void A_file_with_invalid_utf8_is_not_fixed()
    {
        using var site = new TempSite();
        byte[] bytes = [.. Utf8(Post), .. "깨진 "u8.ToArray(), 0xED, 0xA0, 0x80, (byte)'\n'];
        var path = site.WriteBytes(PostPath, bytes);
        var result = site.Run("--fix", "--unsafe-fixes");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("postlint: _posts/2025-03-01-post.md: not fixed: the file is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Equal(["PL201", "PL006"], result.Findings.Select(f => f.Split(' ')[2]));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Permissions_survive_the_fix()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        if (OperatingSystem.IsWindows())
        {
            Assert.Equal(0, site.Run("--fix", "--unsafe-fixes").ExitCode);
            return;
        }

        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        Assert.Equal(0, site.Run("--fix", "--unsafe-fixes").ExitCode);
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Contains("2025-03-01", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_fixes_alone_is_a_usage_error()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post);
        var result = site.Run("--unsafe-fixes");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--unsafe-fixes applies only with --fix or --diff", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_goes_to_the_output_file_when_one_is_given()
    {
        using var site = new TempSite();
        var path = site.Write(PostPath, Post);
        var result = site.Run("--diff", "--unsafe-fixes", "--output", "fix.diff");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("--- a/_posts/2025-03-01-post.md\n", File.ReadAllText(Path.Combine(site.Root, "fix.diff")), StringComparison.Ordinal);
        Assert.Equal(Post, File.ReadAllText(path));
    }

    [Fact]
    public void Json_report_after_fix_lists_only_what_remains()
    {
        using var site = new TempSite();
        site.Write(PostPath, Post.Replace("title: \"컨테이너와 VM\"", "title: \"컨테이너와 VM\"\nupdated:", StringComparison.Ordinal));
        var result = site.Run("--fix", "--unsafe-fixes", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());
    }
}
