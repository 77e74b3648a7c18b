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

    /// <summary>Parses the YAML in <paramref name="text"/>[start..end); offsets in the result are offsets into <paramref name="text"/>.</summary>
    public static YamlParseResult Parse(string text, int start, int end)
    {
        var yaml = text.Substring(start, end - start);
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
                        SetRange(node, s, start, yaml, s.Anchor.IsEmpty ? null : s.Anchor.Value);
                        break;
                    case MappingStart m:
                        if (stack.Count >= MaxDepth)
                        {
                            return new YamlParseResult(null, Own(start + (int)m.Start.Index, CoreMessages.YamlTooDeep.With(MaxDepth)) with { IsLimit = true });
                        }

                        var mapping = new YMapping();
                        SetRange(mapping, m, start, yaml, m.Anchor.IsEmpty ? null : m.Anchor.Value);
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
                            return new YamlParseResult(null, Own(start + (int)q.Start.Index, CoreMessages.YamlTooDeep.With(MaxDepth)) with { IsLimit = true });
                        }

                        var sequence = new YSequence();
                        SetRange(sequence, q, start, yaml, q.Anchor.IsEmpty ? null : q.Anchor.Value);
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
                        node.Range = new TextRange(node.Range.Start, start + CollectionEnd(node, yaml, (int)ev.Start.Index, start));
                        break;
                    case AnchorAlias a:
                        if (++aliases > MaxAliases)
                        {
                            return new YamlParseResult(null, Own(start + (int)a.Start.Index, CoreMessages.YamlTooManyAliases.With(MaxAliases)) with { IsLimit = true });
                        }

                        if (!anchors.TryGetValue(a.Value.Value, out node))
                        {
                            return new YamlParseResult(null, Own(start + (int)a.Start.Index, CoreMessages.YamlUnknownAlias.With(a.Value.Value)));
                        }

                        // An alias inside its own anchor counts once (Psych keeps it a cycle): a collection still open has
                        // size 1 until it closes.
                        expanded += node.ExpandedSize;
                        if (expanded > MaxExpandedNodes)
                        {
                            return new YamlParseResult(null, Own(
                                start + (int)a.Start.Index,
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
            var offset = start + (int)Math.Clamp(ex.Start.Index, 0, yaml.Length);
            return new YamlParseResult(null, new YamlError(offset, CleanMessage(ex.Message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet occasionally fails with a non-YAML exception on malformed input (found by fuzzing).
            return new YamlParseResult(null, Own(start + lastGood, CoreMessages.YamlUnreadable.With()));
        }

        return new YamlParseResult(root, null);
    }

    private static YamlError Own(int offset, Localized message) => new(offset, message.ToString()) { Text = message };

    private static void SetRange(YNode node, ParsingEvent ev, int start, string yaml, string? anchor)
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

        node.Range = new TextRange(start + s, start + Math.Max(s, e));
        node.Anchor = anchor;
    }

    /// <summary>
    /// Where a collection ends (relative to the YAML text): after its closing bracket for flow style, else after its
    /// last item (YamlDotNet places a block collection's end event at the next token, often lines later).
    /// </summary>
    private static int CollectionEnd(YNode node, string yaml, int endEventStart, int start)
    {
        var open = node.Range.Start - start;
        if (open >= 0 && open < yaml.Length && yaml[open] is '[' or '{')
        {
            var close = yaml[open] == '[' ? ']' : '}';
            var at = yaml.IndexOf(close, Math.Min(Math.Max(endEventStart, open), yaml.Length));
            return at >= 0 ? at + 1 : Math.Max(open, endEventStart);
        }

        var last = node switch
        {
            YMapping m when m.Entries.Count > 0 => m.Entries[^1].Value.Range.End,
            YSequence q when q.Items.Count > 0 => q.Items[^1].Range.End,
            _ => node.Range.End,
        };
        return Math.Max(node.Range.Start, last) - start;
    }

    // YamlDotNet's messages carry no position (PostLint reports it) but end with a full stop.
    private static string CleanMessage(string message) => message.TrimEnd('.', ' ');
}
