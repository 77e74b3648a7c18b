using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// A data pack: one YAML file from <c>rules/</c>, embedded into the tool.
/// Holds the parsed tree and the text, so every problem can be reported at its file, line and column.
/// </summary>
public sealed class Pack
{
    private Pack(string path, SourceText source, YMapping root, bool isBuiltIn = false)
    {
        DisplayPath = path;
        Source = source;
        Root = root;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>Whether the pack is one of the tool's own (<c>rules/</c>), which the test suite checks in full.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>How the pack is named in errors (<c>rules/placeholders/dates.yml</c> or the user's path).</summary>
    public string DisplayPath { get; }

    /// <summary>The pack's text.</summary>
    public SourceText Source { get; }

    /// <summary>The top-level mapping.</summary>
    public YMapping Root { get; }

    /// <summary>
    /// Reads a built-in pack by its path under <c>rules/</c> (e.g. <c>placeholders/dates.yml</c>): its tree from the
    /// snapshot the test suite compiles (<see cref="SnapshotPath"/>), not from a YAML parse.
    /// </summary>
    public static Pack? LoadBuiltIn(string name, RuleSetup setup) => LoadBuiltIn(name, BuiltInSource(name), setup);

    /// <summary>Built-in pack <paramref name="name"/> whose embedded text is <paramref name="source"/>.</summary>
    internal static Pack? LoadBuiltIn(string name, SourceText source, RuleSetup setup)
    {
        if (source.Text.Contains('\r', StringComparison.Ordinal))
        {
            // A checkout with CRLF line ends: the snapshot's offsets are those of the LF text.
            return Parse("rules/" + name, source, setup) is { } parsed ? new Pack(parsed.DisplayPath, source, parsed.Root, isBuiltIn: true) : null;
        }

        return new Pack("rules/" + name, source, BuiltInTree(name), isBuiltIn: true);
    }

    /// <summary>The embedded tree of built-in pack <paramref name="name"/> (<see cref="SnapshotPath"/>).</summary>
    internal static YMapping BuiltInTree(string name) =>
        (YMapping)YamlSnapshot.Read(System.Text.Encoding.UTF8.GetString(EmbeddedData.Bytes("compiled/" + SnapshotPath(name)).Span));

    /// <summary>The text of a built-in pack as embedded (<c>rules/NAME</c>).</summary>
    public static SourceText BuiltInSource(string name) => SourceText.FromBytes(EmbeddedData.Bytes("packs/" + name).Span);

    /// <summary>
    /// Where the tree of built-in pack <paramref name="name"/> is kept, under <c>src/PostLint.Rules/Shared/Compiled/</c>
    /// (<c>placeholders/dates.tree</c>); rewrite it after changing the pack: <c>POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled</c>.
    /// </summary>
    public static string SnapshotPath(string name) => Path.ChangeExtension(name, ".tree");

    /// <summary>Parses pack text.</summary>
    public static Pack? Parse(string displayPath, SourceText source, RuleSetup setup)
    {
        var parsed = YamlReader.Parse(source.Text, 0, source.Length);
        if (parsed.Error is { } e)
        {
            setup.Error(ConfigError.At(displayPath, source, e.Offset, $"invalid YAML: {e.Message}"));
            return null;
        }

        if (parsed.Root is not YMapping root)
        {
            setup.Error(new ConfigError(displayPath, 1, 1, "a pack must be a YAML mapping"));
            return null;
        }

        return new Pack(displayPath, source, root);
    }

    /// <summary>An error at a node of this pack.</summary>
    public ConfigError ErrorAt(YNode node, string message) => ConfigError.At(DisplayPath, Source, node.Range.Start, message);

    /// <summary>A list of strings under <paramref name="key"/>, reporting entries that are not strings.</summary>
    public IReadOnlyList<YScalar> Strings(string key, RuleSetup setup)
    {
        switch (Root.Get(key))
        {
            case null:
                return [];
            case YScalar s:
                return [s];
            case YSequence seq:
                var list = new List<YScalar>();
                foreach (var item in seq.Items)
                {
                    if (item is YScalar s)
                    {
                        list.Add(s);
                    }
                    else
                    {
                        setup.Error(ErrorAt(item, $"'{key}' entries must be strings"));
                    }
                }

                return list;
            case var other:
                setup.Error(ErrorAt(other, $"'{key}' must be a list of strings"));
                return [];
        }
    }
}
