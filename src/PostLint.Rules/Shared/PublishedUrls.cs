using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>The parts of a Jekyll <c>_config.yml</c> that decide where a page is published.</summary>
public sealed class JekyllSettings
{
    /// <summary>A collection: whether it is written to the site (<c>output</c>) and its permalink template.</summary>
    public sealed record Collection(bool Output, string? Permalink);

    /// <summary>A <c>defaults:</c> entry.</summary>
    public sealed record DefaultSet(string Path, string? Type, YMapping Values);

    /// <summary>The site's <c>permalink</c> (a template or a named style), or null for the default <c>date</c> style.</summary>
    public string? Permalink { get; init; }

    /// <summary>Collections by label.</summary>
    public IReadOnlyDictionary<string, Collection> Collections { get; init; } = new Dictionary<string, Collection>();

    /// <summary>Front matter defaults, in config order.</summary>
    public IReadOnlyList<DefaultSet> Defaults { get; init; } = [];

    /// <summary>The <c>collections_dir</c> folder (below the source), as segments.</summary>
    public IReadOnlyList<string> CollectionsDir { get; init; } = [];

    /// <summary>The <c>plugins</c> (or older <c>gems</c>) list.</summary>
    public IReadOnlySet<string> Plugins { get; init; } = new HashSet<string>();

    /// <summary>Settings with nothing but the site's permalink.</summary>
    public static JekyllSettings From(Site site)
    {
        // Read once with the site, as leniently as Jekyll reads it.
        var root = site.Config;
        var collections = new Dictionary<string, Collection>(StringComparer.Ordinal);
        switch (root?.Get("collections"))
        {
            case YMapping map:
                foreach (var entry in map.Entries)
                {
                    if (entry.KeyText is { Length: > 0 } label)
                    {
                        var values = entry.Value as YMapping;
                        // Ruby's truth: any value but nil and false (YAML 1.1's false, no, off in any case) writes the
                        // collection; a quoted "false" is a string, so true.
                        var output = values?.Get("output") is { } o && o is not YScalar { IsNull: true } && !YBoolean.IsFalse(o, yaml11: true);
                        var permalink = values?.Get("permalink") is YScalar { IsNull: false } p ? p.Value : null;
                        collections[label] = new Collection(output, permalink);
                    }
                }

                break;
            case YSequence seq:
                foreach (var item in seq.Items.OfType<YScalar>())
                {
                    collections[item.Value] = new Collection(false, null);
                }

                break;
        }

        var defaults = new List<DefaultSet>();
        if (root?.Get("defaults") is YSequence sets)
        {
            foreach (var set in sets.Items.OfType<YMapping>())
            {
                var values = set.Get("values") as YMapping;
                if (values is null)
                {
                    continue;
                }

                var scope = set.Get("scope") as YMapping;
                var path = scope?.Get("path") is YScalar { IsNull: false } sp ? sp.Value : "";
                var type = scope?.Get("type") is YScalar { IsNull: false } st ? st.Value : null;
                type = type switch { "page" => "pages", "post" => "posts", "draft" => "drafts", _ => type }; // Jekyll's deprecated names
                defaults.Add(new DefaultSet(path, type, values));
            }
        }

        var collectionsDir = root?.Get("collections_dir") is YScalar { IsNull: false } cd
            ? cd.Value.Split('/', StringSplitOptions.RemoveEmptyEntries)
            : [];
        var plugins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in new[] { "plugins", "gems" })
        {
            if (root?.Get(key) is YSequence list)
            {
                plugins.UnionWith(list.Items.OfType<YScalar>().Select(i => i.Value.Trim()));
            }
        }

        return new JekyllSettings { Permalink = site.Permalink, Collections = collections, Defaults = defaults, CollectionsDir = collectionsDir, Plugins = plugins };
    }
}

/// <summary>What a page is and where its generator publishes it.</summary>
/// <param name="Url">The URL path of the page (decoded, starting with <c>/</c>).</param>
/// <param name="Kind">post, draft, page, or a collection's label.</param>
public sealed record PublishedPage(string Url, string Kind)
{
    /// <summary>The URL's folder: what a relative path in the page is resolved against.</summary>
    public string Folder => Url[..(Url.LastIndexOf('/') + 1)];
}

/// <summary>
/// Where Jekyll and Hugo publish a Markdown file: Jekyll's permalink templates and named styles (<c>date</c>, <c>pretty</c>,
/// <c>ordinal</c>, <c>weekdate</c>, <c>none</c>) with categories from folders and front matter, per-post
/// <c>permalink</c>, <c>defaults</c> and collections; Hugo's section paths, page bundles, <c>slug</c> and <c>url</c>.
/// </summary>
public static partial class PublishedUrls
{
    private const string OutputExt = ".html";

    [GeneratedRegex(@"^(?<date>\d{2,4}-\d{1,2}-\d{1,2})-(?<slug>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedName();

    [GeneratedRegex(@":([a-z_]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+", RegexOptions.CultureInvariant)]
    private static partial Regex PrettyUnsafe();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex DefaultUnsafe();

    private static readonly Dictionary<string, string> Styles = new(StringComparer.Ordinal)
    {
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["weekdate"] = "/:categories/:year/W:week/:short_day/:title:output_ext",
        ["none"] = "/:categories/:title:output_ext",
    };

    /// <summary>
    /// Where Jekyll publishes the file at <paramref name="segments"/> (below the site's source), or null when Jekyll does
    /// not render it (no front matter, or a post whose file name does not start with a date). With
    /// <paramref name="withoutFrontMatter"/>, a file without front matter is placed too (a post, which Jekyll 4 renders
    /// all the same; a Markdown page where jekyll-optional-front-matter runs).
    /// </summary>
    public static PublishedPage? Jekyll(Post post, IReadOnlyList<string> segments, JekyllSettings settings, DateTimeOffset now, bool withoutFrontMatter = false)
    {
        if ((post.FrontMatter is null && !withoutFrontMatter) || segments.Count == 0)
        {
            return null;
        }

        var fileName = segments[^1];
        var basename = Path.GetFileNameWithoutExtension(fileName);
        var relativePath = string.Join('/', segments);
        var kind = "page";
        var at = -1;
        for (var i = 0; i < segments.Count - 1 && at < 0; i++)
        {
            if (segments[i] == "_posts" || segments[i] == "_drafts")
            {
                kind = segments[i] == "_posts" ? "post" : "draft";
                at = i;
            }
            else if (segments[i].Length > 1 && segments[i][0] == '_' && settings.Collections.ContainsKey(segments[i][1..]))
            {
                kind = segments[i][1..];
                at = i;
            }
        }

        var type = kind switch { "post" or "draft" => "posts", "page" => "pages", _ => kind };

        // Defaults see a document's path below collections_dir, a page's below the source. A document's front matter is
        // merged over all its defaults (Jekyll's FrontmatterDefaults#all), a page reads each key on its own (#find).
        var document = kind != "page";
        var scopedPath = document && StartsWith(segments, settings.CollectionsDir) ? string.Join('/', segments.Skip(settings.CollectionsDir.Count)) : relativePath;
        YNode? Default(string key) => DefaultValue(settings, scopedPath, type, key, merged: document);
        YNode? Value(string key) => post.FrontMatter?.Root?.Get(key) ?? Default(key);
        // Used as written, spaces and all (an empty one stops Jekyll's build: "Invalid permalink").
        var permalink = YScalar.TextOf(Value("permalink")) is { Length: > 0 } p ? p : null;
        var style = settings.Permalink is { Length: > 0 } s ? s : "date";
        var styleTemplate = Styles.TryGetValue(style, out var named) ? named : style;

        // Markdown becomes .html; an HTML file keeps its own extension (Jekyll's Identity converter: old.htm is /old.htm).
        var outputExt = post.Site.IsMarkdown(fileName) ? OutputExt : Path.GetExtension(fileName);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["output_ext"] = outputExt.Length > 0 ? outputExt : OutputExt };
        string template;
        if (kind is "post" or "draft")
        {
            var m = DatedName().Match(basename);
            if (!m.Success && kind == "post")
            {
                // Jekyll publishes only posts whose file name starts with a date.
                return null;
            }

            var slug = m.Success ? m.Groups["slug"].Value : basename;
            if (YScalar.TextOf(Value("slug")) is { Length: > 0 } slugText)
            {
                slug = slugText;
            }

            var date = PostDate(Value("date"), m.Success ? m.Groups["date"].Value : null, kind == "draft" ? JekyllSchedule.Modified(post) ?? now : now);
            AddDate(values, date);
            values["title"] = Slugify(slug, pretty: true);
            values["slug"] = Slugify(slug, pretty: false).ToLowerInvariant();
            values["name"] = Slugify(basename, pretty: false).ToLowerInvariant();
            var folders = segments.Take(at).ToList();
            if (StartsWith(folders, settings.CollectionsDir))
            {
                folders.RemoveRange(0, settings.CollectionsDir.Count);
            }

            values["categories"] = CategoryPath(Categories(post, folders, Default));
            values["collection"] = "posts";
            // collections: posts: permalink:, taken as a template even when it names a style (Jekyll 4.3.1 writes a post
            // at /pretty.html for "pretty"); Jekyll fills it with the site's permalink when it is not set.
            var postsPermalink = settings.Collections.TryGetValue("posts", out var posts) && posts.Permalink is { Length: > 0 } pp ? pp : null;
            template = permalink ?? postsPermalink ?? styleTemplate;
        }
        else if (kind == "page")
        {
            var dir = "/" + string.Join('/', segments.Take(segments.Count - 1));
            values["path"] = dir;
            values["basename"] = basename;
            var isIndex = basename == "index";
            template = permalink ?? (isIndex ? "/:path/" : AddSuffix("/:path/:basename", style));
        }
        else
        {
            var inCollection = segments.Skip(at + 1).ToList();
            inCollection[^1] = basename;
            values["collection"] = kind;
            values["path"] = string.Join('/', inCollection);
            values["name"] = Slugify(basename, pretty: false).ToLowerInvariant();
            var slug = YScalar.TextOf(Value("slug")) is { Length: > 0 } cs ? cs : basename;
            values["title"] = Slugify(slug, pretty: true);
            values["slug"] = Slugify(slug, pretty: false).ToLowerInvariant();
            values["categories"] = CategoryPath(Categories(post, [], Default)); // a document's folders are no categories
            template = permalink ?? settings.Collections[kind].Permalink ?? AddSuffix("/:collection/:path", style);
        }

        var url = Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        return new PublishedPage(Sanitize(url), kind);
    }

    /// <summary>
    /// Where Hugo publishes a file of its <c>content/</c> folder (<paramref name="segments"/> below it): the section path
    /// plus the file's name or <c>slug</c>, the bundle's folder for <c>index.md</c> and <c>_index.md</c>, or <c>url</c>.
    /// </summary>
    public static PublishedPage Hugo(Post post, IReadOnlyList<string> segments)
    {
        var root = post.FrontMatter?.Root;
        if (YScalar.TextOf(root?.Get("url")) is { Length: > 0 } url) // as written, spaces and all
        {
            return new PublishedPage(Sanitize(url.EndsWith('/') || Path.HasExtension(url) ? url : url + "/"), "page");
        }

        // Sections, the file's name and slug are lower-cased unless disablePathToLower is set (Hugo 0.111 writes
        // content/Tech/MyPost.md at /tech/mypost/); url above is kept as written.
        var lower = !post.Site.DisablePathToLower;
        var basename = Path.GetFileNameWithoutExtension(segments[^1]);
        var dirs = segments.Take(segments.Count - 1).Select(d => lower ? d.ToLowerInvariant() : d);
        if (basename is "index" or "_index")
        {
            return new PublishedPage(HugoSanitize(SitePaths.ToUrl(dirs, trailingSlash: true)), "bundle");
        }

        // The slug as written, spaces and all (Hugo 0.111: slug " Sp a! " gives /tech/-sp-a-/).
        var name = YScalar.TextOf(root?.Get("slug")) is { Length: > 0 } s ? s : basename;
        return new PublishedPage(HugoSanitize(SitePaths.ToUrl(dirs.Append(lower ? name.ToLowerInvariant() : name), trailingSlash: true)), "page");
    }

    /// <summary>
    /// Hugo's <c>paths.Sanitize</c> (0.111), which it applies to a page's path: letters, digits, marks and
    /// <c>. / \ _ # + ~ - @</c> stay, as does <c>%</c> before two hex digits; a run of white space becomes one <c>-</c>
    /// (none next to a <c>-</c>, none at the very start); anything else is dropped (<c>x (1)&amp;y</c> gives <c>x-1y</c>).
    /// </summary>
    public static string HugoSanitize(string path)
    {
        var sb = new StringBuilder(path.Length);
        bool prependHyphen = false, wasHyphen = false;
        var at = 0;
        foreach (var r in path.EnumerateRunes())
        {
            if (IsHugoPathCharacter(path, at, r))
            {
                wasHyphen = r.Value == '-';
                if (prependHyphen && !wasHyphen)
                {
                    sb.Append('-');
                }

                prependHyphen = false;
                sb.Append(r.ToString());
            }
            else if (sb.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(r))
            {
                prependHyphen = true;
            }

            at += r.Utf16SequenceLength;
        }

        return sb.ToString();
    }

    private static bool IsHugoPathCharacter(string path, int at, Rune r) =>
        r.Value != ' ' && (Rune.IsLetter(r) || Rune.IsDigit(r) || r.Value is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@'
            || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || (r.Value == '%' && at + 2 < path.Length && char.IsAsciiHexDigit(path[at + 1]) && char.IsAsciiHexDigit(path[at + 2])));

    /// <summary>Whether <paramref name="segments"/> start with the (non-empty) <paramref name="folder"/>.</summary>
    private static bool StartsWith(IReadOnlyList<string> segments, IReadOnlyList<string> folder) =>
        folder.Count > 0 && segments.Take(folder.Count).SequenceEqual(folder, StringComparer.Ordinal);

    /// <summary>
    /// A value from the <c>defaults</c> entries that apply, with Jekyll's precedence (longer path, then type, then the
    /// later one). <paramref name="merged"/>: as a document's defaults are merged, where an entry with precedence but
    /// without the key still outranks the entries before it.
    /// </summary>
    private static YNode? DefaultValue(JekyllSettings settings, string relativePath, string type, string key, bool merged)
    {
        YNode? value = null;
        JekyllSettings.DefaultSet? winner = null;
        var collectionsDir = string.Join('/', settings.CollectionsDir) + "/";
        foreach (var set in settings.Defaults)
        {
            // The scope's path as written, less a leading collections_dir: Jekyll 4.3 matches "blog/" as a prefix with
            // its slash, and "/blog" (or "/") never.
            var scopePath = collectionsDir.Length > 1 && set.Path.StartsWith(collectionsDir, StringComparison.Ordinal) ? set.Path[collectionsDir.Length..] : set.Path;
            if (scopePath.Length > 0 && !relativePath.StartsWith(scopePath, StringComparison.Ordinal))
            {
                continue;
            }

            if (set.Type is not null && set.Type != type)
            {
                continue;
            }

            var v = set.Values.Get(key);
            if (v is null && !merged)
            {
                continue;
            }

            if (winner is null || HasPrecedence(winner, set))
            {
                winner = set;
                value = v ?? value;
            }
            else
            {
                value ??= v;
            }
        }

        return value;
    }

    private static bool HasPrecedence(JekyllSettings.DefaultSet old, JekyllSettings.DefaultSet @new)
    {
        // The paths as written (an entry that applies has no leading slash to drop).
        if (@new.Path.Length != old.Path.Length)
        {
            return @new.Path.Length >= old.Path.Length;
        }

        return @new.Type is not null || old.Type is null;
    }

    /// <summary>
    /// Categories as Jekyll builds them: folders above <c>_posts</c>, then the <c>categories</c> of the defaults and of
    /// the front matter (merged, not replaced), then <c>category</c>.
    /// </summary>
    private static IEnumerable<string> Categories(Post post, IEnumerable<string> folders, Func<string, YNode?> defaultValue)
    {
        var result = new List<string>(folders.Where(f => f.Length > 0));
        YNode? Get(string key) => post.FrontMatter?.Root?.Get(key) ?? defaultValue(key);
        void AddAll(YNode? node)
        {
            switch (node)
            {
                case YScalar { IsNull: false } s:
                    result.AddRange(s.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    break;
                case YSequence seq:
                    result.AddRange(seq.Items.OfType<YScalar>().Where(i => !i.IsNull).Select(i => i.Value));
                    break;
            }
        }

        AddAll(defaultValue("categories"));
        AddAll(post.FrontMatter?.Root?.Get("categories"));
        if (Get("category") is YScalar { IsNull: false } one)
        {
            result.Add(one.Value);
        }

        return result.Distinct(StringComparer.Ordinal);
    }

    /// <summary>The <c>:categories</c> of a URL: lower-cased, each once.</summary>
    private static string CategoryPath(IEnumerable<string> categories) =>
        string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal));

    private static DateTime PostDate(YNode? dateNode, string? fromName, DateTimeOffset now)
    {
        // Jekyll reads `date` with Ruby's Time.parse (Jul 08 2022, 2022.07.08; 2022-02-30 is 2022-03-02).
        // The scalar and the results are declared before the tests so that the tests' mutants compile.
        var scalar = dateNode as YScalar;
        PostDates.Written date = default;
        if (scalar is not null && PostDates.TryRead(SiteKind.Jekyll, scalar, out date))
        {
            return date.WallClock;
        }

        var named = default(DateTime);
        if (fromName is not null && DateTime.TryParseExact(fromName, ["yyyy-M-d", "yy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out named))
        {
            return named;
        }

        return now.DateTime;
    }

    private static void AddDate(Dictionary<string, string> values, DateTime date)
    {
        var inv = CultureInfo.InvariantCulture;
        values["year"] = date.ToString("yyyy", inv);
        values["short_year"] = date.ToString("yy", inv);
        values["month"] = date.ToString("MM", inv);
        values["i_month"] = date.Month.ToString(inv);
        values["short_month"] = date.ToString("MMM", inv);
        values["long_month"] = date.ToString("MMMM", inv);
        values["day"] = date.ToString("dd", inv);
        values["i_day"] = date.Day.ToString(inv);
        values["y_day"] = date.DayOfYear.ToString("000", inv);
        values["hour"] = date.ToString("HH", inv);
        values["minute"] = date.ToString("mm", inv);
        values["second"] = date.ToString("ss", inv);
        values["short_day"] = date.ToString("ddd", inv);
        values["long_day"] = date.ToString("dddd", inv);
        values["week"] = ISOWeek.GetWeekOfYear(date).ToString("00", inv);
        values["w_year"] = ISOWeek.GetYear(date).ToString(inv);
        values["w_day"] = ((int)date.DayOfWeek == 0 ? 7 : (int)date.DayOfWeek).ToString(inv);
    }

    /// <summary>The value of a scalar that is not YAML's null, else null.</summary>
    /// <summary>
    /// Jekyll's <c>Utils.add_permalink_suffix</c>: Jekyll 4.3 names <c>date</c>, <c>ordinal</c> and <c>none</c> but not
    /// <c>weekdate</c>, so pages and collection documents get no <c>.html</c> with that style.
    /// </summary>
    private static string AddSuffix(string template, string style) => style switch
    {
        "pretty" => template + "/",
        "date" or "ordinal" or "none" => template + ":output_ext",
        _ => template + (style.EndsWith('/') ? "/" : "") + (style.EndsWith(":output_ext", StringComparison.Ordinal) ? ":output_ext" : ""),
    };

    /// <summary>Jekyll's <c>Utils.slugify</c> in <c>pretty</c> (case kept) or <c>default</c> mode.</summary>
    public static string Slugify(string text, bool pretty) =>
        (pretty ? PrettyUnsafe() : DefaultUnsafe()).Replace(text, "-").Trim('-');

    /// <summary>Jekyll's <c>URL#sanitize_url</c>: a leading slash, no <c>..</c> or <c>./</c>, no doubled slashes.</summary>
    private static string Sanitize(string url)
    {
        var s = ("/" + url).Replace("..", "/", StringComparison.Ordinal).Replace("./", "", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c != '/' || sb.Length == 0 || sb[^1] != '/')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
