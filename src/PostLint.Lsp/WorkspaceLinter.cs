using PostLint.Configuration;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Sites;
using Diagnostic = PostLint.Diagnostics.Diagnostic;

namespace PostLint.Lsp;

/// <summary>A lint of one version of a document: what was linted and what was found.</summary>
/// <param name="Version">The document version that was linted.</param>
/// <param name="Source">The text as PostLint saw it (without a leading byte order mark).</param>
/// <param name="BomShift">1 when the buffer starts with a byte order mark (LSP counts it on the first line), else 0.</param>
/// <param name="Diagnostics">The findings, after config, suppressions and severities.</param>
/// <param name="JsonFrontMatter">Whether the site reads a JSON object opening the file as front matter (Hugo).</param>
/// <param name="Language">The language of the messages and action titles: the config's <c>lang:</c>, else the editor's.</param>
internal sealed record LintOutcome(int Version, SourceText Source, int BomShift, IReadOnlyList<Diagnostic> Diagnostics, bool JsonFrontMatter = false, Language Language = Language.English);

/// <summary>A config's errors and the language to show them in.</summary>
internal sealed record ConfigReport(IReadOnlyList<ConfigError> Errors, Language Language);

/// <summary>
/// Lints editor buffers with the engine the command line uses. Settings (the nearest <c>.postlint.yml</c>, prepared
/// rules: the misspelling automaton is compiled once) and the site model (each folder's generator config, the site's
/// file listing) are built once per config and kept until <see cref="Invalidate"/>: a change of a config or of a
/// file in the site drops them, and the next lint builds them again.
/// </summary>
internal sealed class WorkspaceLinter
{
    private readonly RuleCatalog _catalog = BuiltInRules.CreateCatalog();
    private readonly object _lock = new();
    private readonly Dictionary<string, LintScope> _scopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _configOfDirectory = new(StringComparer.Ordinal);
    private readonly Func<DateTimeOffset> _now;
    private List<string> _roots = [];

    /// <summary>Creates a linter for a workspace.</summary>
    /// <param name="now">The clock (the server reads <c>POSTLINT_NOW</c> to fix it, as the command line does).</param>
    public WorkspaceLinter(Func<DateTimeOffset> now)
    {
        _now = now;
    }

    /// <summary>The language of files whose config has no <c>lang:</c>: the editor's (see <see cref="LspServer"/>).</summary>
    public Language DefaultLanguage { get; set; }

    /// <summary>The rule catalog.</summary>
    public RuleCatalog Catalog => _catalog;

    /// <summary>Sets the workspace folders (absolute paths): display paths are relative to the one holding a file.</summary>
    public void SetRoots(IEnumerable<string> roots)
    {
        lock (_lock)
        {
            _roots = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal).OrderByDescending(r => r.Length).ToList();
            _scopes.Clear();
            _configOfDirectory.Clear();
        }
    }

    /// <summary>Drops every cached setting and site model; the next lint reads configs and site files again.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _scopes.Clear();
            _configOfDirectory.Clear();
        }
    }

    /// <summary>
    /// The config errors of every config read since the last <see cref="Invalidate"/>, by config path (a config that
    /// has none maps to an empty list, so its old errors can be cleared).
    /// </summary>
    public IReadOnlyDictionary<string, ConfigReport> ConfigErrors()
    {
        lock (_lock)
        {
            return _scopes.Values.Where(s => s.ConfigPath is not null).GroupBy(s => s.ConfigPath!)
                .ToDictionary(g => g.Key, g => new ConfigReport(g.First().Errors, g.First().Language ?? DefaultLanguage), StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Lints <paramref name="text"/> as the file at <paramref name="fullPath"/>: the buffer, not the file on disk.
    /// Returns null when the config's <c>include</c>/<c>exclude</c> leave the file out (a folder walk would not lint it).
    /// </summary>
    public LintOutcome? Lint(string fullPath, int version, string text)
    {
        var scope = ScopeOf(fullPath);
        if (!scope.Discovery.IsSelected(fullPath))
        {
            return null;
        }

        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var source = new SourceText(bom == 1 ? text[1..] : text, hasBom: bom == 1);
        var target = new LintTarget(scope.DisplayPath(fullPath), fullPath);
        var linter = new Linter(scope.Settings with { Now = _now() }, scope.Sites);
        var result = linter.LintText(target, source);
        return new LintOutcome(version, source, bom, result.Diagnostics, scope.Sites.Locate(fullPath).Kind == SiteKind.Hugo, scope.Language ?? DefaultLanguage);
    }

    private LintScope ScopeOf(string fullPath)
    {
        var dir = Path.GetDirectoryName(fullPath) ?? fullPath;
        lock (_lock)
        {
            if (!_configOfDirectory.TryGetValue(dir, out var config))
            {
                config = ConfigLoader.Discover(dir);
                _configOfDirectory[dir] = config;
            }

            var root = RootOf(fullPath) ?? (config is null ? dir : Path.GetDirectoryName(config)!);
            var key = config ?? "\0" + root;
            if (!_scopes.TryGetValue(key, out var scope))
            {
                scope = LintScope.Create(_catalog, config, root);
                _scopes[key] = scope;
            }

            return scope;
        }
    }

    private string? RootOf(string fullPath) =>
        _roots.FirstOrDefault(r => fullPath.StartsWith(r, StringComparison.Ordinal) && fullPath.Length > r.Length && fullPath[r.Length] is '/' or '\\');

    /// <summary>What every file under one config shares: its settings, its sites and its include/exclude globs.</summary>
    private sealed class LintScope
    {
        public required LintSettings Settings { get; init; }

        public required SiteLocator Sites { get; init; }

        public required FileDiscovery Discovery { get; init; }

        public required string? ConfigPath { get; init; }

        public required IReadOnlyList<ConfigError> Errors { get; init; }

        /// <summary>The config's <c>lang:</c>, or null.</summary>
        public required Language? Language { get; init; }

        public string DisplayPath(string fullPath) => Discovery.DisplayPath(fullPath);

        public static LintScope Create(RuleCatalog catalog, string? configPath, string root)
        {
            var errors = new List<ConfigError>();
            var settings = ConfigLoader.Load(catalog, configPath, configPath, null, [], errors);
            var language = settings.Language;
            if (errors.Count > 0)
            {
                // The editor still lints with the defaults; the config's errors are shown on the config file.
                settings = ConfigLoader.Load(catalog, null, null, null, [], []);
            }

            var configDir = configPath is null ? root : Path.GetDirectoryName(configPath)!;
            return new LintScope
            {
                Settings = settings,
                Sites = new SiteLocator(null, configDir),
                Discovery = new FileDiscovery(root, settings.Include, settings.Exclude, configDir),
                ConfigPath = configPath,
                Errors = errors,
                Language = language,
            };
        }
    }
}
