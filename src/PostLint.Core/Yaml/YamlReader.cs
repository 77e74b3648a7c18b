using System.Globalization;
using PostLint.Documents;
using PostLint.Localization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PostLint.Yaml;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's event parser. No reflection, no type activation.
/// Aliases point at the anchored node (never copied), so an alias bomb costs PostLint nothing; but a generator copies
/// each alias (Jekyll hangs on nine aliases of nine), so the size the document expands to is bounded and reported, as
/// are nesting depth and alias count.
/// </summary>
public static class YamlReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most aliases accepted in one document.</summary>
    public const int MaxAliases = 1000;

    /// <summary>
    /// The most nodes a document may expand to once its aliases are copied: far above any front matter or config
    /// (a few hundred nodes), far below what makes a generator hang (nine aliases of nine: 3.5 billion).
    /// </summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>
    /// The most double-quoted scalars and flow collections re-indented in one document (each costs a parse); past it,
    /// YamlDotNet's error stands.
    /// </summary>
    public const int MaxReindentedScalars = 100;

    private const string WrongIndentation = "While scanning a multi-line double-quoted scalar, found wrong indentation";

    /// <summary>Parses the YAML in <paramref name="text"/>[start..end); offsets in the result are offsets into <paramref name="text"/>.</summary>
    /// <remarks>
    /// libyaml (Psych in Jekyll, go-yaml v2 in Hugo) and js-yaml (Astro) put no indentation rule on the continuation
    /// lines of a quoted scalar: <c>excerpt: "a</c> then <c>b"</c> at column 0 reads "a b". YamlDotNet refuses a
    /// double-quoted one whose line is not indented past the block (its single-quoted ones are already lenient). Such
    /// lines are indented past the opening quote and the text is parsed again: leading blanks of a continuation line
    /// are dropped by every reader, so the value is the same, and offsets are mapped back to the original text.
    /// The lines of a flow collection (<c>tags: [a,</c> then <c>b]</c> at column 0) are indented likewise past its
    /// opening bracket: blanks between flow tokens mean nothing to any reader.
    /// </remarks>
    public static YamlParseResult Parse(string text, int start, int end)
    {
        var yaml = text.Substring(start, end - start);
        var shifts = new Shifts();
        for (var attempt = 0; ; attempt++)
        {
            var result = ParseOnce(yaml, start, shifts, out var reopen);
            if (reopen is not { } opener || attempt >= MaxReindentedScalars || Reindent(yaml, opener, shifts) is not { } padded)
            {
                return result;
            }

            yaml = padded;
        }
    }

    /// <param name="reopen">
    /// On an error, where the scalar or collection whose lines may need indenting opens: the quote YamlDotNet found
    /// wrongly indented, else the outermost flow collection still open.
    /// </param>
    private static YamlParseResult ParseOnce(string yaml, int start, Shifts shifts, out int? reopen)
    {
        reopen = null;
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var aliases = 0;
        var stack = new Stack<YNode>();
        var openedAt = new Stack<long>(); // the expanded count when each open collection started
        long expanded = 0;
        var pendingKey = new Stack<YNode?>();
        YNode? root = null;
        var lastGood = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                lastGood = (int)Math.Clamp(ev.End.Index, 0, yaml.Length);
                YNode? node = null;
                switch (ev)
                {
                    case Scalar s:
                        expanded++;
                        node = new YScalar(s.Value, s.Style == ScalarStyle.Plain, s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
                        SetRange(node, s, start, yaml, shifts, s.Anchor.IsEmpty ? null : s.Anchor.Value);
                        break;
                    case MappingStart m:
                        if (stack.Count >= MaxDepth)
                        {
                            return new YamlParseResult(null, Own(start + shifts.Original(m.Start.Index), CoreMessages.YamlTooDeep.With(MaxDepth)) with { IsLimit = true });
                        }

                        var mapping = new YMapping();
                        SetRange(mapping, m, start, yaml, shifts, m.Anchor.IsEmpty ? null : m.Anchor.Value);
                        if (mapping.Anchor is not null)
                        {
                            anchors[mapping.Anchor] = mapping;
                        }

                        stack.Push(mapping);
                        openedAt.Push(expanded++);
                        pendingKey.Push(null);
                        continue;
                    case SequenceStart q:
                        if (stack.Count >= MaxDepth)
                        {
                            return new YamlParseResult(null, Own(start + shifts.Original(q.Start.Index), CoreMessages.YamlTooDeep.With(MaxDepth)) with { IsLimit = true });
                        }

                        var sequence = new YSequence();
                        SetRange(sequence, q, start, yaml, shifts, q.Anchor.IsEmpty ? null : q.Anchor.Value);
                        if (sequence.Anchor is not null)
                        {
                            anchors[sequence.Anchor] = sequence;
                        }

                        stack.Push(sequence);
                        openedAt.Push(expanded++);
                        pendingKey.Push(null);
                        continue;
                    case MappingEnd or SequenceEnd:
                        node = stack.Pop();
                        node.ExpandedSize = expanded - openedAt.Pop();
                        pendingKey.Pop();
                        node.Range = new TextRange(node.Range.Start, start + CollectionEnd(node, yaml, (int)ev.Start.Index, start, shifts));
                        break;
                    case AnchorAlias a:
                        if (++aliases > MaxAliases)
                        {
                            return new YamlParseResult(null, Own(start + shifts.Original(a.Start.Index), CoreMessages.YamlTooManyAliases.With(MaxAliases)) with { IsLimit = true });
                        }

                        if (!anchors.TryGetValue(a.Value.Value, out node))
                        {
                            return new YamlParseResult(null, Own(start + shifts.Original(a.Start.Index), CoreMessages.YamlUnknownAlias.With(a.Value.Value)));
                        }

                        // An alias inside its own anchor counts once (Psych keeps it a cycle): a collection still open has
                        // size 1 until it closes.
                        expanded += node.ExpandedSize;
                        if (expanded > MaxExpandedNodes)
                        {
                            return new YamlParseResult(null, Own(
                                start + shifts.Original(a.Start.Index),
                                CoreMessages.YamlAliasBomb.With(MaxExpandedNodes.ToString("N0", CultureInfo.InvariantCulture), a.Value.Value, node.ExpandedSize.ToString("N0", CultureInfo.InvariantCulture))) with
                            {
                                Length = 1 + a.Value.Value.Length,
                                IsLimit = true,
                            });
                        }

                        break;
                    default:
                        continue;
                }

                if (node is YScalar && node.Anchor is not null)
                {
                    anchors[node.Anchor] = node;
                }

                if (stack.Count == 0)
                {
                    root ??= node;
                    continue;
                }

                switch (stack.Peek())
                {
                    case YSequence seq:
                        seq.Items.Add(node);
                        break;
                    case YMapping map:
                        var key = pendingKey.Pop();
                        if (key is null)
                        {
                            pendingKey.Push(node);
                        }
                        else
                        {
                            map.Entries.Add(new YEntry(key, node));
                            pendingKey.Push(null);
                        }

                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            reopen = ex.Message.StartsWith(WrongIndentation, StringComparison.Ordinal) && ex.Start.Index < yaml.Length && yaml[(int)ex.Start.Index] == '"'
                ? (int)ex.Start.Index
                : OpenFlow(stack, yaml, start, shifts, lastGood);

            var offset = start + shifts.Original(Math.Clamp(ex.Start.Index, 0, yaml.Length));
            return new YamlParseResult(null, new YamlError(offset, CleanMessage(ex.Message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet occasionally fails with a non-YAML exception on malformed input (found by fuzzing), and always
            // on a plain value starting a line of a flow collection at or left of the block's indentation.
            reopen = OpenFlow(stack, yaml, start, shifts, lastGood);
            return new YamlParseResult(null, Own(start + shifts.Original(lastGood), CoreMessages.YamlUnreadable.With()));
        }

        return new YamlParseResult(root, null);
    }

    private static YamlError Own(int offset, Localized message) => new(offset, message.ToString()) { Text = message };

    private static void SetRange(YNode node, ParsingEvent ev, int start, string yaml, Shifts shifts, string? anchor)
    {
        var s = (int)ev.Start.Index;
        var e = (int)ev.End.Index;
        if (anchor is not null && s < yaml.Length && yaml[s] == '&')
        {
            // The event starts at the anchor; point at the value itself (a block collection's starts on the next line).
            s += 1 + anchor.Length;
            while (s < e && (yaml[s] is ' ' or '\t' || (node is not YScalar && yaml[s] is '\r' or '\n')))
            {
                s++;
            }
        }

        node.Range = new TextRange(start + shifts.Original(s), start + shifts.Original(Math.Max(s, e)));
        node.Anchor = anchor;
    }

    /// <summary>
    /// Where a collection ends (relative to the original YAML text): after its closing bracket for flow style, else
    /// after its last item (YamlDotNet places a block collection's end event at the next token, often lines later).
    /// </summary>
    private static int CollectionEnd(YNode node, string yaml, int endEventStart, int start, Shifts shifts)
    {
        var open = shifts.Padded(node.Range.Start - start);
        if (open >= 0 && open < yaml.Length && yaml[open] is '[' or '{')
        {
            var close = yaml[open] == '[' ? ']' : '}';
            var at = yaml.IndexOf(close, Math.Min(Math.Max(endEventStart, open), yaml.Length));
            return shifts.Original(at >= 0 ? at + 1 : Math.Max(open, endEventStart));
        }

        var last = node switch
        {
            YMapping m when m.Entries.Count > 0 => m.Entries[^1].Value.Range.End,
            YSequence q when q.Items.Count > 0 => q.Items[^1].Range.End,
            _ => node.Range.End,
        };
        return Math.Max(node.Range.Start, last) - start;
    }

    /// <summary>
    /// The parsed offset of the bracket opening the outermost flow collection still open, or null. YamlDotNet may fail
    /// before it reports the collection (one that opens a block sequence's item, <c>- [a,</c>): then it is the bracket
    /// that opens the first value after the last event read, past the indicators, brackets and comments YamlDotNet had
    /// not reported yet (right after an event, none of these can be part of a value), if it is one.
    /// </summary>
    private static int? OpenFlow(Stack<YNode> open, string yaml, int start, Shifts shifts, int lastGood)
    {
        int? outermost = null;
        foreach (var node in open) // innermost first
        {
            var at = shifts.Padded(node.Range.Start - start);
            if (at < yaml.Length && yaml[at] is '[' or '{')
            {
                outermost = at;
            }
        }

        var next = lastGood;
        while (outermost is null && next < yaml.Length)
        {
            if (yaml[next] == '#')
            {
                while (next < yaml.Length && !IsBreak(yaml[next]))
                {
                    next++;
                }
            }
            else if (yaml[next] is ' ' or '\t' or ']' or '}' or ',' || IsBreak(yaml[next])
                || (yaml[next] is '-' or '?' or ':' && (next + 1 == yaml.Length || yaml[next + 1] is ' ' or '\t' || IsBreak(yaml[next + 1]))))
            {
                next++;
            }
            else
            {
                break;
            }
        }

        return outermost ?? (next < yaml.Length && yaml[next] is '[' or '{' ? next : null);
    }

    /// <summary>
    /// <paramref name="yaml"/> with the lines of the double-quoted scalar or flow collection opened at
    /// <paramref name="opener"/> indented one column past it (the opener is inside the block, so the lines are then past
    /// its indentation); null when no line needs it, or when a flow collection is never closed or holds a line that
    /// ends the front matter (the error then stands).
    /// </summary>
    private static string? Reindent(string yaml, int opener, Shifts shifts)
    {
        var column = opener - LineStart(yaml, opener);
        var inserts = new List<(int At, int Count)>();
        if (yaml[opener] == '"')
        {
            // Walked to its closing quote, or to a line that ends the document or the end of the text (an error then).
            Quoted(yaml, opener, column, inserts);
        }
        else if (!Flow(yaml, opener, column, inserts))
        {
            return null;
        }

        if (inserts.Count == 0)
        {
            return null;
        }

        var padded = new System.Text.StringBuilder(yaml.Length + (inserts.Count * (column + 1)));
        var originals = inserts.ConvertAll(insert => shifts.Original(insert.At)); // before any of these is recorded
        var from = 0;
        for (var k = 0; k < inserts.Count; k++)
        {
            var (at, count) = inserts[k];
            padded.Append(yaml, from, at - from).Append(' ', count);
            shifts.Add(originals[k], count);
            from = at;
        }

        return padded.Append(yaml, from, yaml.Length - from).ToString();
    }

    /// <summary>
    /// Walks the quoted scalar opened at <paramref name="quote"/>, adding its continuation lines at or left of
    /// <paramref name="column"/> to <paramref name="inserts"/>; returns its closing quote, or -1 at a line that ends
    /// the document (see <see cref="EndsDocument"/>) or at the end of the text.
    /// </summary>
    private static int Quoted(string yaml, int quote, int column, List<(int At, int Count)> inserts)
    {
        var single = yaml[quote] == '\'';
        for (var i = quote + 1; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == yaml[quote])
            {
                if (!single || i + 1 >= yaml.Length || yaml[i + 1] != '\'')
                {
                    return i;
                }

                i++; // '' is a quote in a single-quoted scalar
            }
            else if (!single && c == '\\' && i + 1 < yaml.Length && !IsBreak(yaml[i + 1]))
            {
                i++;
            }
            else if (IsBreak(c) && !NextLine(yaml, ref i, column, inserts, indent: true))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Walks the flow collection opened at <paramref name="open"/> to its closing bracket (false when there is none, or
    /// a line ends the front matter first), adding its lines at or left of <paramref name="column"/> to
    /// <paramref name="inserts"/>, with the quoted scalars inside. A plain value going on at such a line stays as it is:
    /// js-yaml refuses it at or left of the block's indentation (<c>{k: v</c> then <c>w}</c>), as YamlDotNet does.
    /// </summary>
    private static bool Flow(string yaml, int open, int column, List<(int At, int Count)> inserts)
    {
        var depth = 0;
        var afterPlain = false; // the last token is a plain value, which a line at column 0 would go on
        for (var i = open; i < yaml.Length; i++)
        {
            var c = yaml[i];
            switch (c)
            {
                case '[' or '{':
                    depth++;
                    afterPlain = false;
                    break;
                case ']' or '}':
                    if (--depth == 0)
                    {
                        return true;
                    }

                    afterPlain = false;
                    break;
                case ',':
                    afterPlain = false;
                    break;
                case ' ' or '\t':
                    break;
                case '"' or '\'' when !afterPlain:
                    i = Quoted(yaml, i, column, inserts);
                    if (i < 0)
                    {
                        return false;
                    }

                    break;
                case '#' when IsBreak(yaml[i - 1]) || yaml[i - 1] is ' ' or '\t':
                    while (i + 1 < yaml.Length && !IsBreak(yaml[i + 1]))
                    {
                        i++;
                    }

                    break;
                case ':' or '?' when i + 1 == yaml.Length || yaml[i + 1] is ' ' or '\t' || IsBreak(yaml[i + 1]):
                    afterPlain = false;
                    break;
                default:
                    if (IsBreak(c))
                    {
                        var first = i + (c == '\r' && i + 1 < yaml.Length && yaml[i + 1] == '\n' ? 2 : 1);
                        while (first < yaml.Length && yaml[first] is ' ' or '\t')
                        {
                            first++;
                        }

                        var goesOn = afterPlain && (first == yaml.Length || yaml[first] is not (',' or ']' or '}' or '#'));
                        if (!NextLine(yaml, ref i, column, inserts, indent: !goesOn))
                        {
                            return false;
                        }
                    }
                    else
                    {
                        afterPlain = true;
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// At the line break at <paramref name="i"/>: moves <paramref name="i"/> to just before the next line's content and,
    /// when <paramref name="indent"/>, adds that line to <paramref name="inserts"/> if its content is at or left of
    /// <paramref name="column"/> (blank lines stay); false when that line ends the document.
    /// </summary>
    private static bool NextLine(string yaml, ref int i, int column, List<(int At, int Count)> inserts, bool indent)
    {
        if (yaml[i] == '\r' && i + 1 < yaml.Length && yaml[i + 1] == '\n')
        {
            i++;
        }

        var lineStart = i + 1;
        if (EndsDocument(yaml, lineStart))
        {
            return false;
        }

        var content = lineStart;
        while (content < yaml.Length && yaml[content] is ' ' or '\t')
        {
            content++;
        }

        if (indent && content < yaml.Length && !IsBreak(yaml[content]) && content - lineStart <= column)
        {
            inserts.Add((content, column + 1 - (content - lineStart)));
        }

        i = content - 1;
        return true;
    }

    private static int LineStart(string yaml, int index)
    {
        var i = index;
        while (i > 0 && !IsBreak(yaml[i - 1]))
        {
            i--;
        }

        return i;
    }

    // The line breaks of YAML 1.1, which libyaml and YamlDotNet both follow (NEL, LS and PS included).
    private static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Whether the line at <paramref name="lineStart"/> is a document marker (<c>---</c> or <c>...</c> then a blank or
    /// the end: an error inside a scalar or collection for every reader) or starts with <c>---</c> (where Hugo's page
    /// parser and Astro end the front matter) or <c>+++</c> (where Astro ends it): such a value stays an error,
    /// although Psych and js-yaml read <c>"a</c> then <c>---b"</c>.
    /// </summary>
    private static bool EndsDocument(string yaml, int lineStart) =>
        lineStart + 3 <= yaml.Length
        && (string.CompareOrdinal(yaml, lineStart, "---", 0, 3) == 0 || string.CompareOrdinal(yaml, lineStart, "+++", 0, 3) == 0
            || (string.CompareOrdinal(yaml, lineStart, "...", 0, 3) == 0
                && (lineStart + 3 == yaml.Length || yaml[lineStart + 3] is ' ' or '\t' || IsBreak(yaml[lineStart + 3]))));

    // YamlDotNet's messages carry no position (PostLint reports it) but end with a full stop.
    private static string CleanMessage(string message) => message.TrimEnd('.', ' ');

    /// <summary>Spaces inserted into the parsed text, by original offset, to map offsets back and forth.</summary>
    private sealed class Shifts
    {
        private readonly List<(int At, int Count)> _inserts = [];

        /// <summary>Records <paramref name="count"/> spaces inserted before the original character at <paramref name="at"/>.</summary>
        public void Add(int at, int count)
        {
            var i = _inserts.Count;
            while (i > 0 && _inserts[i - 1].At > at)
            {
                i--;
            }

            _inserts.Insert(i, (at, count));
        }

        /// <summary>The original offset of a parsed one; an inserted space maps to the character it was put before.</summary>
        public int Original(long padded)
        {
            var shift = 0;
            foreach (var (at, count) in _inserts)
            {
                if (padded < at + shift)
                {
                    break;
                }

                if (padded < at + shift + count)
                {
                    return at;
                }

                shift += count;
            }

            return (int)padded - shift;
        }

        /// <summary>The parsed offset of an original one.</summary>
        public int Padded(int original)
        {
            var shift = 0;
            foreach (var (at, count) in _inserts)
            {
                if (at > original)
                {
                    break;
                }

                shift += count;
            }

            return original + shift;
        }
    }
}
