using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// The pages a site publishes, by URL (without the site's base path): every page and document of a Jekyll site's source
/// (<see cref="JekyllSiteFiles"/>: posts, pages, documents of collections it writes; Markdown without front matter too
/// where jekyll-optional-front-matter runs) at the URL <see cref="PublishedUrls"/> gives it, and its
/// <c>redirect_from</c> entries; every page of a Hugo site's content folder, and its <c>aliases</c>. Built once per
/// site and run, when a post first links to a page by its URL. Pages a generator makes without a source file (tags,
/// archives, feeds) are not in it, nor Hugo pages it never renders (headless bundles, build options with
/// <c>render: never</c> or <c>link</c>) or does not publish at build time (drafts, unless drafts are built; a publish
/// date to come, an expiry date passed: <see cref="HugoSchedule"/>): those are kept apart, so a link to one is told
/// from a link to nothing. A Jekyll site built with drafts (<c>--drafts</c>) publishes its <c>_drafts</c> as posts;
/// without, their URLs are kept apart too.
/// </summary>
public sealed class SiteUrls
{
    private const int MaxFiles = 50_000;
    private const long MaxFileSize = 4 * 1024 * 1024;


    /// <summary>First segments of pages generators make without a source file (jekyll-archives, paginators, Hugo's
    /// taxonomies): a link there is never taken for a mistyped post URL.</summary>
    private static readonly HashSet<string> GeneratedSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "tags", "tag", "categories", "category", "page", "archive", "archives", "author", "authors", "series", "topics", "search", "feed", "year", "years",
    };

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "_site", "node_modules", "vendor", ".jekyll-cache", "_drafts", "public", "resources" };

    private readonly Dictionary<string, string> _pages = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _hiddenUrls = new(StringComparer.Ordinal);

    private readonly Dictionary<string, HugoRendering> _unrendered = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _unpublished = new(StringComparer.Ordinal);

    private readonly Dictionary<string, LeftOutReason> _leftOut = new(StringComparer.Ordinal);

    /// <summary>URL (<c>/tech/post/</c>) to the source file's full path.</summary>
    public IReadOnlyDictionary<string, string> Pages => _pages;

    /// <summary>
    /// The source file of a page the site does not render or publish whose URL would be <paramref name="url"/> (with the
    /// same variants as <see cref="Find"/>), or null.
    /// </summary>
    public string? FindHidden(string url)
    {
        foreach (var candidate in Variants(url))
        {
            if (_hiddenUrls.TryGetValue(candidate, out var file))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>How Hugo renders the file at <paramref name="fullPath"/> when it does not (null when it is rendered or unknown).</summary>
    public HugoRendering? Unrendered(string fullPath) => _unrendered.GetValueOrDefault(fullPath);

    /// <summary>Why the site does not publish the file at <paramref name="fullPath"/> at build time (Hugo's <c>draft: true</c>,
    /// <c>date: 2099-01-01</c>; <c>_drafts/</c> for a Jekyll draft without drafts), or null when it does (or renders it never).</summary>
    public string? Unpublished(string fullPath) => _unpublished.GetValueOrDefault(fullPath);

    /// <summary>Why Jekyll leaves the page of <paramref name="fullPath"/> out of the build (a draft, <c>published: false</c>, a date to come), or null.</summary>
    public LeftOutReason? LeftOut(string fullPath) => _leftOut.GetValueOrDefault(fullPath);

    /// <summary>The page published at <paramref name="url"/> (a path, decoded, without the base path), with the forms a
    /// server also answers: with and without the trailing slash, <c>.html</c> and <c>index.html</c>.</summary>
    public string? Find(string url)
    {
        foreach (var candidate in Variants(url))
        {
            if (_pages.TryGetValue(candidate, out var file))
            {
                return file;
            }
        }

        return null;
    }

    private static IEnumerable<string> Variants(string url)
    {
        yield return url;
        if (url.EndsWith("/index.html", StringComparison.Ordinal))
        {
            yield return url[..^"index.html".Length];
        }
        else if (url.EndsWith(".html", StringComparison.Ordinal))
        {
            yield return url[..^".html".Length];
            yield return url[..^".html".Length] + "/";
        }
        else if (url.EndsWith('/'))
        {
            yield return url.TrimEnd('/');
            yield return url.TrimEnd('/') + ".html";
        }
        else
        {
            yield return url + "/";
            yield return url + ".html";
        }
    }

    /// <summary>Builds the table of <paramref name="site"/> (Jekyll or Hugo; empty for others) as built at
    /// <paramref name="now"/>, with drafts when <paramref name="drafts"/> (Hugo's <c>-D</c>).</summary>
    public static SiteUrls Build(Site site, DateTimeOffset now, bool drafts = false)
    {
        var table = new SiteUrls();
        switch (site.Kind)
        {
            case SiteKind.Jekyll:
                var settings = JekyllSettings.From(site);
                foreach (var (full, segments) in Walk(site.Source, jekyll: true, site, drafts: true))
                {
                    // What Jekyll reads as a page or a document (JekyllSiteFiles): not a static file, nor a file of a
                    // folder or name it skips or excludes.
                    var role = JekyllSiteFiles.Classify(site, settings, segments, drafts: true, () => JekyllSiteFiles.HasYamlHeader(full)).Role;
                    var post = role is JekyllFileRole.Page or JekyllFileRole.Document or JekyllFileRole.Unwritten ? Read(full, site) : null;
                    if (post is null)
                    {
                        continue;
                    }

                    var page = PublishedUrls.Jekyll(post, segments, settings, now, withoutFrontMatter: true);
                    if (page is not null)
                    {
                        var left = JekyllSchedule.NotRendered(post, now, drafts);
                        if (left is not null)
                        {
                            // Written only by jekyll build --drafts or --unpublished, or once the post's date has come.
                            table._hiddenUrls.TryAdd(Uri.UnescapeDataString(page.Url), full);
                            table._unpublished.TryAdd(full, left.Why);
                            table._leftOut.TryAdd(full, left);
                            continue;
                        }

                        if (settings.Collections.TryGetValue(page.Kind, out var collection) && !collection.Output)
                        {
                            // Jekyll reads a collection without output: true (its documents are in site.<label>) but writes none.
                            table._hiddenUrls.TryAdd(Uri.UnescapeDataString(page.Url), full);
                            table._unpublished.TryAdd(full, "collections: " + page.Kind + ", no output: true");
                            continue;
                        }

                        table.Add(page.Url, full);
                        table.AddAll(post.FrontMatter?.Root?.Get("redirect_from"), full);
                    }
                }

                break;
            case SiteKind.Hugo:
                foreach (var content in site.ContentFolders ?? [])
                {
                    foreach (var (full, segments) in Walk(content, jekyll: false, site, drafts: false))
                    {
                        var post = Read(full, site);
                        if (post is null)
                        {
                            continue;
                        }

                        var url = PublishedUrls.Hugo(post, segments).Url;
                        var rendering = HugoBuild.Of(post);
                        if (rendering.Render != HugoRender.Always)
                        {
                            table._hiddenUrls.TryAdd(Uri.UnescapeDataString(url), full);
                            table._unrendered.TryAdd(full, rendering);
                            continue;
                        }

                        var why = HugoSchedule.LeftOut(post, now, drafts);
                        if (why is not null)
                        {
                            table._hiddenUrls.TryAdd(Uri.UnescapeDataString(url), full);
                            table._unpublished.TryAdd(full, why);
                            continue;
                        }

                        table.Add(url, full);
                        table.AddAll(post.FrontMatter?.Root?.Get("aliases"), full);
                    }
                }

                break;
        }

        return table;
    }

    private void Add(string url, string file)
    {
        if (url.Length > 0)
        {
            _pages.TryAdd(Uri.UnescapeDataString(url), file);
        }
    }

    private void AddAll(YNode? node, string file)
    {
        switch (node)
        {
            case YScalar { IsNull: false } one:
                Add(one.Value.Trim(), file);
                break;
            case YSequence many:
                foreach (var item in many.Items.OfType<YScalar>())
                {
                    Add(item.Value.Trim(), file);
                }

                break;
        }
    }

    private static Post? Read(string full, Site site)
    {
        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxFileSize)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(full);
            // A Jekyll file comes here once JekyllSiteFiles has found it a page or a document, front matter or not; a
            // Hugo file must start with front matter (YAML, TOML, JSON).
            return site.Kind == SiteKind.Jekyll || bytes.AsSpan().StartsWith("---"u8) || bytes.AsSpan().StartsWith("+++"u8) || bytes.AsSpan().StartsWith("\uFEFF---"u8) || bytes.AsSpan().StartsWith("{"u8)
                ? new Post(Path.GetFileName(full), full, SourceText.FromBytes(bytes), site)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The page files below <paramref name="root"/>, with their segments below it; Jekyll skips <c>_</c> folders it
    /// does not read, and <c>_drafts</c> unless it builds drafts (<paramref name="drafts"/>).</summary>
    private static IEnumerable<(string Full, List<string> Segments)> Walk(string root, bool jekyll, Site site, bool drafts)
    {
        var pending = new Stack<(string Dir, List<string> Segments)>();
        pending.Push((root, []));
        var count = 0;
        while (pending.Count > 0 && count < MaxFiles)
        {
            var (dir, segments) = pending.Pop();
            IEnumerable<FileSystemInfo> entries = [];
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = entry.Name;
                if (name.StartsWith('.') && !(jekyll && site.IsIncluded(name, entry is DirectoryInfo)))
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    // Jekyll: JekyllSiteFiles decides for each file; only the folders it never reads are left out here (its
                    // destination, _site, even when included).
                    var skipped = jekyll
                        ? (segments.Count == 0 && name == "_site") || (name.StartsWith('_') && !site.ReadUnderscoreFolders.Contains(name) && !site.IsIncluded(name, isFolder: true) && name != "_posts" && !(drafts && name == "_drafts"))
                            || (site.IsExcluded(string.Join('/', [.. segments, name]), isFolder: true) && !site.IsIncluded(name, isFolder: true))
                        : SkippedFolders.Contains(name);
                    if (entry.LinkTarget is not null || skipped)
                    {
                        continue;
                    }

                    pending.Push((entry.FullName, [.. segments, name]));
                }
                else if (site.IsMarkdown(name) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
                {
                    count++;
                    yield return (entry.FullName, [.. segments, name]);
                }
            }
        }
    }

    /// <summary>The URL of the table closest to <paramref name="url"/>: the same but for letter case or Unicode form, the
    /// same last segment (a post's slug) under another path, else a small edit distance; null when none is close.</summary>
    public string? Closest(string url)
    {
        var key = Fold(url);
        var decomposed = UnicodeNames.Decompose(key);
        var slug = LastSegment(url);
        var depth = url.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        var generated = depth > 0 && GeneratedSections.Contains(url.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
        string? sameSlug = null;
        var slugCount = 0;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in _pages.Keys)
        {
            var folded = Fold(candidate);
            if (UnicodeNames.Decompose(folded) == decomposed)
            {
                return candidate;
            }

            if (!generated && slug.Length >= 8 && slug.Contains('-', StringComparison.Ordinal) && LastSegment(candidate) == slug
                && candidate.Split('/', StringSplitOptions.RemoveEmptyEntries).Length == depth)
            {
                sameSlug = candidate;
                slugCount++;
            }

            if (!generated && Math.Abs(folded.Length - key.Length) <= 3)
            {
                var distance = SiteFiles.EditDistance(key, folded);
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        if (slugCount == 1)
        {
            return sameSlug;
        }

        return best is not null && bestDistance <= Math.Clamp(LastSegment(url).Length / 4, 1, 3) ? best : null;
    }

    // Compared decomposed (UnicodeNames): with invariant globalization string.Normalize returns its input unchanged.
    private static string Fold(string url) => url.ToLowerInvariant().TrimEnd('/');

    private static string LastSegment(string url)
    {
        var trimmed = url.TrimEnd('/');
        var name = trimmed[(trimmed.LastIndexOf('/') + 1)..];
        return name.EndsWith(".html", StringComparison.Ordinal) ? name[..^5] : name;
    }
}
