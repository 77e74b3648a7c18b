using PostLint.Baselines;
using PostLint.Configuration;
using PostLint.Engine;

namespace PostLint.Cli.Commands;

/// <summary>Writes a baseline (<c>postlint baseline</c>) and applies one to a run (<c>--baseline</c>, <c>baseline:</c>).</summary>
public static class BaselineRunner
{
    /// <summary>
    /// Hides the findings the baseline accepts and says on standard error how many entries no longer occur (the
    /// report keeps one line per finding). Returns an exit code when the baseline cannot be used, else null.
    /// </summary>
    public static int? Apply(LintRequest request, LintSettings settings, ref LintRun run, CliEnvironment env)
    {
        var path = request.Fixing.Baseline is { } given ? Path.GetFullPath(Path.Combine(env.CurrentDirectory, given)) : settings.Baseline;
        if (path is null)
        {
            return null;
        }

        var shown = Display(env, path);
        if (!File.Exists(path))
        {
            var from = request.Fixing.Baseline is null ? " (named in the config)" : "";
            env.Error.WriteLine($"postlint: baseline file '{shown}'{from} does not exist; write it with 'postlint baseline'");
            return ExitCodes.Error;
        }

        Baseline baseline;
        try
        {
            baseline = Baseline.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Error.WriteLine($"postlint: cannot read baseline '{shown}': {ex.Message}");
            return ExitCodes.Error;
        }

        var match = baseline.Apply(run, Path.GetDirectoryName(path)!);
        run = match.Run;
        if (match.Stale.Count > 0)
        {
            env.Error.WriteLine($"postlint: baseline '{shown}': {FixRunner.Plural(match.Hidden, "finding")} hidden; {FixRunner.Plural(match.Stale.Count, "entry", "entries")} no longer {(match.Stale.Count == 1 ? "occurs" : "occur")} (drop {(match.Stale.Count == 1 ? "it" : "them")} with 'postlint baseline --prune')");
        }
        else if (!request.Quiet)
        {
            env.Error.WriteLine($"postlint: baseline '{shown}': {FixRunner.Plural(match.Hidden, "finding")} hidden");
        }

        return null;
    }

    /// <summary>Writes or prunes the baseline from a finished run; returns the exit code.</summary>
    public static int Write(LintRequest request, LintSettings settings, LintRun run, string configDir, CliEnvironment env)
    {
        var path = request.Fixing.Baseline is { } given
            ? Path.GetFullPath(Path.Combine(env.CurrentDirectory, given))
            : settings.Baseline ?? Path.Combine(configDir, Baseline.FileName);
        var shown = Display(env, path);
        Baseline? existing = null;
        if (File.Exists(path))
        {
            try
            {
                existing = Baseline.Load(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                env.Error.WriteLine($"postlint: cannot read baseline '{shown}': {ex.Message}");
                return ExitCodes.Error;
            }
        }
        else if (request.Fixing.Write == BaselineWrite.Prune)
        {
            env.Error.WriteLine($"postlint: baseline file '{shown}' does not exist; nothing to prune");
            return ExitCodes.Error;
        }

        var prune = request.Fixing.Write == BaselineWrite.Prune;
        var updated = Baseline.Update(existing, run, Path.GetDirectoryName(path)!, prune);
        var before = existing?.Entries.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal) ?? [];
        var after = updated.Entries.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var added = after.Count(f => !before.Contains(f));
        var removed = before.Count(f => !after.Contains(f));
        try
        {
            updated.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"postlint: cannot write baseline '{shown}': {ex.Message}");
            return ExitCodes.Error;
        }

        env.Out.WriteLine(prune
            ? $"Pruned '{shown}': dropped {FixRunner.Plural(removed, "entry", "entries")} that no longer {(removed == 1 ? "occurs" : "occur")}, {updated.Entries.Count} left"
            : $"Wrote '{shown}': {FixRunner.Plural(updated.Entries.Count, "entry", "entries")} ({added} added, {removed} removed)");
        if (request.Fixing.Baseline is null && settings.Baseline is null)
        {
            env.Out.WriteLine($"Use it with 'postlint --baseline {shown}', or add 'baseline: {Path.GetFileName(path)}' to {ConfigLoader.FileName}");
        }

        foreach (var failed in run.Files.Where(f => f.Failed))
        {
            env.Error.WriteLine($"postlint: {failed.Path}: {failed.Diagnostics[0].Message}");
        }

        return run.AnyFileFailed ? ExitCodes.Error : ExitCodes.Success;
    }

    private static string Display(CliEnvironment env, string path) => Path.GetRelativePath(env.CurrentDirectory, path).Replace('\\', '/');
}
