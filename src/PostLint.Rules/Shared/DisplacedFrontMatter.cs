using System.Text.RegularExpressions;
using PostLint.Documents;

namespace PostLint.Rules.Shared;

/// <summary>
/// A front matter block that Jekyll does not see because blank lines, spaces or invisible characters come before its
/// opening <c>---</c>. Text before the dashes is never taken for displaced front matter: <c>text</c> followed by
/// <c>---</c> is a Markdown heading.
/// </summary>
public static partial class DisplacedFrontMatter
{
    // A front matter key as people write them: Latin letters, digits, `_`, `-`, `.` and spaces, optionally quoted.
    [GeneratedRegex(@"\A[""']?[A-Za-z_][A-Za-z0-9_ .\-]*[""']?[ \t]*:(?:[ \t]|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();

    // A TOML key (`title =`) or table (`[params]`).
    [GeneratedRegex(@"\A(?:\[|[A-Za-z0-9_""'.-]+\s*=)", RegexOptions.CultureInvariant)]
    private static partial Regex TomlKeyLine();

    /// <summary>
    /// Whether an unclosed block whose content starts at <paramref name="contentStart"/> reads as front matter: its
    /// first line (after blank lines and comments) is a key. Otherwise the opening <c>---</c> is a thematic break.
    /// </summary>
    public static bool StartsWithKey(string text, int contentStart, bool toml)
    {
        var first = FirstContentLine(text, contentStart);
        if (first < 0)
        {
            return false;
        }

        var line = text.AsSpan(first, LineEnd(text, first) - first);
        return toml ? TomlKeyLine().IsMatch(line) : IsKeyLine(line);
    }

    /// <summary>Whether a line reads as a YAML front matter key (<c>title:</c>, <c>ms.date:</c>, <c>"external help file":</c>).</summary>
    public static bool IsKeyLine(ReadOnlySpan<char> line) => KeyLine().IsMatch(line);

    /// <summary>
    /// The offset of the first line from <paramref name="start"/> that is not blank and not a comment, when only blank
    /// lines come before any comment lines (a blank line after a <c>#</c> line reads as a Markdown heading); else -1.
    /// </summary>
    public static int FirstContentLine(string text, int start)
    {
        var line = start;
        while (line < text.Length && text.AsSpan(line, LineEnd(text, line) - line).Trim(" \t").Length == 0)
        {
            line = NextLine(text, line);
        }

        var sawComment = false;
        while (line < text.Length && text.AsSpan(line, LineEnd(text, line) - line).Trim(" \t") is var t && (t.Length == 0 || t[0] == '#'))
        {
            if (t.Length == 0 && sawComment)
            {
                return -1;
            }

            sawComment = true;
            line = NextLine(text, line);
        }

        return line < text.Length ? line : -1;
    }

    /// <summary>
    /// The range of the opening <c>---</c> when <paramref name="text"/> (which has no front matter at offset 0) holds a
    /// <c>---</c> block after nothing but whitespace or invisible characters, whose first line (after comments) is a YAML key and which is
    /// closed by <c>---</c> or <c>...</c>; else null.
    /// </summary>
    public static TextRange? Find(string text)
    {
        var i = 0;
        while (i < text.Length && IsBlankOrInvisible(text[i]))
        {
            i++;
        }

        if (i == 0 || !IsDelimiterLine(text, i, "---", out var contentStart))
        {
            return null;
        }

        var first = FirstContentLine(text, contentStart);
        if (first < 0 || !IsKeyLine(text.AsSpan(first, LineEnd(text, first) - first)))
        {
            return null;
        }

        for (var line = contentStart; line < text.Length; line = NextLine(text, line))
        {
            if (IsDelimiterLine(text, line, "---", out _) || IsDelimiterLine(text, line, "...", out _))
            {
                return new TextRange(i, i + 3);
            }
        }

        return null;
    }

    /// <summary>Whitespace and characters an editor does not show (BOM, zero-width space, joiners, word joiner).</summary>
    private static bool IsBlankOrInvisible(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060';

    private static bool IsDelimiterLine(string text, int start, string delimiter, out int next)
    {
        next = start;
        if (start + 3 > text.Length || string.CompareOrdinal(text, start, delimiter, 0, 3) != 0)
        {
            return false;
        }

        var end = LineEnd(text, start);
        if (text.AsSpan(start + 3, end - start - 3).Trim(" \t").Length != 0)
        {
            return false;
        }

        next = NextLine(text, start);
        return true;
    }

    private static int LineEnd(string text, int start)
    {
        var rel = text.AsSpan(start).IndexOfAny('\r', '\n');
        return rel < 0 ? text.Length : start + rel;
    }

    private static int NextLine(string text, int start)
    {
        var end = LineEnd(text, start);
        if (end >= text.Length)
        {
            return text.Length;
        }

        return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }
}
