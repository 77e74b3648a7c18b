using PostLint.Rules.Shared;

namespace PostLint.Rules.Spelling;

/// <summary>
/// Finds every wrong form of a set of <see cref="MisspellingEntry"/>s in one pass over the text, whatever the number
/// of entries: an Aho–Corasick automaton over case-folded UTF-16 characters. Each candidate is then checked against
/// its entry's letter case and word boundaries (script-aware: Latin forms need Latin word boundaries, Hangul forms
/// start a Korean word and may carry particles). The automaton is immutable and safe to share between threads;
/// searching allocates nothing but the hits.
/// </summary>
/// <remarks>
/// Build cost is linear in the total length of the forms (plus a sort per node); memory is about 26 bytes per trie
/// node plus a 256 KB table for the root's transitions.
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

    private readonly MisspellingEntry[] _entries;
    private readonly Dictionary<MisspellingEntry, int> _rank;

    // Patterns (one per distinct wrong form).
    private readonly int[] _patLength;
    private readonly int[] _patEntry;
    private readonly string[] _patText;
    private readonly bool[] _patCaseSensitive;
    private readonly Edge[] _patStart;
    private readonly Edge[] _patEnd;
    private readonly int[] _patNextSame;

    // Trie in compressed rows: children of node n are _childChar/_childNode[_childStart[n] .. _childStart[n + 1]).
    private readonly int[] _rootNext;
    private readonly int[] _childStart;
    private readonly char[] _childChar;
    private readonly int[] _childNode;
    private readonly int[] _fail;
    private readonly int[] _dictLink;
    private readonly int[] _nodeOutput;

    /// <summary>Builds the automaton. Later entries win over earlier ones with the same wrong form.</summary>
    public MisspellingMatcher(IEnumerable<MisspellingEntry> entries)
    {
        _entries = entries.ToArray();
        _rank = new Dictionary<MisspellingEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _entries.Length; i++)
        {
            _rank[_entries[i]] = i;
        }

        // Distinct forms: a case-sensitive form is keyed by its exact text, a case-insensitive one by its folded text.
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new List<(string Text, string Folded, int Entry)>();
        for (var e = 0; e < _entries.Length; e++)
        {
            var entry = _entries[e];
            foreach (var wrong in entry.Wrong)
            {
                var folded = Fold(wrong);
                var key = (entry.CaseSensitive ? "=" + wrong : "~" + folded);
                if (byKey.TryGetValue(key, out var existing))
                {
                    forms[existing] = (wrong, folded, e);
                }
                else
                {
                    byKey[key] = forms.Count;
                    forms.Add((wrong, folded, e));
                }
            }
        }

        var n = forms.Count;
        _patLength = new int[n];
        _patEntry = new int[n];
        _patText = new string[n];
        _patCaseSensitive = new bool[n];
        _patStart = new Edge[n];
        _patEnd = new Edge[n];
        _patNextSame = new int[n];

        // Trie edges keyed by (parent << 16 | char).
        var edges = new Dictionary<long, int>();
        var parentOf = new List<int> { -1 };
        var charOf = new List<char> { '\0' };
        var output = new List<int> { -1 };
        for (var p = 0; p < n; p++)
        {
            var (text, folded, e) = forms[p];
            var entry = _entries[e];
            _patLength[p] = text.Length;
            _patEntry[p] = e;
            _patText[p] = text;
            _patCaseSensitive[p] = entry.CaseSensitive;
            _patStart[p] = entry.Anywhere ? Edge.None : StartEdge(text[0]);
            _patEnd[p] = EndEdge(text[^1], entry.Prefix);

            var node = 0;
            foreach (var c in folded)
            {
                var key = ((long)node << 16) | c;
                if (!edges.TryGetValue(key, out var child))
                {
                    child = parentOf.Count;
                    edges[key] = child;
                    parentOf.Add(node);
                    charOf.Add(c);
                    output.Add(-1);
                }

                node = child;
            }

            _patNextSame[p] = output[node];
            output[node] = p;
        }

        var nodes = parentOf.Count;
        NodeCount = nodes;
        _nodeOutput = output.ToArray();

        // Children rows, by counting sort on the parent, then by character within a row.
        _childStart = new int[nodes + 1];
        for (var v = 1; v < nodes; v++)
        {
            _childStart[parentOf[v] + 1]++;
        }

        for (var v = 0; v < nodes; v++)
        {
            _childStart[v + 1] += _childStart[v];
        }

        _childChar = new char[nodes - 1];
        _childNode = new int[nodes - 1];
        var fill = (int[])_childStart.Clone();
        for (var v = 1; v < nodes; v++)
        {
            var at = fill[parentOf[v]]++;
            _childChar[at] = charOf[v];
            _childNode[at] = v;
        }

        for (var v = 0; v < nodes; v++)
        {
            var len = _childStart[v + 1] - _childStart[v];
            if (len > 1)
            {
                Array.Sort(_childChar, _childNode, _childStart[v], len);
            }
        }

        _rootNext = new int[char.MaxValue + 1];
        for (var i = _childStart[0]; i < _childStart[1]; i++)
        {
            _rootNext[_childChar[i]] = _childNode[i];
        }

        // Failure and dictionary-suffix links, breadth first.
        _fail = new int[nodes];
        _dictLink = new int[nodes];
        var queue = new Queue<int>();
        for (var i = _childStart[0]; i < _childStart[1]; i++)
        {
            queue.Enqueue(_childNode[i]);
        }

        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            for (var i = _childStart[u]; i < _childStart[u + 1]; i++)
            {
                var v = _childNode[i];
                var c = _childChar[i];
                var f = _fail[u];
                int target;
                while (true)
                {
                    if (f == 0)
                    {
                        target = _rootNext[c];
                        break;
                    }

                    var child = Child(f, c);
                    if (child >= 0)
                    {
                        target = child;
                        break;
                    }

                    f = _fail[f];
                }

                _fail[v] = target == v ? 0 : target;
                _dictLink[v] = _nodeOutput[_fail[v]] >= 0 ? _fail[v] : _dictLink[_fail[v]];
                queue.Enqueue(v);
            }
        }
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<MisspellingEntry> Entries => _entries;

    /// <summary>The number of distinct wrong forms.</summary>
    public int FormCount => _patLength.Length;

    /// <summary>The number of states of the automaton.</summary>
    public int NodeCount { get; }

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

        hits.Sort(first, count, Comparer<MisspellingHit>.Create(CompareCandidates));
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

    /// <summary>Every candidate in text[start..end) that passes its case and boundary checks, overlapping ones included.</summary>
    internal void FindCandidates(string text, int start, int end, List<MisspellingHit> sink)
    {
        var node = 0;
        for (var i = start; i < end; i++)
        {
            var c = Fold(text[i]);
            while (true)
            {
                if (node == 0)
                {
                    node = _rootNext[c];
                    break;
                }

                var child = Child(node, c);
                if (child >= 0)
                {
                    node = child;
                    break;
                }

                node = _fail[node];
            }

            var o = _nodeOutput[node] >= 0 ? node : _dictLink[node];
            while (o != 0)
            {
                for (var p = _nodeOutput[o]; p >= 0; p = _patNextSame[p])
                {
                    var s = i + 1 - _patLength[p];
                    if (Accepts(p, text, s, i + 1, start, end))
                    {
                        sink.Add(new MisspellingHit(s, _patLength[p], _entries[_patEntry[p]]));
                    }
                }

                o = _dictLink[o];
            }
        }
    }

    private bool Accepts(int p, string text, int s, int e, int lo, int hi)
    {
        var span = text.AsSpan(s, e - s);
        if (_patCaseSensitive[p] && !span.SequenceEqual(_patText[p]))
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
        foreach (var expected in _entries[_patEntry[p]].Expected)
        {
            if (span.SequenceEqual(expected))
            {
                return false;
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

    private int CompareCandidates(MisspellingHit a, MisspellingHit b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c == 0)
        {
            c = b.Length.CompareTo(a.Length);
        }

        return c != 0 ? c : _rank[b.Entry].CompareTo(_rank[a.Entry]);
    }

    private int Child(int node, char c)
    {
        int lo = _childStart[node], hi = _childStart[node + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = _childChar[mid];
            if (m == c)
            {
                return _childNode[mid];
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
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
    internal static char Fold(char c) =>
        c < '\u0080' ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static string Fold(string s) => string.Create(s.Length, s, static (span, src) =>
    {
        for (var i = 0; i < src.Length; i++)
        {
            span[i] = Fold(src[i]);
        }
    });
}
