using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>
/// Reads a generator config (YAML, TOML or JSON) as leniently as its generator does. What the generator reads but
/// YamlDotNet refuses (<c>avatar: "/x.png"# note</c>, which libyaml, Jekyll's reader, takes as a value and a comment)
/// is read the generator's way; what still cannot be read is left out line by line and each line left out becomes a
/// <see cref="ConfigProblem"/>, so the rest of the config still applies and the user hears what was ignored.
/// </summary>
public static partial class ConfigFile
{
    /// <summary>How many lines are left out before PostLint stops trying (the rest of the file is then ignored).</summary>
    private const int MaxSkippedLines = 8;

    // A quoted value closed and followed at once by '#': libyaml reads the '#' on as a comment.
    [GeneratedRegex(@"^(?<lead>[ \t]*(?:-[ \t]+)?(?:[^\s#'""][^#'""]*?:[ \t]+)?)(?<value>""(?:[^""\\]|\\.)*""|'(?:[^']|'')*')(?<comment>#.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedThenComment();

    /// <summary>The outcome of reading a config.</summary>
    /// <param name="Root">The top-level mapping, or null.</param>
    /// <param name="Problems">What was left out.</param>
    public sealed record Result(YMapping? Root, IReadOnlyList<ConfigProblem> Problems);

    /// <summary>Reads the file at <paramref name="path"/> by its extension; an unreadable file is one problem.</summary>
    public static Result Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Result(null, [ConfigProblem.Of(default, CoreMessages.SiteConfigUnreadable.With(Path.GetFileName(path), ex.Message))]);
        }

        return Parse(text, Path.GetExtension(path).ToLowerInvariant(), Path.GetFileName(path));
    }

    /// <summary>Reads config text in the format of <paramref name="extension"/> (<c>.yml</c>, <c>.toml</c>, <c>.json</c>).</summary>
    public static Result Parse(string text, string extension, string name)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        switch (extension)
        {
            case ".toml":
            case ".json":
            {
                var result = extension == ".toml" ? TomlReader.Parse(text, start, text.Length) : JsonReader.Parse(text, start, text.Length);
                if (result.Error is { } error)
                {
                    return new Result(null, [ConfigProblem.Of(ErrorRange(text, error), CoreMessages.SiteConfigInvalid.With(name, extension[1..].ToUpperInvariant(), (object?)error.Text ?? error.Message))]);
                }

                return new Result(result.Root as YMapping, []);
            }

            default:
                return ParseYaml(text, start, name);
        }
    }

    private static Result ParseYaml(string text, int start, string name)
    {
        var chars = text.ToCharArray();
        var problems = new List<ConfigProblem>();
        var repaired = false;
        for (var attempt = 0; ; attempt++)
        {
            var current = new string(chars);
            var result = YamlReader.Parse(current, start, current.Length);
            if (result.Error is not { } error)
            {
                return new Result(result.Root as YMapping, problems);
            }

            if (!repaired)
            {
                // Read the way libyaml does first; then look at what is still wrong.
                repaired = true;
                if (BlankCommentsAfterQuotes(chars))
                {
                    attempt--;
                    continue;
                }
            }

            var (lineStart, lineEnd) = LineAt(current, Math.Clamp(error.Offset, 0, current.Length));
            if (error.IsLimit || attempt >= MaxSkippedLines || lineEnd <= lineStart || current.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
            {
                problems.Add(ConfigProblem.Of(new TextRange(Math.Min(error.Offset, text.Length), Math.Min(lineEnd, text.Length)), CoreMessages.SiteConfigCutOff.With(name, (object?)error.Text ?? error.Message)));
                return new Result(TryRoot(current, start, lineStart), problems);
            }

            var line = text[lineStart..lineEnd].Trim();
            problems.Add(ConfigProblem.Of(new TextRange(lineStart, lineEnd), CoreMessages.SiteConfigLine.With(name, (object?)error.Text ?? error.Message, Shorten(line))));
            for (var i = lineStart; i < lineEnd; i++)
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>The document read up to <paramref name="cut"/> (what came before a line that cannot be read), or null.</summary>
    private static YMapping? TryRoot(string text, int start, int cut) =>
        cut > start ? YamlReader.Parse(text, start, cut).Root as YMapping : null;

    /// <summary>Blanks each '#' comment that follows a closing quote with no space between, as libyaml reads it.</summary>
    private static bool BlankCommentsAfterQuotes(char[] chars)
    {
        var changed = false;
        var lineStart = 0;
        var text = new string(chars);
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var m = QuotedThenComment().Match(text, lineStart, contentEnd - lineStart);
            if (m.Success)
            {
                var comment = m.Groups["comment"];
                for (var i = comment.Index; i < comment.Index + comment.Length; i++)
                {
                    chars[i] = ' ';
                }

                changed = true;
            }

            lineStart = lineEnd + 1;
        }

        return changed;
    }

    private static (int Start, int End) LineAt(string text, int offset)
    {
        var start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        var end = text.IndexOf('\n', offset);
        end = end < 0 ? text.Length : end;
        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return (start, end);
    }

    private static TextRange ErrorRange(string text, YamlError error)
    {
        var at = Math.Clamp(error.Offset, 0, text.Length);
        var (_, end) = LineAt(text, at);
        return new TextRange(at, error.Length > 0 ? Math.Min(at + error.Length, text.Length) : Math.Max(at, end));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>The value of the first key equal to <paramref name="key"/> ignoring case, as Hugo reads its config keys.</summary>
    public static YNode? GetIgnoringCase(this YMapping mapping, string key)
    {
        foreach (var e in mapping.Entries)
        {
            if (e.Key is YScalar s && string.Equals(s.Value, key, StringComparison.OrdinalIgnoreCase))
            {
                return e.Value;
            }
        }

        return null;
    }
}
