using PostLint.Yaml;

namespace PostLint.Documents;

/// <summary>The syntax a front matter block is written in.</summary>
public enum FrontMatterKind
{
    /// <summary>YAML between <c>---</c> lines (Jekyll, Hugo, Astro).</summary>
    Yaml,

    /// <summary>TOML between <c>+++</c> lines (Hugo).</summary>
    Toml,

    /// <summary>A JSON object at the start of the file (Hugo), up to its closing brace.</summary>
    Json,
}

/// <summary>
/// A front matter block found exactly where its generator finds it: <c>---</c> as the very first line, closed by a
/// <c>---</c> or <c>...</c> line (YAML); <c>+++</c> lines (TOML); a JSON object opening the file (Hugo only). Each is
/// read into the same tree (<see cref="YNode"/>), so rules work on all three. Offsets are file offsets.
/// </summary>
public sealed class FrontMatter
{
    internal FrontMatter(FrontMatterKind kind, TextRange block, TextRange content, bool isClosed, YamlParseResult? yaml)
    {
        Kind = kind;
        Block = block;
        Content = content;
        IsClosed = isClosed;
        Root = yaml?.Root as YMapping;
        RootNode = yaml?.Root;
        Error = yaml?.Error;
    }

    /// <summary>The syntax of the block.</summary>
    public FrontMatterKind Kind { get; }

    /// <summary>The whole block, delimiters included, up to the end of the closing line's break.</summary>
    public TextRange Block { get; }

    /// <summary>The YAML or TOML text between the delimiter lines; for JSON, the object with its braces.</summary>
    public TextRange Content { get; }

    /// <summary>False when the opening <c>---</c> has no closing line (the whole file is then the block).</summary>
    public bool IsClosed { get; }

    /// <summary>The top-level mapping, or null when the YAML is empty, invalid or not a mapping.</summary>
    public YMapping? Root { get; }

    /// <summary>The parsed root node of any kind.</summary>
    public YNode? RootNode { get; }

    /// <summary>The syntax error, if the content did not parse.</summary>
    public YamlError? Error { get; }

    /// <summary>The name of the block's syntax in messages: YAML, TOML or JSON.</summary>
    public string Syntax => Kind switch
    {
        FrontMatterKind.Toml => "TOML",
        FrontMatterKind.Json => "JSON",
        _ => "YAML",
    };

    /// <summary>Finds the front matter at the start of <paramref name="text"/>, or returns null.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="json">Whether a JSON object opening the file is front matter (Hugo reads it; Jekyll does not).</param>
    public static FrontMatter? Find(string text, bool json = false)
    {
        if (json && text.Length > 0 && text[0] == '{')
        {
            return FindJson(text);
        }

        FrontMatterKind kind;
        if (IsDelimiterLine(text, 0, "---", out var contentStart))
        {
            kind = FrontMatterKind.Yaml;
        }
        else if (IsDelimiterLine(text, 0, "+++", out contentStart))
        {
            kind = FrontMatterKind.Toml;
        }
        else
        {
            return null;
        }

        var lineStart = contentStart;
        while (lineStart < text.Length)
        {
            var closer = kind == FrontMatterKind.Yaml ? "---" : "+++";
            if (IsDelimiterLine(text, lineStart, closer, out var after) ||
                (kind == FrontMatterKind.Yaml && IsDelimiterLine(text, lineStart, "...", out after)))
            {
                var yaml = kind == FrontMatterKind.Yaml ? YamlReader.Parse(text, contentStart, lineStart) : TomlReader.Parse(text, contentStart, lineStart);
                return new FrontMatter(kind, new TextRange(0, after), new TextRange(contentStart, lineStart), true, yaml);
            }

            var next = text.AsSpan(lineStart).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next;
            lineStart += text[lineStart] == '\r' && lineStart + 1 < text.Length && text[lineStart + 1] == '\n' ? 2 : 1;
        }

        return new FrontMatter(kind, new TextRange(0, text.Length), new TextRange(contentStart, text.Length), false, null);
    }

    /// <summary>
    /// A JSON object opening the file, as Hugo's page parser reads it: up to the brace that closes the first one
    /// (braces inside strings do not count), then the rest of that line.
    /// </summary>
    private static FrontMatter FindJson(string text)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                var end = i + 1;
                var after = end;
                while (after < text.Length && text[after] is ' ' or '\t')
                {
                    after++;
                }

                after += after < text.Length && text[after] == '\r' ? 1 : 0;
                after += after < text.Length && text[after] == '\n' ? 1 : 0;
                return new FrontMatter(FrontMatterKind.Json, new TextRange(0, after), new TextRange(0, end), true, JsonReader.Parse(text, 0, end));
            }
        }

        return new FrontMatter(FrontMatterKind.Json, new TextRange(0, text.Length), new TextRange(0, text.Length), false, null);
    }

    /// <summary>Whether the line at <paramref name="start"/> is exactly the delimiter plus optional trailing blanks.</summary>
    private static bool IsDelimiterLine(string text, int start, string delimiter, out int nextLineStart)
    {
        nextLineStart = start;
        if (string.CompareOrdinal(text, start, delimiter, 0, 3) != 0 || start + 3 > text.Length)
        {
            return false;
        }

        var i = start + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        if (i == text.Length)
        {
            nextLineStart = i;
            return true;
        }

        if (text[i] == '\n')
        {
            nextLineStart = i + 1;
            return true;
        }

        if (text[i] == '\r')
        {
            nextLineStart = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            return true;
        }

        return false;
    }
}
