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
                        keys.Push(new YScalar(Unescape(reader.ValueSpan), isPlain: false, isQuoted: true) { Range = new TextRange(at, offsets.At(reader.TokenStartIndex + reader.ValueSpan.Length + 2)) });
                        continue;
                    case JsonTokenType.String:
                        node = new YScalar(Unescape(reader.ValueSpan), isPlain: false, isQuoted: true) { Range = new TextRange(at, offsets.At(reader.TokenStartIndex + reader.ValueSpan.Length + 2)) };
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
                    root = node; // the reader refuses a second top-level value
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
            if (offset == end && stack.Count > 0)
            {
                // The text ended inside an object or array: name the outermost bracket left open.
                var open = stack.Last();
                var notClosed = (open is YMapping ? CoreMessages.JsonObjectNotClosed : CoreMessages.JsonArrayNotClosed).With();
                return new YamlParseResult(null, new YamlError(open.Range.Start, notClosed.ToString()) { Length = 1, Text = notClosed });
            }

            var hint = Hint(text, ref offset, end);
            return new YamlParseResult(null, new YamlError(Math.Min(offset, end), hint?.ToString() ?? ReaderMessage(ex.Message)) { Length = offset < end ? 1 : 0, Text = hint });
        }

        return new YamlParseResult(root, null);
    }

    /// <summary>
    /// The text of a string token. Unescaped here rather than by <see cref="Utf8JsonReader.GetString"/>, which throws on
    /// an escaped lone surrogate (<c>"\ud800"</c>): Go's encoding/json (Hugo) reads one as U+FFFD. The reader has
    /// checked every escape.
    /// </summary>
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var units = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                units.Append(text[i]);
                continue;
            }

            var escaped = text[++i];
            if (escaped == 'u')
            {
                units.Append((char)Convert.ToUInt16(text.Substring(i + 1, 4), 16));
                i += 4;
            }
            else
            {
                units.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
            }
        }

        // A surrogate not paired with the next unit becomes U+FFFD on its way to UTF-8 and back.
        return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(units.ToString()));
    }

    /// <summary>
    /// The reader's own (English) message without its position (reported by the caller), starting lower-case like
    /// PostLint's: each of them starts with a capitalized word or a quote.
    /// </summary>
    private static string ReaderMessage(string message)
    {
        var clean = message.Split(" LineNumber:")[0].TrimEnd('.');
        return char.ToLowerInvariant(clean[0]) + clean[1..];
    }

    /// <summary>What to write instead (from the catalog) when the mistake at <paramref name="offset"/> is a common one.</summary>
    private static Localized? Hint(string text, ref int offset, int end)
    {
        var c = offset < end ? text[offset] : '\0';
        var prior = text.AsSpan(0, offset).TrimEnd(); // the text before the mistake, to its last non-blank character
        if (c is '}' or ']' && prior is [.., ','])
        {
            offset = prior.Length - 1;
            return CoreMessages.JsonTrailingComma.With();
        }

        if (c == '\'')
        {
            return CoreMessages.JsonSingleQuote.With();
        }

        if (c == '"' && prior is [.., var last] && (last is '"' or '}' or ']' or 'e' or 'l' || char.IsAsciiDigit(last)))
        {
            return CoreMessages.JsonMissingComma.With();
        }

        if (c == '/' || c == '#')
        {
            return CoreMessages.JsonComment.With(c.ToString());
        }

        return null;
    }

    /// <summary>Maps UTF-8 byte offsets of the JSON (read in increasing order) back to file offsets.</summary>
    private sealed class OffsetMap(string text, int origin, byte[] bytes)
    {
        private long _byte;
        private int _char = origin;

        public int At(long byteOffset)
        {
            _char += Encoding.UTF8.GetCharCount(bytes.AsSpan((int)_byte, (int)(byteOffset - _byte)));
            _byte = byteOffset;
            return Math.Min(_char, text.Length);
        }
    }
}
