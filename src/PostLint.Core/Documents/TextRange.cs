namespace PostLint.Documents;

/// <summary>A half-open range of offsets [Start, End) into a <see cref="SourceText"/>.</summary>
public readonly record struct TextRange(int Start, int End)
{
    /// <summary>The number of UTF-16 code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="offset"/> lies in the range.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two ranges share at least one offset.</summary>
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    /// <summary>Whether any of <paramref name="sorted"/> (disjoint, sorted by start) holds <paramref name="offset"/>: a binary search.</summary>
    public static bool AnyContains(IReadOnlyList<TextRange> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var r = sorted[mid];
            if (offset < r.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= r.End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
