using System.Globalization;
using System.Text;
using PostLint.Documents;

namespace PostLint.Yaml;

/// <summary>
/// A <see cref="YNode"/> tree written as text, one node per line in document order, so that YAML the tool carries
/// (the rules' data packs) is parsed when the tool is built, not at every start: reading a snapshot is a split of
/// lines, where YamlDotNet's scanner was about a tenth of a one-post run. The test suite writes the snapshots and
/// fails while one differs from what its YAML parses to.
/// </summary>
/// <remarks>
/// A line is <c>S START END EXPANDED ANCHOR STYLE VALUE</c> for a scalar (style <c>p</c> plain, <c>q</c> quoted,
/// <c>b</c> block; the value with <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> escaped), or <c>M</c> (mapping) and
/// <c>Q</c> (sequence) <c>START END EXPANDED ANCHOR COUNT</c>, followed by the lines of its entries (key, then value)
/// or items. <c>ANCHOR</c> is <c>-</c> for none. Only trees are written: a node reached twice (an alias) is refused.
/// </remarks>
public static class YamlSnapshot
{
    /// <summary>Writes the tree under <paramref name="root"/>.</summary>
    /// <exception cref="ArgumentException">A node appears twice (an alias), or an anchor holds a space or a line break.</exception>
    public static string Write(YNode root)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        WriteNode(sb, root, seen);
        return sb.ToString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="FormatException">The text is not a snapshot.</exception>
    public static YNode Read(string text)
    {
        var at = 0;
        var root = ReadNode(text, ref at);
        if (at != text.Length)
        {
            throw new FormatException($"a YAML snapshot holds one tree; more follows at offset {at}");
        }

        return root;
    }

    private static void WriteNode(StringBuilder sb, YNode node, HashSet<YNode> seen)
    {
        if (!seen.Add(node))
        {
            throw new ArgumentException("a YAML snapshot holds a tree: an alias cannot be written", nameof(node));
        }

        if (node.Anchor is { } anchor && (anchor.Length == 0 || anchor.AsSpan().IndexOfAny(" \t\r\n") >= 0))
        {
            throw new ArgumentException($"anchor '{anchor}' cannot be written in a YAML snapshot", nameof(node));
        }

        sb.Append(node switch { YScalar => 'S', YMapping => 'M', _ => 'Q' })
            .Append(' ').Append(node.Range.Start.ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(node.Range.End.ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(node.ExpandedSize.ToString(CultureInfo.InvariantCulture))
            .Append(' ').Append(node.Anchor ?? "-")
            .Append(' ');
        switch (node)
        {
            case YScalar s:
                sb.Append(s.IsPlain ? 'p' : s.IsQuoted ? 'q' : 'b').Append(' ');
                foreach (var c in s.Value)
                {
                    _ = c switch
                    {
                        '\\' => sb.Append(@"\\"),
                        '\n' => sb.Append(@"\n"),
                        '\r' => sb.Append(@"\r"),
                        '\t' => sb.Append(@"\t"),
                        _ => sb.Append(c),
                    };
                }

                sb.Append('\n');
                break;
            case YMapping m:
                sb.Append(m.Entries.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                foreach (var entry in m.Entries)
                {
                    WriteNode(sb, entry.Key, seen);
                    WriteNode(sb, entry.Value, seen);
                }

                break;
            case YSequence q:
                sb.Append(q.Items.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                foreach (var item in q.Items)
                {
                    WriteNode(sb, item, seen);
                }

                break;
        }
    }

    private static YNode ReadNode(string text, ref int at)
    {
        var end = text.IndexOf('\n', at);
        if (end < 0)
        {
            throw new FormatException($"a YAML snapshot ends inside a node at offset {at}");
        }

        var line = text.AsSpan(at, end - at);
        at = end + 1;
        Span<Range> fields = stackalloc Range[7];
        var count = line.Split(fields, ' ');
        if (count < 6 || line[fields[0]] is not ("S" or "M" or "Q")
            || !int.TryParse(line[fields[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(line[fields[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var stop)
            || !long.TryParse(line[fields[3]], NumberStyles.None, CultureInfo.InvariantCulture, out var expanded))
        {
            throw new FormatException($"not a YAML snapshot line: '{line}'");
        }

        var anchor = line[fields[4]] is "-" ? null : line[fields[4]].ToString();
        YNode node;
        switch (line[fields[0]][0])
        {
            case 'S':
                var style = line[fields[5]];
                if (count != 7 || style is not ("p" or "q" or "b"))
                {
                    throw new FormatException($"not a YAML snapshot scalar: '{line}'");
                }

                node = new YScalar(Unescape(line[fields[6].Start..]), style is "p", style is "q");
                break;
            case 'M':
                var mapping = new YMapping();
                for (var i = Count(line, fields, count); i > 0; i--)
                {
                    var key = ReadNode(text, ref at);
                    mapping.Entries.Add(new YEntry(key, ReadNode(text, ref at)));
                }

                node = mapping;
                break;
            default:
                var sequence = new YSequence();
                for (var i = Count(line, fields, count); i > 0; i--)
                {
                    sequence.Items.Add(ReadNode(text, ref at));
                }

                node = sequence;
                break;
        }

        node.Range = new TextRange(start, stop);
        node.Anchor = anchor;
        node.ExpandedSize = expanded;
        return node;
    }

    private static int Count(ReadOnlySpan<char> line, Span<Range> fields, int count) =>
        count == 6 && int.TryParse(line[fields[5]], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new FormatException($"not a YAML snapshot collection: '{line}'");

    private static string Unescape(ReadOnlySpan<char> value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value.ToString();
        }

        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                sb.Append(value[i]);
                continue;
            }

            sb.Append(value[++i] switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                var c => c,
            });
        }

        return sb.ToString();
    }
}
