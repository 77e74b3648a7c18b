using PostLint.Diagnostics;
using PostLint.Documents;

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
}

/// <summary>The result of a run: every file checked, in path order, and how long it took.</summary>
/// <param name="Files">The files, sorted by path.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record LintRun(IReadOnlyList<FileResult> Files, TimeSpan Elapsed)
{
    /// <summary>Every diagnostic in report order (path, line, column, rule).</summary>
    public IEnumerable<(FileResult File, Diagnostic Diagnostic)> All =>
        Files.SelectMany(f => f.Diagnostics.Select(d => (f, d)));

    /// <summary>Counts findings of a severity.</summary>
    public int Count(Severity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    /// <summary>Whether some file could not be read.</summary>
    public bool AnyFileFailed => Files.Any(f => f.Failed);
}
