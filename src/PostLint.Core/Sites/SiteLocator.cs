using System.Collections.Concurrent;

namespace PostLint.Sites;

/// <summary>Finds the site of each file by walking up to the nearest generator config; results are cached per folder.</summary>
public sealed class SiteLocator
{
    private readonly ConcurrentDictionary<string, Site?> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Site?>.AlternateLookup<ReadOnlySpan<char>> _byDirectorySpan;
    private readonly Site _fallback;
    private readonly IReadOnlySet<string>? _withoutConfig;
    private readonly string? _overrideRoot;
    private readonly string _fallbackRoot;

    /// <summary>Creates a locator.</summary>
    /// <param name="overrideRoot">A root given with <c>--site-root</c>, or null.</param>
    /// <param name="fallbackRoot">The root used when no generator is found (config folder or current folder).</param>
    /// <param name="withoutConfig">Folders known to hold no generator config (listed by the run's file discovery,
    /// <see cref="Engine.FileDiscovery.FoldersWithoutSiteConfig"/>): no file is looked for in them.</param>
    public SiteLocator(string? overrideRoot, string fallbackRoot, IReadOnlySet<string>? withoutConfig = null)
    {
        _withoutConfig = withoutConfig;
        _overrideRoot = overrideRoot is null ? null : Path.GetFullPath(overrideRoot);
        _fallbackRoot = Path.GetFullPath(fallbackRoot);
        _fallback = Site.Plain(_fallbackRoot);
        _byDirectorySpan = _byDirectory.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The site of the file at <paramref name="fullPath"/>.</summary>
    public Site Locate(string fullPath)
    {
        if (_overrideRoot is not null)
        {
            return _byDirectory.GetOrAdd("\0override", _ => Detect(_overrideRoot) ?? Site.Plain(_overrideRoot))!;
        }

        // Asked for every file of a run, more than once: a folder looked at before costs no copy of its name.
        var folder = Path.GetDirectoryName(fullPath.AsSpan());
        if (!folder.IsEmpty && _byDirectorySpan.TryGetValue(folder, out var known))
        {
            return known ?? _fallback;
        }

        var dir = Path.GetDirectoryName(fullPath);
        return (dir is null ? null : Find(dir)) ?? _fallback;
    }

    private Site? Find(string dir)
    {
        if (_byDirectory.TryGetValue(dir, out var cached))
        {
            return cached;
        }

        var site = _withoutConfig?.Contains(dir) == true ? null : Detect(dir);
        if (site is null)
        {
            var parent = Path.GetDirectoryName(dir);
            site = parent is null ? null : Find(parent);
        }

        _byDirectory[dir] = site;
        return site;
    }

    /// <summary>Reads the generator config in <paramref name="dir"/>, if there is one.</summary>
    public static Site? Detect(string dir)
    {
        var jekyll = Path.Combine(dir, "_config.yml");
        if (File.Exists(jekyll) || File.Exists(jekyll = Path.Combine(dir, "_config.yaml")))
        {
            return JekyllSite.Read(dir, jekyll);
        }

        if (HugoSite.FindConfig(dir) is { } hugo)
        {
            return HugoSite.Read(dir, hugo);
        }

        if (AstroSite.FindConfig(dir) is { } astro)
        {
            return AstroSite.Read(dir, astro);
        }

        return null;
    }

    /// <summary>Whether <paramref name="fileName"/> is a generator config whose folder <see cref="Detect"/> should read.</summary>
    public static bool IsConfigName(string fileName) => ConfigNames.Contains(fileName);

    /// <summary>Every generator config name <see cref="Detect"/> reads (asked of every entry of every folder a run walks).</summary>
    private static readonly HashSet<string> ConfigNames = new(["_config.yml", "_config.yaml", .. HugoSite.ConfigNames, .. AstroSite.ConfigNames], StringComparer.Ordinal);
}
