using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Rules.FrontMatter;

/// <summary>Reports front matter that is not valid YAML, with a hint for the usual causes. Docs: PL103FrontMatterInvalidYaml.md.</summary>
public sealed partial class PL103FrontMatterInvalidYaml : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL103", "front-matter-invalid-yaml", "Front matter is not valid YAML",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "front matter가 올바른 YAML이 아닙니다" };

    // The parser's own message ({reason}) stays as the parser wrote it, in English.
    private static readonly Message InvalidOther = new("invalid {syntax} in front matter: {reason}", "front matter의 {syntax} 문법 오류입니다: {reason}");

    private static readonly Message InvalidYaml = new("invalid YAML in front matter: {reason}", "front matter의 YAML 문법 오류입니다: {reason}");

    private static readonly Message InvalidYamlHint = new("invalid YAML in front matter: {reason}; {hint}", "front matter의 YAML 문법 오류입니다: {reason}. {hint}");

    private static readonly Message ConflictHint = new("resolve the merge conflict left in the front matter", "front matter에 남은 병합 충돌을 해결하세요");

    private static readonly Message TabHint = new(
        "indent with spaces: YAML does not allow tabs in indentation",
        "공백으로 들여쓰세요. YAML은 들여쓰기에 탭을 허용하지 않습니다");

    private static readonly Message BlankTabHint = new(
        "delete the tab on this blank line: YAML does not allow it after a plain value",
        "이 빈 줄의 탭을 지우세요. YAML은 따옴표 없는 값 뒤에 탭만 있는 줄을 허용하지 않습니다");

    private static readonly Message LiquidHint = new("put a value that starts with a Liquid tag in quotes", "Liquid 태그로 시작하는 값은 따옴표로 감싸세요");

    private static readonly Message IndicatorHint = new("put a value that starts with '{indicator}' in quotes", "'{indicator}' 문자로 시작하는 값은 따옴표로 감싸세요");

    private static readonly Message UnclosedQuoteHint = new("the quote is never closed", "따옴표가 닫히지 않았습니다");

    private static readonly Message ApostropheHint = new(
        "an apostrophe ends a single-quoted value; use double quotes",
        "작은따옴표로 감싼 값은 아포스트로피(')에서 끝납니다. 큰따옴표를 쓰세요");

    private static readonly Message AfterQuoteHint = new(
        "text follows the closing quote; quote the whole value",
        "닫는 따옴표 뒤에 텍스트가 있습니다. 값 전체를 따옴표로 감싸세요");

    private static readonly Message ColonHint = new("a value containing ': ' must be in quotes", "콜론과 공백(': ')이 들어간 값은 따옴표로 감싸야 합니다");

    private static readonly Message HintWithExample = new("{hint}: {lead} {quoted}", "{hint}: {lead} {quoted}");

    /// <summary>Longest value quoted back in a hint; longer ones get the hint without the example.</summary>
    private const int MaxExampleLength = 80;

    // `key: value` or `- key: value`; the key may be quoted.
    [GeneratedRegex(@"^(?<lead>[ \t]*(?:-[ \t]+)?)(?<key>""[^""]*""|'[^']*'|[^\s:#'""\-][^:#]*?)[ \t]*:[ \t]+(?<value>\S.*?)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    // `- value`, an item of a block sequence.
    [GeneratedRegex(@"^[ \t]*-[ \t]+(?<value>\S.*?)[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SequenceItem();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter is not { Error: { } error } fm)
        {
            return;
        }

        if (fm.Kind != FrontMatterKind.Yaml)
        {
            // The TOML and JSON readers say what to write instead themselves.
            var at = Math.Clamp(error.Offset, fm.Content.Start, Math.Max(fm.Content.Start, fm.Content.End));
            var to = error.Length > 0 ? Math.Min(at + error.Length, fm.Content.End) : Math.Max(at, post.Source.GetLineEnd(post.Source.GetPosition(at).Line));
            context.Report(new TextRange(at, to), InvalidOther.With(fm.Syntax, (object?)error.Text ?? error.Message));
            return;
        }

        var source = post.Source;
        var offset = Math.Clamp(error.Offset, fm.Content.Start, Math.Max(fm.Content.Start, fm.Content.End));
        var line = source.GetPosition(offset).Line;
        var range = new TextRange(offset, Math.Max(offset, source.GetLineEnd(line)));
        // PostLint's own reasons (limits, an unknown alias) are in the catalog; YamlDotNet's stay as it wrote them.
        var reason = (object?)error.Text ?? Clean(error.Message);
        Localized? hint = null;

        var firstLine = source.GetPosition(fm.Content.Start).Line;
        var lastLine = fm.Content.End > fm.Content.Start ? source.GetPosition(fm.Content.End - 1).Line : firstLine - 1;
        if (error.IsLimit)
        {
            range = error.Length > 0 ? new TextRange(offset, Math.Min(offset + error.Length, fm.Content.End)) : range;
        }
        else if (FindConflictMarker(source, firstLine, lastLine) is { } marker)
        {
            range = marker;
            hint = ConflictHint.With();
        }
        else if (error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindTabIndent(source, firstLine, lastLine, line) is { } tab)
        {
            range = tab.Range;
            hint = tab.OnBlankLine ? BlankTabHint.With() : TabHint.With();
        }
        else if (KeyValue().Match(source.GetLineText(line)) is { Success: true } kv)
        {
            hint = ValueHint(kv.Groups["key"].Value + ":", kv.Groups["value"].Value);
            range = hint is null ? range : ValueRange(source, line, kv.Groups["value"]);
        }
        else if (SequenceItem().Match(source.GetLineText(line)) is { Success: true } item)
        {
            hint = ValueHint("-", item.Groups["value"].Value);
            range = hint is null ? range : ValueRange(source, line, item.Groups["value"]);
        }

        context.Report(range, hint is null ? InvalidYaml.With(reason) : InvalidYamlHint.With(reason, hint));
    }

    private static TextRange ValueRange(SourceText source, int line, Group value)
    {
        var start = source.GetLineStart(line) + value.Index;
        return new TextRange(start, start + value.Length);
    }

    /// <summary>A hint for a value that YAML misreads, with the value written the way that works.</summary>
    /// <param name="lead">What precedes the value in the example: <c>title:</c> or <c>-</c>.</param>
    /// <param name="value">The value as written.</param>
    private static Localized? ValueHint(string lead, string value)
    {
        if (value.StartsWith("{{", StringComparison.Ordinal) || value.StartsWith("{%", StringComparison.Ordinal))
        {
            return WithExample(LiquidHint.With(), lead, DoubleQuoted(value));
        }

        if (value[0] is '@' or '`' or '%' or '*' or '&' or '!')
        {
            return WithExample(IndicatorHint.With(value[..1]), lead, DoubleQuoted(value));
        }

        if (value[0] is '\'' or '"')
        {
            var quote = value[0];
            var close = quote == '"' ? ClosingDoubleQuote(value) : ClosingSingleQuote(value);
            if (close < 0)
            {
                return WithExample(UnclosedQuoteHint.With(), lead, value + quote);
            }

            if (close != value.Length - 1)
            {
                return quote == '\'' && value[^1] == '\''
                    ? WithExample(ApostropheHint.With(), lead, DoubleQuoted(value[1..^1]))
                    : WithExample(AfterQuoteHint.With(), lead, quote == '"' ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : DoubleQuoted(value));
            }
        }

        if (value[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':')))
        {
            return WithExample(ColonHint.With(), lead, DoubleQuoted(value));
        }

        return null;
    }

    /// <summary>The index of the double quote that closes the value, skipping backslash escapes; -1 when none does.</summary>
    private static int ClosingDoubleQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the single quote that closes the value (<c>''</c> is an escaped quote); -1 when none does.</summary>
    private static int ClosingSingleQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '\'')
            {
                if (i + 1 < value.Length && value[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static Localized WithExample(Localized hint, string lead, string quoted) =>
        quoted.Length > MaxExampleLength ? hint : HintWithExample.With(hint, lead, quoted);

    private static string DoubleQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The first <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c> or <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c> line of the front matter.</summary>
    private static TextRange? FindConflictMarker(SourceText source, int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            var text = source.GetLineSpan(line);
            if (text.StartsWith("<<<<<<<") || text.StartsWith(">>>>>>>") || text.TrimEnd(" \t").SequenceEqual("======="))
            {
                return new TextRange(source.GetLineStart(line), source.GetLineEnd(line));
            }
        }

        return null;
    }

    /// <summary>
    /// The first tab in a line's indentation from the error line on; else the first tab on a blank line (only spaces
    /// and tabs), which Psych and YamlDotNet refuse after a plain value (<c>a: 1</c>, a tab-only line, <c>b: 2</c>).
    /// </summary>
    private static (TextRange Range, bool OnBlankLine)? FindTabIndent(SourceText source, int firstLine, int lastLine, int errorLine)
    {
        TextRange? blank = null;
        for (var line = Math.Max(firstLine, errorLine); line <= lastLine; line++)
        {
            var text = source.GetLineSpan(line);
            var indent = text.Length - text.TrimStart(" \t").Length;
            var tab = text[..indent].IndexOf('\t');
            if (tab < 0)
            {
                continue;
            }

            var start = source.GetLineStart(line) + tab;
            if (indent < text.Length)
            {
                return (new TextRange(start, start + 1), false);
            }

            blank ??= new TextRange(start, start + 1);
        }

        return blank is { } b ? (b, true) : null;
    }

    /// <summary>YamlDotNet's message as a clause: lower-case start, no final period, grammar fixed.</summary>
    private static string Clean(string message)
    {
        var text = message.Trim().TrimEnd('.').Replace("that violate indentation", "that violates indentation", StringComparison.Ordinal);
        if (text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return text;
    }
}
