using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules;

namespace PostLint.Engine;

/// <summary>A file to lint: the path shown in reports and the path on disk.</summary>
/// <param name="DisplayPath">Relative to the current folder, with <c>/</c>.</param>
/// <param name="FullPath">Absolute path.</param>
public sealed record LintTarget(string DisplayPath, string FullPath);

/// <summary>The findings of one file, sorted by line, column and rule.</summary>
/// <param name="Path">The path shown in reports.</param>
/// <param name="FullPath">The absolute path.</param>
/// <param name="Source">The text that was linted when the file has findings, <see cref="SourceText.NotRetained"/> when it
/// has none (the text is not kept), and null when the file could not be read.</param>
/// <param name="Diagnostics">The findings that survived suppressions.</param>
public sealed record FileResult(string Path, string FullPath, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the file could not be read or decoded.</summary>
    public bool Failed => Source is null;

    /// <summary>
    /// For a file whose findings were reported while the run went on and then let go (see
    /// <see cref="Linter.Run(IReadOnlyList{LintTarget}, Action{FileResult}, CancellationToken)"/>): what they were.
    /// Null when <see cref="Diagnostics"/> holds them.
    /// </summary>
    public FindingCounts? Reported { get; init; }

    /// <summary>The counts of this file's findings.</summary>
    public FindingCounts Counts => Reported ?? FindingCounts.Of(Diagnostics);

    /// <summary>What a run keeps of a file once its findings are reported: its paths, whether it failed, and the counts.</summary>
    public FileResult Released() =>
        new(Path, FullPath, Source is null ? null : SourceText.NotRetained, []) { Reported = Counts };
}

/// <summary>How many findings a file (or run) has of each severity, and whether one is an execution error.</summary>
/// <param name="Errors">Findings at error severity.</param>
/// <param name="Warnings">Findings at warning severity.</param>
/// <param name="Infos">Findings at info severity.</param>
/// <param name="ExecutionErrors">Files that could not be read and internal errors (<see cref="EngineRules"/>).</param>
/// <param name="SafeFixes">Findings with a safe fix (<c>--fix</c> applies it).</param>
/// <param name="UnsafeFixes">Findings with an unsafe fix (<c>--fix --unsafe-fixes</c> applies it).</param>
public readonly record struct FindingCounts(int Errors, int Warnings, int Infos, int ExecutionErrors, int SafeFixes = 0, int UnsafeFixes = 0)
{
    /// <summary>All findings.</summary>
    public int Total => Errors + Warnings + Infos;

    /// <summary>The findings at <paramref name="severity"/>.</summary>
    public int Of(Severity severity) => severity switch
    {
        Severity.Error => Errors,
        Severity.Warning => Warnings,
        _ => Infos,
    };

    /// <summary>The counts of a list of findings.</summary>
    public static FindingCounts Of(IReadOnlyList<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, infos = 0, execution = 0, safe = 0, unsafeFixes = 0;
        foreach (var d in diagnostics)
        {
            switch (d.Fix?.Safety)
            {
                case FixSafety.Safe: safe++; break;
                case FixSafety.Unsafe: unsafeFixes++; break;
            }

            switch (d.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                default: infos++; break;
            }

            if (d.Rule == EngineRules.FileUnreadable || d.Rule == EngineRules.InternalError)
            {
                execution++;
            }
        }

        return new FindingCounts(errors, warnings, infos, execution, safe, unsafeFixes);
    }

    /// <summary>The sum of two counts.</summary>
    public static FindingCounts operator +(FindingCounts a, FindingCounts b) =>
        new(a.Errors + b.Errors, a.Warnings + b.Warnings, a.Infos + b.Infos, a.ExecutionErrors + b.ExecutionErrors, a.SafeFixes + b.SafeFixes, a.UnsafeFixes + b.UnsafeFixes);
}

/// <summary>The result of a run: every file checked, in path order, and how long it took.</summary>
/// <param name="Files">The files, sorted by path.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record LintRun(IReadOnlyList<FileResult> Files, TimeSpan Elapsed)
{
    /// <summary>Every diagnostic in report order (path, line, column, rule); none of files already reported and released.</summary>
    public IEnumerable<(FileResult File, Diagnostic Diagnostic)> All =>
        Files.SelectMany(f => f.Diagnostics.Select(d => (f, d)));

    /// <summary>The counts of every file's findings.</summary>
    public FindingCounts Counts => Files.Aggregate(default(FindingCounts), (sum, f) => sum + f.Counts);

    /// <summary>Counts findings of a severity.</summary>
    public int Count(Severity severity) => Counts.Of(severity);

    /// <summary>The number of files with at least one finding.</summary>
    public int FilesWithFindings => Files.Count(f => f.Counts.Total > 0);

    /// <summary>Whether some file could not be read.</summary>
    public bool AnyFileFailed => Files.Any(f => f.Failed);
}
