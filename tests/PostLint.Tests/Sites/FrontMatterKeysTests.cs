using PostLint.Sites;

namespace PostLint.Tests.Sites;

/// <summary>
/// The front matter keys each generator reads, as PostLint models them: their kind, and what the generator does with a
/// date it cannot read. Each line is one key; the oracle sites build these against the real generators.
/// </summary>
public class FrontMatterKeysTests
{
    private static string Describe(SiteKind kind) =>
        string.Join("\n", FrontMatterKeys.All(kind).Select(k => $"{k.Name} {k.Type} {k.Consequence}"));

    private const string ThemeDates =
        "last_modified_at Date ShownAsWritten\nlast_modified Date ShownAsWritten\nlastmod Date ShownAsWritten\nmodified Date ShownAsWritten\n" +
        "updated Date ShownAsWritten\nupdated_at Date ShownAsWritten\ncreated Date ShownAsWritten\ncreated_at Date ShownAsWritten\n";

    [Fact]
    public void Jekyll_reads_date_and_the_themes_dates()
    {
        Assert.Equal(
            "date Date BuildStops\n" + ThemeDates +
            "published Boolean ShownAsWritten\nrender_with_liquid Boolean ShownAsWritten\nimage ImagePath ShownAsWritten\ncategories List ShownAsWritten\ntags List ShownAsWritten",
            Describe(SiteKind.Jekyll));
        Assert.Equal(["date"], FrontMatterKeys.PostDateKeys(SiteKind.Jekyll));
        Assert.Equal(["date"], FrontMatterKeys.PublishDateKeys(SiteKind.Jekyll));
        Assert.Empty(FrontMatterKeys.ExpiryDateKeys(SiteKind.Jekyll));
        Assert.Equal(["last_modified_at", "lastmod", "last_modified", "modified", "updated", "updated_at"], FrontMatterKeys.ModifiedDateKeys(SiteKind.Jekyll));
    }

    [Fact]
    public void Hugo_reads_its_date_keys_and_their_aliases_in_any_letter_case()
    {
        Assert.Equal(
            "date Date Dropped\npublishDate Date Dropped\npubDate Date Dropped\npublished BooleanOrDate Dropped\nlastmod Date Dropped\nmodified Date Dropped\n" +
            "expiryDate Date Dropped\nunpublishDate Date Dropped\ndraft Boolean ShownAsWritten\nheadless Boolean ShownAsWritten\nimages List ShownAsWritten\n" +
            "categories List ShownAsWritten\ntags List ShownAsWritten\naliases List ShownAsWritten",
            Describe(SiteKind.Hugo));
        Assert.Equal("publishDate", FrontMatterKeys.Find(SiteKind.Hugo, "PUBLISHDATE")?.Name);
        Assert.Equal(["date", "publishDate", "pubDate", "published"], FrontMatterKeys.PostDateKeys(SiteKind.Hugo));
        Assert.Equal(["publishDate", "pubDate", "published", "date"], FrontMatterKeys.PublishDateKeys(SiteKind.Hugo));
        Assert.Equal(["expiryDate", "unpublishDate"], FrontMatterKeys.ExpiryDateKeys(SiteKind.Hugo));
        Assert.Equal(["lastmod", "modified"], FrontMatterKeys.ModifiedDateKeys(SiteKind.Hugo));
        Assert.True(FrontMatterKeys.KeyComparer(SiteKind.Hugo).Equals("Date", "date"));
    }

    [Fact]
    public void Astro_reads_the_blog_starter_s_schema()
    {
        Assert.Equal(
            "pubDate Date BuildStops\nupdatedDate Date BuildStops\nheroImage ImagePath ShownAsWritten\ndraft Boolean ShownAsWritten\ntags List ShownAsWritten",
            Describe(SiteKind.Astro));
        Assert.Equal(["pubDate"], FrontMatterKeys.PostDateKeys(SiteKind.Astro));
        Assert.Empty(FrontMatterKeys.PublishDateKeys(SiteKind.Astro));
        Assert.Empty(FrontMatterKeys.ExpiryDateKeys(SiteKind.Astro));
        Assert.Equal(["updatedDate"], FrontMatterKeys.ModifiedDateKeys(SiteKind.Astro));
        Assert.Null(FrontMatterKeys.Find(SiteKind.Astro, "pubdate"));
        Assert.Equal(["pubDate", "updatedDate"], FrontMatterKeys.Dates(SiteKind.Astro).Select(k => k.Name));
    }

    [Fact]
    public void Without_a_generator_every_known_date_key_is_a_date_and_nothing_stops()
    {
        Assert.Equal(
            "date Date ShownAsWritten\n" + ThemeDates +
            "publishDate Date ShownAsWritten\npubDate Date ShownAsWritten\nupdatedDate Date ShownAsWritten\nexpiryDate Date ShownAsWritten\n" +
            "published BooleanOrDate ShownAsWritten\ndraft Boolean ShownAsWritten\nimage ImagePath ShownAsWritten\ncategories List ShownAsWritten\ntags List ShownAsWritten",
            Describe(SiteKind.None));
        Assert.Equal(["last_modified_at", "lastmod", "last_modified", "modified", "updated", "updated_at", "updatedDate"], FrontMatterKeys.ModifiedDateKeys(SiteKind.None));
        Assert.Null(FrontMatterKeys.Find(SiteKind.Jekyll, "Date"));
        Assert.False(FrontMatterKeys.KeyComparer(SiteKind.Jekyll).Equals("Date", "date"));
        Assert.Contains("published", FrontMatterKeys.Dates(SiteKind.None).Select(k => k.Name));
    }

    [Theory]
    [InlineData("date", true, "", "BuildStops")]
    [InlineData("date", false, "", "ShownAsWritten")]
    [InlineData("date", false, "jekyll-sitemap", "BuildStops")]
    [InlineData("last_modified_at", true, "", "ShownAsWritten")]
    [InlineData("last_modified_at", false, "jekyll-sitemap", "BuildStops")]
    [InlineData("last_modified_at", true, "jekyll-feed", "BuildStops")]
    [InlineData("last_modified_at", false, "jekyll-feed", "ShownAsWritten")]
    [InlineData("updated", true, "jekyll-sitemap", "ShownAsWritten")]
    public void In_jekyll_an_unreadable_date_stops_the_build_where_jekyll_or_a_plugin_parses_it(string key, bool isDocument, string plugin, string consequence)
    {
        var site = new Site(SiteKind.Jekyll, "/s", "/s", "", null, null) { Plugins = plugin.Length > 0 ? [plugin] : [] };
        Assert.Equal(consequence, FrontMatterKeys.Consequence(site, FrontMatterKeys.Find(SiteKind.Jekyll, key)!, isDocument).ToString());
        var hugo = new Site(SiteKind.Hugo, "/s", "/s", "", null, null) { Plugins = plugin.Length > 0 ? [plugin] : [] };
        Assert.Equal(InvalidDateConsequence.Dropped, FrontMatterKeys.Consequence(hugo, FrontMatterKeys.Find(SiteKind.Hugo, "date")!, isDocument));
    }
}
