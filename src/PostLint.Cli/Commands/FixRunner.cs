using System.Diagnostics;
using System.Text;
using PostLint.Configuration;
using PostLint.Engine;
using PostLint.Fixing;
using PostLint.Localization;

namespace PostLint.Cli.Commands;

/// <summary>
/// What a lint run does between linting and reporting: <c>--diff</c> (print what would change, write nothing),
/// <c>--fix</c> (write the fixed files, report what remains), then <c>--baseline</c> (hide accepted findings), or
/// <c>postlint baseline</c> (write the baseline instead of a report).
/// </summary>
public static class FixRunner
{
    /// <summary>
    /// Runs the fixing and baseline steps on a finished lint. Returns an exit code when the command is done (a diff
    /// was printed, a baseline written, or an error), or null to go on and report <paramref name="run"/>.
    /// </summary>
    public static int? AfterLint(LintRequest request, LintSettings settings, Linter linter, ref LintRun run, string configDir, CliEnvironment env)
    {
        var fixing = request.Fixing;
        if (fixing.Write != BaselineWrite.None)
        {
            return BaselineRunner.Write(request, settings, run, configDir, env);
        }

        if (fixing.Diff)
        {
            return Diff(request, linter, run, env);
        }

        if (fixing.Fix && request.Staged)
        {
            if (FixStaged(request, linter, ref run, env) is { } failed)
            {
                return failed;
            }
        }
        else if (fixing.Fix)
        {
            run = Fix(request, linter, run, env, null, out _);
        }

        return BaselineRunner.Apply(request, settings, ref run, env);
    }

    private static int Diff(LintRequest request, Linter linter, LintRun run, CliEnvironment env)
    {
        var fixer = new FileFixer(linter, request.Fixing.UnsafeFixes);
        // Each worker keeps only its file's diff, not the texts, so memory stays flat on large sites.
        var outcomes = ForEachFile(run, file =>
        {
            var outcome = fixer.Fix(file);
            // A BOM is part of the first line's bytes, so git apply and patch find the line as it is on disk.
            var bom = outcome.HasBom ? "\uFEFF" : "";
            return (Diff: outcome.Changed ? UnifiedDiff.Create(file.Path, bom + outcome.Before, bom + outcome.After) : "", outcome.Applied, outcome.NotFixed);
        });
        var diff = new StringBuilder();
        int fixes = 0, files = 0;
        foreach (var (file, outcome) in run.Files.Zip(outcomes))
        {
            if (outcome.NotFixed is { } reason)
            {
                env.Error.WriteLine(CliMessages.NotFixed.Format(env.Language, file.Path, reason));
            }

            if (outcome.Diff.Length > 0)
            {
                diff.Append(outcome.Diff);
                fixes += outcome.Applied;
                files++;
            }
        }

        if (request.Output is not null)
        {
            try
            {
                File.WriteAllText(Path.GetFullPath(Path.Combine(env.CurrentDirectory, request.Output)), diff.ToString(), new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine(CliMessages.CannotWrite.Format(env.Language, request.Output, ex.Message));
                return ExitCodes.Error;
            }
        }
        else
        {
            env.Out.Write(diff.ToString());
        }

        if (!request.Quiet)
        {
            env.Error.WriteLine(files == 0 ? CliMessages.DiffNothing.Format(env.Language) : CliMessages.DiffWould.Format(env.Language, Findings(fixes), Files(files)));
        }

        if (run.AnyFileFailed)
        {
            foreach (var failed in run.Files.Where(f => f.Failed))
            {
                env.Error.WriteLine(CliMessages.FileFailed.Format(env.Language, failed.Path, failed.Diagnostics[0].MessageIn(env.Language)));
            }

            // Binary and oversized files are skipped on purpose; only a file that could not be read fails the run.
            if (run.Files.Any(f => f.Failed && f.Diagnostics[0].Rule == PostLint.Rules.EngineRules.FileUnreadable))
            {
                return ExitCodes.Error;
            }
        }

        return files > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// <c>--staged --fix</c>: fixes what is staged. A file whose work tree holds the staged content is fixed in the
    /// work tree and staged again, so the commit and the work tree both get the fix; a file with unstaged changes is
    /// left alone (fixing only the index would leave the work tree undoing the fix) and keeps its findings.
    /// Returns an exit code when git fails, else null.
    /// </summary>
    private static int? FixStaged(LintRequest request, Linter linter, ref LintRun run, CliEnvironment env)
    {
        try
        {
            var repository = Git.GitRepository.Open(env.CurrentDirectory);
            if (repository is null)
            {
                env.Error.WriteLine(CliMessages.StagedFixOutsideGit.Format(env.Language));
                return ExitCodes.Error;
            }

            var candidates = run.Files.Where(f => !f.Failed && f.Diagnostics.Any(d => d.Fix is not null)).Select(f => f.FullPath).ToArray();
            var unstaged = repository.WithUnstagedChanges(candidates);
            run = Fix(request, linter, run, env, file => unstaged.Contains(file.FullPath) ? CliMessages.NotFixedUnstaged.With() : null, out var written);
            repository.Stage(written);
            if (written.Count > 0 && !request.Quiet)
            {
                env.Error.WriteLine(CliMessages.StagedFixed.Format(env.Language, Files(written.Count)));
            }

            return null;
        }
        catch (Git.GitException ex)
        {
            env.Error.WriteLine(CliMessages.StagedFixFailed.Format(env.Language, ex.Message));
            return ExitCodes.Error;
        }
    }

    private static LintRun Fix(LintRequest request, Linter linter, LintRun run, CliEnvironment env, Func<FileResult, Localized?>? refuse, out IReadOnlyList<string> written)
    {
        var watch = Stopwatch.StartNew();
        var fixer = new FileFixer(linter, request.Fixing.UnsafeFixes);
        var outcomes = ForEachFile(run, file =>
        {
            if (!fixer.HasFixes(file))
            {
                return new FileOutcome(file, 0, null);
            }

            if (refuse?.Invoke(file) is { } refused)
            {
                return new FileOutcome(file, 0, refused);
            }

            var outcome = fixer.Fix(file);
            if (outcome.NotFixed is { } reason)
            {
                return new FileOutcome(outcome.Result, 0, reason);
            }

            if (!outcome.Changed)
            {
                return new FileOutcome(outcome.Result, 0, null);
            }

            var written = SafeFileWriter.Replace(file.FullPath, outcome.BeforeBytes!, outcome.AfterBytes!);

            // A file left alone keeps its findings as linted, so a CI run still fails on them.
            return written.Status == WriteStatus.Written ? new FileOutcome(outcome.Result, outcome.Applied, null) : new FileOutcome(file, 0, written.Reason);
        });

        int fixes = 0, files = 0;
        foreach (var (file, outcome) in run.Files.Zip(outcomes))
        {
            if (outcome.Warning is { } warning)
            {
                env.Error.WriteLine(CliMessages.NotFixed.Format(env.Language, file.Path, warning));
            }

            fixes += outcome.Applied;
            files += outcome.Applied > 0 ? 1 : 0;
        }

        var results = outcomes.Select(o => o.Result).ToArray();
        written = run.Files.Zip(outcomes).Where(p => p.Second.Applied > 0).Select(p => p.First.FullPath).ToArray();
        if (!request.Quiet)
        {
            env.Error.WriteLine(files == 0 ? CliMessages.FixedNothing.Format(env.Language) : CliMessages.Fixed.Format(env.Language, Findings(fixes), Files(files)));
            var unsafeLeft = request.Fixing.UnsafeFixes ? 0 : results.Sum(f => f.Diagnostics.Count(d => d.Fix is { Safety: Diagnostics.FixSafety.Unsafe }));
            if (unsafeLeft > 0)
            {
                env.Error.WriteLine(CliMessages.UnsafeLeft.Format(env.Language, CliMessages.Count(unsafeLeft, CliMessages.OneMoreFix, CliMessages.MoreFixes)));
            }
        }

        return new LintRun(results, run.Elapsed + watch.Elapsed);
    }

    private readonly record struct FileOutcome(FileResult Result, int Applied, Localized? Warning);

    /// <summary>Runs <paramref name="work"/> on every file, several at once (writes wait on the disk), keeping file order.</summary>
    private static T[] ForEachFile<T>(LintRun run, Func<FileResult, T> work)
    {
        var results = new T[run.Files.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i => results[i] = work(run.Files[i]));
        return results;
    }

    /// <summary>"1 finding", "2 findings" in the run's language.</summary>
    internal static Localized Findings(int n) => CliMessages.Count(n, CliMessages.OneFinding, CliMessages.Findings);

    /// <summary>"1 file", "2 files" in the run's language.</summary>
    internal static Localized Files(int n) => CliMessages.Count(n, CliMessages.OneFileCount, CliMessages.FileCount);
}
