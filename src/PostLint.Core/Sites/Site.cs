using System.Collections.Concurrent;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>The static site generator a post belongs to.</summary>
public enum SiteKind
{
    /// <summary>No generator was detected.</summary>
    None,

    /// <summary>Jekyll (<c>_config.yml</c>), GitHub Pages' generator.</summary>
    Jekyll,

    /// <summary>Hugo (<c>hugo.toml</c>, <c>hugo.yaml</c>, <c>config.toml</c>).</summary>
    Hugo,

    /// <summary>Astro (<c>astro.config.*</c>).</summary>
    Astro,
}

/// <summary>A detected site: its kind, root folder and the settings rules need to resolve URLs.</summary>
/// <param name="Kind">The generator.</param>
/// <param name="Root">The folder holding the generator's config (absolute).</param>
/// <param name="Source">Where Jekyll reads pages from (<c>source</c>, default the root).</param>
/// <param name="BaseUrl">The site's <c>baseurl</c> without a trailing slash ("" when none).</param>
/// <param name="Url">The site's own <c>url</c> (e.g. <c>https://me.github.io</c>), or null.</param>
/// <param name="Permalink">Jekyll's <c>permalink</c> setting, or null.</param>
public sealed record Site(SiteKind Kind, string Root, string Source, string BaseUrl, string? Url, string? Permalink)
{
    /// <summary>
    /// Jekyll's <c>future</c> setting, or <c>future</c> on the <c>posts</c> collection: whether posts dated later than
    /// the build time are published. False by default, as on GitHub Pages.
    /// </summary>
    public bool Future { get; init; }

    /// <summary>Jekyll's <c>timezone</c> setting (an IANA name such as <c>Asia/Seoul</c>), or null when it is not set.</summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Folders starting with <c>_</c> that Jekyll still reads: <c>_posts</c>, <c>_drafts</c>, the config's
    /// <c>include</c> entries and its collections (<c>_recipes</c> for <c>collections: recipes</c>). Jekyll publishes
    /// nothing from other <c>_</c> folders (<c>_tmp</c>, <c>_notes</c>), so PostLint does not walk into them.
    /// </summary>
    public IReadOnlySet<string> ReadUnderscoreFolders { get; init; } = DefaultUnderscoreFolders;

    /// <summary>The <c>_</c> folders every Jekyll site reads.</summary>
    public static readonly IReadOnlySet<string> DefaultUnderscoreFolders = new HashSet<string>(StringComparer.Ordinal) { "_posts", "_drafts" };

    /// <summary>
    /// Whether Markdown without front matter becomes a page: true with <c>jekyll-optional-front-matter</c>, which GitHub
    /// Pages' own build always runs; false for a site whose plugins GitHub Pages does not allow (built with plain
    /// Jekyll, which copies such a file as it is and renders nothing of it). Always true for Hugo and Astro.
    /// </summary>
    public bool RendersWithoutFrontMatter { get; init; } = true;

    /// <summary>A site with no generator rooted at <paramref name="root"/>.</summary>
    public static Site Plain(string root) => new(SiteKind.None, root, root, "", null, null);
}

/// <summary>Finds the site of each file by walking up to the nearest generator config; results are cached per folder.</summary>
public sealed class SiteLocator
{
    private readonly ConcurrentDictionary<string, Site?> _byDirectory = new(StringComparer.Ordinal);
    private readonly string? _overrideRoot;
    private readonly string _fallbackRoot;

    /// <summary>Creates a locator.</summary>
    /// <param name="overrideRoot">A root given with <c>--site-root</c>, or null.</param>
    /// <param name="fallbackRoot">The root used when no generator is found (config folder or current folder).</param>
    public SiteLocator(string? overrideRoot, string fallbackRoot)
    {
        _overrideRoot = overrideRoot is null ? null : Path.GetFullPath(overrideRoot);
        _fallbackRoot = Path.GetFullPath(fallbackRoot);
    }

    /// <summary>The site of the file at <paramref name="fullPath"/>.</summary>
    public Site Locate(string fullPath)
    {
        if (_overrideRoot is not null)
        {
            return _byDirectory.GetOrAdd("\0override", _ => Detect(_overrideRoot) ?? Site.Plain(_overrideRoot))!;
        }

        var dir = Path.GetDirectoryName(fullPath);
        return (dir is null ? null : Find(dir)) ?? Site.Plain(_fallbackRoot);
    }

    private Site? Find(string dir)
    {
        if (_byDirectory.TryGetValue(dir, out var cached))
        {
            return cached;
        }

        var site = Detect(dir);
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
            return ReadJekyll(dir, jekyll);
        }

        if (File.Exists(Path.Combine(dir, "hugo.toml")) || File.Exists(Path.Combine(dir, "hugo.yaml")) ||
            File.Exists(Path.Combine(dir, "hugo.json")) || File.Exists(Path.Combine(dir, "config.toml")))
        {
            return new Site(SiteKind.Hugo, dir, dir, "", null, null);
        }

        foreach (var ext in AstroConfigExtensions)
        {
            if (File.Exists(Path.Combine(dir, "astro.config" + ext)))
            {
                return new Site(SiteKind.Astro, dir, dir, "", null, null);
            }
        }

        return null;
    }

    private static readonly string[] AstroConfigExtensions = [".mjs", ".js", ".ts", ".mts", ".cjs"];

    private static Site ReadJekyll(string dir, string configPath)
    {
        string source = dir, baseUrl = "";
        string? url = null, permalink = null, timeZone = null;
        var future = false;
        var underscore = new HashSet<string>(Site.DefaultUnderscoreFolders, StringComparer.Ordinal);
        var rendersWithoutFrontMatter = true;
        try
        {
            var text = File.ReadAllText(configPath);
            if (YamlReader.Parse(text, 0, text.Length).Root is YMapping root)
            {
                if (root.Get("source") is YScalar { IsNull: false } s)
                {
                    source = Path.GetFullPath(Path.Combine(dir, s.Value));
                }

                if (root.Get("baseurl") is YScalar { IsNull: false } b)
                {
                    baseUrl = b.Value.Trim().TrimEnd('/');
                    if (baseUrl.Length > 0 && baseUrl[0] != '/')
                    {
                        baseUrl = "/" + baseUrl;
                    }
                }

                if (root.Get("url") is YScalar { IsNull: false } u && u.Value.Trim().Length > 0)
                {
                    url = u.Value.Trim().TrimEnd('/');
                }

                if (root.Get("permalink") is YScalar { IsNull: false } p)
                {
                    permalink = p.Value.Trim();
                }

                if (root.Get("timezone") is YScalar { IsNull: false } tz && tz.Value.Trim().Length > 0)
                {
                    timeZone = tz.Value.Trim();
                }

                foreach (var item in (root.Get("include") as YSequence)?.Items ?? [])
                {
                    if (item is YScalar { Value: ['_', ..] } inc)
                    {
                        underscore.Add(inc.Value.Trim().TrimEnd('/'));
                    }
                }

                foreach (var entry in (root.Get("collections") as YMapping)?.Entries ?? [])
                {
                    if (entry.KeyText is { Length: > 0 } name)
                    {
                        underscore.Add("_" + name);
                    }
                }

                foreach (var entry in (root.Get("collections") as YSequence)?.Items ?? [])
                {
                    if (entry is YScalar { Value.Length: > 0 } name)
                    {
                        underscore.Add("_" + name.Value);
                    }
                }

                var plugins = new List<string>();
                foreach (var key in new[] { "plugins", "gems" })
                {
                    plugins.AddRange(((root.Get(key) as YSequence)?.Items ?? []).OfType<YScalar>().Select(p => p.Value.Trim()));
                }

                rendersWithoutFrontMatter = plugins.Contains("jekyll-optional-front-matter") || plugins.All(GitHubPagesPlugins.Contains);

                future = IsTrue(root.Get("future")) ||
                    (root.Get("collections") is YMapping collections && collections.Get("posts") is YMapping posts && IsTrue(posts.Get("future")));
            }
        }
        catch (IOException)
        {
            // An unreadable _config.yml still marks a Jekyll site; defaults apply.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return new Site(SiteKind.Jekyll, dir, source, baseUrl, url, permalink)
        {
            Future = future,
            TimeZone = timeZone,
            ReadUnderscoreFolders = underscore,
            RendersWithoutFrontMatter = rendersWithoutFrontMatter,
        };
    }

    /// <summary>The plugins GitHub Pages' own build allows (its build also runs jekyll-optional-front-matter).</summary>
    private static readonly HashSet<string> GitHubPagesPlugins = new(StringComparer.Ordinal)
    {
        "jekyll-avatar", "jekyll-coffeescript", "jekyll-commonmark-ghpages", "jekyll-default-layout", "jekyll-feed",
        "jekyll-gist", "jekyll-github-metadata", "jekyll-include-cache", "jekyll-mentions", "jekyll-optional-front-matter",
        "jekyll-paginate", "jekyll-readme-index", "jekyll-redirect-from", "jekyll-relative-links", "jekyll-remote-theme",
        "jekyll-sass-converter", "jekyll-seo-tag", "jekyll-sitemap", "jekyll-titles-from-headings", "jemoji",
    };

    /// <summary>Whether a YAML value is true as Ruby's YAML reads it (<c>true</c>, <c>yes</c>, <c>on</c>, any case).</summary>
    private static bool IsTrue(YNode? node) =>
        node is YScalar { IsPlain: true } s && s.Value.Trim().ToLowerInvariant() is "true" or "yes" or "on";
}
