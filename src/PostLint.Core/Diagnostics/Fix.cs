using PostLint.Documents;

namespace PostLint.Diagnostics;

/// <summary>Replaces the text in <see cref="Range"/> (file offsets) with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(TextRange Range, string NewText);

/// <summary>Whether a fix can be applied without the author looking at it.</summary>
public enum FixSafety
{
    /// <summary>Applied by <c>--fix</c>.</summary>
    Safe,

    /// <summary>Applied only with <c>--unsafe-fixes</c>: it may change meaning.</summary>
    Unsafe,
}

/// <summary>A fix: an imperative title and the edits that make it.</summary>
public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits, FixSafety Safety = FixSafety.Safe)
{
    /// <summary>A fix made of one edit.</summary>
    public static Fix Replace(string title, TextRange range, string newText, FixSafety safety = FixSafety.Safe) =>
        new(title, [new TextEdit(range, newText)], safety);
}
