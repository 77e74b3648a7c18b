using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Yaml;

/// <summary>
/// Reads TOML 1.0 (Hugo's <c>+++</c> front matter and <c>hugo.toml</c>) into the same tree as YAML, with file offsets:
/// a string is a quoted <see cref="YScalar"/>, a bool, number or date a plain one as written, so every front matter
/// rule reads TOML as it reads YAML. Tables and dotted keys become nested mappings, arrays of tables sequences of
/// mappings. A key set twice is kept twice (the duplicate-key rule reports it); anything else TOML forbids is an error
/// that says what to write instead. Hand-written: a few hundred lines, no reflection, exact offsets.
/// </summary>
public static partial class TomlReader
{
    /// <summary>The deepest nesting of arrays and inline tables accepted.</summary>
    public const int MaxDepth = 64;

    [GeneratedRegex(@"^[+-]?(?:0|[1-9](?:_?[0-9])*)$|^0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*$|^0o[0-7](?:_?[0-7])*$|^0b[01](?:_?[01])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[+-]?(?:(?:0|[1-9](?:_?[0-9])*)(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|nan)$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?)?|[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();

    // A date-time whose time has no seconds (TOML 1.0 needs them): 2024-01-02T10:30 or 2024-01-02 10:30+09:00.
    [GeneratedRegex(@"^(?<head>[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2})(?<tail>[Zz]|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex NoSeconds();

    /// <summary>Parses the TOML in <paramref name="text"/>[start..end); offsets in the result are offsets into <paramref name="text"/>.</summary>
    public static YamlParseResult Parse(string text, int start, int end)
    {
        var parser = new Parser(text, start, end);
        try
        {
            return new YamlParseResult(parser.ParseDocument(), null);
        }
        catch (TomlException ex)
        {
            return new YamlParseResult(null, new YamlError(ex.Offset, ex.Message) { Length = ex.Length, Text = ex.Text });
        }
    }

    private sealed class TomlException(int offset, Localized message, int length = 0) : Exception(message.ToString())
    {
        public Localized Text { get; } = message;

        public int Offset { get; } = offset;

        public int Length { get; } = length;
    }

    private sealed class Parser(string text, int first, int end)
    {
        private readonly HashSet<YMapping> _defined = new(ReferenceEqualityComparer.Instance); // tables given a [header]
        private readonly HashSet<YNode> _sealed = new(ReferenceEqualityComparer.Instance); // inline tables and arrays
        private readonly HashSet<YSequence> _tableArrays = new(ReferenceEqualityComparer.Instance);
        private readonly int _first = first;
        private int _pos = first;
        private int _depth;

        public YMapping ParseDocument()
        {
            var root = new YMapping { Range = new TextRange(_first, end) };
            var table = root;
            while (true)
            {
                SkipBlank();
                if (_pos >= end)
                {
                    return root;
                }

                var c = text[_pos];
                if (c == '\n' || c == '\r')
                {
                    NewLine();
                    continue;
                }

                if (c == '#')
                {
                    SkipComment();
                    continue;
                }

                if (c == '[')
                {
                    table = Header(root);
                }
                else
                {
                    KeyValue(table);
                }

                EndOfLine();
            }
        }

        private YMapping Header(YMapping root)
        {
            var open = _pos;
            var isArray = _pos + 1 < end && text[_pos + 1] == '[';
            _pos += isArray ? 2 : 1;
            SkipBlank();
            var keys = Key();
            SkipBlank();
            if (!Take(']') || (isArray && !Take(']')))
            {
                throw Error(_pos, (isArray ? CoreMessages.TomlTableArrayHeader : CoreMessages.TomlTableHeader).With(Joined(keys)));
            }

            var mapping = Walk(root, keys, keys.Count - 1);
            var last = keys[^1];
            var entry = mapping.Find(last.Value);
            YMapping table;
            if (isArray)
            {
                YSequence array;
                if (entry is null)
                {
                    array = new YSequence { Range = new TextRange(open, _pos) };
                    _tableArrays.Add(array);
                    Add(mapping, last, array);
                }
                else if (entry.Value is YSequence existing && _tableArrays.Contains(existing))
                {
                    array = existing;
                }
                else
                {
                    throw Error(last.Range.Start, CoreMessages.TomlValueThenTableArray.With(Joined(keys), Line(entry.Key.Range.Start)), last.Range.Length);
                }

                table = new YMapping { Range = new TextRange(open, _pos) };
                array.Items.Add(table);
                Extend(array, _pos);
                return table;
            }

            if (entry is null)
            {
                table = new YMapping { Range = new TextRange(open, _pos) };
                Add(mapping, last, table);
            }
            else if (entry.Value is YMapping existing && !_sealed.Contains(existing) && !_defined.Contains(existing))
            {
                table = existing;
            }
            else
            {
                throw Error(last.Range.Start, CoreMessages.TomlTableTwice.With(Joined(keys), Line(entry.Key.Range.Start)), last.Range.Length);
            }

            _defined.Add(table);
            return table;
        }

        private void KeyValue(YMapping table)
        {
            var keyStart = _pos;
            var keys = Key();
            SkipBlank();
            if (!Take('='))
            {
                var rest = text[_pos..LineEndBeforeComment(_pos)].TrimEnd();
                if (rest.StartsWith(':'))
                {
                    throw Error(keyStart, CoreMessages.TomlColon.With(Joined(keys), rest[1..].Trim()), _pos + 1 - keyStart);
                }

                throw Error(_pos, CoreMessages.TomlNoEquals.With(Joined(keys)));
            }

            SkipBlank();
            var value = Value(keys);
            var mapping = Walk(table, keys, keys.Count - 1);
            Add(mapping, keys[^1], value);
        }

        /// <summary>Follows <paramref name="count"/> key parts down from <paramref name="from"/>, creating tables as needed.</summary>
        private YMapping Walk(YMapping from, List<YScalar> keys, int count)
        {
            var mapping = from;
            for (var i = 0; i < count; i++)
            {
                var entry = mapping.Find(keys[i].Value);
                switch (entry?.Value)
                {
                    case null:
                        var created = new YMapping { Range = keys[i].Range };
                        Add(mapping, keys[i], created);
                        mapping = created;
                        break;
                    case YMapping next when !_sealed.Contains(next):
                        mapping = next;
                        break;
                    case YSequence array when _tableArrays.Contains(array) && array.Items.Count > 0:
                        mapping = (YMapping)array.Items[^1];
                        break;
                    default:
                        throw Error(keys[i].Range.Start, CoreMessages.TomlValueThenKeys.With(keys[i].Value, Line(entry!.Key.Range.Start)), keys[i].Range.Length);
                }
            }

            return mapping;
        }

        private static void Add(YMapping mapping, YScalar key, YNode value)
        {
            mapping.Entries.Add(new YEntry(key, value));
            Extend(mapping, value.Range.End);
        }

        private static void Extend(YNode node, int to)
        {
            if (to > node.Range.End)
            {
                node.Range = new TextRange(node.Range.Start, to);
            }
        }

        private List<YScalar> Key()
        {
            var keys = new List<YScalar>();
            while (true)
            {
                var keyStart = _pos;
                if (_pos < end && text[_pos] is '"' or '\'')
                {
                    var quoted = text[_pos] == '"' ? BasicString(multiLine: false) : LiteralString(multiLine: false);
                    keys.Add(new YScalar(quoted, isPlain: false, isQuoted: true) { Range = new TextRange(keyStart, _pos) });
                }
                else
                {
                    while (_pos < end && IsBareKeyChar(text[_pos]))
                    {
                        _pos++;
                    }

                    if (_pos == keyStart)
                    {
                        var rest = RestOfLine(_pos);
                        throw Error(_pos, rest.Length == 0 || rest[0] == '='
                            ? CoreMessages.TomlKeyMissing.With()
                            : CoreMessages.TomlKeyStart.With(rest[0].ToString(), rest.Split('=')[0].Trim()));
                    }

                    keys.Add(new YScalar(text[keyStart.._pos], isPlain: true, isQuoted: false) { Range = new TextRange(keyStart, _pos) });
                }

                SkipBlank();
                if (!Take('.'))
                {
                    return keys;
                }

                SkipBlank();
            }
        }

        private static bool IsBareKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

        private YNode Value(List<YScalar> keys)
        {
            if (_pos >= end || text[_pos] is '\n' or '\r' or '#')
            {
                throw Error(_pos, CoreMessages.TomlValueMissing.With(Joined(keys)));
            }

            var valueStart = _pos;
            switch (text[_pos])
            {
                case '"':
                {
                    var multi = Starts("\"\"\"");
                    var value = BasicString(multi);
                    return new YScalar(value, isPlain: false, isQuoted: true) { Range = new TextRange(valueStart, _pos) };
                }

                case '\'':
                {
                    var multi = Starts("'''");
                    var value = LiteralString(multi);
                    return new YScalar(value, isPlain: false, isQuoted: true) { Range = new TextRange(valueStart, _pos) };
                }

                case '[':
                    return Array(keys);
                case '{':
                    return InlineTable(keys);
            }

            // A bool, number or date-time: read up to the next separator (a date and time may be split by one space).
            while (_pos < end && text[_pos] is not (' ' or '\t' or '\r' or '\n' or ',' or ']' or '}' or '#'))
            {
                _pos++;
            }

            if (_pos + 3 < end && text[_pos] == ' ' && _pos - valueStart == 10 && char.IsAsciiDigit(text[_pos + 1]) && char.IsAsciiDigit(text[_pos + 2]) && text[_pos + 3] == ':')
            {
                _pos++;
                while (_pos < end && text[_pos] is not (' ' or '\t' or '\r' or '\n' or ',' or ']' or '}' or '#'))
                {
                    _pos++;
                }
            }

            var token = text[valueStart.._pos];
            if (token is "true" or "false" || Integer().IsMatch(token) || Float().IsMatch(token) || DateTime().IsMatch(token))
            {
                if (ImpossibleDateTime(token) is { } reason)
                {
                    throw Error(valueStart, CoreMessages.TomlImpossibleDate.With(Joined(keys), token, reason), token.Length);
                }

                return new YScalar(token, isPlain: true, isQuoted: false) { Range = new TextRange(valueStart, _pos), IsTomlDateTime = token.Length >= 10 && token[4] == '-' && DateTime().IsMatch(token) };
            }

            if (NoSeconds().Match(token) is { Success: true } m)
            {
                var tail = m.Groups["tail"].Value;
                if (tail.Length == 5)
                {
                    tail = tail[..3] + ":" + tail[3..];
                }

                throw Error(valueStart, CoreMessages.TomlTimeSeconds.With(Joined(keys), $"{m.Groups["head"].Value}:00{tail}"), token.Length);
            }

            if (token is "True" or "False" or "TRUE" or "FALSE" or "yes" or "no" or "on" or "off")
            {
                throw Error(valueStart, CoreMessages.TomlBoolean.With(Joined(keys), token.ToLowerInvariant() is "true" or "yes" or "on" ? "true" : "false"), token.Length);
            }

            // Anything else is text that needs quotes: quote what is left of the line (or of the item).
            var textEnd = _depth == 0 ? LineEndBeforeComment(valueStart) : _pos;
            var written = text[valueStart..textEnd].TrimEnd();
            throw Error(valueStart, CoreMessages.TomlUnquoted.With(Joined(keys), Quote(written)), written.Length);
        }

        /// <summary>
        /// Why a token of date-time shape names no real date or time, as go-toml (Hugo's TOML reader) checks it: months
        /// 1–12, days to the month's end (29 February in leap years only), hours to 23, minutes to 59, seconds to 60 (a leap
        /// second), offsets to ±23:59. Null for a real one, and for numbers and booleans.
        /// </summary>
        private static Localized? ImpossibleDateTime(string token)
        {
            static int At(string t, int i) => (t[i] - '0') * 10 + t[i + 1] - '0';

            var time = 0;
            if (token.Length >= 10 && token[4] == '-' && token[7] == '-')
            {
                var year = At(token, 0) * 100 + At(token, 2);
                var month = At(token, 5);
                var day = At(token, 8);
                if (month is < 1 or > 12)
                {
                    return CoreMessages.TomlNoMonth.With(month);
                }

                var days = System.DateTime.DaysInMonth(Math.Max(year, 1), month);
                if (day < 1 || day > days)
                {
                    return CoreMessages.TomlMonthDays.With(month, token[..4], days);
                }

                time = token.Length > 10 ? 11 : -1;
            }
            else if (token.Length < 8 || token[2] != ':' || token[5] != ':')
            {
                return null;
            }

            if (time < 0)
            {
                return null;
            }

            if (At(token, time) > 23)
            {
                return CoreMessages.TomlTimeRange.With(CoreMessages.TomlHour.With(), 23);
            }

            if (At(token, time + 3) > 59)
            {
                return CoreMessages.TomlTimeRange.With(CoreMessages.TomlMinute.With(), 59);
            }

            if (At(token, time + 6) > 60)
            {
                return CoreMessages.TomlTimeRange.With(CoreMessages.TomlSecond.With(), 60);
            }

            var sign = token.IndexOfAny(['+', '-'], time);
            if (sign > 0 && token.Length - sign == 6 && (At(token, sign + 1) > 23 || At(token, sign + 4) > 59))
            {
                return CoreMessages.TomlTimeRange.With(CoreMessages.TomlOffset.With(), "±23:59");
            }

            return null;
        }

        private YSequence Array(List<YScalar> keys)
        {
            var open = _pos++;
            Enter(open);
            var array = new YSequence { Range = new TextRange(open, open + 1) };
            while (true)
            {
                SkipBlankLinesAndComments();
                if (_pos >= end)
                {
                    throw Error(open, CoreMessages.TomlArrayNotClosed.With(Joined(keys)), 1);
                }

                if (Take(']'))
                {
                    break;
                }

                array.Items.Add(Value(keys));
                SkipBlankLinesAndComments();
                if (Take(','))
                {
                    continue;
                }

                if (Take(']'))
                {
                    break;
                }

                throw Error(_pos, _pos < end ? CoreMessages.TomlArrayComma.With(Joined(keys), text[_pos].ToString()) : CoreMessages.TomlArrayNotClosed.With(Joined(keys)));
            }

            _depth--;
            array.Range = new TextRange(open, _pos);
            _sealed.Add(array);
            return array;
        }

        private YMapping InlineTable(List<YScalar> keys)
        {
            var open = _pos++;
            Enter(open);
            var table = new YMapping { Range = new TextRange(open, open + 1) };
            SkipBlank();
            if (!Take('}'))
            {
                while (true)
                {
                    SkipBlank();
                    var innerKeys = Key();
                    SkipBlank();
                    if (!Take('='))
                    {
                        throw Error(_pos, CoreMessages.TomlInlineEquals.With(Joined(innerKeys)));
                    }

                    SkipBlank();
                    var value = Value(innerKeys);
                    Add(Walk(table, innerKeys, innerKeys.Count - 1), innerKeys[^1], value);
                    SkipBlank();
                    if (Take('}'))
                    {
                        break;
                    }

                    var comma = _pos;
                    if (!Take(','))
                    {
                        throw Error(_pos, _pos < end && text[_pos] is '\n' or '\r'
                            ? CoreMessages.TomlInlineOneLine.With(Joined(keys))
                            : CoreMessages.TomlInlineComma.With(Joined(keys)));
                    }

                    SkipBlank();
                    if (_pos < end && text[_pos] == '}')
                    {
                        throw Error(comma, CoreMessages.TomlInlineTrailingComma.With(), 1);
                    }
                }
            }

            _depth--;
            table.Range = new TextRange(open, _pos);
            _sealed.Add(table);
            return table;
        }

        private void Enter(int at)
        {
            if (++_depth > MaxDepth)
            {
                throw Error(at, CoreMessages.TomlTooDeep.With(MaxDepth), 1);
            }
        }

        private string BasicString(bool multiLine)
        {
            var open = _pos;
            _pos += multiLine ? 3 : 1;
            if (multiLine)
            {
                SkipOneNewLine();
            }

            var sb = new StringBuilder();
            while (true)
            {
                if (_pos >= end || (!multiLine && text[_pos] is '\n' or '\r'))
                {
                    throw Error(open, (multiLine ? CoreMessages.TomlMultiLineNotClosed : CoreMessages.TomlQuoteNotClosed).With(), 1);
                }

                var c = text[_pos];
                if (c == '"')
                {
                    if (!multiLine)
                    {
                        _pos++;
                        return sb.ToString();
                    }

                    if (Starts("\"\"\""))
                    {
                        // Up to two quotes may sit just before the closing three.
                        var run = 0;
                        while (_pos + run < end && text[_pos + run] == '"')
                        {
                            run++;
                        }

                        if (run >= 3 && run <= 5)
                        {
                            sb.Append('"', run - 3);
                            _pos += run;
                            return sb.ToString();
                        }
                    }

                    sb.Append(c);
                    _pos++;
                    continue;
                }

                if (c == '\\')
                {
                    Escape(sb, multiLine);
                    continue;
                }

                sb.Append(c);
                _pos++;
            }
        }

        private void Escape(StringBuilder sb, bool multiLine)
        {
            var at = _pos++;
            if (_pos >= end)
            {
                throw Error(at, CoreMessages.TomlBackslashEnd.With(), 1);
            }

            var e = text[_pos++];
            switch (e)
            {
                case 'b': sb.Append('\b'); return;
                case 't': sb.Append('\t'); return;
                case 'n': sb.Append('\n'); return;
                case 'f': sb.Append('\f'); return;
                case 'r': sb.Append('\r'); return;
                case 'e': sb.Append('\u001b'); return;
                case '"': sb.Append('"'); return;
                case '\\': sb.Append('\\'); return;
                case 'u' or 'U':
                {
                    var length = e == 'u' ? 4 : 8;
                    if (_pos + length <= end && int.TryParse(text.AsSpan(_pos, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) &&
                        code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
                    {
                        sb.Append(char.ConvertFromUtf32(code));
                        _pos += length;
                        return;
                    }

                    throw Error(at, CoreMessages.TomlUnicodeEscape.With(e.ToString(), length), 2);
                }
            }

            if (multiLine && e is ' ' or '\t' or '\n' or '\r')
            {
                // A line-ending backslash: whitespace and line breaks up to the next text are dropped.
                var p = _pos - 1;
                while (p < end && text[p] is ' ' or '\t')
                {
                    p++;
                }

                if (p < end && text[p] is '\n' or '\r')
                {
                    while (p < end && text[p] is ' ' or '\t' or '\n' or '\r')
                    {
                        p++;
                    }

                    _pos = p;
                    return;
                }
            }

            throw Error(at, CoreMessages.TomlBadEscape.With(e.ToString()), 2);
        }

        private string LiteralString(bool multiLine)
        {
            var open = _pos;
            _pos += multiLine ? 3 : 1;
            if (multiLine)
            {
                SkipOneNewLine();
            }

            var from = _pos;
            while (true)
            {
                if (_pos >= end || (!multiLine && text[_pos] is '\n' or '\r'))
                {
                    throw Error(open, (multiLine ? CoreMessages.TomlLiteralMultiLineNotClosed : CoreMessages.TomlLiteralQuoteNotClosed).With(), 1);
                }

                if (text[_pos] == '\'' && (!multiLine || Starts("'''")))
                {
                    if (!multiLine)
                    {
                        return text[from.._pos++];
                    }

                    var run = 0;
                    while (_pos + run < end && text[_pos + run] == '\'')
                    {
                        run++;
                    }

                    if (run <= 5)
                    {
                        var value = text[from..(_pos + run - 3)];
                        _pos += run;
                        return value;
                    }
                }

                _pos++;
            }
        }

        private void EndOfLine()
        {
            SkipBlank();
            if (_pos >= end)
            {
                return;
            }

            if (text[_pos] == '#')
            {
                SkipComment();
                return;
            }

            if (text[_pos] is '\n' or '\r')
            {
                NewLine();
                return;
            }

            var rest = RestOfLine(_pos);
            throw Error(_pos, CoreMessages.TomlAfterValue.With(rest.Split(' ')[0]), rest.TrimEnd().Length);
        }

        private void SkipBlank()
        {
            while (_pos < end && text[_pos] is ' ' or '\t')
            {
                _pos++;
            }
        }

        private void SkipBlankLinesAndComments()
        {
            while (_pos < end)
            {
                var c = text[_pos];
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    _pos++;
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipComment()
        {
            while (_pos < end && text[_pos] is not ('\n' or '\r'))
            {
                _pos++;
            }
        }

        private void NewLine()
        {
            if (text[_pos] == '\r' && _pos + 1 < end && text[_pos + 1] == '\n')
            {
                _pos++;
            }

            _pos++;
        }

        private void SkipOneNewLine()
        {
            if (_pos < end && text[_pos] is '\n' or '\r')
            {
                NewLine();
            }
        }

        private bool Take(char c)
        {
            if (_pos < end && text[_pos] == c)
            {
                _pos++;
                return true;
            }

            return false;
        }

        private bool Starts(string s) => _pos + s.Length <= end && string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private string RestOfLine(int from)
        {
            var to = from;
            while (to < end && text[to] is not ('\n' or '\r'))
            {
                to++;
            }

            return text[from..to];
        }

        /// <summary>Where the line's text ends, before a <c> #</c> comment.</summary>
        private int LineEndBeforeComment(int from)
        {
            var to = from;
            while (to < end && text[to] is not ('\n' or '\r'))
            {
                if (text[to] == '#' && to > from && text[to - 1] is ' ' or '\t')
                {
                    break;
                }

                to++;
            }

            return to;
        }

        private int Line(int offset)
        {
            var line = 1;
            for (var i = 0; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }

        private static string Joined(List<YScalar> keys) => string.Join('.', keys.Select(k => k.IsQuoted || k.Value.Length == 0 || !k.Value.All(IsBareKeyChar) ? Quote(k.Value) : k.Value));

        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

        private static TomlException Error(int offset, Localized message, int length = 0) => new(offset, message, length);
    }
}
