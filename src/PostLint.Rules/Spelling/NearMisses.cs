using System.Collections.Concurrent;

namespace PostLint.Rules.Spelling;

/// <summary>
/// The near-miss check of <c>misspelling</c> (built-in list <c>en-near-miss</c>): a prose word that no list of
/// <see cref="EnglishWords"/> knows, and that is one slip — a letter swapped with the next, doubled, dropped, added or
/// replaced — from a common English word (<c>bandwwidth</c>, <c>reaosnable</c>, <c>efficiemt</c>). Each distinct word's
/// verdict is made once and cached (the same words come back in every post of a run), up to <see cref="DefaultCacheSize"/>
/// words: a long-lived process (<c>postlint lsp</c>) then starts the cache over instead of growing it without end.
/// </summary>
/// <remarks>
/// Only a word of <see cref="MinLength"/> ASCII letters or more, in lower case or with a capital first letter only, is
/// read (<see cref="MisspellingMatcher"/> decides that): shorter words are too often abbreviations, and others are
/// acronyms or identifiers. A word is not a near miss when it is a known word with a prefix or a suffix that English
/// adds freely (<c>untrusted</c>, <c>attaches</c>, <c>proxied</c>, <c>globbing</c>), unless a suggestion is that stem
/// with the suffix added right (<c>reoccured</c> → <c>reoccurred</c>, <c>forgos</c> → <c>forgoes</c>). A letter added at
/// either end of a word counts only when it doubles its neighbour (<c>ccapacity</c>, <c>customm</c>): other letters
/// there make identifiers (<c>csharp</c>, <c>gcloud</c>, <c>hyperv</c>). At most <see cref="MaxSuggestions"/> common
/// words may be that close; more means the word is too short or too odd to guess. A word of
/// <see cref="TwoSlipMinLength"/> letters or more that is one slip from no common word, and not two known words
/// written together (<c>datasheet</c>), may be two slips from one of 7 letters or more with the same first letter
/// (<c>identifified</c> → <c>identified</c>, <c>opiniated</c> → <c>opinionated</c>).
/// </remarks>
public sealed class NearMisses
{
    /// <summary>The shortest word checked.</summary>
    public const int MinLength = 6;

    /// <summary>The most suggestions a near miss may have.</summary>
    public const int MaxSuggestions = 3;

    private const int MaxLength = 40;

    /// <summary>The shortest word that may be two slips from a common word (<c>identifified</c>, <c>jeapordize</c>).</summary>
    public const int TwoSlipMinLength = 9;

    private static readonly string[] Prefixes =
        ["anti", "auto", "co", "de", "dis", "inter", "micro", "mis", "multi", "non", "over", "post", "pre", "re", "self", "semi", "sub", "super", "un", "under"];

    private static readonly string[] Suffixes =
        ["ability", "able", "ably", "al", "ally", "ance", "d", "ed", "er", "ers", "es", "ful", "ing", "istic", "ity", "ization", "ize", "ized", "izes", "izing", "less", "ly", "ment", "ness", "s"];

    /// <summary>
    /// The most verdicts kept (a few MB). The whole PowerShell-Docs bench corpus has fewer than 10,400 distinct words a
    /// verdict is asked for: a run never reaches it; a long-lived process may, and then starts the cache over.
    /// </summary>
    public const int DefaultCacheSize = 65_536;

    private readonly EnglishWords _words;
    private readonly ConcurrentDictionary<string, string[]?> _verdicts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _cacheSize;
    private int _cached;

    /// <summary>Creates the check over <paramref name="words"/>, keeping at most <paramref name="cacheSize"/> verdicts.</summary>
    public NearMisses(EnglishWords words, int cacheSize = DefaultCacheSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cacheSize);
        _words = words;
        _lookup = _verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        _cacheSize = cacheSize;
    }

    /// <summary>The number of verdicts cached now (at most the cache size given).</summary>
    internal int CachedCount => _verdicts.Count;

    /// <summary>The built-in check, its word index read in place the first time it is asked for.</summary>
    public static NearMisses BuiltIn => Lazy.Value;

    private static readonly Lazy<NearMisses> Lazy = new(() => new NearMisses(MisspellingLists.BuiltInWords()));

    /// <summary>The words the check knows.</summary>
    public EnglishWords Words => _words;

    private const int RecentBits = 13;

    [ThreadStatic]
    private static ulong[]? t_recent;

    [ThreadStatic]
    private static NearMisses? t_recentOwner;

    /// <summary>
    /// Whether the lower-case word whose <see cref="MisspellingMatcher.HashWord"/> is <paramref name="hash"/> is known.
    /// Nearly every word is, and most come back often: a small table of the last known word seen in each of its slots
    /// (per thread, 64 KB) answers most of them without a probe into the 2 MB set, whose cache misses were most of the
    /// check's cost on a large corpus.
    /// </summary>
    public bool IsKnown(ulong hash)
    {
        var recent = t_recent;
        if (recent is null || t_recentOwner != this)
        {
            t_recent = recent = new ulong[1 << RecentBits];
            t_recentOwner = this;
        }

        var slot = (int)(hash >> (64 - RecentBits));
        if (recent[slot] == hash)
        {
            return true;
        }

        if (!_words.IsKnown(hash))
        {
            return false;
        }

        recent[slot] = hash;
        return true;
    }

    /// <summary>
    /// The common words <paramref name="lower"/> (a lower-case ASCII word that is not known) is one slip from, best
    /// first (a swap, then a letter doubled, dropped or added, then one replaced); null when it is no near miss.
    /// </summary>
    public string[]? Suggest(ReadOnlySpan<char> lower)
    {
        if (lower.Length > MaxLength)
        {
            return null;
        }

        if (_lookup.TryGetValue(lower, out var cached))
        {
            return cached;
        }

        var verdict = Decide(lower);
        if (_lookup.TryAdd(lower, verdict) && Interlocked.Increment(ref _cached) > _cacheSize)
        {
            // Full: start over (a verdict depends on the word alone, so only the time to decide it again is lost).
            lock (_verdicts)
            {
                if (Volatile.Read(ref _cached) > _cacheSize)
                {
                    _verdicts.Clear();
                    _lookup.TryAdd(lower, verdict);
                    Volatile.Write(ref _cached, 1);
                }
            }
        }

        return verdict;
    }

    private string[]? Decide(ReadOnlySpan<char> w)
    {
        var found = new List<(string Word, int Rank)>();
        Span<char> buffer = stackalloc char[MaxLength + 1];
        var n = w.Length;

        // A swap of two neighbouring letters.
        for (var i = 0; i + 1 < n; i++)
        {
            if (w[i] == w[i + 1])
            {
                continue;
            }

            w.CopyTo(buffer);
            (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
            Try(buffer[..n], 0, found);
        }

        // A letter too many (doubled or stray); at either end only a doubled one.
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && w[i] == w[i - 1])
            {
                continue; // the same word as dropping the letter before
            }

            var doubled = (i + 1 < n && w[i + 1] == w[i]) || (i > 0 && w[i - 1] == w[i]);
            if ((i == 0 || i == n - 1) && !doubled)
            {
                continue;
            }

            w[..i].CopyTo(buffer);
            w[(i + 1)..].CopyTo(buffer[i..]);
            Try(buffer[..(n - 1)], 1, found);
        }

        // A letter missing.
        for (var i = 0; i <= n; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                if (i > 0 && w[i - 1] == c)
                {
                    continue; // the same word as inserting it after
                }

                w[..i].CopyTo(buffer);
                buffer[i] = c;
                w[i..].CopyTo(buffer[(i + 1)..]);
                Try(buffer[..(n + 1)], 1, found);
            }
        }

        // A letter replaced.
        for (var i = 0; i < n; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                if (c == w[i])
                {
                    continue;
                }

                w.CopyTo(buffer);
                buffer[i] = c;
                Try(buffer[..n], 2, found);
            }
        }

        if (found.Count == 0 && n >= TwoSlipMinLength && !IsCompound(w))
        {
            TwoSlips(w, found);
        }

        if (found.Count == 0 || found.Count > MaxSuggestions || IsDerived(w, found))
        {
            return null;
        }

        found.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Word, b.Word));
        return found.Select(f => f.Word).ToArray();
    }

    /// <summary>
    /// The common words of 7 letters or more two slips from <paramref name="w"/> (none being one slip away), with the
    /// same first letter: a long word leaves room for two slips, and few long words are that close to each other.
    /// </summary>
    private void TwoSlips(ReadOnlySpan<char> w, List<(string Word, int Rank)> found)
    {
        for (var length = Math.Max(EnglishWords.LongMin, w.Length - 2); length <= Math.Min(EnglishWords.LongMax, w.Length + 2); length++)
        {
            var group = _words.LongWords(w[0], length);
            for (var at = 0; at < group.Length; at += length)
            {
                var candidate = group.Slice(at, length);
                if (WithinTwo(w, candidate))
                {
                    if (found.Count == MaxSuggestions)
                    {
                        found.Add(("", 3)); // too many: the caller gives up
                        return;
                    }

                    found.Add((System.Text.Encoding.ASCII.GetString(candidate), 3));
                }
            }
        }
    }

    /// <summary>
    /// Whether the optimal string alignment distance (a swap of neighbours counts one) between <paramref name="a"/> and
    /// <paramref name="b"/> is at most 2, with the rows of the table abandoned as soon as none is.
    /// </summary>
    private static bool WithinTwo(ReadOnlySpan<char> a, ReadOnlySpan<byte> b)
    {
        const int Limit = 2;
        Span<int> before = stackalloc int[MaxLength + 2];
        Span<int> previous = stackalloc int[MaxLength + 2];
        Span<int> current = stackalloc int[MaxLength + 2];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
                best = Math.Min(best, d);
            }

            if (best > Limit)
            {
                return false;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length] <= Limit;
    }

    private void Try(ReadOnlySpan<char> candidate, int rank, List<(string Word, int Rank)> found)
    {
        if (found.Count > MaxSuggestions || !_words.IsCommon(MisspellingMatcher.HashWord(candidate)))
        {
            return;
        }

        foreach (var (word, _) in found)
        {
            if (candidate.SequenceEqual(word))
            {
                return;
            }
        }

        found.Add((candidate.ToString(), rank));
    }

    /// <summary>
    /// Whether <paramref name="w"/> is a known word with a prefix or suffix English adds freely, and no suggestion is
    /// that stem with the suffix added right.
    /// </summary>
    private bool IsDerived(ReadOnlySpan<char> w, List<(string Word, int Rank)> found)
    {
        foreach (var prefix in Prefixes)
        {
            if (w.Length - prefix.Length >= 3 && w.StartsWith(prefix) && Known(w[prefix.Length..]))
            {
                return true;
            }
        }

        Span<char> stem = stackalloc char[MaxLength + 1];
        foreach (var suffix in Suffixes)
        {
            if (w.Length - suffix.Length < 3 || !w.EndsWith(suffix))
            {
                continue;
            }

            var s = w[..^suffix.Length];
            s.CopyTo(stem);
            var ok = Known(s);
            if (!ok)
            {
                stem[s.Length] = 'e'; // remote + ing
                ok = Known(stem[..(s.Length + 1)]);
            }

            if (!ok && s.Length > 3 && s[^1] == s[^2])
            {
                ok = Known(s[..^1]); // glob + b + ing
            }

            if (!ok && s[^1] == 'i')
            {
                stem[s.Length - 1] = 'y'; // proxy, proxied
                ok = Known(stem[..s.Length]);
            }

            if (ok)
            {
                return !DropsALetter(s, w.Length, found);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="w"/> is two known words of three letters or more written together (<c>datasheet</c>,
    /// <c>timeboxes</c>, <c>netgroups</c>): a long word no list holds is more often a compound than two slips.
    /// </summary>
    private bool IsCompound(ReadOnlySpan<char> w)
    {
        for (var i = 3; i <= w.Length - 3; i++)
        {
            if (Known(w[..i]) && Known(w[i..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a suggestion is the same stem with a letter more than the word (<c>reoccured</c> → <c>reoccurred</c>,
    /// <c>forgos</c> → <c>forgoes</c>): the suffix was added the wrong way, not to a word the lists lack.
    /// </summary>
    private static bool DropsALetter(ReadOnlySpan<char> stem, int length, List<(string Word, int Rank)> found)
    {
        foreach (var (word, _) in found)
        {
            if (word.Length > length && word.AsSpan().StartsWith(stem))
            {
                return true;
            }
        }

        return false;
    }

    private bool Known(ReadOnlySpan<char> lower) => _words.IsKnown(MisspellingMatcher.HashWord(lower));
}
