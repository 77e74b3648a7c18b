using PostLint.Yaml;

namespace PostLint.Documents;

/// <summary>The syntax a front matter block is written in.</summary>
public enum FrontMatterKind
{
    /// <summary>YAML between <c>---</c> lines (Jekyll, Hugo, Astro).</summary>
    Yaml,

    /// <summary>TOML between <c>+++</c> lines (Hugo); not parsed.</summary>
    Toml,
}

/// <summary>
/// A front matter block found exactly where Jekyll finds it: <c>---</c> as the very first line, closed by a
/// <c>---</c> or <c>...</c> line. Offsets are file offsets.
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

    /// <summary>The YAML text between the delimiter lines.</summary>
    public TextRange Content { get; }

    /// <summary>False when the opening <c>---</c> has no closing line (the whole file is then the block).</summary>
    public bool IsClosed { get; }

    /// <summary>The top-level mapping, or null when the YAML is empty, invalid or not a mapping.</summary>
    public YMapping? Root { get; }

    /// <summary>The parsed root node of any kind.</summary>
    public YNode? RootNode { get; }

    /// <summary>The YAML error, if the content did not parse.</summary>
    public YamlError? Error { get; }

    /// <summary>Finds the front matter at the start of <paramref name="text"/>, or returns null.</summary>
    public static FrontMatter? Find(string text)
    {
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
                var yaml = kind == FrontMatterKind.Yaml ? YamlReader.Parse(text, contentStart, lineStart) : null;
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
