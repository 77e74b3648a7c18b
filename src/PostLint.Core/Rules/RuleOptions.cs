using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Rules;

/// <summary>A rule's options as written in the config (already checked against the rule's <see cref="OptionSpec"/>s).</summary>
public sealed class RuleOptions
{
    private readonly YMapping? _map;

    /// <summary>Wraps the options mapping (null when the config gives none).</summary>
    public RuleOptions(YMapping? map) => _map = map;

    /// <summary>No options: every getter returns its default.</summary>
    public static RuleOptions Empty { get; } = new(null);

    /// <summary>The raw node of an option, for error positions.</summary>
    public YNode? Node(string name) => _map?.Get(name);

    /// <summary>Whether the option is set.</summary>
    public bool Has(string name) => Node(name) is not null;

    /// <summary>A list of strings; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> GetStringList(string name, IReadOnlyList<string> defaultValue) => Node(name) switch
    {
        YSequence seq => seq.Items.OfType<YScalar>().Select(s => s.Value).ToArray(),
        YScalar { IsNull: false } s => [s.Value],
        _ => defaultValue,
    };

    /// <summary>A string value.</summary>
    public string GetString(string name, string defaultValue) =>
        Node(name) is YScalar { IsNull: false } s ? s.Value : defaultValue;

    /// <summary>A whole number.</summary>
    public int GetInt(string name, int defaultValue) => Node(name) is YScalar s && ParseInt(s.Value) is { } v ? v : defaultValue;

    /// <summary>A boolean, in YAML 1.1's words (<see cref="YBoolean.Word"/>; the config check accepts the same).</summary>
    public bool GetBool(string name, bool defaultValue) => Node(name) is YScalar s && YBoolean.Word(s.Value) is { } v ? v : defaultValue;

    /// <summary>An option's whole number (the config check accepts what this reads), or null.</summary>
    internal static int? ParseInt(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>A problem in a rule's options or data, with the file and position it comes from.</summary>
/// <param name="Path">The file (config, word list or pack).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ConfigError(string Path, int Line, int Column, string Message)
{
    /// <summary>The message in every language, when it comes from the message catalog; <see cref="Message"/> is its English text.</summary>
    public Localized? Text { get; init; }

    /// <summary>Errors are equal when they say the same at the same place; <see cref="Text"/> is the same message in
    /// every language (each read of a config makes its own), so it does not count.</summary>
    public bool Equals(ConfigError? other) =>
        other is not null && Path == other.Path && Line == other.Line && Column == other.Column && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Line, Column, Message);

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string MessageIn(Language language) => language == Language.English || Text is null ? Message : Text.In(language);

    /// <inheritdoc/>
    public override string ToString() => ToString(Language.English);

    /// <summary><c>path:line:col: message</c> (or <c>path: message</c>) with the message in <paramref name="language"/>.</summary>
    public string ToString(Language language)
    {
        var message = MessageIn(language);
        return Line > 0 ? $"{Path}:{Line}:{Column}: {message}" : $"{Path}: {message}";
    }

    /// <summary>An error at a node of a YAML file whose text is <paramref name="source"/>.</summary>
    public static ConfigError At(string path, SourceText source, int offset, string message)
    {
        var p = source.GetPosition(offset);
        return new ConfigError(path, p.Line, p.Column, message);
    }

    /// <summary>An error from the message catalog at a node of a YAML file whose text is <paramref name="source"/>.</summary>
    public static ConfigError At(string path, SourceText source, int offset, Localized message) =>
        At(path, source, offset, message.ToString()) with { Text = message };

    /// <summary>An error from the message catalog at a known position (0 when unknown).</summary>
    public static ConfigError Of(string path, int line, int column, Localized message) =>
        new(path, line, column, message.ToString()) { Text = message };
}

/// <summary>What a rule gets when it prepares for a run.</summary>
public sealed class RuleSetup
{
    private readonly List<ConfigError> _errors;

    internal RuleSetup(RuleDescriptor rule, RuleOptions options, string? configPath, SourceText? configSource, List<ConfigError> errors)
    {
        Rule = rule;
        Options = options;
        ConfigPath = configPath;
        ConfigSource = configSource;
        _errors = errors;
    }

    /// <summary>The rule being prepared.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's options.</summary>
    public RuleOptions Options { get; }

    /// <summary>The config file, if any; relative paths in options resolve against its folder.</summary>
    public string? ConfigPath { get; }

    /// <summary>The config file's text, for positions.</summary>
    public SourceText? ConfigSource { get; }

    /// <summary>The folder relative paths in options resolve against.</summary>
    public string BaseDirectory => ConfigPath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(ConfigPath))!;

    /// <summary>Reports a problem with an option at its node in the config file.</summary>
    public void Error(YNode? node, string message)
    {
        if (ConfigPath is not null && ConfigSource is not null && node is not null)
        {
            _errors.Add(ConfigError.At(ConfigPath, ConfigSource, node.Range.Start, message));
        }
        else
        {
            _errors.Add(new ConfigError(ConfigPath ?? "(defaults)", 0, 0, $"{Rule.Name}: {message}"));
        }
    }

    /// <summary>Reports a problem with an option, in words from the message catalog, at its node in the config file.</summary>
    public void Error(YNode? node, Localized message)
    {
        if (ConfigPath is not null && ConfigSource is not null && node is not null)
        {
            _errors.Add(ConfigError.At(ConfigPath, ConfigSource, node.Range.Start, message));
        }
        else
        {
            _errors.Add(ConfigError.Of(ConfigPath ?? "(defaults)", 0, 0, CoreMessages.RuleOptionError.With(Rule.Name, message)));
        }
    }

    /// <summary>Reports a problem found in a data file (word list, pack) at a position.</summary>
    public void Error(ConfigError error) => _errors.Add(error);
}
