using System.Diagnostics;

namespace PostLint.Tests.Infrastructure;

/// <summary>Runs the real git in a folder, for tests of --staged and the hook commands.</summary>
public static class GitCli
{
    /// <summary>Makes <paramref name="site"/> a git repository with a committer identity.</summary>
    public static void Init(TempSite site)
    {
        Run(site.Root, "init", "-q");
        Run(site.Root, "config", "user.name", "PostLint Tests");
        Run(site.Root, "config", "user.email", "tests@postlint.invalid");
        Run(site.Root, "config", "commit.gpgsign", "false");
    }

    /// <summary>Runs git and returns its standard output; fails the test when git exits non-zero.</summary>
    public static string Run(string cwd, params string[] args)
    {
        var result = TryRun(cwd, null, args);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        return result.Out;
    }

    /// <summary>Runs git with an optional PATH prefix and returns everything it printed.</summary>
    public static (int ExitCode, string Out, string Error) TryRun(string cwd, string? pathPrefix, params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = cwd,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        if (pathPrefix is not null)
        {
            psi.Environment["PATH"] = pathPrefix + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        }

        using var process = Process.Start(psi)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
