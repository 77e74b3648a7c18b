using System.Text;

namespace PostLint.Rules.Spelling;

/// <summary>
/// The compiled form of a built-in misspelling list: its entries, already expanded from patterns and checked, one per
/// line. Reading it costs a split instead of a YAML parse, which was most of a one-post run's start-up. The files in
/// <c>src/PostLint.Rules/Spelling/Compiled/</c> are written from <c>rules/misspellings/</c> by the test suite
/// (<c>POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test</c>), which fails while one is out of date.
/// </summary>
/// <remarks>
/// A line is <c>LINE TAB FLAGS TAB WRONG TAB EXPECTED TAB NOTE</c>: the entry's line in the list, its flags
/// (<c>c</c> case-sensitive, <c>p</c>/<c>w</c> prefix true/false, <c>a</c> anywhere, <c>n</c> no fix, <c>-</c> none),
/// and its forms and suggestions separated by U+001F. Lines starting with <c>#</c> are comments.
/// </remarks>
public static class CompiledList
{
    private const char Separator = '\u001F';

    /// <summary>Writes <paramref name="list"/>'s entries; <paramref name="origin"/> is the prefix of every entry's origin (<c>rules/misspellings/ko.yml</c>).</summary>
    /// <exception cref="ArgumentException">A value holds a tab, a line break or U+001F, or an origin is not in the list.</exception>
    public static string Write(MisspellingList list, string origin)
    {
        var sb = new StringBuilder();
        sb.Append("# Compiled from ").Append(origin).Append(" by the test suite; do not edit.\n");
        sb.Append("# Rewrite after changing the list: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled\n");
        foreach (var e in list.Entries)
        {
            var line = e.OriginLine;
            if (e.OriginFile != origin || line <= 0)
            {
                throw new ArgumentException($"entry '{e}' comes from '{e.Origin}', not from {origin}", nameof(list));
            }

            sb.Append(line).Append('\t');
            var flags = sb.Length;
            if (e.CaseSensitive) sb.Append('c');
            if (e.Prefix is { } prefix) sb.Append(prefix ? 'p' : 'w');
            if (e.Anywhere) sb.Append('a');
            if (!e.Fixable) sb.Append('n');
            if (sb.Length == flags) sb.Append('-');
            sb.Append('\t');
            Join(sb, e.Wrong);
            sb.Append('\t');
            Join(sb, e.Expected);
            sb.Append('\t');
            Value(sb, e.Note ?? "");
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The text is not a compiled list.</exception>
    public static MisspellingList Read(string displayPath, string text)
    {
        var entries = new List<MisspellingEntry>();
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            line = line.TrimEnd('\r'); // a checkout with CRLF line ends
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            entries.Add(ReadEntry(displayPath, line));
        }

        return new MisspellingList(displayPath, MisspellingListFormat.PostLint, entries);
    }

    /// <summary>Where the entries' lines start in the UTF-8 text of a compiled list (<see cref="Write"/>), in order.</summary>
    public static int[] EntryLines(ReadOnlySpan<byte> text)
    {
        var starts = new List<int>(text.Count((byte)'\n') + 1);
        var at = 0;
        while (at < text.Length)
        {
            var end = text[at..].IndexOf((byte)'\n');
            end = end < 0 ? text.Length : at + end;
            if (end > at && text[at] != '#' && text[at] != '\r')
            {
                starts.Add(at);
            }

            at = end + 1;
        }

        return [.. starts];
    }

    /// <summary>The entry of the line that starts at <paramref name="start"/> in the UTF-8 text of a compiled list (see <see cref="EntryLines"/>).</summary>
    /// <exception cref="FormatException">The line is not a compiled entry.</exception>
    public static MisspellingEntry ReadEntry(string displayPath, ReadOnlySpan<byte> text, int start)
    {
        var line = text[start..];
        var end = line.IndexOf((byte)'\n');
        line = (end < 0 ? line : line[..end]).TrimEnd((byte)'\r');
        return ReadEntry(displayPath, Encoding.UTF8.GetString(line));
    }

    private static MisspellingEntry ReadEntry(string displayPath, ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[6];
        if (line.Split(fields, '\t') != 5 || !int.TryParse(line[fields[0]], out var number))
        {
            throw new FormatException($"{displayPath}: not a compiled misspelling list line: '{line}'");
        }

        var flags = line[fields[1]];
        var note = line[fields[4]];
        return new MisspellingEntry(Split(line[fields[2]]), Split(line[fields[3]]))
        {
            CaseSensitive = flags.Contains('c'),
            Prefix = flags.Contains('p') ? true : flags.Contains('w') ? false : null,
            Anywhere = flags.Contains('a'),
            Fixable = !flags.Contains('n'),
            Note = note.IsEmpty ? null : note.ToString(),
            OriginFile = displayPath,
            OriginLine = number,
        };
    }

    private static string[] Split(ReadOnlySpan<char> joined)
    {
        var result = new string[joined.Count(Separator) + 1];
        var i = 0;
        foreach (var part in joined.Split(Separator))
        {
            result[i++] = joined[part].ToString();
        }

        return result;
    }

    private static void Join(StringBuilder sb, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(Separator);
            }

            Value(sb, values[i]);
        }
    }

    private static void Value(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny("\t\n\r\u001F") >= 0)
        {
            throw new ArgumentException($"'{value}' holds a tab, a line break or U+001F, which a compiled list cannot hold");
        }

        sb.Append(value);
    }
}
