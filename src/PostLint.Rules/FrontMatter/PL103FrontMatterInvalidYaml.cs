using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;

namespace PostLint.Rules.FrontMatter;

/// <summary>Reports front matter that is not valid YAML, with a hint for the usual causes. Docs: PL103FrontMatterInvalidYaml.md.</summary>
public sealed partial class PL103FrontMatterInvalidYaml : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL103", "front-matter-invalid-yaml", "Front matter is not valid YAML",
        RuleCategory.FrontMatter, Severity.Error);

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
            context.Report(new TextRange(at, to), $"invalid {fm.Syntax} in front matter: {error.Message}");
            return;
        }

        var source = post.Source;
        var offset = Math.Clamp(error.Offset, fm.Content.Start, Math.Max(fm.Content.Start, fm.Content.End));
        var line = source.GetPosition(offset).Line;
        var range = new TextRange(offset, Math.Max(offset, source.GetLineEnd(line)));
        var message = "invalid YAML in front matter: " + Clean(error.Message);
        string? hint = null;

        var firstLine = source.GetPosition(fm.Content.Start).Line;
        var lastLine = fm.Content.End > fm.Content.Start ? source.GetPosition(fm.Content.End - 1).Line : firstLine - 1;
        if (error.IsLimit)
        {
            range = error.Length > 0 ? new TextRange(offset, Math.Min(offset + error.Length, fm.Content.End)) : range;
        }
        else if (FindConflictMarker(source, firstLine, lastLine) is { } marker)
        {
            range = marker;
            hint = "resolve the merge conflict left in the front matter";
        }
        else if (error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindTabIndent(source, firstLine, lastLine, line) is { } tab)
        {
            range = tab;
            hint = "indent with spaces: YAML does not allow tabs in indentation";
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

        context.Report(range, hint is null ? message : $"{message}; {hint}");
    }

    private static TextRange ValueRange(SourceText source, int line, Group value)
    {
        var start = source.GetLineStart(line) + value.Index;
        return new TextRange(start, start + value.Length);
    }

    /// <summary>A hint for a value that YAML misreads, with the value written the way that works.</summary>
    /// <param name="lead">What precedes the value in the example: <c>title:</c> or <c>-</c>.</param>
    /// <param name="value">The value as written.</param>
    private static string? ValueHint(string lead, string value)
    {
        if (value.StartsWith("{{", StringComparison.Ordinal) || value.StartsWith("{%", StringComparison.Ordinal))
        {
            return WithExample("put a value that starts with a Liquid tag in quotes", lead, DoubleQuoted(value));
        }

        if (value[0] is '@' or '`' or '%' or '*' or '&' or '!')
        {
            return WithExample($"put a value that starts with '{value[0]}' in quotes", lead, DoubleQuoted(value));
        }

        if (value[0] is '\'' or '"')
        {
            var quote = value[0];
            var close = quote == '"' ? ClosingDoubleQuote(value) : ClosingSingleQuote(value);
            if (close < 0)
            {
                return WithExample("the quote is never closed", lead, value + quote);
            }

            if (close != value.Length - 1)
            {
                return quote == '\'' && value[^1] == '\''
                    ? WithExample("an apostrophe ends a single-quoted value; use double quotes", lead, DoubleQuoted(value[1..^1]))
                    : WithExample("text follows the closing quote; quote the whole value", lead, quote == '"' ? "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'" : DoubleQuoted(value));
            }
        }

        if (value[0] is not ('"' or '\'' or '[' or '{' or '|' or '>') && (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':')))
        {
            return WithExample("a value containing ': ' must be in quotes", lead, DoubleQuoted(value));
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

    private static string WithExample(string hint, string lead, string quoted) =>
        quoted.Length > MaxExampleLength ? hint : $"{hint}: {lead} {quoted}";

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

    /// <summary>The first tab in a line's indentation, from the error's line on (YamlDotNet often reports the line before).</summary>
    private static TextRange? FindTabIndent(SourceText source, int firstLine, int lastLine, int errorLine)
    {
        for (var line = Math.Max(firstLine, errorLine); line <= lastLine; line++)
        {
            var text = source.GetLineSpan(line);
            var indent = text.Length - text.TrimStart(" \t").Length;
            var tab = text[..indent].IndexOf('\t');
            if (tab >= 0 && indent < text.Length)
            {
                var start = source.GetLineStart(line) + tab;
                return new TextRange(start, start + 1);
            }
        }

        return null;
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
