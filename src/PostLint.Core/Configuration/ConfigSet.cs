using System.Collections.Concurrent;
using PostLint.Rules;

namespace PostLint.Configuration;

/// <summary>
/// The configs of one run: each file gets the nearest <c>.postlint.yml</c> above it, up to the git work tree's root (as
/// ruff and markdownlint-cli2 do), else the one found from the current folder; <c>--config</c> gives every file the
/// same one. Each config is read once, with the command line's <c>--select</c> and <c>--ignore</c> over it; its
/// <c>include</c> and <c>exclude</c> apply to the files below it. Errors of every config read are collected in
/// <see cref="Errors"/>, so a run can stop before it lints.
/// </summary>
public sealed class ConfigSet
{
    private readonly RuleCatalog _catalog;
    private readonly string _cwd;
    private readonly IReadOnlyList<string>? _select;
    private readonly IReadOnlyList<string> _ignore;
    private readonly Func<LintSettings, LintSettings> _adjust;
    private readonly bool _nearest;
    private readonly ConcurrentDictionary<string, string?> _configOfFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _configOfFolderSpan;
    private readonly ConcurrentDictionary<string, string?> _nearestOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LintSettings> _settings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _used = new(StringComparer.Ordinal);
    private readonly Lock _errorLock = new();
    private readonly List<ConfigError> _errors = [];

    /// <summary>Reads the run's primary config: <paramref name="configPath"/> (from <c>--config</c>) or the one found from the current folder.</summary>
    /// <param name="catalog">All rules.</param>
    /// <param name="currentDirectory">The run's folder: display paths start here, and its config is the fallback.</param>
    /// <param name="configPath">The config named by <c>--config</c> (absolute), or null to find each file's nearest.</param>
    /// <param name="select">Command-line <c>--select</c> (null: not given).</param>
    /// <param name="ignore">Command-line <c>--ignore</c>.</param>
    /// <param name="adjust">Applied to every config's settings (the run's clock, the benchmark floor).</param>
    public ConfigSet(RuleCatalog catalog, string currentDirectory, string? configPath, IReadOnlyList<string>? select, IReadOnlyList<string> ignore, Func<LintSettings, LintSettings> adjust)
    {
        _catalog = catalog;
        _cwd = Path.GetFullPath(currentDirectory);
        _select = select;
        _ignore = ignore;
        _adjust = adjust;
        _nearest = configPath is null;
        _configOfFolderSpan = _configOfFolder.GetAlternateLookup<ReadOnlySpan<char>>();
        PrimaryPath = configPath ?? ConfigLoader.Discover(_cwd);
        Primary = Load(PrimaryPath);
    }

    /// <summary>The config given with <c>--config</c> or found from the current folder (absolute), or null.</summary>
    public string? PrimaryPath { get; }

    /// <summary>The settings of <see cref="PrimaryPath"/> (defaults when there is none).</summary>
    public LintSettings Primary { get; }

    /// <summary>The errors of every config read so far.</summary>
    public IReadOnlyList<ConfigError> Errors
    {
        get
        {
            lock (_errorLock)
            {
                return _errors.ToArray();
            }
        }
    }

    /// <summary>The settings for a file: its nearest config's (or the primary).</summary>
    public LintSettings For(string fullPath)
    {
        var config = ConfigFor(fullPath);
        return config == PrimaryPath ? Primary : _settings.GetOrAdd(config!, Load);
    }

    /// <summary>The config file that applies to a file (absolute), or null for defaults.</summary>
    public string? ConfigFor(string fullPath)
    {
        if (!_nearest)
        {
            return PrimaryPath;
        }

        // Asked three times for every file of a run: the folder as written is looked up without a copy.
        // (A name without a folder is kept under "": the current folder, the same for every such name.)
        var written = Path.GetDirectoryName(fullPath.AsSpan());
        if (_configOfFolderSpan.TryGetValue(written, out var known))
        {
            return known;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(fullPath));
        var config = folder is null ? PrimaryPath : Nearest(folder) ?? PrimaryPath;
        _configOfFolderSpan.TryAdd(written, config);
        return config;
    }

    /// <summary>
    /// <see cref="ConfigLoader.Discover"/> from <paramref name="folder"/> (a full path), each folder's answer kept: the
    /// folders of a run share their parents, so each folder is looked at once.
    /// </summary>
    private string? Nearest(string folder)
    {
        if (_nearestOf.TryGetValue(folder, out var known))
        {
            return known;
        }

        var found = ConfigLoader.ConfigIn(folder, out var workTreeRoot);
        if (found is null && !workTreeRoot && Path.GetDirectoryName(folder) is { } parent)
        {
            found = Nearest(parent);
        }

        _nearestOf.TryAdd(folder, found);
        return found;
    }

    /// <summary>Counts a file as linted under its config, for <see cref="Used"/>.</summary>
    public void CountUse(string fullPath) => _used.AddOrUpdate(ConfigFor(fullPath) ?? "", 1, (_, n) => n + 1);

    /// <summary>The configs that applied to counted files (absolute; "" for defaults) with their file counts, most files first.</summary>
    public IReadOnlyList<(string Config, int Files)> Used =>
        _used.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();

    /// <summary>Every config's settings read so far, the primary first.</summary>
    public IEnumerable<LintSettings> All => new[] { Primary }.Concat(_settings.Values);

    /// <summary>A config's path as reports show it: relative to the current folder, with <c>/</c>.</summary>
    public string Display(string configPath) => Path.GetRelativePath(_cwd, configPath).Replace('\\', '/');

    private LintSettings Load(string? configPath)
    {
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(_catalog, configPath, configPath is null ? null : Display(configPath), _select, _ignore, errors);
        lock (_errorLock)
        {
            // --select and --ignore are checked with every config: report each of their errors once.
            foreach (var e in errors)
            {
                if (!_errors.Contains(e))
                {
                    _errors.Add(e);
                }
            }
        }

        return _adjust(settings);
    }
}
