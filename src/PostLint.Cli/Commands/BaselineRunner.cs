using PostLint.Baselines;
using PostLint.Configuration;
using PostLint.Engine;
using PostLint.Localization;

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
            env.Error.WriteLine((request.Fixing.Baseline is null ? CliMessages.BaselineMissingFromConfig : CliMessages.BaselineMissing).Format(env.Language, shown));
            return ExitCodes.Error;
        }

        Baseline baseline;
        try
        {
            baseline = Baseline.Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            env.Error.WriteLine(CliMessages.BaselineUnreadable.Format(env.Language, shown, CliMessages.Reason(ex, env.Language)));
            return ExitCodes.Error;
        }

        var match = baseline.Apply(run, Path.GetDirectoryName(path)!);
        run = match.Run;
        if (match.Stale.Count > 0)
        {
            env.Error.WriteLine((match.Stale.Count == 1 ? CliMessages.BaselineHiddenOneStale : CliMessages.BaselineHiddenStale).Format(
                env.Language, shown, FixRunner.Findings(match.Hidden), Entries(match.Stale.Count)));
        }
        else if (!request.Quiet)
        {
            env.Error.WriteLine(CliMessages.BaselineHidden.Format(env.Language, shown, FixRunner.Findings(match.Hidden)));
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
                env.Error.WriteLine(CliMessages.BaselineUnreadable.Format(env.Language, shown, CliMessages.Reason(ex, env.Language)));
                return ExitCodes.Error;
            }
        }
        else if (request.Fixing.Write == BaselineWrite.Prune)
        {
            env.Error.WriteLine(CliMessages.BaselineNothingToPrune.Format(env.Language, shown));
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
            env.Error.WriteLine(CliMessages.BaselineCannotWrite.Format(env.Language, shown, ex.Message));
            return ExitCodes.Error;
        }

        env.Out.WriteLine(prune
            ? (removed == 1 ? CliMessages.BaselinePrunedOne : CliMessages.BaselinePruned).Format(env.Language, shown, Entries(removed), updated.Entries.Count)
            : CliMessages.BaselineWrote.Format(env.Language, shown, Entries(updated.Entries.Count), added, removed));
        if (request.Fixing.Baseline is null && settings.Baseline is null)
        {
            env.Out.WriteLine(CliMessages.BaselineUse.Format(env.Language, shown, Path.GetFileName(path), ConfigLoader.FileName));
        }

        foreach (var failed in run.Files.Where(f => f.Failed))
        {
            env.Error.WriteLine(CliMessages.FileFailed.Format(env.Language, failed.Path, failed.Diagnostics[0].MessageIn(env.Language)));
        }

        return run.AnyFileFailed ? ExitCodes.Error : ExitCodes.Success;
    }

    private static Localized Entries(int n) => CliMessages.Count(n, CliMessages.OneEntry, CliMessages.Entries);

    private static string Display(CliEnvironment env, string path) => Path.GetRelativePath(env.CurrentDirectory, path).Replace('\\', '/');
}
