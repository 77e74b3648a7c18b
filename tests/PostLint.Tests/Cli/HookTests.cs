using PostLint.Cli.Commands;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary><c>postlint install-hook</c> / <c>uninstall-hook</c> in real git repositories, and a real commit through the hook.</summary>
public class HookTests
{
    private const string Draft = """
        ---
        title: "깃 훅으로 글 점검하기"
        last_modified_at: YYYY-MM-DD
        ---

        커밋하기 전에 글을 점검합니다.

        """;

    private const string Finished = """
        ---
        title: "깃 훅으로 글 점검하기"
        last_modified_at: 2025-03-06
        ---

        커밋하기 전에 글을 점검합니다.

        """;

    private const string Post = "_posts/2025-03-06-git-hook.md";

    private const string ForeignHook = "#!/bin/sh\necho 'my own checks'\n";

    private static TempSite Repo()
    {
        var site = new TempSite();
        GitCli.Init(site);
        return site;
    }

    private static string HookPath(TempSite site) => Path.Combine(site.Root, ".git", "hooks", "pre-commit");

    [Fact]
    public void Install_writes_an_executable_hook_that_runs_postlint_staged()
    {
        using var site = Repo();
        var result = site.Run("install-hook");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Installed .git/hooks/pre-commit: each commit runs 'postlint --staged'\n", result.Out);
        var text = File.ReadAllText(HookPath(site));
        Assert.Equal(HookCommand.Script, text);
        Assert.StartsWith("#!/bin/sh\n" + HookCommand.Marker + "\n", text, StringComparison.Ordinal);
        Assert.Contains("exec postlint --staged\n", text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(HookPath(site)).HasFlag(UnixFileMode.UserExecute));
        }

        // Installing again refreshes PostLint's own hook.
        Assert.Equal(0, site.Run("install-hook").ExitCode);
    }

    [Fact]
    public void The_installed_hook_blocks_a_commit_of_a_bad_staged_post_and_lets_a_clean_one_through()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the hook is a POSIX shell script; git for Windows runs it too, but PATH handling differs
        }

        using var site = Repo();
        Assert.Equal(0, site.Run("install-hook").ExitCode);

        // The test output folder holds the postlint app host: put it first on PATH, as a global tool install would.
        var tools = AppContext.BaseDirectory;
        site.Write(Post, Draft);
        GitCli.Run(site.Root, "add", Post);
        var blocked = GitCli.TryRun(site.Root, tools, "commit", "-m", "draft");
        Assert.Equal(1, blocked.ExitCode);
        // git sends a hook's output to standard error.
        Assert.Contains($"{Post}:3:19: error PL201 placeholder-date", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(1, GitCli.TryRun(site.Root, null, "rev-parse", "--verify", "-q", "HEAD").ExitCode);

        site.Write(Post, Finished);
        GitCli.Run(site.Root, "add", Post);
        var passed = GitCli.TryRun(site.Root, tools, "commit", "-m", "finished");
        Assert.True(passed.ExitCode == 0, passed.Out + passed.Error);
        Assert.Contains("finished", GitCli.Run(site.Root, "log", "--oneline"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_postlint_the_hook_says_how_to_install_it_or_remove_the_hook_without_postlint()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the hook is a POSIX shell script
        }

        using var site = Repo();
        Assert.Equal(0, site.Run("install-hook").ExitCode);
        var psi = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = site.Root,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(".git/hooks/pre-commit");
        psi.Environment["PATH"] = "/usr/bin:/bin";
        psi.Environment["HOME"] = site.Root;
        using var process = System.Diagnostics.Process.Start(psi)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Equal(
            "postlint: command not found, so the staged Markdown files were not checked.\n"
            + "Install it with 'dotnet tool install --global PostLint', commit once without the check with 'git commit --no-verify',\n"
            + "or remove this hook: rm \".git/hooks/pre-commit\"\n",
            error);
        Assert.DoesNotContain("uninstall-hook", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_all_is_checked_on_the_content_git_commits_from_the_work_tree()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // see above
        }

        using var site = Repo();
        site.Write(Post, Finished);
        GitCli.Run(site.Root, "add", Post);
        GitCli.Run(site.Root, "commit", "-q", "-m", "finished");
        Assert.Equal(0, site.Run("install-hook").ExitCode);

        // Nothing is staged: `git commit -a` stages the edit into a temporary index (GIT_INDEX_FILE) for the hook.
        site.Write(Post, Draft);
        var blocked = GitCli.TryRun(site.Root, AppContext.BaseDirectory, "commit", "-a", "-m", "back to a draft");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains($"{Post}:3:19: error PL201 placeholder-date", blocked.Error, StringComparison.Ordinal);
        Assert.Equal("", GitCli.Run(site.Root, "diff", "--cached", "--name-only"));
    }

    [Fact]
    public void A_hook_postlint_did_not_write_is_kept_unless_forced_and_restored_on_uninstall()
    {
        using var site = Repo();
        Directory.CreateDirectory(Path.GetDirectoryName(HookPath(site))!);
        File.WriteAllText(HookPath(site), ForeignHook);

        var refused = site.Run("install-hook");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("postlint: .git/hooks/pre-commit exists and was not written by postlint; not replaced (use --force to replace it; it is kept as pre-commit.postlint-backup)\n", refused.Error);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath(site)));

        var forced = site.Run("install-hook", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(HookCommand.Script, File.ReadAllText(HookPath(site)));
        var backup = Path.Combine(site.Root, ".git", "hooks", HookCommand.BackupName);
        Assert.Equal(ForeignHook, File.ReadAllText(backup));

        var removed = site.Run("uninstall-hook");
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("Removed .git/hooks/pre-commit\nRestored the previous hook from .git/hooks/pre-commit.postlint-backup\n", removed.Out);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath(site)));
        Assert.False(File.Exists(backup));
    }

    [Fact]
    public void Uninstall_leaves_a_foreign_hook_alone_and_is_quiet_when_there_is_none()
    {
        using var site = Repo();
        var none = site.Run("uninstall-hook");
        Assert.Equal(0, none.ExitCode);
        Assert.Equal("No pre-commit hook at .git/hooks/pre-commit; nothing to remove\n", none.Out);

        Directory.CreateDirectory(Path.GetDirectoryName(HookPath(site))!);
        File.WriteAllText(HookPath(site), ForeignHook);
        var refused = site.Run("uninstall-hook");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("postlint: .git/hooks/pre-commit was not written by postlint; left alone\n", refused.Error);
        Assert.Equal(ForeignHook, File.ReadAllText(HookPath(site)));
    }

    [Fact]
    public void Install_and_uninstall_follow_core_hooks_path_from_a_subfolder()
    {
        using var site = Repo();
        GitCli.Run(site.Root, "config", "core.hooksPath", ".githooks");
        Directory.CreateDirectory(Path.Combine(site.Root, "_posts"));

        var installed = CliRunner.Run(Path.Combine(site.Root, "_posts"), "install-hook");
        Assert.Equal(0, installed.ExitCode);
        Assert.Equal("Installed ../.githooks/pre-commit: each commit runs 'postlint --staged'\n", installed.Out);
        Assert.Equal(HookCommand.Script, File.ReadAllText(Path.Combine(site.Root, ".githooks", "pre-commit")));
        Assert.False(File.Exists(HookPath(site)));

        Assert.Equal(0, site.Run("uninstall-hook").ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Root, ".githooks", "pre-commit")));
    }

    [Fact]
    public void Outside_a_git_work_tree_both_commands_exit_2()
    {
        using var site = new TempSite();
        foreach (var command in new[] { "install-hook", "uninstall-hook" })
        {
            var result = site.Run(command);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"postlint: '{site.Root}' is not inside a git work tree; run this in the repository the hook is for\n", result.Error);
        }
    }
}
