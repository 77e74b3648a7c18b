using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Yaml;

/// <summary>A node of a YAML document with its range in the file (not relative to the YAML text).</summary>
public abstract class YNode
{
    /// <summary>The node's range in the file.</summary>
    public TextRange Range { get; internal set; }

    /// <summary>The anchor (<c>&amp;name</c>) set on this node, if any.</summary>
    public string? Anchor { get; internal set; }

    /// <summary>
    /// How many nodes this node stands for once every alias in it is expanded (1 for a scalar), as a generator that
    /// copies aliases (Ruby's Psych, Go's yaml) builds it.
    /// </summary>
    public long ExpandedSize { get; internal set; } = 1;
}

/// <summary>A scalar value as written (no type conversion: YAML is never used to create objects).</summary>
public sealed class YScalar : YNode
{
    internal YScalar(string value, bool isPlain, bool isQuoted)
    {
        Value = value;
        IsPlain = isPlain;
        IsQuoted = isQuoted;
    }

    /// <summary>The scalar's text value.</summary>
    public string Value { get; }

    /// <summary>Whether the scalar was written without quotes or block indicators.</summary>
    public bool IsPlain { get; }

    /// <summary>Whether the scalar was single- or double-quoted.</summary>
    public bool IsQuoted { get; }

    /// <summary>
    /// Whether the value is a TOML date-time literal with a date (<c>date = 2025-03-01T10:20:30+09:00</c>, unquoted in
    /// TOML front matter): the TOML reader reads it as a date, not as text the generator parses.
    /// </summary>
    public bool IsTomlDateTime { get; internal init; }

    /// <summary>Whether a plain scalar is YAML's null (empty, <c>~</c> or <c>null</c>).</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    /// <summary>
    /// The text of <paramref name="node"/> when it is a scalar that is not null, else null (a null scalar, a mapping, a
    /// sequence or no node). Written without a pattern variable, so that the mutants of its conditions compile.
    /// </summary>
    public static string? TextOf(YNode? node)
    {
        var scalar = node as YScalar;
        return scalar is null || scalar.IsNull ? null : scalar.Value;
    }
}

/// <summary>A plain scalar read as a boolean, the way a generator's reader takes it.</summary>
public static class YBoolean
{
    /// <summary>
    /// Whether <paramref name="node"/> is true: with <paramref name="yaml11"/>, as YAML 1.1 readers (Ruby's Psych for
    /// Jekyll, kramdown's options) take it, <c>true</c>, <c>yes</c> or <c>on</c> in any letter case; otherwise
    /// <c>true</c> in any letter case only (TOML, JSON, Hugo's settings).
    /// </summary>
    public static bool IsTrue(YNode? node, bool yaml11) =>
        node is YScalar { IsPlain: true } s && (yaml11 ? s.Value.Trim().ToLowerInvariant() is "true" or "yes" or "on" : s.Value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="node"/> is false, read as <see cref="IsTrue"/> reads true (<c>false</c>; also <c>no</c>, <c>off</c> in YAML 1.1).</summary>
    public static bool IsFalse(YNode? node, bool yaml11) =>
        node is YScalar { IsPlain: true } s && (yaml11 ? s.Value.Trim().ToLowerInvariant() is "false" or "no" or "off" : s.Value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A YAML 1.1 boolean word as the spec writes them (<c>true</c>, <c>yes</c>, <c>on</c> and their false forms, each in
    /// lower, title or upper case; go-yaml v2 also takes <c>y</c>/<c>n</c>), or null.
    /// </summary>
    public static bool? Word(string text) => text switch
    {
        "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" => true,
        "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" => false,
        _ => null,
    };

    /// <summary>
    /// A page's boolean as Hugo 0.111 reads it (<c>draft</c>, <c>published</c>, <c>headless</c>, settings): YAML goes
    /// through go-yaml v2, whose YAML 1.1 words (<c>y</c>, <c>Yes</c>, <c>ON</c>, <c>true</c>, …) are booleans; then
    /// <c>cast.ToBool</c> takes a whole number as true unless it is 0, and any other value, quoted or not, as Go's
    /// <c>strconv.ParseBool</c> does (<c>1</c>, <c>t</c>, <c>T</c>, <c>TRUE</c>, <c>true</c>, <c>True</c> and their false
    /// forms). Null when it is none of these (Hugo leaves the setting as it was).
    /// </summary>
    public static bool? Hugo(YNode? node)
    {
        if (node is not YScalar { IsNull: false } s)
        {
            return null;
        }

        var v = s.Value.Trim();
        if (s.IsPlain)
        {
            if ((v is "y" or "Y" ? true : v is "n" or "N" ? false : Word(v)) is { } word)
            {
                return word;
            }

            if (long.TryParse(v, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return number != 0;
            }
        }

        return v switch
        {
            "1" or "t" or "T" or "TRUE" or "true" or "True" => true,
            "0" or "f" or "F" or "FALSE" or "false" or "False" => false,
            _ => null,
        };
    }
}

/// <summary>One key and value of a mapping, in source order.</summary>
public sealed record YEntry(YNode Key, YNode Value)
{
    /// <summary>The key as text when it is a scalar, else null.</summary>
    public string? KeyText => (Key as YScalar)?.Value;
}

/// <summary>A mapping, keeping every entry in source order (duplicates included, so rules can report them).</summary>
public sealed class YMapping : YNode
{
    /// <summary>The entries in source order.</summary>
    public List<YEntry> Entries { get; } = [];

    /// <summary>The first entry whose scalar key equals <paramref name="key"/> (by <paramref name="comparer"/>, else exactly).</summary>
    public YEntry? Find(string key, StringComparer? comparer = null)
    {
        foreach (var e in Entries)
        {
            if (e.Key is YScalar s && (comparer?.Equals(s.Value, key) ?? s.Value == key))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The value of the first entry with <paramref name="key"/>.</summary>
    public YNode? Get(string key) => Find(key)?.Value;

    /// <summary>Follows a dotted path such as <c>header.teaser</c> through nested mappings (keys by <paramref name="comparer"/>, else exactly).</summary>
    public YEntry? FindPath(string dottedPath, StringComparer? comparer = null) =>
        dottedPath.Contains('.', StringComparison.Ordinal) ? FindPath(dottedPath.Split('.'), comparer) : Find(dottedPath, comparer);

    /// <summary>Follows a path of keys (<c>header</c>, <c>teaser</c>) through nested mappings (keys by <paramref name="comparer"/>, else exactly).</summary>
    public YEntry? FindPath(IReadOnlyList<string> path, StringComparer? comparer = null)
    {
        var mapping = this;
        for (var i = 0; i < path.Count; i++)
        {
            var entry = mapping.Find(path[i], comparer);
            if (entry is null)
            {
                return null;
            }

            if (i == path.Count - 1)
            {
                return entry;
            }

            if (entry.Value is not YMapping next)
            {
                return null;
            }

            mapping = next;
        }

        return null;
    }
}

/// <summary>A sequence of nodes.</summary>
public sealed class YSequence : YNode
{
    /// <summary>The items in source order.</summary>
    public List<YNode> Items { get; } = [];
}

/// <summary>A YAML syntax or limit error at a file offset.</summary>
public sealed record YamlError(int Offset, string Message)
{
    /// <summary>The message in every language, when it is PostLint's own (the TOML and JSON readers); <see cref="Message"/> is its English text.</summary>
    public Localized? Text { get; init; }

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string MessageIn(Language language) => language == Language.English || Text is null ? Message : Text.In(language);

    /// <summary>How many characters the error covers (the alias of an alias bomb), or 0 for the rest of the line.</summary>
    public int Length { get; init; }

    /// <summary>Whether the text is valid but over one of PostLint's limits (depth, aliases, expanded size).</summary>
    public bool IsLimit { get; init; }
}

/// <summary>The outcome of parsing YAML: a root node or an error.</summary>
public sealed record YamlParseResult(YNode? Root, YamlError? Error);
