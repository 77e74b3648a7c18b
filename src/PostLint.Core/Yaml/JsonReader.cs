using System.Text;
using System.Text.Json;
using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Yaml;

/// <summary>
/// Reads JSON (Hugo's <c>{ … }</c> front matter and <c>hugo.json</c>) into the same tree as YAML, with file offsets,
/// using <see cref="Utf8JsonReader"/> (no reflection): a string is a quoted <see cref="YScalar"/>, a number, bool or
/// null a plain one as written. A key set twice is kept twice (the duplicate-key rule reports it).
/// </summary>
public static class JsonReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses the JSON in <paramref name="text"/>[start..end); offsets in the result are offsets into <paramref name="text"/>.</summary>
    public static YamlParseResult Parse(string text, int start, int end)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Substring(start, end - start));
        var offsets = new OffsetMap(text, start, bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var stack = new Stack<YNode>();
        var keys = new Stack<YScalar?>();
        YNode? root = null;
        try
        {
            while (reader.Read())
            {
                var at = offsets.At(reader.TokenStartIndex);
                YNode? node = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        stack.Push(new YMapping { Range = new TextRange(at, at + 1) });
                        keys.Push(null);
                        continue;
                    case JsonTokenType.StartArray:
                        stack.Push(new YSequence { Range = new TextRange(at, at + 1) });
                        keys.Push(null);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        node = stack.Pop();
                        keys.Pop();
                        node.Range = new TextRange(node.Range.Start, at + 1);
                        break;
                    case JsonTokenType.PropertyName:
                        keys.Pop();
                        keys.Push(new YScalar(reader.GetString() ?? "", isPlain: false, isQuoted: true) { Range = new TextRange(at, offsets.At(reader.TokenStartIndex + reader.ValueSpan.Length + 2)) });
                        continue;
                    case JsonTokenType.String:
                        node = new YScalar(reader.GetString() ?? "", isPlain: false, isQuoted: true) { Range = new TextRange(at, offsets.At(reader.TokenStartIndex + reader.ValueSpan.Length + 2)) };
                        break;
                    case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                        var raw = Encoding.UTF8.GetString(reader.ValueSpan);
                        node = new YScalar(raw, isPlain: true, isQuoted: false) { Range = new TextRange(at, at + raw.Length) };
                        break;
                    default:
                        continue;
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
                        map.Entries.Add(new YEntry(keys.Peek()!, node));
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            var offset = offsets.At(Math.Min(reader.BytesConsumed, bytes.Length));
            offset = SkipBlank(text, offset, end);
            if (offset == end && stack.Count > 0)
            {
                // The text ended inside an object or array: name the outermost bracket left open.
                var open = stack.Last();
                var notClosed = (open is YMapping ? CoreMessages.JsonObjectNotClosed : CoreMessages.JsonArrayNotClosed).With();
                return new YamlParseResult(null, new YamlError(open.Range.Start, notClosed.ToString()) { Length = 1, Text = notClosed });
            }

            var message = Explain(text, ref offset, end, ex.Message);
            return new YamlParseResult(null, new YamlError(Math.Min(offset, end), message.ToString() ?? string.Empty) { Length = offset < end ? 1 : 0, Text = message as Localized });
        }

        return new YamlParseResult(root, null);
    }

    private static int SkipBlank(string text, int offset, int end)
    {
        while (offset < end && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return offset;
    }

    /// <summary>
    /// What to write instead (from the catalog) when the mistake is a common one, else the reader's own (English)
    /// message without its position (reported by the caller).
    /// </summary>
    private static object Explain(string text, ref int offset, int end, string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var clean = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        if (clean.Length > 1 && char.IsUpper(clean[0]) && !char.IsUpper(clean[1]))
        {
            clean = char.ToLowerInvariant(clean[0]) + clean[1..];
        }

        var c = offset < end ? text[offset] : '\0';
        var before = offset - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        if (c is '}' or ']' && before >= 0 && text[before] == ',')
        {
            offset = before;
            return CoreMessages.JsonTrailingComma.With();
        }

        if (c == '\'')
        {
            return CoreMessages.JsonSingleQuote.With();
        }

        if (c == '"' && before >= 0 && (text[before] is '"' or '}' or ']' or 'e' or 'l' || char.IsAsciiDigit(text[before])))
        {
            return CoreMessages.JsonMissingComma.With();
        }

        if (c == '/' || c == '#')
        {
            return CoreMessages.JsonComment.With(c.ToString());
        }

        return clean;
    }

    /// <summary>Maps UTF-8 byte offsets of the JSON (read in increasing order) back to file offsets.</summary>
    private sealed class OffsetMap(string text, int origin, byte[] bytes)
    {
        private readonly int _origin = origin;
        private long _byte;
        private int _char = origin;

        public int At(long byteOffset)
        {
            if (byteOffset < _byte)
            {
                _byte = 0;
                _char = _origin;
            }

            _char += Encoding.UTF8.GetCharCount(bytes.AsSpan((int)_byte, (int)(byteOffset - _byte)));
            _byte = byteOffset;
            return Math.Min(_char, text.Length);
        }
    }
}
