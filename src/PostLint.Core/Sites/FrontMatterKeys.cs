namespace PostLint.Sites;

/// <summary>What a generator makes of a front matter key's value.</summary>
public enum FrontMatterKeyType
{
    /// <summary>A date or date-time, read with the generator's <see cref="DateGrammar"/>.</summary>
    Date,

    /// <summary>A boolean (<c>true</c> / <c>false</c>).</summary>
    Boolean,

    /// <summary>Either: Hugo reads <c>published: false</c> as a draft and <c>published: 2025-03-01</c> as the publish date.</summary>
    BooleanOrDate,

    /// <summary>The path or URL of an image.</summary>
    ImagePath,

    /// <summary>A list of names (a YAML sequence, or one name).</summary>
    List,
}

/// <summary>What happens to the page when a date key holds a value that is not a date the generator reads.</summary>
public enum InvalidDateConsequence
{
    /// <summary>The generator stops the build (Jekyll's <c>date</c> of a document, an Astro schema date).</summary>
    BuildStops,

    /// <summary>The build goes on without the date (Hugo dates the page 0001-01-01, or ignores the key).</summary>
    Dropped,

    /// <summary>Nothing reads it as a date; a theme may show it as written.</summary>
    ShownAsWritten,
}

/// <summary>A key the generator (or the themes and plugins built on it) gives a meaning.</summary>
/// <param name="Name">The key as written in front matter.</param>
/// <param name="Type">The value's type.</param>
/// <param name="Consequence">For dates: what an invalid value does.</param>
public sealed record FrontMatterKey(string Name, FrontMatterKeyType Type, InvalidDateConsequence Consequence = InvalidDateConsequence.ShownAsWritten);

/// <summary>
/// The front matter keys each generator knows, and their types: one table per <see cref="SiteKind"/>. A key's type
/// depends on the generator: <c>published</c> is a boolean in Jekyll and a date (or the inverse of <c>draft</c>) in
/// Hugo. Rules ask this table instead of special-casing a generator.
/// </summary>
public static class FrontMatterKeys
{
    /// <summary>
    /// Dates that Jekyll itself never reads but themes show (Minimal Mistakes, Chirpy, Hydejack: <c>last_modified_at</c>),
    /// and that jekyll-feed and jekyll-sitemap turn into XML dates.
    /// </summary>
    private static readonly string[] ThemeDateKeys = ["last_modified_at", "last_modified", "lastmod", "modified", "updated", "updated_at", "created", "created_at"];

    private static readonly FrontMatterKey[] Jekyll =
    [
        // Jekyll parses `date` of every document (posts, drafts, collections) with Ruby's Time.parse and stops the
        // build when it cannot; pages only pass it to the theme.
        new("date", FrontMatterKeyType.Date, InvalidDateConsequence.BuildStops),
        .. ThemeDateKeys.Select(k => new FrontMatterKey(k, FrontMatterKeyType.Date)),
        new("published", FrontMatterKeyType.Boolean),
        new("render_with_liquid", FrontMatterKeyType.Boolean),
        new("image", FrontMatterKeyType.ImagePath),
        new("categories", FrontMatterKeyType.List),
        new("tags", FrontMatterKeyType.List),
    ];

    private static readonly FrontMatterKey[] Hugo =
    [
        // Hugo's date keys and their aliases (front matter keys are case-insensitive in Hugo). A value Hugo cannot
        // read is dropped without a word: the page is dated 0001-01-01, or never expires.
        new("date", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("publishDate", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("pubDate", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("published", FrontMatterKeyType.BooleanOrDate, InvalidDateConsequence.Dropped),
        new("lastmod", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("modified", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("expiryDate", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("unpublishDate", FrontMatterKeyType.Date, InvalidDateConsequence.Dropped),
        new("draft", FrontMatterKeyType.Boolean),
        new("headless", FrontMatterKeyType.Boolean),
        new("images", FrontMatterKeyType.List),
        new("categories", FrontMatterKeyType.List),
        new("tags", FrontMatterKeyType.List),
        new("aliases", FrontMatterKeyType.List),
    ];

    private static readonly FrontMatterKey[] Astro =
    [
        // The blog starter's content schema: `pubDate: z.coerce.date()`, `updatedDate: z.coerce.date().optional()`,
        // `heroImage`. A value `new Date()` cannot read fails the schema, and the build stops. Other keys mean
        // whatever the site's own schema says, so they are not treated as dates.
        new("pubDate", FrontMatterKeyType.Date, InvalidDateConsequence.BuildStops),
        new("updatedDate", FrontMatterKeyType.Date, InvalidDateConsequence.BuildStops),
        new("heroImage", FrontMatterKeyType.ImagePath),
        new("draft", FrontMatterKeyType.Boolean),
        new("tags", FrontMatterKeyType.List),
    ];

    private static readonly FrontMatterKey[] Plain =
    [
        // No generator: GitHub shows the front matter as a table and nothing reads the dates, so nothing stops; a
        // key another generator reads as a boolean (`published`) may be either.
        new("date", FrontMatterKeyType.Date),
        .. ThemeDateKeys.Select(k => new FrontMatterKey(k, FrontMatterKeyType.Date)),
        new("publishDate", FrontMatterKeyType.Date),
        new("pubDate", FrontMatterKeyType.Date),
        new("updatedDate", FrontMatterKeyType.Date),
        new("expiryDate", FrontMatterKeyType.Date),
        new("published", FrontMatterKeyType.BooleanOrDate),
        new("draft", FrontMatterKeyType.Boolean),
        new("image", FrontMatterKeyType.ImagePath),
        new("categories", FrontMatterKeyType.List),
        new("tags", FrontMatterKeyType.List),
    ];

    private static readonly Dictionary<string, FrontMatterKey> JekyllByName = Index(Jekyll, StringComparer.Ordinal);
    private static readonly Dictionary<string, FrontMatterKey> HugoByName = Index(Hugo, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, FrontMatterKey> AstroByName = Index(Astro, StringComparer.Ordinal);
    private static readonly Dictionary<string, FrontMatterKey> PlainByName = Index(Plain, StringComparer.Ordinal);

    private static Dictionary<string, FrontMatterKey> Index(FrontMatterKey[] keys, StringComparer comparer) =>
        keys.ToDictionary(k => k.Name, comparer);

    /// <summary>Every key <paramref name="kind"/> knows, in table order.</summary>
    public static IReadOnlyList<FrontMatterKey> All(SiteKind kind) => kind switch
    {
        SiteKind.Jekyll => Jekyll,
        SiteKind.Hugo => Hugo,
        SiteKind.Astro => Astro,
        _ => Plain,
    };

    /// <summary>The key named <paramref name="name"/> as <paramref name="kind"/> reads it, or null when it has no meaning there.</summary>
    public static FrontMatterKey? Find(SiteKind kind, string name) =>
        (kind switch
        {
            SiteKind.Jekyll => JekyllByName,
            SiteKind.Hugo => HugoByName,
            SiteKind.Astro => AstroByName,
            _ => PlainByName,
        }).GetValueOrDefault(name);

    /// <summary>The keys <paramref name="kind"/> reads as dates (boolean-or-date keys included).</summary>
    public static IEnumerable<FrontMatterKey> Dates(SiteKind kind) =>
        All(kind).Where(k => k.Type is FrontMatterKeyType.Date or FrontMatterKeyType.BooleanOrDate);

    /// <summary>The keys themes show as a post's last change (<c>last_modified_at</c> and the like), without the creation dates.</summary>
    private static readonly string[] ThemeModifiedKeys = ["last_modified_at", "lastmod", "last_modified", "modified", "updated", "updated_at"];

    /// <summary>
    /// The keys that date a post, in the order the generator looks for them: Jekyll's <c>date</c>; Hugo's page date
    /// (<c>date</c>, else <c>publishDate</c>, <c>pubDate</c>, <c>published</c>); the Astro starter's <c>pubDate</c>.
    /// </summary>
    public static IReadOnlyList<string> PostDateKeys(SiteKind kind) => kind switch
    {
        SiteKind.Hugo => ["date", "publishDate", "pubDate", "published"],
        SiteKind.Astro => ["pubDate"],
        _ => ["date"],
    };

    /// <summary>
    /// The keys whose date holds a post back until it comes, in the order the generator looks for them: Jekyll's
    /// <c>date</c> (then the file name's date), Hugo's publish date (<c>publishDate</c>, <c>pubDate</c>,
    /// <c>published</c>, else <c>date</c>); none for Astro, which publishes a post whatever its date.
    /// </summary>
    public static IReadOnlyList<string> PublishDateKeys(SiteKind kind) => kind switch
    {
        SiteKind.Hugo => ["publishDate", "pubDate", "published", "date"],
        SiteKind.Astro => [],
        _ => ["date"],
    };

    /// <summary>The keys after whose date the generator stops publishing a page: Hugo's <c>expiryDate</c> and <c>unpublishDate</c>.</summary>
    public static IReadOnlyList<string> ExpiryDateKeys(SiteKind kind) =>
        kind == SiteKind.Hugo ? ["expiryDate", "unpublishDate"] : [];

    /// <summary>
    /// The keys that hold the date of a post's last change: the ones themes show on a Jekyll site, Hugo's
    /// <c>lastmod</c> and <c>modified</c>, the Astro starter's <c>updatedDate</c>; any of them without a generator.
    /// </summary>
    public static IReadOnlyList<string> ModifiedDateKeys(SiteKind kind) => kind switch
    {
        SiteKind.Jekyll => ThemeModifiedKeys,
        SiteKind.Hugo => ["lastmod", "modified"],
        SiteKind.Astro => ["updatedDate"],
        _ => [.. ThemeModifiedKeys, "updatedDate"],
    };

    /// <summary>Whether <paramref name="kind"/> matches front matter keys ignoring case (Hugo does).</summary>
    public static StringComparer KeyComparer(SiteKind kind) =>
        kind == SiteKind.Hugo ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// What an invalid value of the date key <paramref name="key"/> does on <paramref name="site"/>, for the document
    /// at <paramref name="isDocument"/>: Jekyll parses <c>date</c> only for documents (posts, drafts, collections),
    /// and jekyll-feed and jekyll-sitemap pass <c>last_modified_at</c> (and <c>date</c>) through
    /// <c>date_to_xmlschema</c>, which stops the build on a value it cannot read.
    /// </summary>
    public static InvalidDateConsequence Consequence(Site site, FrontMatterKey key, bool isDocument)
    {
        if (site.Kind != SiteKind.Jekyll)
        {
            return key.Consequence;
        }

        var sitemap = site.Plugins.Contains("jekyll-sitemap");
        var feed = isDocument && site.Plugins.Contains("jekyll-feed");
        return key.Name switch
        {
            "date" when isDocument || sitemap => InvalidDateConsequence.BuildStops,
            "last_modified_at" when sitemap || feed => InvalidDateConsequence.BuildStops,
            _ => InvalidDateConsequence.ShownAsWritten,
        };
    }
}
