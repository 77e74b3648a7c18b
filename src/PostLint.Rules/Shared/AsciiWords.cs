using System.Buffers;

namespace PostLint.Rules.Shared;

/// <summary>
/// ASCII words searched ignoring case with vectorised <see cref="SearchValues{T}"/>. With invariant globalization (as
/// PostLint runs) <c>IndexOf(word, StringComparison.OrdinalIgnoreCase)</c> takes a scalar path that dominated whole runs.
/// </summary>
public static class AsciiWords
{
    /// <summary>HTML image tags: <c>&lt;img</c> and <c>&lt;source</c>.</summary>
    public static readonly SearchValues<string> ImageTags = SearchValues.Create(["<img", "<source"], StringComparison.OrdinalIgnoreCase);

    /// <summary><c>www.</c>.</summary>
    public static readonly SearchValues<string> Www = SearchValues.Create(["www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> may hold an address: it has what every address starts with or holds (<c>://</c>,
    /// <c>www.</c>, <c>mailto:</c>). Two single searches (a colon, then <c>www.</c>) rule out most text several times
    /// faster than one search for the three.
    /// </summary>
    public static bool MayHoldUrl(ReadOnlySpan<char> text) => text.Contains(':') || text.ContainsAny(Www);

    /// <summary><c>mailto:</c>.</summary>
    public static readonly SearchValues<string> Mailto = SearchValues.Create(["mailto:"], StringComparison.OrdinalIgnoreCase);
}
