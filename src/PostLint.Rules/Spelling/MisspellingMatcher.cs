using System.Buffers;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Spelling;

/// <summary>
/// Finds every wrong form of a set of <see cref="MisspellingEntry"/>s in one pass over the text, whatever the number
/// of entries. Forms that must start a word (almost all) sit in a trie that is walked from each word start only, as
/// far as the text follows a branch; forms that may start anywhere (<c>anywhere: true</c>, or starting with
/// punctuation or CJK) sit in an Aho–Corasick automaton that advances on every character of the same loop. Both work on case-folded
/// UTF-16 characters; each candidate is then checked against its entry's letter case and word boundaries
/// (script-aware: Latin forms need Latin word boundaries, Hangul forms start a Korean word and may carry particles).
/// The matcher is immutable and safe to share between threads; searching allocates nothing but the hits.
/// </summary>
/// <remarks>
/// Build cost is linear in the total length of the forms (plus a sort per trie node); memory is about 50 bytes per
/// node plus a 256 KB table for each root's transitions.
/// </remarks>
public sealed class MisspellingMatcher
{
    private enum Edge : byte
    {
        None,
        Latin,
        Hangul,
        Word,
    }

    private static readonly Comparer<MisspellingHit> CandidateOrder = Comparer<MisspellingHit>.Create(CompareCandidates);

    // The entries, made when first needed from _makeEntry when the matcher was read from an index.
    private readonly MisspellingEntry?[] _entries;
    private readonly Func<int, MisspellingEntry>? _makeEntry;

    // Patterns: one per distinct wrong form; its text is _patChars[_patOffset[p] .. + _patLength[p]].
    private readonly int[] _patLength;
    private readonly int[] _patEntry;
    private readonly int[] _patOffset;
    private readonly ReadOnlyMemory<char> _patChars;
    private readonly bool[] _patCaseSensitive;
    private readonly Edge[] _patStart;
    private readonly Edge[] _patEnd;
    private readonly int[] _patNextSame;

    private readonly Trie? _wordStarts;
    private readonly WordTable? _words;
    private readonly NearMisses? _nearMisses;
    private readonly Trie? _anywhere;

    // The characters (any case) that start a form of each trie, whether any ASCII one starts a word-start form, and
    // the ASCII ones that start no form that may start anywhere.
    private readonly char[] _wordFirstChars;
    private readonly char[] _anyFirstChars;
    private readonly SearchValues<char> _wordFirst;
    private readonly bool _asciiStartsForms;
    private readonly SearchValues<char> _anyFirst;
    private readonly SearchValues<char> _asciiNonAnyFirst;
    private readonly LatinWordFilter _latinWords;

    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private const string IndexMagic = "PLMM";
    private const int IndexVersion = 1;

    /// <summary>
    /// Builds the matcher. Later entries win over earlier ones with the same wrong form, and every entry wins over a
    /// form of <paramref name="words"/>, a large list of whole words looked up word by word; every list wins over
    /// <paramref name="nearMisses"/>, which reads the words no list holds.
    /// </summary>
    public MisspellingMatcher(IEnumerable<MisspellingEntry> entries, WordTable? words = null, NearMisses? nearMisses = null)
    {
        _entries = entries.ToArray();
        _words = words;
        _nearMisses = nearMisses;

        // Distinct forms: a case-sensitive form is keyed by its exact text, a case-insensitive one by its folded text.
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new List<(string Text, string Folded, int Entry)>();
        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e]!;
            foreach (var wrong in entry.Wrong)
            {
                var folded = Fold(wrong);
                var keys = entry.CaseSensitive ? exact : folds;
                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(keys, entry.CaseSensitive ? wrong : folded, out var existed);
                if (existed)
                {
                    forms[slot] = (wrong, folded, e);
                }
                else
                {
                    slot = forms.Count;
                    forms.Add((wrong, folded, e));
                }
            }
        }

        var n = forms.Count;
        _patLength = new int[n];
        _patEntry = new int[n];
        _patOffset = new int[n];
        _patCaseSensitive = new bool[n];
        _patStart = new Edge[n];
        _patEnd = new Edge[n];
        _patNextSame = new int[n];
        var chars = new System.Text.StringBuilder();
        var atWordStart = new List<(string Folded, int Pattern)>();
        var anywhere = new List<(string Folded, int Pattern)>();
        for (var p = 0; p < n; p++)
        {
            var (text, folded, e) = forms[p];
            var entry = _entries[e]!;
            _patLength[p] = text.Length;
            _patEntry[p] = e;
            _patOffset[p] = chars.Length;
            chars.Append(text);
            _patCaseSensitive[p] = entry.CaseSensitive;
            _patStart[p] = entry.Anywhere ? Edge.None : StartEdge(text[0]);
            _patEnd[p] = EndEdge(text[^1], entry.Prefix);
            (_patStart[p] == Edge.None ? anywhere : atWordStart).Add((folded, p));
        }

        _patChars = chars.ToString().AsMemory();
        _wordStarts = atWordStart.Count > 0 ? new Trie(atWordStart, _patNextSame, failureLinks: false) : null;
        _anywhere = anywhere.Count > 0 ? new Trie(anywhere, _patNextSame, failureLinks: true) : null;

        // The characters (any case) a form can start with: vectorised searches skip everything else.
        var wordFirst = new List<char>();
        var anyFirst = new List<char>();
        var wordRoot = _wordStarts is { } w ? w.RootNext.Span : default;
        var anyRoot = _anywhere is { } a ? a.RootNext.Span : default;
        for (var c = char.MinValue; ; c++)
        {
            var f = Fold(c);
            if (!wordRoot.IsEmpty && wordRoot[f] > 0 && (Scripts.IsLatinWordChar(c) || Scripts.IsHangul(c)))
            {
                wordFirst.Add(c);
            }

            if (!anyRoot.IsEmpty && anyRoot[f] > 0)
            {
                anyFirst.Add(c);
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }

        _wordFirstChars = [.. wordFirst];
        _anyFirstChars = [.. anyFirst];
        (_wordFirst, _asciiStartsForms) = (SearchValues.Create(_wordFirstChars), words is not null || nearMisses is not null || wordFirst.Exists(c => c < '\u0080'));
        (_anyFirst, _asciiNonAnyFirst) = (SearchValues.Create(_anyFirstChars), AsciiOutside(_anyFirstChars));
        _latinWords = new LatinWordFilter(atWordStart.Where(f => Scripts.IsLatinWordChar(forms[f.Pattern].Text[0])).Select(f => (forms[f.Pattern].Text, _patEnd[f.Pattern] == Edge.None)));
    }

    /// <summary>The matcher of an index (<see cref="WriteIndex"/>), its tables over the index's bytes.</summary>
    private MisspellingMatcher(DataIndex.Reader index, Func<int, MisspellingEntry> makeEntry, WordTable? words, NearMisses? nearMisses)
    {
        _entries = new MisspellingEntry?[index.A];
        _makeEntry = makeEntry;
        _words = words;
        _nearMisses = nearMisses;
        var n = index.B;

        // The per-form arrays are small (a few KB): copied, so the search indexes arrays as when built.
        _patLength = Copy(index.Next<int>(), n);
        _patEntry = Copy(index.Next<int>(), n);
        _patOffset = Copy(index.Next<int>(), n);
        _patNextSame = Copy(index.Next<int>(), n);
        _patCaseSensitive = Copy(index.Next<bool>(), n);
        _patStart = Copy(index.Next<Edge>(), n);
        _patEnd = Copy(index.Next<Edge>(), n);
        _patChars = index.Next<char>();
        _wordFirstChars = index.Next<char>().ToArray();
        _anyFirstChars = index.Next<char>().ToArray();
        _latinWords = new LatinWordFilter(index.Next<ulong>().ToArray(), index.Next<int>().ToArray());
        _wordStarts = Trie.Read(index);
        _anywhere = Trie.Read(index);
        if (!index.AtEnd || _patChars.Length != _patLength.Sum() || _patEntry.Any(e => (uint)e >= (uint)_entries.Length))
        {
            throw new FormatException("not a misspelling matcher index");
        }

        (_wordFirst, _asciiStartsForms) = (SearchValues.Create(_wordFirstChars), words is not null || nearMisses is not null || _wordFirstChars.AsSpan().IndexOfAnyInRange('\0', '\u007F') >= 0);
        (_anyFirst, _asciiNonAnyFirst) = (SearchValues.Create(_anyFirstChars), AsciiOutside(_anyFirstChars));
    }

    private static T[] Copy<T>(ReadOnlyMemory<T> values, int length)
    {
        if (values.Length != length)
        {
            throw new FormatException("not a misspelling matcher index");
        }

        return values.ToArray();
    }

    /// <summary>
    /// The matcher's index: what <see cref="Load"/> reads back instead of building it from the same entries. The index
    /// of the built-in lists is compiled by the test suite (<c>Spelling/Compiled/builtin.matcher</c>).
    /// </summary>
    /// <param name="source">The fingerprint of the entries' source (<see cref="DataIndex.Fingerprint"/>), which <see cref="Load"/> checks.</param>
    public byte[] WriteIndex(ulong source)
    {
        var writer = new DataIndex.Writer(IndexMagic, IndexVersion, source, _entries.Length, _patLength.Length)
            .Add<int>(_patLength)
            .Add<int>(_patEntry)
            .Add<int>(_patOffset)
            .Add<int>(_patNextSame)
            .Add<bool>(_patCaseSensitive)
            .Add<Edge>(_patStart)
            .Add<Edge>(_patEnd)
            .Add(_patChars.Span)
            .Add<char>(_wordFirstChars)
            .Add<char>(_anyFirstChars);
        _latinWords.Write(writer);
        Trie.Write(writer, _wordStarts);
        Trie.Write(writer, _anywhere);
        return writer.ToArray();
    }

    /// <summary>
    /// The matcher of <paramref name="entryCount"/> entries from its index (<see cref="WriteIndex"/>), read in place
    /// when the index is (<see cref="Shared.EmbeddedData"/>), or null when the index was not written from the source
    /// whose fingerprint is <paramref name="source"/>. Entry <c>e</c> is made by <paramref name="makeEntry"/> the first
    /// time a form of it is found.
    /// </summary>
    /// <exception cref="FormatException">The index is damaged.</exception>
    public static MisspellingMatcher? Load(ReadOnlyMemory<byte> index, ulong source, int entryCount, Func<int, MisspellingEntry> makeEntry, WordTable? words = null, NearMisses? nearMisses = null) =>
        DataIndex.Reader.Open(index, IndexMagic, IndexVersion, source) is { } reader && reader.A == entryCount
            ? new MisspellingMatcher(reader, makeEntry, words, nearMisses)
            : null;

    /// <summary>The ASCII characters not in <paramref name="chars"/>: what an all-ASCII search may skip.</summary>
    private static SearchValues<char> AsciiOutside(char[] chars) =>
        SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Except(chars).ToArray());

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<MisspellingEntry> Entries => Enumerable.Range(0, _entries.Length).Select(EntryAt).ToArray();

    /// <summary>Entry <paramref name="e"/>, made the first time it is needed when the matcher was read from an index.</summary>
    private MisspellingEntry EntryAt(int e)
    {
        var entry = Volatile.Read(ref _entries[e]);
        if (entry is null)
        {
            entry = _makeEntry!(e);
            entry = Interlocked.CompareExchange(ref _entries[e], entry, null) ?? entry;
        }

        return entry;
    }

    /// <summary>The text of pattern <paramref name="p"/>.</summary>
    private ReadOnlySpan<char> PatText(int p) => _patChars.Span.Slice(_patOffset[p], _patLength[p]);

    /// <summary>The number of distinct wrong forms.</summary>
    public int FormCount => _patLength.Length;

    /// <summary>The number of wrong forms of the word table (0 without one).</summary>
    public int WordCount => _words?.Count ?? 0;

    /// <summary>Whether the matcher reports near misses (<see cref="NearMisses"/>).</summary>
    public bool HasNearMisses => _nearMisses is not null;

    /// <summary>The number of trie nodes (both tries, roots included).</summary>
    public int NodeCount => (_wordStarts?.NodeCount ?? 0) + (_anywhere?.NodeCount ?? 0);

    /// <summary>Finds the misspellings in the whole of <paramref name="text"/>.</summary>
    public IReadOnlyList<MisspellingHit> Find(string text)
    {
        var hits = new List<MisspellingHit>();
        Find(text, 0, text.Length, hits);
        return hits;
    }

    /// <summary>
    /// Appends to <paramref name="hits"/> the misspellings in text[start..end), leftmost and longest first, never
    /// overlapping. The edges of the range count as word boundaries.
    /// </summary>
    public void Find(string text, int start, int end, List<MisspellingHit> hits)
    {
        var first = hits.Count;
        FindCandidates(text, start, end, hits);
        var count = hits.Count - first;
        if (count < 2)
        {
            return;
        }

        hits.Sort(first, count, CandidateOrder);
        var kept = first + 1;
        for (var i = first + 1; i < hits.Count; i++)
        {
            if (hits[i].Start >= hits[kept - 1].End)
            {
                hits[kept++] = hits[i];
            }
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    /// <summary>
    /// Every candidate in text[start..end) that passes its case and boundary checks, overlapping ones included. The
    /// word-start trie is walked only from word starts that may begin a form (<see cref="FindAtWordStarts"/>); the
    /// Aho–Corasick automaton advances character by character only while it is inside a form, and otherwise jumps with
    /// a vectorised search to the next character that starts one.
    /// </summary>
    internal void FindCandidates(string text, int start, int end, List<MisspellingHit> sink)
    {
        var span = text.AsSpan(0, end);
        if (_wordStarts is not null || _words is not null || _nearMisses is not null)
        {
            FindAtWordStarts(_wordStarts, text, start, end, sink);
        }

        if (_anywhere is { } trie)
        {
            var automaton = new TrieView(trie);
            var state = 0;
            for (var i = start; i < end; i++)
            {
                if (state == 0)
                {
                    // At the root only a form's first character moves on: skip ASCII that is none (the fastest search).
                    var rel = span[i..].IndexOfAnyExcept(_asciiNonAnyFirst);
                    if (rel < 0)
                    {
                        break;
                    }

                    i += rel;
                    if (text[i] >= '\u0080' && !_anyFirst.Contains(text[i]))
                    {
                        continue;
                    }
                }

                state = Step(automaton, state, Fold(text[i]));
                var o = automaton.Output[state] >= 0 ? state : automaton.DictLink[state];
                while (o != 0)
                {
                    for (var p = automaton.Output[o]; p >= 0; p = _patNextSame[p])
                    {
                        Consider(p, text, i + 1 - _patLength[p], i + 1, start, end, sink);
                    }

                    o = automaton.DictLink[o];
                }
            }
        }
    }

    /// <summary>
    /// Walks the word-start trie from each word start that may begin a form. Every Latin word is consumed whole (most
    /// are prose no form starts with: a hash of the word, taken in the same pass, rules them out), a run of Hangul
    /// syllables at once after its first (a Korean word starts only there), and anything else one character at a time.
    /// </summary>
    private void FindAtWordStarts(Trie? trie, string text, int start, int end, List<MisspellingHit> sink)
    {
        var span = text.AsSpan(0, end);
        var words = trie is null ? default : new TrieView(trie);
        var latin = _latinWords;
        var i = start;
        while (i < end)
        {
            var c = span[i];
            if (c < '\u0080')
            {
                if (!_asciiStartsForms)
                {
                    // No form starts with an ASCII character: skip all of it (the fastest vectorised search).
                    var rel = span[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                    i = rel < 0 ? end : i + rel;
                }
                else if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    i++;
                }
                else
                {
                    var wordStart = i;
                    i = latin.ScanWord(span, i, out var mayStart, out var hash);
                    if (mayStart && trie is not null)
                    {
                        WalkFrom(in words, text, wordStart, Fold(c), start, end, sink);
                    }

                    if (_words is { } table && i - wordStart >= 3 && table.Find(span[wordStart..i], hash) is { } entry &&
                        LatinStartOk(text, wordStart, start) && LatinEndOk(text, i, end))
                    {
                        sink.Add(new MisspellingHit(wordStart, i - wordStart, entry) { Rank = -1 });
                    }
                    else if (_nearMisses is { } near && i - wordStart >= NearMisses.MinLength && NearMiss(near, text, wordStart, i, hash, start, end) is { } miss)
                    {
                        sink.Add(new MisspellingHit(wordStart, i - wordStart, miss) { Rank = -2 });
                    }
                }
            }
            else if (!_wordFirst.Contains(c))
            {
                // No form starts here; nor anywhere else in the rest of a Latin word or a run of Hangul syllables.
                i++;
                if (Scripts.IsLatinWordChar(c))
                {
                    i = SkipLatinWord(span, i);
                }
                else if (c is >= '\uAC00' and <= '\uD7A3')
                {
                    var run = span[i..].IndexOfAnyExceptInRange('\uAC00', '\uD7A3');
                    i = run < 0 ? end : i + run;
                }
            }
            else if (Scripts.IsLatinWordChar(c))
            {
                if (i > start && Scripts.IsLatinWordChar(text[i - 1]))
                {
                    // Inside a word whose ASCII start was skipped: the rest of it starts nothing.
                    i = SkipLatinWord(span, i + 1);
                    continue;
                }

                var wordStart = i;
                i = latin.ScanWord(span, i, out var mayStart, out _);
                if (mayStart && trie is not null)
                {
                    WalkFrom(in words, text, wordStart, Fold(c), start, end, sink);
                }
            }
            else
            {
                // Hangul: a Korean word starts after anything but a letter, digit or Hangul; Latin may follow.
                if (trie is not null && (i == start || !IsKoreanWordStartBlocker(text[i - 1])))
                {
                    WalkFrom(in words, text, i, Fold(c), start, end, sink);
                }

                i++;
                var skip = span[i..].IndexOfAnyExceptInRange('\uAC00', '\uD7A3');
                i = skip < 0 ? end : i + skip;
            }
        }
    }

    /// <summary>
    /// The definition <see cref="FindCandidates"/> must agree with, by brute force (for tests): every form at every
    /// position where its folded text occurs, a word-start form only where a word of its script starts.
    /// </summary>
    internal void FindCandidatesNaive(string text, int start, int end, List<MisspellingHit> sink)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var wordStart = Scripts.IsLatinWordChar(c)
                ? i == start || !Scripts.IsLatinWordChar(text[i - 1])
                : Scripts.IsHangul(c) && (i == start || !IsKoreanWordStartBlocker(text[i - 1]));
            if ((_words is not null || _nearMisses is not null) && wordStart && c < '\u0080' && Scripts.IsLatinWordChar(c))
            {
                var e = i + 1;
                while (e < end && Scripts.IsLatinWordChar(text[e]))
                {
                    e++;
                }

                var word = text.AsSpan(i, e - i);
                if (_words is { } table && word.Length >= 3 && table.Find(word, HashWord(word)) is { } entry && LatinStartOk(text, i, start) && LatinEndOk(text, e, end))
                {
                    sink.Add(new MisspellingHit(i, e - i, entry) { Rank = -1 });
                }
                else if (_nearMisses is { } near && word.Length >= NearMisses.MinLength && NearMiss(near, text, i, e, HashWord(word), start, end) is { } miss)
                {
                    sink.Add(new MisspellingHit(i, e - i, miss) { Rank = -2 });
                }
            }

            for (var p = 0; p < _patLength.Length; p++)
            {
                var form = PatText(p);
                if (i + form.Length > end || (_patStart[p] != Edge.None && !wordStart))
                {
                    continue;
                }

                var k = 0;
                while (k < form.Length && Fold(text[i + k]) == Fold(form[k]))
                {
                    k++;
                }

                if (k == form.Length)
                {
                    Consider(p, text, i, i + form.Length, start, end, sink);
                }
            }
        }
    }

    /// <summary>
    /// The near-miss entry of the whole word text[s..e) (<paramref name="hash"/> its <see cref="HashWord"/>), or null:
    /// the word must be ASCII letters in lower case or with a capital first letter only, stand alone as a list form
    /// would (<see cref="LatinStartOk"/>, <see cref="LatinEndOk"/>), and be no known word.
    /// </summary>
    private static MisspellingEntry? NearMiss(NearMisses near, string text, int s, int e, ulong hash, int lo, int hi)
    {
        var word = text.AsSpan(s, e - s);
        if (word.Length > 40 || !char.IsAsciiLetter(word[0]) || word[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return null;
        }

        if (near.IsKnown(hash))
        {
            return null;
        }

        if (!LatinStartOk(text, s, lo) || !LatinEndOk(text, e, hi))
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = (char)(lower[0] | 0x20);
        return near.Suggest(lower) is { } suggestions
            ? new MisspellingEntry([word.ToString()], suggestions) { Fixable = false, NearMiss = true, OriginFile = "rules/misspellings/en-words.txt" }
            : null;
    }

    /// <summary>What a Hangul word start may not follow: a Latin, Hangul or other letter or digit.</summary>
    private static bool IsKoreanWordStartBlocker(char c) =>
        Scripts.IsLatinWordChar(c) || Scripts.IsHangul(c) || (c >= '\u0080' && char.IsLetterOrDigit(c));

    /// <summary>Follows the word-start trie from position <paramref name="i"/> as far as the text goes along a branch.</summary>
    private void WalkFrom(in TrieView trie, string text, int i, char first, int start, int end, List<MisspellingHit> sink)
    {
        var node = trie.RootNext[first];
        for (var j = i + 1; node > 0; j++)
        {
            for (var p = trie.Output[node]; p >= 0; p = _patNextSame[p])
            {
                Consider(p, text, i, j, start, end, sink);
            }

            if (j >= end)
            {
                break;
            }

            node = trie.Child(node, Fold(text[j]));
        }
    }

    /// <summary>One Aho–Corasick transition: the child along <paramref name="c"/>, following failure links as needed.</summary>
    private static int Step(in TrieView trie, int node, char c)
    {
        while (node != 0)
        {
            var child = trie.Child(node, c);
            if (child >= 0)
            {
                return child;
            }

            node = trie.Fail[node];
        }

        return trie.RootNext[c];
    }

    private void Consider(int p, string text, int s, int e, int lo, int hi, List<MisspellingHit> sink)
    {
        if (Accepts(p, text, s, e, lo, hi))
        {
            sink.Add(new MisspellingHit(s, e - s, EntryAt(_patEntry[p])) { Rank = _patEntry[p] });
        }
    }

    private bool Accepts(int p, string text, int s, int e, int lo, int hi)
    {
        var span = text.AsSpan(s, e - s);
        if (_patCaseSensitive[p] && !span.SequenceEqual(PatText(p)))
        {
            return false;
        }

        var ok = _patStart[p] switch
        {
            Edge.Latin => LatinStartOk(text, s, lo),
            Edge.Hangul => s == lo || !IsKoreanWordChar(text[s - 1]),
            _ => true,
        };
        ok = ok && _patEnd[p] switch
        {
            Edge.Latin => LatinEndOk(text, e, hi),
            Edge.Hangul => e == hi || !IsKoreanWordChar(text[e]),
            Edge.Word => e == hi || !Scripts.IsWordChar(text[e]),
            _ => true,
        };
        if (!ok)
        {
            return false;
        }

        // Text that is already right is never a finding (prh lists match their own expected form case-insensitively).
        var entry = EntryAt(_patEntry[p]);
        if (entry.ExpectedCount == 1)
        {
            if (span.SequenceEqual(entry.FirstExpected))
            {
                return false;
            }
        }
        else
        {
            foreach (var expected in entry.Expected)
            {
                if (span.SequenceEqual(expected))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsKoreanWordChar(char c) => Scripts.IsHangul(c) || Scripts.IsWordChar(c);

    /// <summary>
    /// A Latin form starts a word: not after a Latin letter or digit, not after <c>. / \ @ # $ ~</c> (a path, domain,
    /// handle or hidden file: <c>.github</c>), and not after <c>: &amp; = + % ^ |</c> that follow a letter.
    /// </summary>
    private static bool LatinStartOk(string text, int s, int lo)
    {
        if (s == lo)
        {
            return true;
        }

        var p = text[s - 1];
        if (Scripts.IsLatinWordChar(p) || p is '.' or '/' or '\\' or '@' or '#' or '$' or '~')
        {
            return false;
        }

        return !(p is ':' or '&' or '=' or '+' or '%' or '^' or '|' && s - 2 >= lo && Scripts.IsLatinWordChar(text[s - 2]));
    }

    /// <summary>A Latin form ends a word: no Latin letter or digit after it, and no <c>.</c>, <c>/</c>… that joins one (<c>github.com</c>).</summary>
    private static bool LatinEndOk(string text, int e, int hi)
    {
        if (e == hi)
        {
            return true;
        }

        var n = text[e];
        if (Scripts.IsLatinWordChar(n))
        {
            return false;
        }

        return !(n is '.' or '/' or '\\' or '@' or ':' or '#' or '&' or '=' or '+' or '%' or '^' or '|' or '~' or '$' &&
                 e + 1 < hi && Scripts.IsLatinWordChar(text[e + 1]));
    }

    private static int CompareCandidates(MisspellingHit a, MisspellingHit b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c == 0)
        {
            c = b.Length.CompareTo(a.Length);
        }

        return c != 0 ? c : b.Rank.CompareTo(a.Rank);
    }

    private static Edge StartEdge(char c) =>
        Scripts.IsHangul(c) ? Edge.Hangul : Scripts.IsLatinWordChar(c) ? Edge.Latin : Edge.None;

    private static Edge EndEdge(char c, bool? prefix) => prefix switch
    {
        true => Edge.None,
        false => Scripts.IsHangul(c) ? Edge.Hangul : Scripts.IsLatinWordChar(c) ? Edge.Latin : Edge.Word,
        null => Scripts.IsLatinWordChar(c) ? Edge.Latin : Edge.None,
    };

    /// <summary>Simple case folding, one character for one (offsets stay the same).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c) =>
        c < '\u0080' ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static string Fold(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = Fold(src[i]);
        }
    });

    /// <summary>ASCII word characters folded (<c>A</c> → <c>a</c>); 0 for every other ASCII character.</summary>
    internal static ReadOnlySpan<byte> AsciiWordFold =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 95,
        0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
        112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
    ];

    /// <summary>The start value of <see cref="HashWord"/> (FNV-1a).</summary>
    internal const ulong HashSeed = 14695981039346656037UL;

    private const ulong HashPrime = 1099511628211UL;

    /// <summary>One step of <see cref="HashWord"/>: <paramref name="folded"/> is a case-folded character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong HashStep(ulong hash, uint folded) => (hash ^ folded) * HashPrime;

    /// <summary>The hash the search takes of each whole Latin word, case-folded (what <see cref="WordTable"/> is keyed by).</summary>
    internal static ulong HashWord(ReadOnlySpan<char> word)
    {
        var h = HashSeed;
        foreach (var c in word)
        {
            h = HashStep(h, Fold(c));
        }

        return h;
    }

    /// <summary>Where the Latin word that goes on at <paramref name="i"/> ends (vectorised over ASCII).</summary>
    private static int SkipLatinWord(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length)
        {
            var skip = span[i..].IndexOfAnyExcept(AsciiWordChars);
            i = skip < 0 ? span.Length : i + skip;
            if (i >= span.Length || !Scripts.IsLatinWordChar(span[i]))
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>
    /// The Latin words a word-start form can begin with. A Latin form's first word (up to its first character that is
    /// not a Latin letter or digit: <c>Node</c> of <c>Node.JS</c>) must be the text's whole word, unless the form is a
    /// prefix, whose text word only starts with it. Kept as a bit set of hashes of the case-folded words:
    /// a false "maybe" costs one trie walk, and no word a form starts is ever missed.
    /// </summary>
    private sealed class LatinWordFilter
    {
        private readonly ulong[] _set;
        private readonly int _shift;
        private readonly int[] _prefixLengths;

        public LatinWordFilter(IEnumerable<(string Form, bool Prefix)> forms)
        {
            // About 64 bits per form (few false "maybe"s), at least 64 Kbit so the built-in lists' set stays in L1.
            var list = forms.ToList();
            var bits = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(1, list.Count * 64)) + 1, 16, 24);
            _set = new ulong[(1 << bits) / 64];
            _shift = 64 - bits;
            var prefixLengths = new HashSet<int>();
            foreach (var (form, prefix) in list)
            {
                var length = 0;
                while (length < form.Length && Scripts.IsLatinWordChar(form[length]))
                {
                    length++;
                }

                // A prefix form that is all Latin may be followed by more letters in the text: match its length only.
                if (prefix && length == form.Length)
                {
                    prefixLengths.Add(length);
                }

                Add(Hash(form.AsSpan(0, length)));
            }

            _prefixLengths = prefixLengths.Order().ToArray();
        }

        /// <summary>The filter of an index (<see cref="Write"/>).</summary>
        public LatinWordFilter(ulong[] set, int[] prefixLengths)
        {
            if (set.Length < 1024 || (set.Length & (set.Length - 1)) != 0)
            {
                throw new FormatException("not a misspelling matcher index");
            }

            _set = set;
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)set.Length * 64);
            _prefixLengths = prefixLengths;
        }

        /// <summary>Appends the filter's tables to an index.</summary>
        public void Write(DataIndex.Writer writer) => writer.Add<ulong>(_set).Add<int>(_prefixLengths);

        /// <summary>
        /// Scans the Latin word starting at <paramref name="start"/> and returns where it ends; <paramref name="mayStart"/>
        /// tells whether the word, or a prefix of it as long as an all-Latin prefix form, may be a form's first word.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int ScanWord(ReadOnlySpan<char> span, int start, out bool mayStart, out ulong hash)
        {
            // Called for most words of the prose, so inlined into the search: an all-ASCII word (almost every one) is
            // folded through a table and hashed in a loop of locals; anything else takes the general path.
            if (_prefixLengths.Length == 0)
            {
                var fold = AsciiWordFold;
                var h = Seed;
                var i = start;
                for (; i < span.Length; i++)
                {
                    var c = span[i];
                    if (c >= 128)
                    {
                        goto General;
                    }

                    uint folded = fold[c];
                    if (folded == 0)
                    {
                        break;
                    }

                    h = (h ^ folded) * Prime;
                }

                mayStart = Contains(h >> _shift);
                hash = h;
                return i;
            }

        General:
            return ScanWordGeneral(span, start, out mayStart, out hash);
        }

        /// <summary><see cref="ScanWord"/> for any word, with prefix forms' lengths checked on the way.</summary>
        private int ScanWordGeneral(ReadOnlySpan<char> span, int start, out bool mayStart, out ulong hash)
        {
            var prefixes = _prefixLengths;
            var next = prefixes.Length > 0 ? prefixes[0] : int.MaxValue;
            var p = 0;
            var h = Seed;
            var maybe = false;
            var fold = AsciiWordFold;
            var i = start;
            for (; i < span.Length; i++)
            {
                var c = span[i];
                uint folded = 0;
                if (c < 128)
                {
                    folded = fold[c];
                    if (folded == 0)
                    {
                        break;
                    }
                }
                else if (Scripts.IsLatinWordChar(c))
                {
                    folded = Fold(c);
                }
                else
                {
                    break;
                }

                if (i - start == next)
                {
                    maybe |= Contains(h >> _shift);
                    next = ++p < prefixes.Length ? prefixes[p] : int.MaxValue;
                }

                h = (h ^ folded) * Prime;
            }

            mayStart = maybe || Contains(h >> _shift);
            hash = h;
            return i;
        }

        private const ulong Seed = HashSeed;
        private const ulong Prime = HashPrime;

        private ulong Hash(ReadOnlySpan<char> word) => HashWord(word) >> _shift;

        private void Add(ulong bit) => _set[bit >> 6] |= 1UL << (int)(bit & 63);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool Contains(ulong bit) => (_set[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    /// <summary>
    /// A trie over folded forms in compressed rows (the children of node n are
    /// <c>ChildChar/ChildNode[ChildStart[n] .. ChildStart[n + 1])</c>, sorted by character), with a dense table for the
    /// root, and optionally the failure and dictionary-suffix links that make it an Aho–Corasick automaton.
    /// </summary>
    private sealed class Trie
    {
        public readonly ReadOnlyMemory<int> RootNext;
        public readonly ReadOnlyMemory<int> Output;
        public readonly ReadOnlyMemory<int> Fail = ReadOnlyMemory<int>.Empty;
        public readonly ReadOnlyMemory<int> DictLink = ReadOnlyMemory<int>.Empty;
        public readonly ReadOnlyMemory<ulong> EdgeKeys;
        public readonly ReadOnlyMemory<int> EdgeNodes;
        public readonly int EdgeShift;

        public Trie(List<(string Folded, int Pattern)> forms, int[] nextSame, bool failureLinks)
        {
            // Transitions below the root in an open-addressing table keyed by (parent << 16 | char): one probe or two
            // per step, where a binary search over a node's children cost the most of a run's misspelling search. It
            // is sized for the most nodes the forms can make (their total length) and filled while the trie is built,
            // which with a 50,000-entry list is most of the start-up. Node 0 is the root.
            var total = 1;
            foreach (var (folded, _) in forms)
            {
                total += folded.Length;
            }

            var capacity = 16;
            while (capacity < total * 2)
            {
                capacity <<= 1;
            }

            var edgeKeys = new ulong[capacity];
            Array.Fill(edgeKeys, ulong.MaxValue);
            var edgeNodes = new int[capacity];
            (EdgeKeys, EdgeNodes, EdgeShift) = (edgeKeys, edgeNodes, 64 - System.Numerics.BitOperations.Log2((uint)capacity));
            var mask = capacity - 1;
            var parentOf = new List<int>(total) { -1 };
            var charOf = new List<char>(total) { '\0' };
            var output = new List<int>(total) { -1 };
            foreach (var (folded, p) in forms)
            {
                var node = 0;
                foreach (var c in folded)
                {
                    var key = EdgeKey(node, c);
                    var slot = Slot(key, EdgeShift);
                    while (edgeKeys[slot] != key && edgeKeys[slot] != ulong.MaxValue)
                    {
                        slot = (slot + 1) & mask;
                    }

                    if (edgeKeys[slot] == ulong.MaxValue)
                    {
                        edgeKeys[slot] = key;
                        edgeNodes[slot] = parentOf.Count;
                        parentOf.Add(node);
                        charOf.Add(c);
                        output.Add(-1);
                    }

                    node = edgeNodes[slot];
                }

                nextSame[p] = output[node];
                output[node] = p;
            }

            var nodes = parentOf.Count;
            NodeCount = nodes;
            var outputs = output.ToArray();
            Output = outputs;

            // Children rows by counting sort on the parent, then by character within a row.
            var childStart = new int[nodes + 1];
            for (var v = 1; v < nodes; v++)
            {
                childStart[parentOf[v] + 1]++;
            }

            for (var v = 0; v < nodes; v++)
            {
                childStart[v + 1] += childStart[v];
            }

            var childChar = new char[nodes - 1];
            var childNode = new int[nodes - 1];
            var fill = (int[])childStart.Clone();
            for (var v = 1; v < nodes; v++)
            {
                var at = fill[parentOf[v]]++;
                childChar[at] = charOf[v];
                childNode[at] = v;
            }

            for (var v = 0; v < nodes; v++)
            {
                var len = childStart[v + 1] - childStart[v];
                if (len > 1)
                {
                    Array.Sort(childChar, childNode, childStart[v], len);
                }
            }

            var rootNext = new int[char.MaxValue + 1];
            RootNext = rootNext;
            for (var i = childStart[0]; i < childStart[1]; i++)
            {
                rootNext[childChar[i]] = childNode[i];
            }

            if (!failureLinks)
            {
                return;
            }

            // Failure and dictionary-suffix links, breadth first.
            var fail = new int[nodes];
            var dictLink = new int[nodes];
            (Fail, DictLink) = (fail, dictLink);
            var view = new TrieView(this);
            var queue = new int[nodes];
            int head = 0, tail = 0;
            for (var i = childStart[0]; i < childStart[1]; i++)
            {
                queue[tail++] = childNode[i];
            }

            while (head < tail)
            {
                var u = queue[head++];
                for (var i = childStart[u]; i < childStart[u + 1]; i++)
                {
                    var v = childNode[i];
                    var c = childChar[i];
                    var f = fail[u];
                    var target = 0;
                    while (true)
                    {
                        if (f == 0)
                        {
                            target = rootNext[c];
                            break;
                        }

                        var child = view.Child(f, c);
                        if (child >= 0)
                        {
                            target = child;
                            break;
                        }

                        f = fail[f];
                    }

                    fail[v] = target == v ? 0 : target;
                    dictLink[v] = outputs[fail[v]] >= 0 ? fail[v] : dictLink[fail[v]];
                    queue[tail++] = v;
                }
            }
        }

        /// <summary>A trie of an index (<see cref="Write"/>), its tables over the index's bytes.</summary>
        private Trie(int nodeCount, ReadOnlyMemory<int> rootNext, ReadOnlyMemory<int> output, ReadOnlyMemory<int> fail, ReadOnlyMemory<int> dictLink, ReadOnlyMemory<ulong> edgeKeys, ReadOnlyMemory<int> edgeNodes)
        {
            var capacity = edgeKeys.Length;
            if (nodeCount < 1 || rootNext.Length != char.MaxValue + 1 || output.Length != nodeCount ||
                (fail.Length != 0 && fail.Length != nodeCount) || dictLink.Length != fail.Length ||
                capacity < 16 || (capacity & (capacity - 1)) != 0 || edgeNodes.Length != capacity)
            {
                throw new FormatException("not a misspelling matcher index");
            }

            (NodeCount, RootNext, Output, Fail, DictLink, EdgeKeys, EdgeNodes) = (nodeCount, rootNext, output, fail, dictLink, edgeKeys, edgeNodes);
            EdgeShift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        }

        /// <summary>Appends a trie (or its absence) to an index.</summary>
        public static void Write(DataIndex.Writer writer, Trie? trie)
        {
            writer.Add<int>(trie is null ? [] : [trie.NodeCount]);
            if (trie is not null)
            {
                writer.Add(trie.RootNext.Span).Add(trie.Output.Span).Add(trie.Fail.Span).Add(trie.DictLink.Span).Add(trie.EdgeKeys.Span).Add(trie.EdgeNodes.Span);
            }
        }

        /// <summary>Reads what <see cref="Write"/> appended.</summary>
        public static Trie? Read(DataIndex.Reader reader)
        {
            var count = reader.Next<int>().Span;
            return count.IsEmpty
                ? null
                : new Trie(count[0], reader.Next<int>(), reader.Next<int>(), reader.Next<int>(), reader.Next<int>(), reader.Next<ulong>(), reader.Next<int>());
        }

        public int NodeCount { get; }

        public static ulong EdgeKey(int node, char c) => ((ulong)(uint)node << 16) | c;

        public static int Slot(ulong key, int shift) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
    }

    /// <summary>A trie's tables as spans, taken once for a search.</summary>
    private readonly ref struct TrieView(Trie trie)
    {
        public readonly ReadOnlySpan<int> RootNext = trie.RootNext.Span;
        public readonly ReadOnlySpan<int> Output = trie.Output.Span;
        public readonly ReadOnlySpan<int> Fail = trie.Fail.Span;
        public readonly ReadOnlySpan<int> DictLink = trie.DictLink.Span;
        private readonly ReadOnlySpan<ulong> _edgeKeys = trie.EdgeKeys.Span;
        private readonly ReadOnlySpan<int> _edgeNodes = trie.EdgeNodes.Span;
        private readonly int _edgeShift = trie.EdgeShift;

        /// <summary>The child of <paramref name="node"/> along <paramref name="c"/>, or -1.</summary>
        public int Child(int node, char c)
        {
            var key = Trie.EdgeKey(node, c);
            var mask = _edgeKeys.Length - 1;
            for (var slot = Trie.Slot(key, _edgeShift); ; slot = (slot + 1) & mask)
            {
                var k = _edgeKeys[slot];
                if (k == key)
                {
                    return _edgeNodes[slot];
                }

                if (k == ulong.MaxValue)
                {
                    return -1;
                }
            }
        }
    }
}
