namespace PostLint.Localization;

/// <summary>
/// The catalog's part for the TOML and JSON front matter readers: why the text is not TOML or JSON and what to write
/// instead. The reasons YamlDotNet and System.Text.Json give in their own words stay English (they are the libraries'
/// text, not PostLint's).
/// </summary>
public static partial class CoreMessages
{
    /// <summary>TOML: <c>[[a</c> without <c>]]</c>.</summary>
    public static readonly Message TomlTableArrayHeader = new("a table array header ends with ']]': [[{key}]]", "표 배열의 머리글은 ']]'로 끝나야 합니다: [[{key}]]");

    /// <summary>TOML: <c>[a</c> without <c>]</c>.</summary>
    public static readonly Message TomlTableHeader = new("a table header ends with ']': [{key}]", "표 머리글은 ']'로 끝나야 합니다: [{key}]");

    /// <summary>TOML: a value then a table array of the same name.</summary>
    public static readonly Message TomlValueThenTableArray = new(
        "'{key}' is already set as a value on line {line}; it cannot also be a table array",
        "'{key}'{은} {line}번 줄에서 이미 값으로 정했습니다. 표 배열로 다시 쓸 수 없습니다");

    /// <summary>TOML: a table defined twice.</summary>
    public static readonly Message TomlTableTwice = new(
        "[{key}] is already defined on line {line}; TOML allows each table once: merge the two",
        "[{key}]{은} {line}번 줄에 이미 있습니다. TOML에서는 표를 한 번만 정의할 수 있으니 둘을 합치세요");

    /// <summary>TOML: YAML's colon.</summary>
    public static readonly Message TomlColon = new(
        "TOML writes 'key = value', not 'key: value': {key} = {value}",
        "TOML은 'key: value'가 아니라 'key = value'로 씁니다: {key} = {value}");

    /// <summary>TOML: no '=' after a key.</summary>
    public static readonly Message TomlNoEquals = new(
        "expected '=' after the key '{key}'; TOML writes {key} = \"value\"",
        "키 '{key}' 뒤에 '='를 쓰세요. TOML은 {key} = \"value\"처럼 씁니다");

    /// <summary>TOML: a value then keys under the same name.</summary>
    public static readonly Message TomlValueThenKeys = new(
        "'{key}' is already set to a value on line {line}; it cannot also hold keys",
        "'{key}'{은} {line}번 줄에서 이미 값으로 정했습니다. 그 아래에 키를 둘 수 없습니다");

    /// <summary>TOML: '=' with no key.</summary>
    public static readonly Message TomlKeyMissing = new("a key is missing before '='", "'=' 앞에 키가 없습니다");

    /// <summary>TOML: a key that needs quotes.</summary>
    public static readonly Message TomlKeyStart = new(
        "'{character}' cannot start a key; put the key in quotes: \"{key}\" = ...",
        "키는 '{character}'{으로} 시작할 수 없습니다. 키를 따옴표로 감싸세요: \"{key}\" = ...");

    /// <summary>TOML: 'key =' and nothing.</summary>
    public static readonly Message TomlValueMissing = new(
        "the value of '{key}' is missing; write {key} = \"\" for an empty text",
        "'{key}'의 값이 없습니다. 빈 텍스트라면 {key} = \"\"처럼 쓰세요");

    /// <summary>TOML: a time without seconds.</summary>
    public static readonly Message TomlTimeSeconds = new("a TOML time needs seconds: {key} = {value}", "TOML 시각에는 초가 있어야 합니다: {key} = {value}");

    /// <summary>TOML: a date or time the calendar does not have (go-toml, Hugo's reader, stops the build on it).</summary>
    public static readonly Message TomlImpossibleDate = new(
        "{key} = {value} is not a real date or time ({reason}); TOML readers stop here, Hugo's build fails",
        "{key} = {value}{은} 실제로 없는 날짜나 시각입니다({reason}). TOML 읽기가 여기서 멈추고 Hugo 빌드가 실패합니다");

    /// <summary>Reason: a month outside 1 to 12.</summary>
    public static readonly Message TomlNoMonth = new("there is no month {month}", "{month}월은 없습니다");

    /// <summary>Reason: a day past the month's end.</summary>
    public static readonly Message TomlMonthDays = new("month {month} of {year} has {days} days", "{year}년 {month}월은 {days}일까지입니다");

    /// <summary>Reason: an hour, minute, second or offset out of range.</summary>
    public static readonly Message TomlTimeRange = new("{part} goes up to {max}", "{part}{은} {max}까지입니다");

    /// <summary>Parts of a TOML time, for <see cref="TomlTimeRange"/>.</summary>
    public static readonly Message TomlHour = new("the hour", "시");

    /// <summary>Parts of a TOML time, for <see cref="TomlTimeRange"/>.</summary>
    public static readonly Message TomlMinute = new("the minute", "분");

    /// <summary>Parts of a TOML time, for <see cref="TomlTimeRange"/>.</summary>
    public static readonly Message TomlSecond = new("the second", "초");

    /// <summary>Parts of a TOML time, for <see cref="TomlTimeRange"/>.</summary>
    public static readonly Message TomlOffset = new("the offset", "시간대 차이");

    /// <summary>TOML: True, yes, on.</summary>
    public static readonly Message TomlBoolean = new(
        "TOML's booleans are lowercase true and false: {key} = {value}",
        "TOML의 불리언은 소문자 true와 false입니다: {key} = {value}");

    /// <summary>TOML: bare text.</summary>
    public static readonly Message TomlUnquoted = new("text must be in quotes in TOML: {key} = {value}", "TOML에서는 텍스트를 따옴표로 감싸야 합니다: {key} = {value}");

    /// <summary>TOML: an array without ']'.</summary>
    public static readonly Message TomlArrayNotClosed = new("the array of '{key}' is never closed with ']'", "'{key}'의 배열을 ']'로 닫지 않았습니다");

    /// <summary>TOML: something else than ',' or ']' in an array.</summary>
    public static readonly Message TomlArrayComma = new(
        "expected ',' or ']' in the array of '{key}', found '{character}'",
        "'{key}'의 배열에는 ',' 또는 ']'가 와야 하는데 '{character}'{이} 있습니다");

    /// <summary>TOML: no '=' in an inline table.</summary>
    public static readonly Message TomlInlineEquals = new(
        "expected '=' after '{key}' in an inline table: { {key} = \"value\" }",
        "인라인 표에서는 '{key}' 뒤에 '='를 쓰세요: { {key} = \"value\" }");

    /// <summary>TOML: an inline table over several lines.</summary>
    public static readonly Message TomlInlineOneLine = new(
        "an inline table stays on one line; close '{key}' with '}' or use a [{key}] table",
        "인라인 표는 한 줄에 써야 합니다. '{key}'{을} '}'로 닫거나 [{key}] 표를 쓰세요");

    /// <summary>TOML: something else than ',' or '}' in an inline table.</summary>
    public static readonly Message TomlInlineComma = new(
        "expected ',' or '}' in the inline table of '{key}'",
        "'{key}'의 인라인 표에는 ',' 또는 '}'가 와야 합니다");

    /// <summary>TOML: a comma before '}'.</summary>
    public static readonly Message TomlInlineTrailingComma = new(
        "an inline table cannot end with a comma; remove it",
        "인라인 표는 쉼표로 끝날 수 없습니다. 쉼표를 지우세요");

    /// <summary>TOML: over the depth limit.</summary>
    public static readonly Message TomlTooDeep = new("TOML is nested deeper than {max} levels", "TOML이 {max}단계보다 깊게 중첩되어 있습니다");

    /// <summary>TOML: """ not closed.</summary>
    public static readonly Message TomlMultiLineNotClosed = new("the text opened with \"\"\" is never closed", "\"\"\"로 연 텍스트를 닫지 않았습니다");

    /// <summary>TOML: " not closed.</summary>
    public static readonly Message TomlQuoteNotClosed = new(
        "the quote is never closed; end the text with \" on the same line",
        "따옴표를 닫지 않았습니다. 같은 줄에서 \"로 텍스트를 끝내세요");

    /// <summary>TOML: a backslash at the end.</summary>
    public static readonly Message TomlBackslashEnd = new(
        "a backslash ends the text; write \\\\ for a backslash",
        "텍스트가 백슬래시로 끝납니다. 백슬래시는 \\\\로 쓰세요");

    /// <summary>TOML: \u or \U with too few digits.</summary>
    public static readonly Message TomlUnicodeEscape = new(
        "\\{escape} needs {length} hex digits of a Unicode scalar value",
        "\\{escape}에는 유니코드 스칼라 값을 나타내는 16진수 {length}자리가 있어야 합니다");

    /// <summary>TOML: an unknown escape.</summary>
    public static readonly Message TomlBadEscape = new(
        "'\\{escape}' is not a TOML escape; write \\\\ for a backslash, or use single quotes for text with backslashes",
        "'\\{escape}'{은} TOML 이스케이프가 아닙니다. 백슬래시는 \\\\로 쓰거나, 백슬래시가 든 텍스트는 작은따옴표로 감싸세요");

    /// <summary>TOML: ''' not closed.</summary>
    public static readonly Message TomlLiteralMultiLineNotClosed = new("the text opened with ''' is never closed", "'''로 연 텍스트를 닫지 않았습니다");

    /// <summary>TOML: ' not closed.</summary>
    public static readonly Message TomlLiteralQuoteNotClosed = new(
        "the quote is never closed; end the text with ' on the same line",
        "따옴표를 닫지 않았습니다. 같은 줄에서 '로 텍스트를 끝내세요");

    /// <summary>TOML: more after a value.</summary>
    public static readonly Message TomlAfterValue = new(
        "'{word}' follows the value; put each key on its own line, and text in quotes",
        "값 뒤에 '{word}'{이} 있습니다. 키는 한 줄에 하나씩 쓰고, 텍스트는 따옴표로 감싸세요");

    /// <summary>JSON: an object not closed.</summary>
    public static readonly Message JsonObjectNotClosed = new("the '{' is never closed; end the object with '}'", "'{'를 닫지 않았습니다. '}'로 객체를 끝내세요");

    /// <summary>JSON: an array not closed.</summary>
    public static readonly Message JsonArrayNotClosed = new("the '[' is never closed; end the array with ']'", "'['를 닫지 않았습니다. ']'로 배열을 끝내세요");

    /// <summary>JSON: a trailing comma.</summary>
    public static readonly Message JsonTrailingComma = new(
        "a comma follows the last item; JSON allows no comma after the last item: remove it",
        "마지막 항목 뒤에 쉼표가 있습니다. JSON은 마지막 항목 뒤의 쉼표를 허용하지 않으니 지우세요");

    /// <summary>JSON: a single-quoted string.</summary>
    public static readonly Message JsonSingleQuote = new(
        "a single quote cannot start a value; JSON strings use double quotes: \"…\"",
        "값은 작은따옴표로 시작할 수 없습니다. JSON 문자열은 큰따옴표로 감싸세요: \"…\"");

    /// <summary>JSON: a missing comma.</summary>
    public static readonly Message JsonMissingComma = new(
        "a ',' is missing between the items; put one after the item before",
        "항목 사이에 ','가 없습니다. 앞 항목 뒤에 넣으세요");

    /// <summary>JSON: a comment.</summary>
    public static readonly Message JsonComment = new(
        "'{character}' cannot start a value; JSON has no comments: remove it",
        "값은 '{character}'{으로} 시작할 수 없습니다. JSON에는 주석이 없으니 지우세요");

    /// <summary>YAML: over the depth limit.</summary>
    public static readonly Message YamlTooDeep = new("YAML is nested deeper than {max} levels", "YAML이 {max}단계보다 깊게 중첩되어 있습니다");

    /// <summary>YAML: over the alias limit.</summary>
    public static readonly Message YamlTooManyAliases = new("YAML uses more than {max} aliases", "YAML에 별칭이 {max}개보다 많습니다");

    /// <summary>YAML: an alias without its anchor.</summary>
    public static readonly Message YamlUnknownAlias = new("alias '*{name}' refers to no anchor", "별칭 '*{name}'{이} 가리키는 앵커가 없습니다");

    /// <summary>YAML: aliases that expand too far; the counts are written with digit grouping.</summary>
    public static readonly Message YamlAliasBomb = new(
        "aliases expand the YAML to more than {max} values ('*{name}' copies {count}); a generator that copies them hangs or runs out of memory: write the values out or use fewer aliases",
        "별칭이 YAML을 값 {max}개보다 많이 펼칩니다('*{name}' 하나가 {count}개를 복사합니다). 이를 복사하는 생성기는 멈추거나 메모리가 부족해집니다. 값을 직접 쓰거나 별칭을 줄이세요");

    /// <summary>YAML: the parser failed without a reason of its own.</summary>
    public static readonly Message YamlUnreadable = new(
        "the YAML could not be read (unclosed bracket or quote?)",
        "YAML을 읽을 수 없습니다(닫히지 않은 괄호나 따옴표가 있는지 확인하세요)");
}
