using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>Something in a generator config that PostLint could not read, at a range of the config file.</summary>
/// <param name="Range">Where, in the config file.</param>
/// <param name="Message">What was ignored and why.</param>
public sealed record ConfigProblem(TextRange Range, string Message)
{
    /// <summary>The message in every language, when it comes from the message catalog; <see cref="Message"/> is its English text.</summary>
    public Localization.Localized? Text { get; init; }

    /// <summary>A problem whose message comes from the message catalog.</summary>
    public static ConfigProblem Of(TextRange range, Localization.Localized message) => new(range, message.ToString()) { Text = message };
}

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
    /// Jekyll's <c>future</c> setting, or <c>future</c> on the <c>posts</c> collection, or Hugo's <c>buildFuture</c>:
    /// whether posts dated later than the build time are published. False by default, as on GitHub Pages and in Hugo.
    /// </summary>
    public bool Future { get; init; }

    /// <summary>Hugo's <c>buildExpired</c>: whether pages whose <c>expiryDate</c> has passed are published (false by default).</summary>
    public bool BuildExpired { get; init; }

    /// <summary>
    /// Hugo's <c>disablePathToLower</c>: whether page paths keep the letter case of their files, folders and
    /// <c>slug</c>. False by default: Hugo writes <c>content/posts/MyPost.md</c> at <c>/posts/mypost/</c> (a front
    /// matter <c>url</c> is kept as written either way).
    /// </summary>
    public bool DisablePathToLower { get; init; }

    /// <summary>The site's own GitHub repository as the config names it (Jekyll's <c>repository: OWNER/REPO</c>), or null.</summary>
    public string? Repository { get; init; }

    /// <summary>
    /// Jekyll's <c>timezone</c> or Hugo's <c>timeZone</c> setting (an IANA name such as <c>Asia/Seoul</c>), or null when
    /// it is not set: then Jekyll reads dates in the build machine's zone, Hugo in UTC.
    /// </summary>
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

    /// <summary>
    /// The extensions of the files the site renders as Markdown (<see cref="MarkdownFiles"/>): Jekyll's <c>markdown_ext</c>,
    /// Hugo's and Astro's Markdown formats, GitHub's view for a folder with no generator.
    /// </summary>
    public IReadOnlyList<string> MarkdownExtensions { get; init; } = MarkdownFiles.Of(Kind);

    /// <summary>Whether the site renders the file at <paramref name="path"/> as Markdown, by its extension.</summary>
    public bool IsMarkdown(ReadOnlySpan<char> path) => MarkdownFiles.Has(MarkdownExtensions, path);

    /// <summary>Jekyll's <c>plugins</c> (and the older <c>gems</c>) as listed in <c>_config.yml</c>.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>
    /// The renderer that turns the site's Markdown into HTML: Jekyll's <c>markdown</c> and <c>kramdown: input</c>
    /// settings (kramdown with GFM input by default), Goldmark for Hugo, remark for Astro, cmark-gfm (GitHub's file view)
    /// for a folder with no generator.
    /// </summary>
    public MarkdownRenderer Renderer
    {
        get => _renderer ?? Kind switch
        {
            SiteKind.Jekyll => MarkdownRenderer.KramdownGfm,
            SiteKind.Hugo => MarkdownRenderer.Goldmark,
            SiteKind.Astro => MarkdownRenderer.AstroRemark,
            _ => MarkdownRenderer.CmarkGfm,
        };
        init => _renderer = value;
    }

    private readonly MarkdownRenderer? _renderer;

    private static readonly Message HugoHost = new("the Hugo site", "Hugo 사이트");

    private static readonly Message AstroHost = new("the Astro site", "Astro 사이트");

    private static readonly Message JekyllHost = new("the Jekyll site", "Jekyll 사이트");

    /// <summary>
    /// Who shows the published post, as messages name it: GitHub Pages for Jekyll and a plain folder (GitHub's
    /// default), the Jekyll site for one with plugins GitHub Pages does not run (built elsewhere), and the site Hugo or
    /// Astro builds otherwise. <c>GitHub Pages</c> reads the same in every language; the others are
    /// <see cref="Localized"/> pieces, rendered in the report's language.
    /// </summary>
    public object Host => Kind switch
    {
        SiteKind.Hugo => HugoHost.With(),
        SiteKind.Astro => AstroHost.With(),
        SiteKind.Jekyll when !RendersWithoutFrontMatter => JekyllHost.With(),
        _ => "GitHub Pages",
    };

    /// <summary>The generator's name (Jekyll, Hugo, Astro), or "GitHub" for a plain folder of Markdown.</summary>
    public string GeneratorName => Kind == SiteKind.None ? "GitHub" : Kind.ToString();

    /// <summary>The generator config the site was read from (absolute), or null.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>
    /// The parsed config (Jekyll's <c>_config.yml</c>, Hugo's <c>hugo.toml</c> and the like, in the format-neutral tree),
    /// or null when there is none or nothing of it could be read. Read once per site.
    /// </summary>
    public YMapping? Config { get; init; }

    /// <summary>
    /// What could not be read in the config, so PostLint went on without it (reported once per run as a warning on
    /// the config file, never dropped in silence).
    /// </summary>
    public IReadOnlyList<ConfigProblem> ConfigProblems { get; init; } = [];

    /// <summary>
    /// The folders the generator publishes content from (absolute): Hugo's <c>contentDir</c>, Astro's
    /// <c>src/content</c> and <c>src/pages</c>; null when content may be anywhere in the source (Jekyll, a plain folder).
    /// A folder walk of the site's root enters only these.
    /// </summary>
    public IReadOnlyList<string>? ContentFolders { get; init; }

    /// <summary>
    /// The path of <paramref name="fullPath"/> below the content folder holding it, with <c>/</c> (<c>posts/a.md</c>),
    /// or null when it is in none (or the site has no content folders). Lexical: no I/O.
    /// </summary>
    public string? PathInContent(string fullPath)
    {
        foreach (var folder in ContentFolders ?? [])
        {
            var f = Path.TrimEndingDirectorySeparator(folder);
            if (fullPath.Length > f.Length + 1 && fullPath.StartsWith(f, StringComparison.Ordinal) && fullPath[f.Length] is '/' or '\\')
            {
                return fullPath[(f.Length + 1)..].Replace('\\', '/');
            }
        }

        return null;
    }

    /// <summary>
    /// Jekyll's <c>exclude</c> list (its own defaults added, <c>include</c> entries taken out): paths below the source
    /// that Jekyll never reads, matched as Jekyll matches them (a glob, or a prefix of the path).
    /// </summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>Whether Jekyll leaves out <paramref name="relativePath"/> (below the source, with <c>/</c>) by its <c>exclude</c> list.</summary>
    public bool IsExcluded(string relativePath, bool isFolder)
    {
        foreach (var pattern in Excluded)
        {
            if (JekyllMatches(pattern, relativePath, isFolder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Jekyll's <c>include</c> list (<c>.htaccess</c> when the config has none): entries Jekyll reads though their names
    /// start with <c>_</c> or <c>.</c>. Jekyll matches each against an entry's own name, at any depth.
    /// </summary>
    public IReadOnlyList<string> Included { get; init; } = DefaultIncluded;

    /// <summary>Jekyll's default <c>include</c> list.</summary>
    public static readonly IReadOnlyList<string> DefaultIncluded = [".htaccess"];

    /// <summary>Whether the config's <c>include</c> list names the entry <paramref name="name"/> (a file or folder name).</summary>
    public bool IsIncluded(string name, bool isFolder)
    {
        foreach (var pattern in Included)
        {
            if (JekyllMatches(pattern, name, isFolder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Jekyll's EntryFilter#glob_include? for one pattern: File.fnmatch? (no FNM_PATHNAME: * crosses /), a prefix of the
    /// path, or the folder itself written with a trailing <c>/</c>.
    /// </summary>
    private static bool JekyllMatches(string pattern, string path, bool isFolder) =>
        path.StartsWith(pattern, StringComparison.Ordinal) || (isFolder && pattern == path + "/") ||
        (pattern.IndexOfAny(['*', '?', '[']) >= 0 && System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, path, ignoreCase: false));

    /// <summary>Astro's <c>trailingSlash</c> setting (<c>always</c>, <c>never</c>, <c>ignore</c>), or null when not set.</summary>
    public string? TrailingSlash { get; init; }

    /// <summary>A site with no generator rooted at <paramref name="root"/>.</summary>
    public static Site Plain(string root) => new(SiteKind.None, root, root, "", null, null);
}

