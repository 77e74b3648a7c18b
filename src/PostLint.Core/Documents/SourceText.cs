using System.Text;

namespace PostLint.Documents;

/// <summary>A 1-based line and column; columns count UTF-16 code units (SARIF's <c>utf16CodeUnits</c>).</summary>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>
/// The decoded text of one file and its line-start table. This is the only place where offsets become
/// 1-based lines and columns. Offsets index <see cref="Text"/>, which excludes a leading byte order mark.
/// LF, CRLF and a lone CR each end a line. After a lint, a file's result keeps an <see cref="Excerpt"/>: only the lines
/// reporters show, and only their part of the line table.
/// </summary>
public sealed class SourceText
{
    // The offset where each line starts. An excerpt keeps only the starts of its kept lines and of the line after
    // each kept run, with the (0-based) number of each such line in _lineNumbers; a whole text has every start and
    // no _lineNumbers.
    private readonly int[] _lineStarts;
    private readonly int[]? _lineNumbers;
    private readonly int _lineCount;
    private readonly string _text;
    private readonly int _length;

    // An excerpt's pieces: file offsets where each kept run of lines starts and ends, and where it sits in _text.
    private readonly int[]? _pieceStarts;
    private readonly int[]? _pieceEnds;
    private readonly int[]? _pieceAt;

    /// <summary>Creates a source text from decoded characters.</summary>
    public SourceText(string text, bool hasBom = false)
    {
        _text = text;
        _length = text.Length;
        HasBom = hasBom;
        _lineStarts = ComputeLineStarts(text);
        _lineCount = _lineStarts.Length;
    }

    private SourceText(SourceText whole, string kept, int[] lineStarts, int[] lineNumbers, int[] starts, int[] ends, int[] at)
    {
        _text = kept;
        _length = whole._length;
        HasBom = whole.HasBom;
        _lineStarts = lineStarts;
        _lineNumbers = lineNumbers;
        _lineCount = whole._lineCount;
        _pieceStarts = starts;
        _pieceEnds = ends;
        _pieceAt = at;
    }

    /// <summary>
    /// Stands for the text of a file that had no findings: a run does not keep every file's text, so memory stays
    /// bounded by the files with findings, not by the corpus.
    /// </summary>
    public static SourceText NotRetained { get; } = new("");

    /// <summary>The file's text without the byte order mark (not available on an <see cref="Excerpt"/>).</summary>
    public string Text => _pieceStarts is null ? _text : throw new InvalidOperationException("only an excerpt of this file's text was kept");

    /// <summary>Whether this holds only some lines of the file (see <see cref="Excerpt"/>).</summary>
    public bool IsExcerpt => _pieceStarts is not null;

    /// <summary>Whether the file started with a UTF-8 byte order mark.</summary>
    public bool HasBom { get; }

    /// <summary>The number of lines; an empty file has one empty line.</summary>
    public int LineCount => _lineCount;

    /// <summary>The length of the text in UTF-16 code units.</summary>
    public int Length => _length;

    /// <summary>Decodes UTF-8 bytes (with or without BOM); invalid sequences become U+FFFD.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var body = bom ? bytes[3..] : bytes;
        return new SourceText(Encoding.UTF8.GetString(body), bom);
    }

    /// <summary>Converts an offset (clamped to the text) into a 1-based line and UTF-16 column.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var entry = FindEntry(offset);
        return new LinePosition(LineOf(entry) + 1, offset - _lineStarts[entry] + 1);
    }

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset) => LineOf(FindEntry(offset));

    /// <summary>The offset where the 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => StartOf(Math.Clamp(line - 1, 0, _lineCount - 1));

    /// <summary>The offset just past the last character of the 1-based line, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        var index = Math.Clamp(line - 1, 0, _lineCount - 1);
        var start = StartOf(index);
        var end = index + 1 < _lineCount ? StartOf(index + 1) : _length;
        while (end > start && Slice(end - 1, end)[0] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The offset where the line after the 1-based line starts (or the end of the text).</summary>
    public int GetNextLineStart(int line) => line < _lineCount ? StartOf(line) : _length;

    // The line-table entry of the line holding an offset (0 <= offset <= length). On an excerpt the line must be kept,
    // or be the line after a kept run with the offset at its start.
    private int FindEntry(int offset)
    {
        var entry = Array.BinarySearch(_lineStarts, offset);
        entry = entry >= 0 ? entry : ~entry - 1;
        if (_lineNumbers is not null && (entry < 0 || (offset != _lineStarts[entry] && _lineNumbers[entry] != _lineCount - 1 &&
            (entry + 1 == _lineNumbers.Length || _lineNumbers[entry + 1] != _lineNumbers[entry] + 1))))
        {
            throw new InvalidOperationException($"offset {offset} is outside the lines this excerpt kept");
        }

        return entry;
    }

    private int LineOf(int entry) => _lineNumbers is null ? entry : _lineNumbers[entry];

    // The offset where the 0-based line starts.
    private int StartOf(int index)
    {
        if (_lineNumbers is null)
        {
            return _lineStarts[index];
        }

        var entry = Array.BinarySearch(_lineNumbers, index);
        return entry >= 0 ? _lineStarts[entry] : throw new InvalidOperationException($"line {index + 1} is outside the lines this excerpt kept");
    }

    /// <summary>The text of the 1-based line without its line break.</summary>
    public string GetLineText(int line) => GetLineSpan(line).ToString();

    /// <summary>The text of the 1-based line as a span, without its line break.</summary>
    public ReadOnlySpan<char> GetLineSpan(int line) => Slice(GetLineStart(line), GetLineEnd(line));

    /// <summary>The text from offset <paramref name="start"/> up to <paramref name="end"/>; on an excerpt, within kept lines.</summary>
    public ReadOnlySpan<char> Slice(int start, int end)
    {
        if (_pieceStarts is null)
        {
            return _text.AsSpan(start, end - start);
        }

        var i = Array.BinarySearch(_pieceStarts, start);
        i = i >= 0 ? i : ~i - 1;
        if (i < 0 || end > _pieceEnds![i] || start > end)
        {
            throw new InvalidOperationException($"offsets {start}..{end} are outside the lines this excerpt kept");
        }

        return _text.AsSpan(_pieceAt![i] + start - _pieceStarts[i], end - start);
    }

    /// <summary>
    /// A copy that keeps only the given 1-based line ranges (merged where they touch), with the starts of those lines
    /// and of the line after each run: what a report needs of a file with findings, without holding every such file,
    /// or its whole line table, for the rest of the run. Positions, line starts and slices work within the kept lines
    /// and throw outside them.
    /// </summary>
    public SourceText Excerpt(IEnumerable<(int First, int Last)> lines)
    {
        if (_pieceStarts is not null)
        {
            throw new InvalidOperationException("an excerpt cannot be cut again");
        }

        var ranges = new List<(int First, int Last)>();
        foreach (var (first, last) in lines)
        {
            var range = (First: Math.Clamp(first, 1, _lineCount), Last: Math.Clamp(last, 1, _lineCount));
            if (range.First <= range.Last)
            {
                ranges.Add(range);
            }
        }

        ranges.Sort();
        var merged = new List<(int First, int Last)>(ranges.Count);
        var keptLength = 0;
        var entries = 0;
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                var previous = merged[^1];
                if (range.Last > previous.Last)
                {
                    keptLength += GetNextLineStart(range.Last) - GetNextLineStart(previous.Last);
                    entries += range.Last - previous.Last;
                    merged[^1] = (previous.First, range.Last);
                }
            }
            else
            {
                merged.Add(range);
                keptLength += GetNextLineStart(range.Last) - _lineStarts[range.First - 1];
                entries += range.Last - range.First + 2;
            }
        }

        var lineStarts = new List<int>(entries);
        var lineNumbers = new List<int>(entries);
        var starts = new int[merged.Count];
        var ends = new int[merged.Count];
        var at = new int[merged.Count];
        var used = 0;
        for (var i = 0; i < merged.Count; i++)
        {
            var (first, last) = merged[i];
            var afterLast = Math.Min(last, _lineCount - 1); // the line after the run, unless the run ends the file
            for (var index = first - 1; index <= afterLast; index++)
            {
                lineStarts.Add(_lineStarts[index]);
                lineNumbers.Add(index);
            }

            starts[i] = _lineStarts[first - 1];
            ends[i] = GetNextLineStart(last);
            at[i] = used;
            used += ends[i] - starts[i];
        }

        var kept = string.Create(keptLength, (_text, starts, ends, at), static (span, s) =>
        {
            for (var i = 0; i < s.starts.Length; i++)
            {
                s._text.AsSpan(s.starts[i], s.ends[i] - s.starts[i]).CopyTo(span[s.at[i]..]);
            }
        });
        return new SourceText(this, kept, lineStarts.ToArray(), lineNumbers.ToArray(), starts, ends, at);
    }

    /// <summary>The line break the file uses most ("\n" when it has none).</summary>
    public string DominantLineEnding
    {
        get
        {
            int lf = 0, crlf = 0, cr = 0;
            var t = Text;
            for (var i = 0; i < t.Length; i++)
            {
                if (t[i] == '\r')
                {
                    if (i + 1 < t.Length && t[i + 1] == '\n') { crlf++; i++; }
                    else { cr++; }
                }
                else if (t[i] == '\n')
                {
                    lf++;
                }
            }

            return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
        }
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 32)) { 0 };
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            var rel = span[i..].IndexOfAny('\r', '\n');
            if (rel < 0)
            {
                break;
            }

            i += rel;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            i++;
            starts.Add(i);
        }

        return starts.ToArray();
    }
}
