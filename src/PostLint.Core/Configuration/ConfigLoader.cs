using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Yaml;

namespace PostLint.Configuration;

/// <summary>
/// Finds and reads <c>.postlint.yml</c>, validates every key and value with its position, and resolves the run's
/// <see cref="LintSettings"/>: defaults &lt; config file &lt; command line.
/// </summary>
public static class ConfigLoader
{
    /// <summary>The config file's name.</summary>
    public const string FileName = ".postlint.yml";

    /// <summary>The top-level keys the config accepts.</summary>
    public static readonly IReadOnlyList<string> TopLevelKeys = ["rules", "include", "exclude", "max-file-size", "baseline", "lang", "drafts"];

    /// <summary>Finds the config by walking up from <paramref name="startDirectory"/>, stopping at the git work tree's root.</summary>
    public static string? Discover(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (ConfigIn(dir.FullName, out var workTreeRoot) is { } found)
            {
                return found;
            }

            if (workTreeRoot)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// One step of <see cref="Discover"/>: the config in <paramref name="dir"/> itself, or null; when there is none,
    /// <paramref name="workTreeRoot"/> tells whether the folder is a git work tree's root (<c>.git</c>, a folder or a
    /// worktree's file), where the search stops.
    /// </summary>
    internal static string? ConfigIn(string dir, out bool workTreeRoot)
    {
        var candidate = Path.Combine(dir, FileName);
        if (File.Exists(candidate))
        {
            workTreeRoot = false;
            return candidate;
        }

        workTreeRoot = Path.Exists(Path.Combine(dir, ".git"));
        return null;
    }

    /// <summary>
    /// The language a config file's <c>lang:</c> names, or null when it names none or cannot be read (the full load
    /// reports why); read before the command line's help and errors are written.
    /// </summary>
    public static Language? ReadLanguage(string configPath)
    {
        if (!File.Exists(configPath))
        {
            return null;
        }

        var source = SourceText.FromBytes(File.ReadAllBytes(configPath));
        var parsed = YamlReader.Parse(source.Text, 0, source.Length);
        return parsed.Root is YMapping root && root.Get("lang") is YScalar value && Languages.TryParse(value.Value, out var language) ? language : null;
    }

    /// <summary>Reads a config file and resolves the settings. Errors are added to <paramref name="errors"/>.</summary>
    /// <param name="catalog">All rules.</param>
    /// <param name="configPath">The config file, or null for defaults.</param>
    /// <param name="displayPath">How to name the config file in errors.</param>
    /// <param name="select">Command-line <c>--select</c> selectors (null: not given).</param>
    /// <param name="ignore">Command-line <c>--ignore</c> selectors.</param>
    /// <param name="errors">Receives every problem found.</param>
    public static LintSettings Load(
        RuleCatalog catalog,
        string? configPath,
        string? displayPath,
        IReadOnlyList<string>? select,
        IReadOnlyList<string> ignore,
        List<ConfigError> errors)
    {
        displayPath ??= configPath;
        SourceText? source = null;
        YMapping? root = null;
        if (configPath is not null)
        {
            try
            {
                source = SourceText.FromBytes(File.ReadAllBytes(configPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(ConfigError.Of(displayPath!, 0, 0, CoreMessages.ConfigUnreadable.With(ex.Message)));
            }

            if (source is not null)
            {
                var parsed = YamlReader.Parse(source.Text, 0, source.Length);
                if (parsed.Error is { } e)
                {
                    errors.Add(ConfigError.At(displayPath!, source, e.Offset, CoreMessages.ConfigInvalidYaml.With((object?)e.Text ?? e.Message)));
                }
                else if (parsed.Root is YMapping m)
                {
                    root = m;
                }
                else if (parsed.Root is not null && !(parsed.Root is YScalar { IsNull: true }))
                {
                    errors.Add(ConfigError.At(displayPath!, source, parsed.Root.Range.Start, CoreMessages.ConfigNotMapping.With(string.Join(", ", TopLevelKeys))));
                }
            }
        }

        void Error(YNode node, Localized message) => errors.Add(ConfigError.At(displayPath!, source!, node.Range.Start, message));

        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in catalog.Descriptors)
        {
            if (d.EnabledByDefault)
            {
                severities[d.Id] = d.DefaultSeverity;
            }
        }

        var optionNodes = new Dictionary<string, YMapping>(StringComparer.Ordinal);
        IReadOnlyList<string> include = [], exclude = [];
        var maxFileSize = LintSettings.DefaultMaxFileSize;
        string? baseline = null;
        Language? language = null;
        var drafts = false;
        if (root is not null)
        {
            foreach (var entry in root.Entries)
            {
                switch (entry.KeyText)
                {
                    case "rules":
                        ReadRules(catalog, entry.Value, severities, configured, optionNodes, Error);
                        break;
                    case "include":
                        include = ReadStringList(entry.Value, "include", Error);
                        break;
                    case "exclude":
                        exclude = ReadStringList(entry.Value, "exclude", Error);
                        break;
                    case "max-file-size":
                        if (entry.Value is not YScalar sizeNode || ParseSize(sizeNode.Value) is not { } size)
                        {
                            Error(entry.Value, CoreMessages.ConfigMaxFileSize.With());
                        }
                        else
                        {
                            maxFileSize = size;
                        }

                        break;
                    case "baseline":
                        baseline = ReadBaseline(entry.Value, configPath!, Error);
                        break;
                    case "lang":
                        if (entry.Value is not YScalar langNode || !Languages.TryParse(langNode.Value, out var lang))
                        {
                            Error(entry.Value, CoreMessages.ConfigLanguage.With(entry.Value is YScalar v ? v.Value : string.Empty));
                        }
                        else
                        {
                            language = lang;
                        }

                        break;
                    case "drafts":
                        if (YBoolean.IsTrue(entry.Value, yaml11: false))
                        {
                            drafts = true;
                        }
                        else if (!YBoolean.IsFalse(entry.Value, yaml11: false))
                        {
                            Error(entry.Value, CoreMessages.ConfigDrafts.With(entry.Value is YScalar d ? d.Value : string.Empty));
                        }

                        break;
                    default:
                        Error(entry.Key, CoreMessages.ConfigUnknownKey.With(entry.KeyText, string.Join(", ", TopLevelKeys)));
                        break;
                }
            }
        }

        if (select is not null)
        {
            var selected = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (var d in ResolveCli(catalog, select, "--select", errors))
            {
                selected[d.Id] = severities.TryGetValue(d.Id, out var s) ? s : d.DefaultSeverity;
            }

            severities = selected;
        }

        foreach (var d in ResolveCli(catalog, ignore, "--ignore", errors))
        {
            severities.Remove(d.Id);
        }

        var active = new List<ActiveRule>();
        foreach (var rule in catalog.Rules)
        {
            var d = rule.Descriptor;
            if (!severities.TryGetValue(d.Id, out var severity))
            {
                continue;
            }

            var options = new RuleOptions(optionNodes.GetValueOrDefault(d.Id));
            var setup = new RuleSetup(d, options, configPath, source, errors);
            object? state = null;
            try
            {
                state = rule.Prepare(setup);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                setup.Error(null, ex.Message);
                continue;
            }

            active.Add(new ActiveRule(rule, severity, configured.Contains(d.Id), state));
        }

        return new LintSettings
        {
            Catalog = catalog,
            ActiveRules = active,
            Enabled = severities,
            ConfigPath = configPath,
            Include = include,
            Exclude = exclude,
            MaxFileSize = maxFileSize,
            Baseline = baseline,
            Language = language,
            Drafts = drafts,
        };
    }

    /// <summary>Parses <c>10MB</c>, <c>512KB</c>, <c>1GB</c> or a number of bytes; null when invalid.</summary>
    public static long? ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        long factor = 1;
        foreach (var (suffix, f) in new[] { ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = f;
                t = t[..^suffix.Length];
                break;
            }
        }

        return long.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / factor
            ? n * factor
            : null;
    }

    /// <summary>The <c>baseline:</c> path, resolved against the config file's folder.</summary>
    private static string? ReadBaseline(YNode node, string configPath, Action<YNode, Localized> error)
    {
        if (node is YScalar { IsNull: false } s && s.Value.Trim().Length > 0)
        {
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath))!, s.Value.Trim()));
        }

        error(node, CoreMessages.ConfigBaseline.With());
        return null;
    }

    private static void ReadRules(
        RuleCatalog catalog,
        YNode node,
        Dictionary<string, Severity> severities,
        HashSet<string> configured,
        Dictionary<string, YMapping> optionNodes,
        Action<YNode, Localized> error)
    {
        if (node is YScalar { IsNull: true })
        {
            return;
        }

        if (node is not YMapping rules)
        {
            error(node, CoreMessages.ConfigRulesShape.With());
            return;
        }

        // Broad selectors first, specific ones last, so `links: off` + `PL301: error` enables PL301 whatever the order.
        var ordered = rules.Entries
            .Select(e => (Entry: e, Targets: e.KeyText is { } k ? catalog.Resolve(k) : null))
            .OrderBy(t => t.Targets is null ? 0 : t.Targets.Count == 1 && catalog.Find(t.Entry.KeyText!) is not null ? 2 : 1)
            .ToArray();
        foreach (var (entry, targets) in ordered)
        {
            if (targets is null)
            {
                error(entry.Key, catalog.UnknownRuleMessage(entry.KeyText ?? ""));
                continue;
            }

            switch (entry.Value)
            {
                case YScalar scalar:
                    ApplySeverity(scalar, targets, severities, configured, error);
                    break;
                case YMapping map:
                    if (targets.Count != 1)
                    {
                        error(entry.Key, CoreMessages.ConfigOptionsForMany.With(entry.KeyText, targets.Count));
                        continue;
                    }

                    var rule = targets[0];
                    foreach (var option in map.Entries)
                    {
                        if (option.KeyText == "severity")
                        {
                            if (option.Value is YScalar s)
                            {
                                ApplySeverity(s, targets, severities, configured, error);
                            }
                            else
                            {
                                error(option.Value, CoreMessages.ConfigSeverityShape.With());
                            }

                            continue;
                        }

                        var spec = rule.Options.FirstOrDefault(o => o.Name == option.KeyText);
                        if (spec is null)
                        {
                            error(option.Key, rule.Options.Count == 0
                                ? CoreMessages.ConfigUnknownOptionNone.With(option.KeyText, rule.Name)
                                : CoreMessages.ConfigUnknownOption.With(option.KeyText, rule.Name, string.Join(", ", rule.Options.Select(o => o.Name))));
                            continue;
                        }

                        CheckOptionValue(spec, option.Value, error);
                    }

                    if (!map.Entries.Any(e => e.KeyText == "severity") && !severities.ContainsKey(rule.Id))
                    {
                        severities[rule.Id] = rule.DefaultSeverity;
                    }

                    optionNodes[rule.Id] = map;
                    break;
                default:
                    error(entry.Value, CoreMessages.ConfigRuleValue.With());
                    break;
            }
        }
    }

    private static void ApplySeverity(YScalar value, IReadOnlyList<RuleDescriptor> targets, Dictionary<string, Severity> severities, HashSet<string> configured, Action<YNode, Localized> error)
    {
        var text = value.Value.Trim();
        if (text is "off" or "false")
        {
            foreach (var t in targets)
            {
                severities.Remove(t.Id);
            }

            return;
        }

        if (text is "on" or "true")
        {
            foreach (var t in targets)
            {
                severities[t.Id] = t.DefaultSeverity;
            }

            return;
        }

        if (!SeverityNames.TryParse(text, out var severity))
        {
            error(value, CoreMessages.ConfigSeverity.With(value.Value));
            return;
        }

        foreach (var t in targets)
        {
            severities[t.Id] = severity;
            configured.Add(t.Id);
        }
    }

    private static void CheckOptionValue(OptionSpec spec, YNode value, Action<YNode, Localized> error)
    {
        var ok = spec.Kind switch
        {
            OptionKind.StringList => value is YSequence seq ? seq.Items.All(i => i is YScalar) : value is YScalar,
            OptionKind.Integer => value is YScalar s && RuleOptions.ParseInt(s.Value) is not null,
            OptionKind.Boolean => value is YScalar b && YBoolean.Word(b.Value) is not null,
            _ => value is YScalar,
        };
        if (!ok)
        {
            var expected = spec.Kind switch
            {
                OptionKind.StringList => CoreMessages.KindStringList,
                OptionKind.Integer => CoreMessages.KindInteger,
                OptionKind.Boolean => CoreMessages.KindBoolean,
                _ => CoreMessages.KindString,
            };
            error(value, CoreMessages.ConfigOptionType.With(spec.Name, expected.With()));
        }
    }

    private static IReadOnlyList<string> ReadStringList(YNode node, string key, Action<YNode, Localized> error)
    {
        switch (node)
        {
            case YScalar { IsNull: true }:
                return [];
            case YScalar s:
                return [s.Value];
            case YSequence seq when seq.Items.All(i => i is YScalar):
                return seq.Items.Cast<YScalar>().Select(i => i.Value).ToArray();
            default:
                error(node, CoreMessages.ConfigGlobList.With(key));
                return [];
        }
    }

    /// <summary>The path of errors in command-line options: they print as <c>postlint: --select: ...</c>.</summary>
    public const string CommandLinePath = "postlint";

    private static List<RuleDescriptor> ResolveCli(RuleCatalog catalog, IReadOnlyList<string> selectors, string option, List<ConfigError> errors)
    {
        var resolved = new List<RuleDescriptor>();
        var named = false;
        foreach (var raw in selectors)
        {
            foreach (var selector in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                named = true;
                var targets = catalog.Resolve(selector);
                if (targets is null)
                {
                    errors.Add(ConfigError.Of(CommandLinePath, 0, 0, CoreMessages.OptionError.With(option, catalog.UnknownRuleMessage(selector))));
                    continue;
                }

                resolved.AddRange(targets);
            }
        }

        // An empty selection would run no rule and pass: a mistake (an empty variable in a script), not a request.
        if (!named && option == "--select")
        {
            errors.Add(ConfigError.Of(CommandLinePath, 0, 0, CoreMessages.SelectEmpty.With()));
        }

        return resolved;
    }
}
