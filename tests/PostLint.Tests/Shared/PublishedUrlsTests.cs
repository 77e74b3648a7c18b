using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;
using PostLint.Yaml;

namespace PostLint.Tests.Shared;

/// <summary>
/// Where Jekyll and Hugo publish a file. Every expected URL was read from a site built by the real generators
/// (Jekyll 4.3.1, Hugo 0.111.3, both in UTC): <c>page.url</c> and <c>doc.url</c> of Jekyll's Liquid, Hugo's written files.
/// </summary>
public class PublishedUrlsTests
{
    private const string Empty = "---\n---\nx\n";

    private static readonly DateTimeOffset Now = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static readonly Site Utc = new(SiteKind.Jekyll, "/site", "/site", "", null, null) { TimeZone = "UTC" };

    private static Site HugoSite(bool disablePathToLower = false) =>
        new(SiteKind.Hugo, "/site", "/site", "", null, null) { DisablePathToLower = disablePathToLower };

    /// <summary>A site whose config is <paramref name="yaml"/> (its <c>permalink</c> read as JekyllSite reads it).</summary>
    private static Site ConfiguredSite(string yaml)
    {
        var root = (YMapping)YamlReader.Parse(yaml, 0, yaml.Length).Root!;
        var permalink = root.Get("permalink") is YScalar { IsNull: false } p ? p.Value : null;
        return new Site(SiteKind.Jekyll, "/site", "/site", "", null, permalink) { Config = root, TimeZone = "UTC" };
    }

    private static JekyllSettings Settings(string yaml) => JekyllSettings.From(ConfiguredSite(yaml));

    /// <summary>"kind url" of the file at <paramref name="path"/> (below the source), or null when Jekyll renders none.</summary>
    private static string? Jekyll(string path, string text = Empty, JekyllSettings? settings = null, string? fullPath = null, Site? site = null)
    {
        var post = new Post(path, fullPath ?? "/nowhere/" + path, new SourceText(text), site ?? Utc);
        var page = PublishedUrls.Jekyll(post, path.Split('/'), settings ?? new JekyllSettings(), Now);
        return page is null ? null : page.Kind + " " + page.Url;
    }

    private static string Hugo(string path, string text = Empty, bool disablePathToLower = false)
    {
        var post = new Post("content/" + path, "/nowhere/content/" + path, new SourceText(text), HugoSite(disablePathToLower));
        var page = PublishedUrls.Hugo(post, path.Split('/'));
        return page.Kind + " " + page.Url;
    }

    private static readonly string[] StyleFiles =
    [
        "cat/_posts/2024-01-07-sunday.md", "_posts/2021-01-01-new-year.md", "_posts/2024-12-30-iso-next.md",
        "about.md", "docs/guide/setup.md", "index.md", "docs/index.md", "_recipes/soup/stew.md",
    ];

    [Theory]
    [InlineData("date", "/cat/2024/01/07/sunday.html /2021/01/01/new-year.html /2024/12/30/iso-next.html /about.html /docs/guide/setup.html / /docs/ /recipes/soup/stew.html")]
    [InlineData("pretty", "/cat/2024/01/07/sunday/ /2021/01/01/new-year/ /2024/12/30/iso-next/ /about/ /docs/guide/setup/ / /docs/ /recipes/soup/stew/")]
    [InlineData("ordinal", "/cat/2024/007/sunday.html /2021/001/new-year.html /2024/365/iso-next.html /about.html /docs/guide/setup.html / /docs/ /recipes/soup/stew.html")]
    // 2021-01-01 is in ISO week 53 of 2020, 2024-12-30 in week 1 of 2025; :year stays the date's year. Jekyll 4.3 adds no
    // suffix to pages and documents with weekdate (its add_permalink_suffix does not name it).
    [InlineData("weekdate", "/cat/2024/W01/Sun/sunday.html /2021/W53/Fri/new-year.html /2024/W01/Mon/iso-next.html /about /docs/guide/setup / /docs/ /recipes/soup/stew")]
    [InlineData("none", "/cat/sunday.html /new-year.html /iso-next.html /about.html /docs/guide/setup.html / /docs/ /recipes/soup/stew.html")]
    [InlineData("/:categories/:year/:title/", "/cat/2024/sunday/ /2021/new-year/ /2024/iso-next/ /about/ /docs/guide/setup/ / /docs/ /recipes/soup/stew/")]
    [InlineData("/blog/:year/:title:output_ext", "/blog/2024/sunday.html /blog/2021/new-year.html /blog/2024/iso-next.html /about.html /docs/guide/setup.html / /docs/ /recipes/soup/stew.html")]
    [InlineData("/:title", "/sunday /new-year /iso-next /about /docs/guide/setup / /docs/ /recipes/soup/stew")]
    [InlineData("", "/cat/2024/01/07/sunday.html /2021/01/01/new-year.html /2024/12/30/iso-next.html /about.html /docs/guide/setup.html / /docs/ /recipes/soup/stew.html")]
    public void Named_styles_and_templates_place_posts_pages_and_collection_documents(string style, string expected)
    {
        var settings = Settings($"permalink: \"{style}\"\ncollections:\n  recipes:\n    output: true\n");
        var kinds = "post post post page page page page recipes".Split(' ');
        var urls = expected.Split(' ');
        Assert.Equal(StyleFiles.Select((f, i) => kinds[i] + " " + urls[i]), StyleFiles.Select(f => Jekyll(f, settings: settings)));
    }

    [Fact]
    public void No_permalink_setting_is_the_date_style()
    {
        Assert.Equal("post /cat/2024/01/07/sunday.html", Jekyll("cat/_posts/2024-01-07-sunday.md"));
        Assert.Equal("page /docs/guide/setup.html", Jekyll("docs/guide/setup.md"));
    }

    private const string AllPlaceholders =
        "/:year/:short_year/:month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/:hour/:minute/:second/:short_day/:long_day/:week/:w_year/:w_day/:title/:slug/:name/:categories/:collection/";

    [Fact]
    public void Every_date_placeholder_of_a_post_and_a_draft()
    {
        var settings = new JekyllSettings { Permalink = AllPlaceholders };

        // The front matter's date wins over the file name's: 2021-01-03 is a Sunday (w_day 7) in ISO week 53 of 2020.
        Assert.Equal(
            "post /2021/21/01/1/Jan/January/03/3/003/07/08/09/Sun/Sunday/53/2020/7/New-Year-Post/new-year-post/2021-01-01-new-year-post/posts/",
            Jekyll("_posts/2021-01-01-New Year Post.md", "---\ndate: 2021-01-03 07:08:09\n---\n", settings));
        Assert.Equal(
            "post /2024/24/02/2/Feb/February/09/9/040/00/00/00/Fri/Friday/06/2024/5/plain/plain/2024-02-09-plain/posts/",
            Jekyll("_posts/2024-02-09-plain.md", Empty, settings));
        Assert.Equal(
            "draft /2024/24/03/3/Mar/March/04/4/064/05/06/07/Mon/Monday/10/2024/1/Draft-Post/draft-post/draft-post/posts/",
            Jekyll("_drafts/Draft Post.md", "---\ndate: 2024-03-04 05:06:07\n---\n", settings));
    }

    [Fact]
    public void A_file_name_with_a_short_or_unpadded_date()
    {
        Assert.Equal("post /2024/01/07/short.html", Jekyll("_posts/24-01-07-short.md"));
        Assert.Equal("post /2024/01/07/single.html", Jekyll("_posts/2024-1-7-single.md"));
    }

    [Fact]
    public void An_undated_draft_is_dated_by_its_file_time_in_the_site_zone_else_by_now()
    {
        var settings = new JekyllSettings { Permalink = "/:year/:month/:day/:hour/:minute/:second/:title/" };
        using var temp = new TempSite();
        var full = temp.Write("_drafts/undated.md", Empty);
        File.SetLastWriteTimeUtc(full, new DateTime(2023, 5, 6, 20, 2, 3, DateTimeKind.Utc));
        var seoul = Utc with { TimeZone = "Asia/Seoul" };

        Assert.Equal("draft /2023/05/07/05/02/03/undated/", Jekyll("_drafts/undated.md", Empty, settings, full, seoul));
        Assert.Equal("draft /2026/03/04/05/06/07/undated/", Jekyll("_drafts/undated.md", Empty, settings));

        // A post's date comes from its name, never from its file.
        var post = temp.Write("_posts/2020-02-03-dated.md", Empty);
        Assert.Equal("post /2020/02/03/00/00/00/dated/", Jekyll("_posts/2020-02-03-dated.md", Empty, settings, post, seoul));
    }

    [Fact]
    public void A_post_whose_name_has_no_date_and_a_page_without_front_matter_are_not_rendered()
    {
        Assert.Null(Jekyll("_posts/no-date.md"));
        Assert.Null(Jekyll("about.md", "no front matter\n"));
        Assert.Null(PublishedUrls.Jekyll(new Post("x.md", "/nowhere/x.md", new SourceText(Empty), Utc), [], new JekyllSettings(), Now));

        // A draft needs no date in its name.
        Assert.Equal("draft /2026/03/04/no-date.html", Jekyll("_drafts/no-date.md"));
    }

    [Fact]
    public void Categories_come_from_folders_and_front_matter_lower_cased_once_each()
    {
        // A string of categories is split at spaces; category is one more, kept whole.
        Assert.Equal(
            "post /tech/web/dev/tips/extra/2024/01/07/Folder-Post.html",
            Jekyll("tech/_posts/2024-01-07-Folder Post.md", "---\ncategories: \"Web Dev  Tips\"\ncategory: Extra\n---\n"));
        Assert.Equal(
            "post /tech/other/2024/01/08/list-cats.html",
            Jekyll("tech/_posts/2024-01-08-list-cats.md", "---\ncategories: [Tech, tech, ~, Other]\n---\n"));
        Assert.Equal("post /a/b/more words/2024/01/08/x.html", Jekyll("a/b/_posts/2024-01-08-x.md", "---\ncategory: More Words\n---\n"));
    }

    [Fact]
    public void Korean_titles_and_slugs_keep_their_letters()
    {
        Assert.Equal("post /2024/01/09/안녕-세상.html", Jekyll("_posts/2024-01-09-안녕 세상.md"));
        Assert.Equal("page /블로그/소개.html", Jekyll("블로그/소개.md"));
    }

    [Fact]
    public void Slug_front_matter_replaces_the_title_of_the_name()
    {
        var settings = new JekyllSettings { Permalink = "/:title/:slug/:name/" };
        Assert.Equal("post /2024/01/10/My-Slug!.html", Jekyll("_posts/2024-01-10-slugged.md", "---\nslug: My Slug!\n---\n"));
        Assert.Equal("post /My-Slug!/my-slug/2024-01-10-slugged/", Jekyll("_posts/2024-01-10-slugged.md", "---\nslug: My Slug!\n---\n", settings));
        Assert.Equal("post /Upper-Case/upper-case/2024-01-07-upper-case/", Jekyll("_posts/2024-01-07-Upper Case.md", Empty, settings));
        Assert.Equal("post /Upper-Case/upper-case/2024-01-07-upper-case/", Jekyll("_posts/2024-01-07-Upper Case.md", "---\nslug: \"\"\n---\n", settings));
        Assert.Equal("post /a.b!/a-b/2024-01-10-a-b/", Jekyll("_posts/2024-01-10-a.b!.md", Empty, settings));
    }

    [Fact]
    public void A_permalink_in_front_matter_wins_and_is_sanitized()
    {
        Assert.Equal("post /custom/2024/own/", Jekyll("_posts/2024-01-11-own.md", "---\npermalink: /custom/:year/:title/\n---\n"));
        Assert.Equal("post /a/b/c/d.html", Jekyll("_posts/2024-01-12-dots.md", "---\npermalink: /a/../b/./c//d.html\n---\n"));
        Assert.Equal("post /v1/2/x/", Jekyll("_posts/2024-01-11-v.md", "---\npermalink: /v1..2/x/\n---\n"));
        Assert.Equal("page /about-me/", Jekyll("docs/about.md", "---\npermalink: about-me/\n---\n"));
        // Used as written, spaces and all; a null one is none.
        Assert.Equal("page /  /x/y/  ", Jekyll("index.md", "---\npermalink: \"  /x/y/  \"\n---\n"));
        Assert.Equal("page /  ", Jekyll("about.md", "---\npermalink: \"  \"\n---\n"));
        Assert.Equal("page /about.html", Jekyll("about.md", "---\npermalink: ~\n---\n"));
    }

    [Fact]
    public void A_custom_style_ending_in_output_ext_or_a_slash_gives_pages_the_same_ending()
    {
        var ext = new JekyllSettings { Permalink = "/blog/:title:output_ext" };
        var slash = new JekyllSettings { Permalink = "/blog/:title/" };
        var bare = new JekyllSettings { Permalink = "/blog/:title" };
        Assert.Equal("page /docs/guide/setup.html", Jekyll("docs/guide/setup.md", settings: ext));
        Assert.Equal("page /docs/guide/setup/", Jekyll("docs/guide/setup.md", settings: slash));
        Assert.Equal("page /docs/guide/setup", Jekyll("docs/guide/setup.md", settings: bare));
        Assert.Equal("page /docs/", Jekyll("docs/index.md", settings: ext));
        Assert.Equal("page /docs/", Jekyll("docs/index.md", settings: bare));
    }

    [Fact]
    public void Collection_documents_with_and_without_their_own_permalink()
    {
        var settings = Settings(
            "collections:\n  recipes:\n    output: true\n  notes:\n    output: true\n    permalink: /n/:categories/:title/:slug/:name/:path/:collection:output_ext\n");

        Assert.Equal("recipes /recipes/soup/Kimchi Stew.html", Jekyll("_recipes/soup/Kimchi Stew.md", settings: settings));
        Assert.Equal("recipes /recipes/slugged.html", Jekyll("_recipes/slugged.md", "---\nslug: Other Name\n---\n", settings));

        // A document's folders are no categories; its front matter's are.
        Assert.Equal(
            "notes /n/a/b/Other-Name/other-name/note-one/sub/Note One/notes.html",
            Jekyll("_notes/sub/Note One.md", "---\nslug: Other Name\ncategories: [A, B]\n---\n", settings));
        Assert.Equal("notes /n/Note-One/note-one/note-one/sub/Note One/notes.html", Jekyll("_notes/sub/Note One.md", settings: settings));

        // The document's own permalink wins over the collection's; a folder is a collection's only as _label.
        Assert.Equal("notes /mine/", Jekyll("_notes/x.md", "---\npermalink: /mine/\n---\n", settings));

        // :title keeps the characters of slugify's pretty mode, :slug and :name only letters and digits.
        var own = new JekyllSettings { Collections = new Dictionary<string, JekyllSettings.Collection> { ["notes"] = new(true, "/n/:title/:slug/:name/") } };
        Assert.Equal("notes /n/Hi!/hi/wow/", Jekyll("_notes/Wow!.md", "---\nslug: Hi!\n---\n", own));
        Assert.Equal("page /xrecipes/a.html", Jekyll("xrecipes/a.md", settings: settings));
    }

    [Fact]
    public void From_reads_collections_defaults_collections_dir_and_plugins()
    {
        var settings = Settings(
            "permalink: pretty\ncollections_dir: my/coll/\ncollections:\n  recipes:\n    output: true\n    permalink: /r/:path/\n  notes: {}\n"
            + "defaults:\n  - scope:\n      path: blog\n      type: post\n    values:\n      layout: a\n  - values:\n      layout: b\n  - scope: {}\n"
            + "plugins: [jekyll-feed, \" jekyll-seo-tag \"]\ngems: [jekyll-sitemap]\n");

        Assert.Equal("pretty", settings.Permalink);
        Assert.Equal(["notes", "recipes"], settings.Collections.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new JekyllSettings.Collection(true, "/r/:path/"), settings.Collections["recipes"]);
        Assert.Equal(new JekyllSettings.Collection(false, null), settings.Collections["notes"]);
        Assert.Equal(["blog posts", " "], settings.Defaults.Select(d => d.Path + " " + d.Type));
        Assert.Equal(["my", "coll"], settings.CollectionsDir);
        Assert.Equal(["jekyll-feed", "jekyll-seo-tag", "jekyll-sitemap"], settings.Plugins.Order(StringComparer.Ordinal));

        var list = Settings("collections: [recipes, posts]\n");
        Assert.Equal(new JekyllSettings.Collection(false, null), list.Collections["recipes"]);
        Assert.Equal("recipes /recipes/stew.html", Jekyll("_recipes/stew.md", settings: list));

        var none = Settings("title: t\n");
        Assert.Empty(none.Collections);
        Assert.Empty(none.Defaults);
        Assert.Empty(none.CollectionsDir);
        Assert.Empty(none.Plugins);
        Assert.Empty(JekyllSettings.From(Utc).Collections);
    }

    [Fact]
    public void Collections_dir_holds_posts_and_documents_whose_folders_below_it_are_categories()
    {
        var settings = Settings("collections_dir: my/coll\ncollections:\n  recipes:\n    output: true\n");
        Assert.Equal("post /blog/2024/01/07/in-blog.html", Jekyll("my/coll/blog/_posts/2024-01-07-in-blog.md", settings: settings));
        Assert.Equal("post /2024/01/07/root.html", Jekyll("my/coll/_posts/2024-01-07-root.md", settings: settings));
        Assert.Equal("recipes /recipes/stew.html", Jekyll("my/coll/_recipes/stew.md", settings: settings));
        Assert.Equal("page /my/coll/page.html", Jekyll("my/coll/page.md", settings: settings));
    }

    private const string PrecedenceDefaults = """
        collections_dir: my/coll
        collections: [recipes, posts]
        defaults:
          - scope:
              path: ""
            values:
              permalink: /all/:title/
          - scope:
              path: "blog"
              type: posts
            values:
              permalink: /blog-typed/:title/
          - scope:
              path: "blog"
            values:
              permalink: /blog-untyped/:title/
          - scope:
              path: "my/coll/blog/deep"
            values:
              permalink: /deep/:title/
              category: FromDefault
          - scope:
              type: pages
            values:
              permalink: /pages/:basename/
          - scope:
              path: "docs"
              type: pages
            values:
              permalink: /docs-a/:basename/
          - scope:
              path: "docs"
              type: page
            values:
              permalink: /docs-b/:basename/
        """;

    [Fact]
    public void Defaults_apply_by_path_and_type_with_jekylls_precedence()
    {
        var settings = Settings(PrecedenceDefaults);

        // The longer path wins; of equal paths the one with a type, then the later one ("page" is read as "pages").
        Assert.Equal("post /all/root/", Jekyll("my/coll/_posts/2024-01-07-root.md", settings: settings));
        Assert.Equal("post /blog-typed/in-blog/", Jekyll("my/coll/blog/_posts/2024-01-07-in-blog.md", settings: settings));
        Assert.Equal("post /deep/in-deep/", Jekyll("my/coll/blog/deep/_posts/2024-01-07-in-deep.md", settings: settings));
        Assert.Equal("post /mine/blog/deep/fromdefault/own/", Jekyll("my/coll/blog/deep/_posts/2024-01-08-own.md", "---\npermalink: /mine/:categories/:title/\n---\n", settings));
        Assert.Equal("recipes /all/stew/", Jekyll("my/coll/_recipes/stew.md", settings: settings));
        Assert.Equal("page /pages/about/", Jekyll("about.md", settings: settings));
        Assert.Equal("page /docs-b/setup/", Jekyll("docs/setup.md", settings: settings));

        // The front matter wins over every default.
        Assert.Equal("page /own/", Jekyll("docs/setup.md", "---\npermalink: /own/\n---\n", settings));
    }

    [Fact]
    public void A_scope_path_is_matched_as_written()
    {
        var settings = Settings("""
            defaults:
              - scope:
                  path: "/lead"
                values:
                  permalink: /lead-slash/:title/
              - scope:
                  path: "/"
                values:
                  permalink: /root-slash/:title/
              - scope:
                  path: "trail/"
                values:
                  permalink: /trail-slash/:title/
            """);

        // Jekyll 4.3 matches a scope path as a prefix of the file's path as written: "/lead" and "/" never apply.
        Assert.Equal("post /lead/2024/01/07/a.html", Jekyll("lead/_posts/2024-01-07-a.md", settings: settings));
        Assert.Equal("post /trail-slash/b/", Jekyll("trail/_posts/2024-01-07-b.md", settings: settings));
        Assert.Equal("post /trailer/2024/01/07/c.html", Jekyll("trailer/_posts/2024-01-07-c.md", settings: settings));
    }

    [Fact]
    public void A_posts_defaults_are_merged_a_pages_read_key_by_key()
    {
        // The typed entry without a permalink outranks the untyped one before it, and then the untyped one after it: a
        // post (its front matter merged over all its defaults) keeps the first; a page reads the last one that has the key.
        var settings = Settings("""
            defaults:
              - scope:
                  path: "x"
                values:
                  permalink: /x-first/:title/
              - scope:
                  path: "x"
                  type: posts
                values:
                  layout: none
              - scope:
                  path: "x"
                  type: pages
                values:
                  layout: none
              - scope:
                  path: "x"
                values:
                  permalink: /x-third/
            """);

        Assert.Equal("post /x-first/d/", Jekyll("x/_posts/2024-01-07-d.md", settings: settings));
        Assert.Equal("page /x-third/", Jekyll("x/page.md", settings: settings));

        // An entry without precedence still gives a post a key that no entry before it had.
        var late = Settings("""
            defaults:
              - scope:
                  path: "x"
                  type: posts
                values:
                  layout: none
              - scope:
                  path: "x"
                values:
                  permalink: /late/:title/
            """);
        Assert.Equal("post /late/d/", Jekyll("x/_posts/2024-01-07-d.md", settings: late));
    }

    [Fact]
    public void Default_categories_are_merged_with_the_front_matters()
    {
        var settings = Settings("""
            collections_dir: my/coll
            defaults:
              - scope:
                  path: "my/coll/blog"
                  type: post
                values:
                  categories: [Def One, DefTwo]
                  permalink: /:categories/:title/
            """);

        Assert.Equal("post /blog/def one/deftwo/fm/a/", Jekyll("my/coll/blog/_posts/2024-01-07-a.md", "---\ncategories: Fm\n---\n", settings));
        Assert.Equal("post /blog/def one/deftwo/b/", Jekyll("my/coll/blog/_posts/2024-01-08-b.md", Empty, settings));
        Assert.Equal("post /2024/01/09/c.html", Jekyll("my/coll/_posts/2024-01-09-c.md", Empty, settings));
    }

    [Fact]
    public void Drafts_take_the_defaults_of_posts()
    {
        var settings = Settings("defaults:\n  - scope:\n      type: posts\n    values:\n      category: typed\n");
        Assert.Equal("draft /typed/2024/05/06/dr.html", Jekyll("_drafts/dr.md", "---\ndate: 2024-05-06\n---\n", settings));
        Assert.Equal("post /2024-01-10-a-b/a.b!/typed/", Jekyll("_posts/2024-01-10-a.b!.md", "---\npermalink: /:name/:title/:categories/\n---\n", settings));
        Assert.Equal("page /x.html", Jekyll("x.md", settings: settings));
    }

    [Theory]
    [InlineData("Hello, World! 안녕 (1)", "Hello,-World!-안녕-(1)", "Hello-World-안녕-1")]
    [InlineData("--a__b..c--", "a__b..c", "a-b-c")]
    [InlineData("Ünïcode café", "Ünïcode-café", "Ünïcode-café")]
    [InlineData("x~y@z=1;2+3$4&5'6", "x~y@z=1;2+3$4&5'6", "x-y-z-1-2-3-4-5-6")]
    public void Slugify_in_pretty_and_default_modes_keeps_letter_case(string text, string pretty, string @default)
    {
        // Ruby: Jekyll::Utils.slugify(text, mode: "pretty", cased: true) and slugify(text, cased: true).
        Assert.Equal(pretty, PublishedUrls.Slugify(text, pretty: true));
        Assert.Equal(@default, PublishedUrls.Slugify(text, pretty: false));
    }

    [Fact]
    public void A_posts_collection_permalink_places_posts_before_the_sites_permalink()
    {
        // Jekyll 4.3.1: out/news/2024/hello/index.html, out/own/index.html; a style's name there is a literal template.
        var settings = Settings("permalink: pretty\ncollections:\n  posts:\n    permalink: \"/news/:year/:title/\"\n    output: true\n");
        Assert.Equal("post /news/2024/hello/", Jekyll("_posts/2024-02-03-hello.md", "---\ntitle: x\n---\n", settings));
        Assert.Equal("post /own/", Jekyll("_posts/2024-02-04-own.md", "---\ntitle: x\npermalink: /own/\n---\n", settings));
        Assert.Equal("post /pretty", Jekyll("_posts/2024-02-03-hello.md", "---\ntitle: x\n---\n", Settings("collections:\n  posts:\n    permalink: pretty\n")));
    }

    [Fact]
    public void Hugo_places_pages_below_their_lower_cased_sections()
    {
        Assert.Equal("page /tech/mypost/", Hugo("Tech/MyPost.md"));
        Assert.Equal("page /tech/custom-slug/", Hugo("Tech/Slugged.md", "---\nslug: Custom-Slug\n---\n"));
        Assert.Equal("page /tech/emptyslug/", Hugo("Tech/EmptySlug.md", "---\nslug: \"\"\n---\n"));
        Assert.Equal("page /tech/한글/", Hugo("Tech/한글.md"));
        Assert.Equal("bundle /tech/bundle/", Hugo("Tech/Bundle/index.md"));
        Assert.Equal("bundle /tech/branch/", Hugo("Tech/Branch/_index.md"));
        Assert.Equal("page /tech/mypost/", Hugo("Tech/MyPost.md", "no front matter\n"));
    }

    [Theory]
    [InlineData("posts/a b.md", "/posts/a-b/")]
    [InlineData("posts/a  b.md", "/posts/a-b/")]
    [InlineData("posts/a\tb.md", "/posts/a-b/")]
    [InlineData("posts/a - b.md", "/posts/a-b/")]
    [InlineData("posts/a--b.md", "/posts/a--b/")]
    [InlineData("posts/x (1)&y.md", "/posts/x-1y/")]
    [InlineData("posts/A=B.md", "/posts/ab/")]
    [InlineData("posts/a[b]c.md", "/posts/abc/")]
    [InlineData("posts/a!b?c.md", "/posts/abc/")]
    [InlineData("posts/a,b;c:d.md", "/posts/abcd/")]
    [InlineData("posts/a'b\"c.md", "/posts/abc/")]
    [InlineData("posts/a#b+c~d@e.md", "/posts/a#b+c~d@e/")]
    [InlineData("posts/a%20b.md", "/posts/a%20b/")]
    [InlineData("posts/a%2xb.md", "/posts/a2xb/")]
    [InlineData("posts/a.b_c.md", "/posts/a.b_c/")]
    [InlineData("posts/한글 글.md", "/posts/한글-글/")]
    [InlineData("posts/é ü.md", "/posts/é-ü/")]
    [InlineData("My Sec/x.md", "/my-sec/x/")]
    [InlineData("My Sec/Bundle (1)/index.md", "/my-sec/bundle-1/")]
    public void Hugo_sanitizes_a_page_path_as_paths_Sanitize_does(string path, string url)
    {
        // Each checked with Hugo 0.111: the page's .RelPermalink (decoded).
        Assert.EndsWith(" " + url, Hugo(path));
    }

    [Fact]
    public void Hugo_sanitizes_the_slug_as_written()
    {
        // Hugo 0.111 does not trim a slug: its spaces become hyphens like a file name's.
        Assert.Equal("page /posts/-sp-a-/", Hugo("posts/slugged.md", "---\nslug: \" Sp a! \"\n---\n"));
        Assert.Equal("page /posts/a-b--c/", Hugo("posts/slugged.md", "---\nslug: \"a  b--c\"\n---\n"));
        Assert.Equal("page /posts/-/", Hugo("posts/blank.md", "---\nslug: \"  \"\n---\n"));
    }

    [Fact]
    public void Hugo_keeps_letter_case_with_disablePathToLower()
    {
        Assert.Equal("page /Tech/MyPost/", Hugo("Tech/MyPost.md", disablePathToLower: true));
        Assert.Equal("page /Tech/Custom-Slug/", Hugo("Tech/Slugged.md", "---\nslug: Custom-Slug\n---\n", disablePathToLower: true));
        Assert.Equal("bundle /Tech/Bundle/", Hugo("Tech/Bundle/index.md", disablePathToLower: true));
    }

    [Fact]
    public void Hugo_url_is_kept_as_written_with_a_slash_added_unless_it_names_a_file()
    {
        Assert.Equal("page /Custom/Path/", Hugo("Tech/UrlSlash.md", "---\nurl: /Custom/Path/\n---\n"));
        Assert.Equal("page /custom/noslash/", Hugo("Tech/UrlNoSlash.md", "---\nurl: /custom/noslash\n---\n"));
        Assert.Equal("page /custom/file.html", Hugo("Tech/UrlExt.md", "---\nurl: /custom/file.html\n---\n"));
        Assert.Equal("page /rel/path/", Hugo("Tech/Rel.md", "---\nurl: rel/path\n---\n"));
        Assert.Equal("page /  /", Hugo("Tech/Blank.md", "---\nurl: \"  \"\n---\n"));
        Assert.Equal("page /tech/empty/", Hugo("Tech/Empty.md", "---\nurl: \"\"\n---\n"));
    }

    [Fact]
    public void A_page_folder_is_its_url_up_to_the_last_slash()
    {
        Assert.Equal("/docs/guide/", new PublishedPage("/docs/guide/setup.html", "page").Folder);
        Assert.Equal("/docs/", new PublishedPage("/docs/", "page").Folder);
    }
}
