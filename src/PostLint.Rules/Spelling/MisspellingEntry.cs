using System.Globalization;
using System.Text;

namespace PostLint.Rules.Spelling;

/// <summary>
/// One entry of a misspelling list: the wrong forms, what to write instead, and how the forms match. Immutable; built by
/// <see cref="MisspellingLists"/> from a list file, or directly (benchmarks, tests).
/// </summary>
public sealed class MisspellingEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="wrong">The wrong forms, matched literally (case-insensitively unless <see cref="CaseSensitive"/>).</param>
    /// <param name="expected">What to write instead; one suggestion makes a fix, several are listed in the message.</param>
    public MisspellingEntry(IReadOnlyList<string> wrong, IReadOnlyList<string> expected)
    {
        if (wrong.Count == 0 || wrong.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("an entry needs at least one non-empty wrong form", nameof(wrong));
        }

        if (expected.Count == 0 || expected.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("an entry needs at least one non-empty suggestion", nameof(expected));
        }

        // One form or one suggestion (nearly every entry of a codespell list) is kept as the string itself: a list of
        // 50,000 entries then leaves 100,000 fewer objects for every full collection of a run to walk.
        _wrong = wrong.Count == 1 ? wrong[0] : wrong;
        _expected = expected.Count == 1 ? expected[0] : expected;
    }

    /// <summary>An entry of one form and one suggestion, both non-empty and different (a codespell line).</summary>
    internal MisspellingEntry(string wrong, string expected)
    {
        _wrong = wrong;
        _expected = expected;
    }

    /// <summary>The wrong forms.</summary>
    public IReadOnlyList<string> Wrong => _wrong as IReadOnlyList<string> ?? [(string)_wrong];

    /// <summary>The suggestions, best first.</summary>
    public IReadOnlyList<string> Expected => _expected as IReadOnlyList<string> ?? [(string)_expected];

    /// <summary>The number of suggestions.</summary>
    public int ExpectedCount => _expected is string ? 1 : ((IReadOnlyList<string>)_expected).Count;

    /// <summary>The best suggestion.</summary>
    public string FirstExpected => _expected as string ?? ((IReadOnlyList<string>)_expected)[0];

    private readonly object _wrong;
    private readonly object _expected;

    /// <summary>Whether the forms match only with exactly this letter case (brand casing: <c>Github</c>, not <c>github</c>).</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>
    /// Whether more letters may follow a form in the same word. Null: decided by the form's last character — a Hangul
    /// form may (particles and endings attach: <c>확작성이</c>), a Latin form may not (<c>Github</c> does not match in
    /// <c>Githubber</c>).
    /// </summary>
    public bool? Prefix { get; init; }

    /// <summary>Whether a form may start inside a longer word (<c>되요</c> in <c>안되요</c>); by default it must start a word.</summary>
    public bool Anywhere { get; init; }

    /// <summary>False when the one suggestion must not be applied automatically (codespell's trailing comma).</summary>
    public bool Fixable { get; init; } = true;

    /// <summary>
    /// Whether the entry is a near miss (<see cref="NearMisses"/>): a word no English list knows, one slip from the
    /// suggestions, made for the word found rather than read from a list.
    /// </summary>
    public bool NearMiss { get; init; }

    /// <summary>A note appended to the message (codespell's reason, prh's <c>prh:</c> comment).</summary>
    public string? Note { get; init; }

    /// <summary>The list file the entry was defined in (<c>rules/misspellings/ko.yml</c>), as shown in messages.</summary>
    public string OriginFile { get; init; } = "";

    /// <summary>The 1-based line of <see cref="OriginFile"/> the entry was defined on; 0 when unknown.</summary>
    public int OriginLine { get; init; }

    /// <summary>
    /// Where the entry was defined (<c>rules/misspellings/ko.yml:12</c>), for messages about the list. Formatted when
    /// asked for: a list of 50,000 entries needs none of them unless something is wrong with it.
    /// </summary>
    public string Origin => OriginLine > 0 ? $"{OriginFile}:{OriginLine}" : OriginFile;

    /// <summary>Whether a finding of this entry carries a fix: one suggestion and not marked otherwise.</summary>
    public bool HasFix => Fixable && ExpectedCount == 1;

    /// <summary>
    /// The suggestions for the text that matched. A case-insensitive entry written in lower case keeps the matched
    /// word's capitals: <c>Recieve</c> → <c>Receive</c>, <c>RECIEVE</c> → <c>RECEIVE</c>.
    /// </summary>
    public IReadOnlyList<string> SuggestionsFor(ReadOnlySpan<char> matched)
    {
        if (CaseSensitive || matched.Length == 0 || !char.IsUpper(matched[0]))
        {
            return Expected;
        }

        var result = new string[Expected.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = AdaptCase(Expected[i], matched);
        }

        return result;
    }

    /// <summary>Whether the wrong form and the suggestion differ only in letter case or punctuation (brand casing).</summary>
    public bool IsCasingOf(string wrong) => ExpectedCount == 1 && LettersOnly(wrong) == LettersOnly(FirstExpected);

    private static string AdaptCase(string suggestion, ReadOnlySpan<char> matched)
    {
        if (suggestion.Any(char.IsUpper))
        {
            return suggestion; // a proper noun keeps its own capitals
        }

        var allUpper = true;
        var letters = 0;
        foreach (var c in matched)
        {
            if (char.IsLetter(c))
            {
                letters++;
                allUpper &= char.IsUpper(c);
            }
        }

        if (allUpper && letters > 1)
        {
            return suggestion.ToUpperInvariant();
        }

        return suggestion.Length == 0 ? suggestion : char.ToUpperInvariant(suggestion[0]) + suggestion[1..];
    }

    private static string LettersOnly(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{string.Join(", ", Wrong)} -> {string.Join(", ", Expected)}";
}

/// <summary>A wrong form found in text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length of the wrong form (never a particle or ending after it).</param>
/// <param name="Entry">The entry that matched.</param>
public readonly record struct MisspellingHit(int Start, int Length, MisspellingEntry Entry)
{
    /// <summary>The offset just past the match.</summary>
    public int End => Start + Length;

    /// <summary>The entry's position in the matcher (later entries win ties).</summary>
    internal int Rank { get; init; }
}
