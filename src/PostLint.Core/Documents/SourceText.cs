using System.Text;

namespace PostLint.Documents;

/// <summary>A 1-based line and column; columns count UTF-16 code units (SARIF's <c>utf16CodeUnits</c>).</summary>
public readonly record struct LinePosition(int Line, int Column);

/// <summary>
/// The decoded text of one file and its line-start table. This is the only place where offsets become
/// 1-based lines and columns. Offsets index <see cref="Text"/>, which excludes a leading byte order mark.
/// LF, CRLF and a lone CR each end a line. After a lint, a file's result keeps an <see cref="Excerpt"/>: the line table
/// and only the lines reporters show.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;
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
    }

    private SourceText(SourceText whole, string kept, int[] starts, int[] ends, int[] at)
    {
        _text = kept;
        _length = whole._length;
        HasBom = whole.HasBom;
        _lineStarts = whole._lineStarts;
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
    public int LineCount => _lineStarts.Length;

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
        var line = GetLineIndex(offset);
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The offset where the 1-based <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];

    /// <summary>The offset just past the last character of the 1-based line, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        var index = Math.Clamp(line - 1, 0, _lineStarts.Length - 1);
        var end = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : _length;
        while (end > _lineStarts[index] && Slice(end - 1, end)[0] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The offset where the line after the 1-based line starts (or the end of the text).</summary>
    public int GetNextLineStart(int line) => line < _lineStarts.Length ? _lineStarts[line] : _length;

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
    /// A copy that keeps the line table and only the given 1-based line ranges (merged where they touch): what a
    /// report needs of a file with findings, without holding every such file whole for the rest of the run.
    /// </summary>
    public SourceText Excerpt(IEnumerable<(int First, int Last)> lines)
    {
        if (_pieceStarts is not null)
        {
            throw new InvalidOperationException("an excerpt cannot be cut again");
        }

        var ranges = lines
            .Select(r => (First: Math.Clamp(r.First, 1, LineCount), Last: Math.Clamp(r.Last, 1, LineCount)))
            .Where(r => r.First <= r.Last)
            .OrderBy(r => r.First)
            .ToList();
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var (first, last) in ranges)
        {
            int start = GetLineStart(first), end = GetNextLineStart(last);
            if (ends.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        var at = new int[starts.Count];
        var kept = new StringBuilder(ends.Select((e, i) => e - starts[i]).Sum());
        for (var i = 0; i < starts.Count; i++)
        {
            at[i] = kept.Length;
            kept.Append(_text, starts[i], ends[i] - starts[i]);
        }

        return new SourceText(this, kept.ToString(), starts.ToArray(), ends.ToArray(), at);
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
