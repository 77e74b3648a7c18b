namespace PostLint.Rules.Shared;

/// <summary>
/// Character classes for script-aware text rules. Korean words (eojeol) are runs of Hangul with particles and endings
/// attached; Latin words end at anything that is not a Latin letter, digit or underscore, Hangul included
/// (<c>GitHub에서</c> is the word <c>GitHub</c> plus a particle).
/// </summary>
public static class Scripts
{
    /// <summary>Whether <paramref name="c"/> is a Hangul syllable or jamo (modern, archaic or compatibility).</summary>
    public static bool IsHangul(char c) =>
        (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F') ||
        (c >= '\uA960' && c <= '\uA97F') || (c >= '\uD7B0' && c <= '\uD7FF');

    /// <summary>
    /// Whether <paramref name="c"/> belongs to a Latin-script word: a letter or digit of the Latin, Greek or Cyrillic
    /// blocks, a combining accent, or <c>_</c>. Hangul, kana and CJK ideographs are not.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLatinWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) || c == '_' : IsNonAsciiLatinWordChar(c);

    // Out of line: the ASCII test above is inlined into the scanning loops that call this per character.
    private static bool IsNonAsciiLatinWordChar(char c) =>
        (c < '\u0530' && char.IsLetterOrDigit(c)) || (c >= '\u0300' && c <= '\u036F') || (c >= '\u1E00' && c <= '\u1EFF' && char.IsLetter(c));

    /// <summary>Whether <paramref name="c"/> is a letter or digit of any script, or <c>_</c>.</summary>
    public static bool IsWordChar(char c) => c == '_' || char.IsLetterOrDigit(c);
}
