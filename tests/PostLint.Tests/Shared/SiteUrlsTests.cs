using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// The table of pages a site publishes (what PL304 tells a real page from a link to nothing by). The expected URLs are
/// those Jekyll 4.3.1 and Hugo 0.111.3 wrote for the same files (built in a scratch folder).
/// </summary>
public class SiteUrlsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Page = "---\ntitle: 글\n---\n본문\n";

    // '컨테이너-입문' written decomposed (NFD), as a Mac writes file names.
    private const string DecomposedSlug = "\u110F\u1165\u11AB\u1110\u1166\u110B\u1175\u1102\u1165-\u110B\u1175\u11B8\u1106\u116E\u11AB";

    private static string Keys(SiteUrls urls) => string.Join(" ", urls.Pages.Keys.Order(StringComparer.Ordinal));

    private static TempSite JekyllSite()
    {
        var site = new TempSite("jekyll");
        // A plugin GitHub Pages does not run: a site built by plain jekyll build, which copies Markdown without front matter.
        site.Write("_config.yml", "title: 테스트\ntimezone: UTC\ninclude: [_special]\nplugins: [jekyll-archives]\n");
        site.Write("_posts/2024-03-01-hello-world.md", "---\ntitle: Hello\nredirect_from: /old-hello/\n---\n본문\n");
        site.Write("_posts/2024-03-02-컨테이너-입문.md", "---\ntitle: 컨테이너 입문\nredirect_from:\n  - /옛-글/\n  - ' /2023/old.html '\n  - ''\n---\n본문\n");
        site.Write("_posts/2099-01-01-future-post.md", Page);
        site.Write("_posts/2024-03-03-unpublished.md", "---\ntitle: 비공개\npublished: false\n---\n본문\n");
        site.Write("_drafts/draft-post.md", "---\ntitle: 초안\ndate: 2025-05-20\n---\n본문\n");
        site.Write("about.md", "---\npermalink: /about/\n---\n소개\n");
        site.Write("contact.md", "---\npermalink: /contact\n---\n연락처\n");
        site.Write("secret.md", "---\npermalink: /secret\npublished: false\n---\n비밀\n");
        site.Write("index.html", "---\n---\n<p>홈</p>\n");
        site.Write("page.html", "---\n---\n<p>x</p>\n");
        site.Write("plain.md", "no front matter\n");
        site.Write("json.md", "{\"title\": \"x\"}\n본문\n");
        site.Write("notes.txt", Page);
        site.Write("_special/p.md", Page);
        site.Write("_special/_inner/q.md", Page);
        site.Write("_notes/p.md", Page);
        site.Write("node_modules/pkg/readme.md", Page);
        site.Write(".hidden/p.md", Page);
        site.Write("sub/p.md", Page);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "linked"), Path.Combine(site.Root, "sub"));
        return site;
    }

    private static TempSite HugoSite()
    {
        var site = new TempSite("hugo");
        site.Write("content/_index.md", "---\ntitle: 홈\n---\n");
        site.Write("content/posts/hello-world.md", "---\ntitle: x\naliases: [/old/hello/, /구/안녕]\n---\nx\n");
        site.Write("content/posts/컨테이너-입문.md", "---\ntitle: x\naliases: /single-alias/\n---\nx\n");
        site.Write("content/posts/MyPost.md", Page);
        site.Write("content/posts/draft.md", "---\ntitle: x\ndraft: true\naliases: [/draft-alias/]\n---\nx\n");
        site.Write("content/posts/future.md", "---\ntitle: x\ndate: 2099-01-01\n---\nx\n");
        site.Write("content/posts/expired.md", "---\ntitle: x\nexpiryDate: 2020-01-01\n---\nx\n");
        site.Write("content/posts/headless/index.md", "---\ntitle: x\nheadless: true\n---\nx\n");
        site.Write("content/posts/never.md", "---\ntitle: x\n_build:\n  render: never\n---\nx\n");
        site.Write("content/posts/linkonly.md", "---\ntitle: x\n_build:\n  render: link\n---\nx\n");
        site.Write("content/posts/nofm.md", "plain\n");
        site.WriteBytes("content/posts/bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n---\nbom\n"u8]);
        site.Write("content/posts/toml.md", "+++\ntitle = \"x\"\n+++\ntoml\n");
        site.Write("content/posts/json.md", "{\"title\": \"x\"}\njson\n");
        site.Write("content/posts/page.html", "---\ntitle: x\n---\n<p>x</p>\n");
        site.Write("content/posts/old.htm", "---\ntitle: x\n---\n<p>x</p>\n");
        site.Write("content/posts/notes.txt", Page);
        site.Write("content/.hidden/p.md", Page);
        site.Write("content/sub/p.md", Page);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "linked"), Path.Combine(site.Root, "content", "sub"));
        return site;
    }

    private static SiteUrls Build(TempSite site, bool drafts = false) => SiteUrls.Build(SiteLocator.Detect(site.Root)!, Now, drafts);

    /// <summary>A table of exactly <paramref name="urls"/>, in that order: one Hugo page at the first, with the others as its aliases.</summary>
    private static SiteUrls Table(params string[] urls)
    {
        using var site = new TempSite("hugo");
        var aliases = string.Join("", urls.Skip(1).Select(u => "\n  - '" + u + "'"));
        site.Write("content/page.md", $"---\ntitle: x\nurl: '{urls[0]}'\naliases:{(urls.Length > 1 ? aliases : " []")}\n---\nx\n");
        var table = Build(site);
        Assert.Equal(urls, table.Pages.Keys);
        return table;
    }

    [Fact]
    public void A_Jekyll_site_publishes_its_posts_pages_and_redirects_with_front_matter_in_folders_it_reads()
    {
        using var site = JekyllSite();
        var urls = Build(site);

        // jekyll build: _site/2024/03/01/hello-world.html, _site/2024/03/02/컨테이너-입문.html, _site/about/index.html,
        // _site/contact.html, _site/index.html, _site/page.html, _site/_special/p.html, _site/sub/p.html; plain.md,
        // json.md and notes.txt copied as they are; linked/ only outside safe mode (GitHub Pages builds in it).
        // Redirects are jekyll-redirect-from's pages.
        Assert.Equal(
            "/ /2023/old.html /2024/03/01/hello-world.html /2024/03/02/컨테이너-입문.html /_special/p.html /about/ /contact /old-hello/ /page.html /sub/p.html /옛-글/",
            Keys(urls));
        Assert.Equal(Path.Combine(site.Root, "_posts", "2024-03-01-hello-world.md"), urls.Pages["/old-hello/"]);
        Assert.Equal(Path.Combine(site.Root, "_posts", "2024-03-02-컨테이너-입문.md"), urls.Pages["/옛-글/"]);
        Assert.Equal(Path.Combine(site.Root, "index.html"), urls.Pages["/"]);
    }

    [Theory]
    [InlineData("/about/", "about.md")]
    [InlineData("/about/index.html", "about.md")]
    [InlineData("/about.html", "about.md")]
    [InlineData("/about", "about.md")]
    [InlineData("/contact", "contact.md")]
    [InlineData("/contact.html", "contact.md")]
    [InlineData("/contact/", "contact.md")]
    [InlineData("/2024/03/01/hello-world.html", "_posts/2024-03-01-hello-world.md")]
    [InlineData("/2024/03/01/hello-world/", "_posts/2024-03-01-hello-world.md")]
    [InlineData("/2024/03/01/hello-world", "_posts/2024-03-01-hello-world.md")]
    [InlineData("/2024/03/02/컨테이너-입문", "_posts/2024-03-02-컨테이너-입문.md")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/", "index.html")]
    [InlineData("/old-hello", "_posts/2024-03-01-hello-world.md")]
    [InlineData("/2024/03/01/hello-world.htm", null)]
    [InlineData("/2024/03/01/nothing.html", null)]
    [InlineData("/About/", null)]
    [InlineData("/contact/index.html", null)]
    [InlineData("/2025/05/20/draft-post.html", null)]
    [InlineData("/secret", null)]
    [InlineData("/plain.html", null)]
    public void Find_answers_the_forms_a_server_answers_too(string url, string? file)
    {
        using var site = JekyllSite();
        Assert.Equal(file is null ? null : Path.Combine(site.Root, file), Build(site).Find(url));
    }

    [Theory]
    [InlineData("/2025/05/20/draft-post.html", "_drafts/draft-post.md")]
    [InlineData("/2025/05/20/draft-post/", "_drafts/draft-post.md")]
    [InlineData("/2025/05/20/draft-post", "_drafts/draft-post.md")]
    [InlineData("/2099/01/01/future-post.html", "_posts/2099-01-01-future-post.md")]
    [InlineData("/2024/03/03/unpublished", "_posts/2024-03-03-unpublished.md")]
    [InlineData("/secret", "secret.md")]
    [InlineData("/secret.html", "secret.md")]
    [InlineData("/secret/", "secret.md")]
    [InlineData("/secret/index.html", null)]
    [InlineData("/about/", null)]
    [InlineData("/2025/05/21/draft-post.html", null)]
    public void FindHidden_finds_the_pages_Jekyll_leaves_out_of_the_build_by_the_same_forms(string url, string? file)
    {
        using var site = JekyllSite();
        Assert.Equal(file is null ? null : Path.Combine(site.Root, file), Build(site).FindHidden(url));
    }

    [Fact]
    public void Jekyll_pages_left_out_of_the_build_say_why()
    {
        using var site = JekyllSite();
        var urls = Build(site);

        var draft = Path.Combine(site.Root, "_drafts", "draft-post.md");
        var future = Path.Combine(site.Root, "_posts", "2099-01-01-future-post.md");
        var unpublished = Path.Combine(site.Root, "_posts", "2024-03-03-unpublished.md");
        var secret = Path.Combine(site.Root, "secret.md");
        Assert.Equal(new LeftOutReason("_drafts/", LeftOutKind.Draft), urls.LeftOut(draft));
        Assert.Equal("_drafts/", urls.Unpublished(draft));
        Assert.Equal(new LeftOutReason("date: 2099-01-01", LeftOutKind.Future), urls.LeftOut(future));
        Assert.Equal("date: 2099-01-01", urls.Unpublished(future));
        Assert.Equal(new LeftOutReason("published: false", LeftOutKind.Unpublished), urls.LeftOut(unpublished));
        Assert.Equal("published: false", urls.Unpublished(secret));

        var about = Path.Combine(site.Root, "about.md");
        Assert.Null(urls.LeftOut(about));
        Assert.Null(urls.Unpublished(about));
        Assert.Null(urls.Unrendered(about));
        Assert.Null(urls.Unrendered(draft));
    }

    [Fact]
    public void A_Jekyll_build_with_drafts_publishes_them_as_posts()
    {
        using var site = JekyllSite();
        var urls = Build(site, drafts: true);

        // jekyll build --drafts: _site/2025/05/20/draft-post.html (the draft's date; its file's time when it has none).
        var draft = Path.Combine(site.Root, "_drafts", "draft-post.md");
        Assert.Equal(draft, urls.Find("/2025/05/20/draft-post.html"));
        Assert.Null(urls.FindHidden("/2025/05/20/draft-post.html"));
        Assert.Null(urls.LeftOut(draft));
        Assert.Null(urls.Unpublished(draft));
        Assert.Equal(new LeftOutReason("date: 2099-01-01", LeftOutKind.Future), urls.LeftOut(Path.Combine(site.Root, "_posts", "2099-01-01-future-post.md")));
    }

    [Fact]
    public void Jekyll_reads_front_matter_of_a_page_only_after_raw_dashes_but_a_post_with_a_byte_order_mark_or_TOML_is_still_a_post()
    {
        using var site = new TempSite("jekyll");
        site.Write("_config.yml", "title: t\nplugins: [jekyll-archives]\n");
        site.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n---\n본문\n"u8]);
        site.Write("toml.md", "+++\ntitle = \"x\"\n+++\n본문\n");
        site.WriteBytes("_posts/2024-03-05-bom-post.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n---\n본문\n"u8]);
        site.Write("_posts/2024-03-06-toml-post.md", "+++\ntitle = \"x\"\n+++\n본문\n");
        site.WriteBytes("_drafts/bom-draft.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\ndate: 2025-05-20\n---\n본문\n"u8]);

        // jekyll build copies bom.md and toml.md as they are, and writes both posts (and the draft with --drafts).
        Assert.Equal("/2024/03/05/bom-post.html /2024/03/06/toml-post.html", Keys(Build(site)));
        Assert.Equal(Path.Combine(site.Root, "_drafts", "bom-draft.md"), Build(site).FindHidden("/2025/05/20/bom-draft.html"));
        Assert.Equal("/2024/03/05/bom-post.html /2024/03/06/toml-post.html /2025/05/20/bom-draft.html", Keys(Build(site, drafts: true)));
    }

    [Fact]
    public void On_GitHub_Pages_markdown_without_front_matter_is_a_page_and_a_post_without_it_is_published()
    {
        // GitHub Pages runs jekyll-optional-front-matter, which makes a page of a Markdown file without front matter (an
        // HTML file stays a static file); Jekyll 4.3.1 publishes a post without front matter all the same.
        using var site = new TempSite("jekyll");
        site.Write("plain.md", "앞부분 없는 글\n");
        site.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n---\n본문\n"u8]);
        site.Write("docs/guide.markdown", "# 안내\n");
        site.Write("static.html", "<p>x</p>\n");
        site.Write("old.htm", "---\ntitle: 옛 글\n---\n<p>x</p>\n");
        site.Write("old2.HTML", "---\ntitle: 옛 글\n---\n<p>x</p>\n");
        site.Write("_posts/2024-03-07-bare.md", "본문만\n");

        // An HTML page keeps its extension: Jekyll 4.3.1 writes old.htm at /old.htm.
        Assert.Equal("/2024/03/07/bare.html /bom.html /docs/guide.html /old.htm /old2.HTML /plain.html", Keys(Build(site)));
    }

    [Fact]
    public void Jekyll_reads_pages_in_folders_hugo_would_skip_and_leaves_out_what_exclude_names()
    {
        // Jekyll 4.3.1 writes public/p.html, resources/p.html and vendor/p.html (only vendor/bundle and the like are
        // excluded by default), never its destination _site, and nothing of an excluded folder or file.
        using var site = new TempSite("jekyll");
        site.Write("_config.yml", "title: t\nexclude: [drafts-old/, notes/private.md]\ninclude: [_site, .well-known]\n");
        site.Write("public/p.md", Page);
        site.Write("resources/p.md", Page);
        site.Write("vendor/p.md", Page);
        site.Write("vendor/bundle/gem.md", Page);
        site.Write("_site/p.md", Page);
        site.Write("drafts-old/p.md", Page);
        site.Write("notes/private.md", Page);
        site.Write("notes/public.md", Page);
        site.Write(".well-known/p.md", Page);

        Assert.Equal("/.well-known/p.html /notes/public.html /public/p.html /resources/p.html /vendor/p.html", Keys(Build(site)));
    }

    [Fact]
    public void A_Hugo_site_publishes_the_pages_of_its_content_folder_and_their_aliases()
    {
        using var site = HugoSite();
        var urls = Build(site);

        // hugo: public/index.html, posts/hello-world/, posts/컨테이너-입문/, posts/mypost/, posts/bom/, posts/toml/,
        // posts/json/, posts/page/, posts/old/, sub/p/ and the aliases old/hello/, 구/안녕/, single-alias/; notes.txt is
        // a resource, nofm.md and the pages below are not written.
        Assert.Equal(
            "/ /old/hello/ /posts/bom/ /posts/hello-world/ /posts/json/ /posts/mypost/ /posts/old/ /posts/page/ /posts/toml/ /posts/컨테이너-입문/ /single-alias/ /sub/p/ /구/안녕",
            Keys(urls));
        Assert.Equal(Path.Combine(site.Root, "content", "posts", "hello-world.md"), urls.Find("/구/안녕/"));
        Assert.Equal(Path.Combine(site.Root, "content", "posts", "컨테이너-입문.md"), urls.Find("/single-alias/index.html"));
        Assert.Equal(Path.Combine(site.Root, "content", "posts", "MyPost.md"), urls.Find("/posts/mypost.html"));
        Assert.Equal(Path.Combine(site.Root, "content", "_index.md"), urls.Find("/"));
    }

    [Fact]
    public void Hugo_pages_it_does_not_render_or_publish_are_hidden_with_their_reason()
    {
        using var site = HugoSite();
        var urls = Build(site);
        string File(string relative) => Path.Combine(site.Root, "content", relative);

        Assert.Equal(File("posts/draft.md"), urls.FindHidden("/posts/draft/"));
        Assert.Equal(File("posts/draft.md"), urls.FindHidden("/posts/draft.html"));
        Assert.Equal(File("posts/draft.md"), urls.FindHidden("/posts/draft/index.html"));
        Assert.Equal(File("posts/draft.md"), urls.FindHidden("/posts/draft"));
        Assert.Null(urls.FindHidden("/draft-alias/"));
        Assert.Null(urls.Find("/posts/draft/"));
        Assert.Equal(File("posts/future.md"), urls.FindHidden("/posts/future/"));
        Assert.Equal(File("posts/expired.md"), urls.FindHidden("/posts/expired/"));
        Assert.Equal(File("posts/headless/index.md"), urls.FindHidden("/posts/headless/"));
        Assert.Equal(File("posts/never.md"), urls.FindHidden("/posts/never/"));
        Assert.Equal(File("posts/linkonly.md"), urls.FindHidden("/posts/linkonly/"));
        Assert.Null(urls.FindHidden("/posts/hello-world/"));
        Assert.Null(urls.FindHidden("/posts/nofm/"));

        Assert.Equal("draft: true", urls.Unpublished(File("posts/draft.md")));
        Assert.Equal("date: 2099-01-01", urls.Unpublished(File("posts/future.md")));
        Assert.Equal("expiryDate: 2020-01-01", urls.Unpublished(File("posts/expired.md")));
        Assert.Null(urls.Unpublished(File("posts/never.md")));
        Assert.Null(urls.Unpublished(File("posts/hello-world.md")));
        Assert.Null(urls.LeftOut(File("posts/draft.md")));

        Assert.Equal(new HugoRendering(HugoRender.Never, "headless: true", null), urls.Unrendered(File("posts/headless/index.md")));
        Assert.Equal(new HugoRendering(HugoRender.Never, "_build.render: never", null), urls.Unrendered(File("posts/never.md")));
        Assert.Equal(new HugoRendering(HugoRender.Link, "_build.render: link", null), urls.Unrendered(File("posts/linkonly.md")));
        Assert.Null(urls.Unrendered(File("posts/draft.md")));
        Assert.Null(urls.Unrendered(File("posts/hello-world.md")));
    }

    [Fact]
    public void A_Hugo_build_with_drafts_publishes_them_and_their_aliases()
    {
        using var site = HugoSite();
        var urls = Build(site, drafts: true);

        var draft = Path.Combine(site.Root, "content", "posts", "draft.md");
        Assert.Equal(draft, urls.Find("/posts/draft/"));
        Assert.Equal(draft, urls.Find("/draft-alias/"));
        Assert.Null(urls.FindHidden("/posts/draft/"));
        Assert.Null(urls.Unpublished(draft));
        Assert.Equal("date: 2099-01-01", urls.Unpublished(Path.Combine(site.Root, "content", "posts", "future.md")));
    }

    [Fact]
    public void A_Hugo_site_without_its_content_folder_or_without_content_folders_has_no_pages()
    {
        using var site = new TempSite("hugo");
        site.Write("static/a.md", Page);
        var detected = SiteLocator.Detect(site.Root)!;

        Assert.Equal([Path.Combine(site.Root, "content")], detected.ContentFolders);
        Assert.Empty(SiteUrls.Build(detected, Now).Pages);
        Assert.Empty(SiteUrls.Build(detected with { ContentFolders = null }, Now).Pages);
    }

    [Fact]
    public void A_Jekyll_site_whose_source_is_missing_has_no_pages()
    {
        using var site = new TempSite("jekyll");
        site.Write("index.md", Page);
        var detected = SiteLocator.Detect(site.Root)!;

        Assert.Equal("/", Keys(SiteUrls.Build(detected, Now)));
        Assert.Empty(SiteUrls.Build(detected with { Source = Path.Combine(site.Root, "missing") }, Now).Pages);
    }

    [Fact]
    public void Other_sites_have_no_pages()
    {
        using var site = new TempSite("astro");
        site.Write("src/content/blog/a.md", Page);
        site.Write("a.md", Page);

        Assert.Empty(Build(site).Pages);
        Assert.Empty(SiteUrls.Build(Site.Plain(site.Root), Now).Pages);
    }

    [Theory]
    [InlineData("_site")]
    [InlineData("node_modules")]
    [InlineData("vendor")]
    [InlineData(".jekyll-cache")]
    [InlineData("_drafts")]
    [InlineData("public")]
    [InlineData("resources")]
    [InlineData(".git")]
    public void Folders_of_build_output_and_dependencies_are_not_walked(string folder)
    {
        // PostLint's choice: these hold a generator's output (Jekyll's _site, Hugo's public and resources), installed
        // packages or caches, never a source of pages; Hugo 0.111 itself would publish a page of content/public/.
        using var site = new TempSite("hugo");
        site.Write($"content/{folder}/p.md", Page);
        site.Write("content/kept/p.md", Page);

        Assert.Equal("/kept/p/", Keys(Build(site)));
    }

    [Theory]
    [InlineData("_site", "")]
    [InlineData("_site", "include: [_site]\n")]
    [InlineData("node_modules", "")]
    [InlineData("_notes", "")]
    [InlineData("_special/_inner", "include: [_special]\n")]
    public void Jekyll_skips_underscore_folders_it_does_not_read_and_folders_of_dependencies(string folder, string config)
    {
        using var site = new TempSite("jekyll");
        site.Write("_config.yml", "title: t\n" + config);
        site.Write($"{folder}/p.md", Page);
        site.Write("kept/p.md", Page);

        Assert.Equal("/kept/p.html", Keys(Build(site)));
    }

    [Fact]
    public void Jekyll_reads_the_underscore_folders_its_config_includes()
    {
        using var site = new TempSite("jekyll");
        site.Write("_config.yml", "title: t\ninclude: [_special]\n");
        site.Write("_special/p.md", Page);

        Assert.Equal("/_special/p.html", Keys(Build(site)));
    }

    [Fact]
    public void A_page_file_that_cannot_be_read_is_skipped()
    {
        // A link to no file: listed like a file, but reading it fails.
        using var site = new TempSite("hugo");
        site.Write("content/kept.md", Page);
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "gone.md"), Path.Combine(site.Root, "nowhere.md"));

        Assert.Equal("/kept/", Keys(Build(site)));
    }

    [Fact]
    public void A_file_over_four_megabytes_is_not_read()
    {
        using var site = new TempSite("hugo");
        const int Limit = 4 * 1024 * 1024;
        var head = "---\ntitle: 큰 글\n---\n"u8.ToArray();
        site.WriteBytes("content/exactly.md", [.. head, .. Enumerable.Repeat((byte)'a', Limit - head.Length)]);
        site.WriteBytes("content/over.md", [.. head, .. Enumerable.Repeat((byte)'a', Limit + 1 - head.Length)]);

        Assert.Equal("/exactly/", Keys(Build(site)));
    }

    [Theory]
    [InlineData("/Posts/Hello-World/", "/posts/hello-world/")]
    [InlineData("/posts/hello-world", "/posts/hello-world/")]
    [InlineData("/POSTS/HELLO-WORLD", "/posts/hello-world/")]
    [InlineData("/posts/Hello-World/", "/posts/hello-world/")]
    public void Closest_is_first_the_same_URL_but_for_letter_case(string url, string expected)
    {
        // /notes/Hello-World/ has the very slug of /posts/Hello-World/, but a page differing in case only comes first.
        var urls = Table("/notes/Hello-World/", "/posts/hello-world/", "/posts/hello-wrld/");
        Assert.Equal(expected, urls.Closest(url));
    }

    [Fact]
    public void Closest_of_a_Korean_URL_finds_the_page_whose_file_name_is_decomposed()
    {
        using var site = new TempSite("jekyll");
        site.Write($"_posts/2024-03-02-{DecomposedSlug}.md", Page);
        var urls = Build(site);
        var decomposed = $"/2024/03/02/{DecomposedSlug}.html";

        Assert.Equal([decomposed], urls.Pages.Keys);
        Assert.Null(urls.Find("/2024/03/02/컨테이너-입문.html"));
        Assert.Equal(decomposed, urls.Closest("/2024/03/02/컨테이너-입문.html"));
        Assert.NotEqual("컨테이너-입문", DecomposedSlug);
    }

    [Theory]
    [InlineData("/2024/01/01/hello-world.html", "/2025/02/02/hello-world.html")]
    [InlineData("/2024/01/01/hello-world/", "/2025/02/02/hello-world.html")]
    [InlineData("/blog/hello-world.html", "/posts/hello-world/")]
    [InlineData("/blog/컨테이너-입문-가이드/", "/posts/컨테이너-입문-가이드/")]
    [InlineData("/blog/abc-defg/", "/posts/abc-defg/")]
    [InlineData("/blog/abc-def/", null)]
    [InlineData("/blog/helloworld/", null)]
    [InlineData("/blog/hello-world/x/", null)]
    [InlineData("/hello-world/", null)]
    public void Closest_is_then_the_one_page_with_the_same_slug_at_the_same_depth(string url, string? expected)
    {
        var urls = Table("/2025/02/02/hello-world.html", "/posts/hello-world/", "/posts/컨테이너-입문-가이드/", "/posts/abc-defg/", "/posts/abc-def/", "/posts/helloworld/");
        Assert.Equal(expected, urls.Closest(url));
    }

    [Fact]
    public void Closest_suggests_no_slug_that_two_pages_share()
    {
        var urls = Table("/posts/hello-world/", "/notes/hello-world/", "/posts/hello-wrld/");
        Assert.Null(urls.Closest("/blog/hello-world/"));
        Assert.Equal("/posts/hello-world/", urls.Closest("/posts/hello-worl/"));
    }

    [Theory]
    [InlineData("tags")]
    [InlineData("tag")]
    [InlineData("categories")]
    [InlineData("category")]
    [InlineData("page")]
    [InlineData("archive")]
    [InlineData("archives")]
    [InlineData("author")]
    [InlineData("authors")]
    [InlineData("series")]
    [InlineData("topics")]
    [InlineData("search")]
    [InlineData("feed")]
    [InlineData("year")]
    [InlineData("years")]
    [InlineData("Tags")]
    public void Closest_suggests_nothing_for_a_section_generators_make_without_a_source_file(string section)
    {
        // A URL below the section is no mistyped post: jekyll-archives, paginators and Hugo's taxonomies write it.
        var urls = Table("/posts/hello-world/", $"/{section}/hello-wurld/");
        Assert.Null(urls.Closest($"/{section}/hello-world/"));
        Assert.Null(urls.Closest($"/{section}/hello-wrld/"));
        Assert.Equal("/posts/hello-world/", urls.Closest("/blog/hello-world/"));
    }

    [Fact]
    public void Closest_still_finds_a_generated_section_s_page_written_in_another_case() =>
        Assert.Equal("/tags/도커/", Table("/posts/hello-world/", "/tags/도커/").Closest("/Tags/도커"));

    [Theory]
    [InlineData("/ab/", "/ac/", "/ac/")]
    [InlineData("/ab/", "/acd/", null)]
    [InlineData("/blog/abc-dxf/", "/blog/abc-def/", "/blog/abc-def/")]
    [InlineData("/blog/abc-dxx/", "/blog/abc-def/", null)]
    [InlineData("/blog/abc-dexx/", "/blog/abc-defg/", "/blog/abc-defg/")]
    [InlineData("/blog/abc-dxxx/", "/blog/abc-defg/", null)]
    [InlineData("/blog/container-basics/", "/blog/container-basics-ko/", "/blog/container-basics-ko/")]
    [InlineData("/blog/container-basics/", "/blog/container-basics-kor/", null)]
    [InlineData("/blog/container-basics-guide/", "/blog/container-xasics-gxide-k/", null)]
    [InlineData("/blog/container-basics-guide/", "/blog/container-xasics-gxide/", "/blog/container-xasics-gxide/")]
    [InlineData("/blog/도커-입문/", "/blog/도커-임문/", "/blog/도커-임문/")]
    [InlineData("/blog/도커-입문/", "/blog/도쿠-임문/", null)]
    [InlineData("/", "/a/", null)]
    [InlineData("/", "/", "/")]
    public void Closest_is_else_a_page_within_a_quarter_of_the_slug_s_length_in_edits_from_one_to_three(string url, string page, string? expected) =>
        Assert.Equal(expected, Table(page).Closest(url));

    [Theory]
    [InlineData("/blog/hello-wurld/", "/blog/hello-world/")]
    [InlineData("/blog/hello-world/", "/blog/hello-wurld/")]
    public void Closest_breaks_ties_by_ordinal_order(string first, string second)
    {
        Assert.Equal("/blog/hello-world/", Table(first, second).Closest("/blog/hello-wrld/"));
        Assert.Equal("/blog/hello-world/", Table(first, second, "/blog/hallo-wrl/").Closest("/blog/hello-wrld/"));
    }
}
