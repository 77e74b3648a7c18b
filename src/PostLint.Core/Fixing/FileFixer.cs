using System.Text;
using PostLint.Engine;
using PostLint.Localization;

namespace PostLint.Fixing;

/// <summary>What fixing one file produced; nothing is written yet.</summary>
/// <param name="Result">The findings to report: after the fixes, or as linted when the file was not fixed.</param>
/// <param name="Before">The text as read (null when the file was not read again).</param>
/// <param name="After">The fixed text (null when nothing changed).</param>
/// <param name="BeforeBytes">The bytes the fix was computed from.</param>
/// <param name="AfterBytes">The bytes to write (null when nothing changed).</param>
/// <param name="Applied">The number of fixes applied.</param>
/// <param name="NotFixed">Why the file was left alone although it had fixes, or null.</param>
public sealed record FileFix(FileResult Result, string? Before, string? After, byte[]? BeforeBytes, byte[]? AfterBytes, int Applied, Localized? NotFixed)
{
    /// <summary>Whether the file's bytes would change.</summary>
    public bool Changed => AfterBytes is not null;

    /// <summary>Whether the file starts with a UTF-8 byte order mark.</summary>
    public bool HasBom => BeforeBytes is [0xEF, 0xBB, 0xBF, ..];
}

/// <summary>
/// Fixes one linted file in memory: reads its bytes again, refuses files that are not valid UTF-8 or whose front
/// matter is broken, runs <see cref="FixApplier.FixUntilStable"/>, and encodes the result with the file's BOM.
/// Files without a selected fix are not read again.
/// </summary>
public sealed class FileFixer
{
    private readonly Linter _linter;
    private readonly bool _includeUnsafe;

    /// <summary>Creates a fixer that lints again with <paramref name="linter"/>.</summary>
    public FileFixer(Linter linter, bool includeUnsafe)
    {
        _linter = linter;
        _includeUnsafe = includeUnsafe;
    }

    /// <summary>Whether a linted file has a fix this fixer would apply.</summary>
    public bool HasFixes(FileResult linted) => !linted.Failed && FixApplier.SelectedFixes(linted.Diagnostics, _includeUnsafe).Any();

    /// <summary>Computes the fixed bytes of <paramref name="linted"/>'s file.</summary>
    public FileFix Fix(FileResult linted)
    {
        if (!HasFixes(linted))
        {
            return new FileFix(linted, null, null, null, null, 0, null);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(linted.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileFix(linted, null, null, null, null, 0, CoreMessages.FixCannotReadAgain.With(ex.Message));
        }

        var source = Documents.SourceText.FromBytes(bytes);
        if (FixApplier.CannotFix(bytes, source) is { } reason)
        {
            return new FileFix(linted, source.Text, null, bytes, null, 0, reason);
        }

        var target = new LintTarget(linted.Path, linted.FullPath);
        // A run's results keep only excerpts of the text; fixing lints the file as it is now, with its whole text.
        FileResult Lint(Documents.SourceText text) => _linter.LintText(target, text) with { Source = text };
        var first = Lint(source);
        var result = FixApplier.FixUntilStable(first, Lint, _includeUnsafe);
        if (!result.Changed)
        {
            return new FileFix(result.Final, source.Text, null, bytes, null, 0, null);
        }

        try
        {
            return new FileFix(result.Final, source.Text, result.Text, bytes, FixApplier.Encode(result.Text, source.HasBom), result.Applied, null);
        }
        catch (EncoderFallbackException)
        {
            return new FileFix(first, source.Text, null, bytes, null, 0, CoreMessages.FixNotUnicode.With());
        }
    }
}
