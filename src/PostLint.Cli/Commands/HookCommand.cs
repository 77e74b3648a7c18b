using System.Text;
using PostLint.Git;
using PostLint.Localization;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint install-hook</c> and <c>postlint uninstall-hook</c>: a plain git pre-commit hook that runs
/// <c>postlint --staged</c>. PostLint only ever replaces or removes a hook that carries its marker line; a hook it did not
/// write is replaced only with <c>--force</c>, and kept beside it to be restored by <c>uninstall-hook</c>.
/// </summary>
public static class HookCommand
{
    /// <summary>The line that marks a hook as PostLint's.</summary>
    public const string Marker = "# Written by `postlint install-hook`; `postlint uninstall-hook` removes it.";

    /// <summary>The file name of a hook replaced with <c>--force</c>.</summary>
    public const string BackupName = "pre-commit.postlint-backup";

    /// <summary>The hook script in English. It finds postlint on PATH, as a global tool, or as a local tool of the repository.</summary>
    public static readonly string Script = ScriptIn(Language.English);

    /// <summary>
    /// The hook script with its comment and its words (when postlint is not installed) in <paramref name="language"/>,
    /// the language of the install. The marker line stays the same in both.
    /// </summary>
    public static string ScriptIn(Language language) => $$"""
        #!/bin/sh
        {{Marker}}
        # {{CliMessages.HookScriptComment.Format(language)}}
        if command -v postlint >/dev/null 2>&1; then
          exec postlint --staged
        elif [ -x "$HOME/.dotnet/tools/postlint" ]; then
          exec "$HOME/.dotnet/tools/postlint" --staged
        elif command -v dotnet >/dev/null 2>&1 && dotnet tool list --local 2>/dev/null | grep -q '^postlint '; then
          exec dotnet tool run postlint --staged
        fi
        echo "{{CliMessages.HookScriptNotFound.Format(language)}}" >&2
        echo "{{CliMessages.HookScriptInstall.Format(language, "dotnet tool install --global PostLint", "git commit --no-verify")}}" >&2
        echo "{{CliMessages.HookScriptRemove.Format(language, "rm \\\"$0\\\"")}}" >&2
        exit 1

        """.ReplaceLineEndings("\n");

    /// <summary>Writes the hook; exit 2 outside a work tree or when a hook PostLint did not write is in the way.</summary>
    public static int Install(bool force, CliEnvironment env)
    {
        if (Locate(env) is not ({ } top, { } hooks))
        {
            return ExitCodes.Error;
        }

        var hook = Path.Combine(hooks, "pre-commit");
        var shown = Display(env, top, hook);
        try
        {
            var existing = File.Exists(hook) ? File.ReadAllText(hook) : null;
            if (existing is not null && !IsOurs(existing))
            {
                if (!force)
                {
                    env.Error.WriteLine(CliMessages.HookForeign.Format(env.Language, shown, BackupName));
                    return ExitCodes.Error;
                }

                var backup = Path.Combine(hooks, BackupName);
                if (File.Exists(backup))
                {
                    env.Error.WriteLine(CliMessages.HookBackupExists.Format(env.Language, Display(env, top, backup), shown));
                    return ExitCodes.Error;
                }

                File.Move(hook, backup);
                env.Out.WriteLine(CliMessages.HookKept.Format(env.Language, Display(env, top, backup)));
            }

            Directory.CreateDirectory(hooks);
            File.WriteAllText(hook, ScriptIn(env.Language), new UTF8Encoding(false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(hook, File.GetUnixFileMode(hook) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(CliMessages.HookCannotWrite.Format(env.Language, shown, ex.Message));
            return ExitCodes.Error;
        }

        env.Out.WriteLine(CliMessages.HookInstalled.Format(env.Language, shown));
        return ExitCodes.Success;
    }

    /// <summary>Removes PostLint's hook and restores the one it replaced; leaves any other hook alone (exit 2).</summary>
    public static int Uninstall(CliEnvironment env)
    {
        if (Locate(env) is not ({ } top, { } hooks))
        {
            return ExitCodes.Error;
        }

        var hook = Path.Combine(hooks, "pre-commit");
        var shown = Display(env, top, hook);
        try
        {
            if (!File.Exists(hook))
            {
                env.Out.WriteLine(CliMessages.HookNone.Format(env.Language, shown));
                return ExitCodes.Success;
            }

            if (!IsOurs(File.ReadAllText(hook)))
            {
                env.Error.WriteLine(CliMessages.HookNotOurs.Format(env.Language, shown));
                return ExitCodes.Error;
            }

            File.Delete(hook);
            env.Out.WriteLine(CliMessages.HookRemoved.Format(env.Language, shown));
            var backup = Path.Combine(hooks, BackupName);
            if (File.Exists(backup))
            {
                File.Move(backup, hook);
                env.Out.WriteLine(CliMessages.HookRestored.Format(env.Language, Display(env, top, backup)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(CliMessages.HookCannotRemove.Format(env.Language, shown, ex.Message));
            return ExitCodes.Error;
        }

        return ExitCodes.Success;
    }

    private static bool IsOurs(string hookText) => hookText.Contains(Marker, StringComparison.Ordinal);

    /// <summary>The work tree's top folder and the hooks folder, or null after printing why there are none.</summary>
    private static (string Top, string Hooks)? Locate(CliEnvironment env)
    {
        try
        {
            var repository = GitRepository.Open(env.CurrentDirectory);
            if (repository is null)
            {
                env.Error.WriteLine(CliMessages.HookOutsideGit.Format(env.Language, env.CurrentDirectory));
                return null;
            }

            return (repository.TopLevel, repository.HooksDirectory());
        }
        catch (GitException ex)
        {
            env.Error.WriteLine(CliMessages.Prefixed.Format(env.Language, ex.Message));
            return null;
        }
    }

    /// <summary>A path relative to the current folder when it lies in the work tree, else absolute.</summary>
    private static string Display(CliEnvironment env, string top, string path) =>
        Path.GetRelativePath(top, path).StartsWith("..", StringComparison.Ordinal) ? path : Path.GetRelativePath(env.CurrentDirectory, path).Replace('\\', '/');
}
