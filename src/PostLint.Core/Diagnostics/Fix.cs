using PostLint.Documents;
using PostLint.Localization;

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
    /// <summary>The title in every language, when it comes from the message catalog; <see cref="Title"/> is its English text.</summary>
    public Localized? TitleText { get; init; }

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string TitleIn(Language language) => language == Language.English || TitleText is null ? Title : TitleText.In(language);

    /// <summary>A fix made of one edit.</summary>
    public static Fix Replace(string title, TextRange range, string newText, FixSafety safety = FixSafety.Safe) =>
        new(title, [new TextEdit(range, newText)], safety);

    /// <summary>A fix made of one edit, with a title from the message catalog.</summary>
    public static Fix Replace(Localized title, TextRange range, string newText, FixSafety safety = FixSafety.Safe) =>
        new(title.ToString(), [new TextEdit(range, newText)], safety) { TitleText = title };

    /// <summary>A fix of several edits, with a title from the message catalog.</summary>
    public static Fix Create(Localized title, IReadOnlyList<TextEdit> edits, FixSafety safety = FixSafety.Safe) =>
        new(title.ToString(), edits, safety) { TitleText = title };
}
