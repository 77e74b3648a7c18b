using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL301BrokenImagePathTests
{
    /// <summary>A 1x1 GIF: the rule never reads image bytes, but the files are real images.</summary>
    private static readonly byte[] Gif = Convert.FromHexString("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

    private const string Post = "_posts/2025-03-01-my-post.md";

    private static TempSite Jekyll(string config = "permalink: /:categories/:title/\n", params string[] images)
    {
        var site = new TempSite();
        site.Write("_config.yml", "title: test\n" + config);
        foreach (var image in images)
        {
            site.WriteBytes(image, Gif);
        }

        return site;
    }

    private static string[] Lint(TempSite site, string path = Post, string select = "broken-image-path")
        => RuleHarness.LintFile(site, path, select).Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    private static string One(TempSite site, string path = Post) => Assert.Single(Lint(site, path));

    [Fact]
    public void Front_matter_images_without_assets_folder_are_errors_at_the_value()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: 글\nheader:\n  teaser: /assets/images/teaser-image.jpg\n  overlay_image: \"/assets/images/header-image.jpg\"\n---\n본문\n");
        Assert.Equal(
        [
            "4:11-42 error image '/assets/images/teaser-image.jpg' not found: no folder 'assets' in the site root",
            "5:19-50 error image '/assets/images/header-image.jpg' not found: no folder 'assets' in the site root",
        ], Lint(site));
    }

    [Fact]
    public void A_front_matter_image_may_start_in_the_folder_the_sites_own_layout_puts_in_front_of_it()
    {
        // From a real Korean blog: its layout writes url('{{site.baseurl}}/images/{{page.image}}'), so image: a.jpg loads
        // /images/a.jpg. Without that layout the value starts at the site root, where no a.jpg is.
        using var site = Jekyll();
        site.WriteBytes("images/a.jpg", Gif);
        site.Write(Post, "---\ntitle: 글\nimage: a.jpg\n---\n본문\n");
        Assert.Equal(["3:8-13 error image 'a.jpg' not found: no file 'a.jpg' in the site root; a file of that name is at images/a.jpg"], Lint(site));

        using var withLayout = Jekyll();
        withLayout.WriteBytes("images/a.jpg", Gif);
        withLayout.Write("_layouts/post.html", "<div style=\"background-image: url('{{site.baseurl}}/images/{{page.image}}')\"></div>\n{{ content }}\n");
        withLayout.Write(Post, "---\ntitle: 글\nimage: a.jpg\n---\n본문\n");
        Assert.Empty(Lint(withLayout));
        withLayout.Write(Post, "---\ntitle: 글\nimage: b.jpg\n---\n본문\n");
        Assert.Single(Lint(withLayout));
    }

    [Theory]
    [InlineData("Gemfile", "gem \"jekyll-theme-chirpy\", \"~> 7.6\", \">= 7.6.0\"\n", true)]
    [InlineData("Gemfile.lock", "GEM\n  specs:\n    jekyll-theme-chirpy (7.2.4)\n", true)]
    [InlineData("_includes/media-url.html", "{% assign url = include.src %}\n", true)]
    [InlineData("Gemfile", "gem \"jekyll-theme-chirpy\", \"~> 6.5\"\n", false)]
    [InlineData("Gemfile", "gem \"minima\", \"~> 2.5\"\n", false)]
    public void Chirpy_7_loads_a_posts_relative_image_from_the_site_root(string file, string text, bool fromRoot)
    {
        // Chirpy 7's media-url.html puts "/" (or media_subpath) in front of a relative path: assets/img/a.png in a post
        // published at /posts/a/ loads /assets/img/a.png. Older Chirpy and other themes leave it to the browser.
        using var site = Jekyll();
        site.Write(file, text);
        site.WriteBytes("assets/img/a.png", Gif);
        site.Write(Post, "---\ntitle: 글\n---\n![설치 화면](assets/img/a.png)\n");
        Assert.Equal(fromRoot ? 0 : 1, Lint(site).Length);
    }

    [Fact]
    public void Existing_images_from_every_source_are_accepted()
    {
        using var site = Jekyll(images: ["assets/images/teaser.jpg", "assets/images/스크린샷.png", "assets/images/a-2x.png", "assets/images/ref.png", "assets/og.png", "assets/g1.png"]);
        site.Write(Post, """
            ---
            title: 모두 있음
            image: /assets/og.png
            header:
              teaser: /assets/images/teaser.jpg
            images:
              - /assets/g1.png
            ---
            ![스크린샷](/assets/images/스크린샷.png "제목")
            ![참조][ref] ![참조 두 번][ref]

            <p align="center"><img src="/assets/images/teaser.jpg" srcset="/assets/images/a-2x.png 2x, /assets/images/teaser.jpg 1x" alt="표지"></p>

            [ref]: /assets/images/ref.png
            """);
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Missing_file_gets_did_you_mean_with_the_closest_name_in_the_folder()
    {
        using var site = Jekyll(images: ["assets/images/스크린샷-1.png", "assets/images/logo.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![화면](/assets/images/스크린샷-2.png)\n");
        Assert.Equal(["4:7-32 error image '/assets/images/스크린샷-2.png' not found: no file '스크린샷-2.png' in assets/images/; did you mean '/assets/images/스크린샷-1.png'"], Lint(site));
    }

    [Fact]
    public void Same_name_with_another_image_extension_is_suggested()
    {
        using var site = Jekyll(images: ["assets/images/diagram.jpeg"]);
        site.Write(Post, "---\ntitle: t\n---\n![그림](/assets/images/diagram.jpg)\n");
        Assert.EndsWith("did you mean '/assets/images/diagram.jpeg'", One(site), StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_the_same_name_elsewhere_in_the_site_is_suggested()
    {
        using var site = Jekyll(images: ["assets/img/config/blank.jpg"]);
        site.WriteBytes("assets/img/posts/other.jpg", Gif);
        site.Write(Post, "---\ntitle: t\nheader:\n  teaser: /assets/img/posts/blank.jpg\n---\n");
        Assert.Equal("4:11-38 error image '/assets/img/posts/blank.jpg' not found: no file 'blank.jpg' in assets/img/posts/; did you mean '/assets/img/config/blank.jpg'", One(site));
    }

    [Fact]
    public void Case_only_mismatch_names_the_real_file_and_fixes_the_path()
    {
        using var site = Jekyll(images: ["assets/images/Teaser.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![표지](/assets/images/teaser.PNG)\n");
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("image '/assets/images/teaser.PNG' differs in letter case from the file assets/images/Teaser.png: works on macOS/Windows, breaks on GitHub Pages; write '/assets/images/Teaser.png'", d.Message);
        Assert.NotNull(d.Fix);
        Assert.Equal(FixSafety.Safe, d.Fix!.Safety);
        var edit = Assert.Single(d.Fix.Edits);
        Assert.Equal("Teaser.png", edit.NewText);
        Assert.Equal("teaser.PNG", File.ReadAllText(Path.Combine(site.Root, Post))[edit.Range.Start..edit.Range.End]);
    }

    [Fact]
    public void Case_mismatch_in_a_folder_is_found_too()
    {
        using var site = Jekyll(images: ["Assets/Images/a.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![a](/assets/images/a.png)\n");
        Assert.Contains("differs in letter case from the file Assets/Images/a.png", One(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Nfd_file_name_against_nfc_path_is_reported_as_normalization()
    {
        using var site = Jekyll();
        site.WriteBytes("assets/images/" + UnicodeNames.Decompose("스크린샷.png"), Gif);
        site.Write(Post, "---\ntitle: t\n---\n![화면](/assets/images/스크린샷.png)\n");
        var message = One(site);
        Assert.Contains("matches the file assets/images/", message, StringComparison.Ordinal);
        Assert.Contains("only after Unicode normalization: the file name is NFD (as macOS writes it) and the path is NFC", message, StringComparison.Ordinal);
        Assert.EndsWith("rename the file to NFC", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nfd_path_against_nfc_file_is_fixed_in_the_text()
    {
        using var site = Jekyll(images: ["assets/images/사진.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![사진](/assets/images/" + UnicodeNames.Decompose("사진") + ".png)\n");
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Contains("the path is NFD and the file name NFC", d.Message, StringComparison.Ordinal);
        Assert.Equal("사진.png", Assert.Single(d.Fix!.Edits).NewText);
    }

    [Fact]
    public void Decompose_splits_hangul_syllables_into_jamo_and_latin_letters_into_marks()
    {
        Assert.Equal("\u1112\u1161\u11AB", UnicodeNames.Decompose("한"));
        Assert.Equal("cafe\u0301", UnicodeNames.Decompose("café"));
        Assert.True(UnicodeNames.LooksDecomposed(UnicodeNames.Decompose("한글")));
        Assert.False(UnicodeNames.LooksDecomposed("한글"));
    }

    [Fact]
    public void Relative_path_resolves_against_the_permalink_not_the_folder()
    {
        using var site = Jekyll(images: ["images/tech/a.png"]);
        site.Write(Post, "---\ntitle: t\ncategories:\n  - tech\n---\n![a](./../../images/tech/a.png)\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void The_date_in_the_permalink_is_read_as_Jekyll_reads_it()
    {
        // Ruby's Time.parse reads `Jul 08 2022`: the post is published on that day, not the file name's.
        using var site = Jekyll("permalink: /:year/:month/:day/:title/\n");
        site.Write(Post, "---\ntitle: t\ndate: Jul 08 2022\n---\n![a](a.png)\n");
        Assert.Contains("the page is published at /2022/07/08/my-post/", One(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_path_under_two_categories_loads_another_folder()
    {
        using var site = Jekyll(images: ["images/tech/a.png"]);
        site.Write(Post, "---\ntitle: t\ncategories: [Dev, Tech]\n---\n![a](../../images/tech/a.png)\n");
        Assert.Equal(["5:6-29 error image '../../images/tech/a.png' not found: the page is published at /dev/tech/my-post/ and loads /dev/images/tech/a.png; no folder 'dev' in the site root; a file of that name is at images/tech/a.png"], Lint(site));
    }

    [Fact]
    public void File_next_to_the_post_is_not_where_the_page_looks()
    {
        using var site = Jekyll(images: ["_posts/img/그림.png"]);
        site.Write(Post, "---\ntitle: t\ncategories: devops\n---\n![그림](img/그림.png)\n");
        Assert.Equal(["5:7-17 error image 'img/그림.png' is next to the post (_posts/img/그림.png), but the page is published at /devops/my-post/ and loads /devops/my-post/img/그림.png, which does not exist; move the image to a site folder such as assets/ and write its path from the site root"], Lint(site));
    }

    [Theory]
    [InlineData("", "../../../../../assets/a.png", true)]          // default: /:categories/:year/:month/:day/:title.html
    [InlineData("permalink: date\n", "../../../../../assets/a.png", true)]
    [InlineData("permalink: pretty\n", "../../../../../../assets/a.png", true)]
    [InlineData("permalink: pretty\n", "../../../../../assets/a.png", false)]
    [InlineData("permalink: none\n", "../../assets/a.png", true)]
    [InlineData("permalink: /:year/:title/\n", "../../assets/a.png", true)]
    public void Permalink_styles_decide_the_page_folder(string config, string path, bool resolves)
    {
        using var site = Jekyll(config, "assets/a.png");
        site.Write("_posts/2025-03-01-my-post.md", $"---\ntitle: t\ncategories: [a, b]\n---\n![a]({path})\n");
        Assert.Equal(resolves ? 0 : 1, Lint(site).Length);
    }

    [Fact]
    public void Per_post_permalink_wins()
    {
        using var site = Jekyll(images: ["about/me.png"]);
        site.Write(Post, "---\ntitle: t\ncategories: tech\npermalink: /about/\n---\n![나](me.png)\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Collection_documents_use_the_collection_permalink()
    {
        using var site = Jekyll("collections:\n  recipes:\n    output: true\n    permalink: /:collection/:path/\n", "assets/a.png");
        site.Write("_recipes/korean/kimchi.md", "---\ntitle: 김치\n---\n![김치](../../../assets/a.png)\n![김치 2](../../assets/a.png)\n");
        Assert.Equal(["5:9-27 error image '../../assets/a.png' exists relative to the post's file (assets/a.png), but the page is published at /recipes/korean/kimchi/ and loads /recipes/assets/a.png, which does not exist; write '/assets/a.png'"], Lint(site, "_recipes/korean/kimchi.md"));
    }

    [Fact]
    public void Collections_dir_is_not_a_category()
    {
        using var site = Jekyll("collections_dir: my_collections\npermalink: /:categories/:title/\n", "assets/a.png");
        site.Write("my_collections/_posts/2025-03-01-p.md", "---\ntitle: t\ncategories: tech\n---\n![a](../../assets/a.png)\n");
        Assert.Empty(Lint(site, "my_collections/_posts/2025-03-01-p.md"));
    }

    [Fact]
    public void Jekyll_postfiles_publishes_files_next_to_the_post()
    {
        using var site = Jekyll("plugins:\n  - jekyll-postfiles\n", "_posts/my-post/cat.png");
        site.Write("_posts/my-post/2025-03-01-my-post.md", "---\ntitle: t\n---\n![고양이](cat.png)\n");
        Assert.Empty(Lint(site, "_posts/my-post/2025-03-01-my-post.md"));
    }

    [Fact]
    public void Pages_resolve_against_their_own_url()
    {
        using var site = Jekyll(images: ["about/me.png"]);
        site.Write("about.md", "---\ntitle: 소개\n---\n![나](me.png)\n");
        Assert.Empty(Lint(site, "about.md"));
    }

    [Fact]
    public void File_without_front_matter_resolves_next_to_itself_as_github_shows_it()
    {
        using var site = Jekyll(images: ["docs/img/a.png"]);
        site.Write("docs/README.md", "# 문서\n\n![a](img/a.png)\n![b](img/b.png)\n");
        Assert.Equal(["4:6-15 error image 'img/b.png' not found: no file 'b.png' in docs/img/; did you mean 'img/a.png'"], Lint(site, "docs/README.md"));
    }

    [Fact]
    public void Liquid_site_variables_and_url_filters_resolve()
    {
        using var site = Jekyll("url: https://me.github.io\nbaseurl: /blog\n", "assets/a.png");
        site.Write(Post, """
            ---
            title: t
            ---
            ![a]({{ site.baseurl }}/assets/a.png)
            ![b]({{ site.url }}{{ site.baseurl }}/assets/a.png)
            ![c]({{ "/assets/a.png" | relative_url }})
            ![d]({{ 'assets/a.png' | absolute_url }})
            <img src="{{ site.baseurl }}/assets/a.png" alt="e">
            ![f]({{ site.baseurl }}/assets/missing.png)
            """);
        Assert.Equal(["9:6-43 error image '{{ site.baseurl }}/assets/missing.png' not found: no file 'missing.png' in assets/"], Lint(site));
    }

    [Fact]
    public void Templated_paths_are_skipped_and_reported_as_infos_on_request()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\nimage: \"{{ page.cover }}\"\n---\n![a]({{ page.image }})\n![b](https://example.com/a.png) ![c](//cdn.example.com/b.png) ![d](data:image/png;base64,iVBOR)\n");
        Assert.Empty(Lint(site));
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        var found = Lint(site);
        Assert.Equal(5, found.Length);
        Assert.All(found, f => Assert.Contains(" info image '", f, StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith("not checked: templated path", StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith("not checked: remote image", StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith("not checked: data: URI", StringComparison.Ordinal));
    }

    [Fact]
    public void Own_site_url_is_a_local_file()
    {
        using var site = Jekyll("url: \"https://me.github.io\"\n", "assets/a.png");
        site.Write(Post, "---\ntitle: t\n---\n![a](https://me.github.io/assets/a.png)\n![b](http://me.github.io/assets/b.png)\n");
        Assert.Equal(["5:6-38 error image 'http://me.github.io/assets/b.png' not found: no file 'b.png' in assets/; did you mean 'http://me.github.io/assets/a.png'"], Lint(site));
    }

    [Fact]
    public void Baseurl_is_stripped_and_a_body_image_without_it_is_an_error()
    {
        using var site = Jekyll("baseurl: \"/blog\"\n", "assets/a.png");
        site.Write(Post, "---\ntitle: t\nimage: /assets/a.png\n---\n![a](/blog/assets/a.png)\n![b](/assets/a.png)\n");
        Assert.Equal(["6:6-19 error image '/assets/a.png' leaves out the site's baseurl '/blog': the published page loads /assets/a.png, outside the site; write '/blog/assets/a.png' or '{{ \"/assets/a.png\" | relative_url }}'"], Lint(site));
    }

    [Fact]
    public void Percent_encoding_is_decoded_and_query_and_fragment_dropped()
    {
        using var site = Jekyll(images: ["assets/images/스크린샷 1.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![a](/assets/images/%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7%201.png?v=2#top)\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Escaping_the_site_root_is_an_error_and_nothing_outside_is_looked_at()
    {
        using var outer = new TempSite("none");
        outer.WriteBytes("secret.png", Gif);
        outer.Write("site/_config.yml", "title: t\n");
        outer.Write("site/notes/readme.md", "![비밀](../../secret.png)\n![passwd](../../../../etc/passwd)\n");
        Assert.Equal(
        [
            "1:7-23 error image '../../secret.png' points outside the site root",
            "2:11-33 error image '../../../../etc/passwd' points outside the site root",
        ], Lint(outer, "site/notes/readme.md"));
    }

    [Fact]
    public void Climbing_above_the_root_in_a_published_post_is_an_error_when_nothing_is_there()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\ncategories: tech\n---\n![x](../../../../etc/passwd)\n");
        Assert.Equal(["5:6-28 error image '../../../../etc/passwd' points outside the site root: the page is published at /tech/my-post/ and loads /etc/passwd; it climbs 2 folders above the root"], Lint(site));
    }

    [Theory]
    [InlineData(@"C:\Users\me\Pictures\a.png")]
    [InlineData("file:///Users/me/a.png")]
    [InlineData("/Users/me/Desktop/스크린샷.png")]
    [InlineData("/home/me/a.png")]
    [InlineData("~/Pictures/스크린샷.png")]
    [InlineData(@"\\server\share\a.png")]
    [InlineData("FILE:///x/a.png")]
    [InlineData("D:/photos/a.png")]
    public void Machine_paths_are_outside_the_site_root(string path)
    {
        using var site = Jekyll();
        site.Write(Post, $"---\ntitle: t\nimage: \"{path.Replace(@"\", @"\\", StringComparison.Ordinal)}\"\n---\n");
        Assert.Contains("is a path on your computer, outside the site root", One(site), StringComparison.Ordinal);
    }

    [Fact]
    public void Symbolic_link_leading_outside_the_root_is_not_followed()
    {
        using var outer = new TempSite("none");
        outer.WriteBytes("elsewhere/a.png", Gif);
        outer.Write("site/_config.yml", "title: t\n");
        Directory.CreateDirectory(Path.Combine(outer.Root, "site", "assets"));
        Directory.CreateSymbolicLink(Path.Combine(outer.Root, "site", "assets", "linked"), Path.Combine(outer.Root, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(outer.Root, "site", "hop"), Path.Combine(outer.Root, "site", "assets", "linked"));
        outer.WriteBytes("site/assets/inside/b.png", Gif);
        Directory.CreateSymbolicLink(Path.Combine(outer.Root, "site", "fine"), Path.Combine(outer.Root, "site", "assets", "inside"));
        outer.Write("site/_posts/2025-03-01-p.md", "---\ntitle: t\n---\n![a](/assets/linked/a.png)\n![b](/hop/a.png)\n![c](/fine/b.png)\n");
        Assert.Equal(
        [
            "4:6-26 error image '/assets/linked/a.png' goes through the symbolic link assets/linked, which leads outside the site root",
            "5:6-16 error image '/hop/a.png' goes through the symbolic link hop, which leads outside the site root",
        ], Lint(outer, "site/_posts/2025-03-01-p.md"));
    }

    [Fact]
    public void Backslashes_are_a_warning_with_a_fix_when_the_file_exists()
    {
        using var site = Jekyll(images: ["assets/images/a.png"]);
        site.Write("notes.md", "![a](assets\\images\\a.png)\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "notes.md", "broken-image-path"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("image path 'assets\\images\\a.png' uses backslashes; write 'assets/images/a.png'", d.Message);
        Assert.Equal("assets/images/a.png", Assert.Single(d.Fix!.Edits).NewText);
    }

    [Fact]
    public void Escaped_backslashes_are_suggested_as_one_slash_each_and_not_fixed_in_place()
    {
        // Markdown reads `\\` as one backslash, and YAML reads "\\" as one: the page loads /assets/a.png.
        using var site = Jekyll(images: ["assets/a.png"]);
        var text = "---\ntitle: 역슬래시\nimage: \"/assets\\\\a.png\"\n---\n![그림](/assets\\\\a.png)\n";
        site.Write(Post, text);
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(
        [
            "3:9 warning image path '/assets\\\\a.png' uses backslashes; write '/assets/a.png'",
            "5:7 warning image path '/assets\\\\a.png' uses backslashes; write '/assets/a.png'",
        ], found.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToName()} {d.Message}"));
        Assert.All(found, d => Assert.Null(d.Fix));
        Assert.Equal("이미지 경로 '/assets\\\\a.png'에 역슬래시가 있습니다. '/assets/a.png'로 쓰세요", found[1].MessageIn(Language.Korean));
    }

    [Fact]
    public void Raw_spaces_are_a_warning()
    {
        using var site = Jekyll(images: ["assets/my image.png"]);
        site.Write(Post, "---\ntitle: t\nimage: /assets/my image.png\n---\n<img src=\"/assets/my image.png\" alt=\"a\">\n");
        Assert.Equal(
        [
            "3:8-28 warning image path '/assets/my image.png' contains a space; write it as %20 or rename the file without spaces",
            "5:11-31 warning image path '/assets/my image.png' contains a space; write it as %20 or rename the file without spaces",
        ], Lint(site));
    }

    [Fact]
    public void A_folder_is_not_an_image()
    {
        using var site = Jekyll(images: ["assets/images/a.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![a](/assets/images/)\n");
        Assert.Equal(["4:6-21 error image '/assets/images/' is a folder (assets/images/), not an image file"], Lint(site));
    }

    [Fact]
    public void Empty_path_is_an_error()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\n---\n![빈 경로]()\n");
        Assert.Equal(["4:9-9 error image path is empty; write the path of the image file"], Lint(site));
    }

    [Fact]
    public void Code_comments_and_scripts_are_not_images()
    {
        using var site = Jekyll();
        site.Write(Post, """
            ---
            title: t
            ---
            `![a](/gone.png)` 와 <!-- <img src="/gone.png"> -->

            ```html
            <img src="/gone.png">
            ![a](/gone.png)
            ```

            <script>var s = '<img src="/gone.png">';</script>
            """);
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Broken_srcset_candidates_are_reported_one_by_one()
    {
        using var site = Jekyll(images: ["a.png"]);
        site.Write(Post, "---\ntitle: t\n---\n<img src=\"/a.png\" srcset=\"/a.png 1x, /a@2x.png 2x\" alt=\"a\">\n");
        Assert.Equal(["4:38-47 error image '/a@2x.png' not found: no file 'a@2x.png' in the site root"], Lint(site));
    }

    [Fact]
    public void Reference_definition_used_twice_is_reported_once_at_the_definition()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\n---\n![a][logo] ![b][logo]\n\n[logo]: /img/logo.png\n");
        Assert.Equal(["6:9-22 error image '/img/logo.png' not found: no folder 'img' in the site root"], Lint(site));
    }

    [Fact]
    public void Chirpy_media_subpath_prefixes_relative_paths()
    {
        using var site = Jekyll(images: ["assets/posts/p1/a.png"]);
        site.Write(Post, "---\ntitle: t\nmedia_subpath: /assets/posts/p1\nimage:\n  path: a.png\n---\n![a](a.png)\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Configured_keys_replace_the_default_list()
    {
        using var site = Jekyll();
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    keys:\n      - hero.banner\n      - \"gallery[]\"\n");
        site.Write(Post, "---\ntitle: t\nimage: /gone.png\nhero:\n  banner: /hero.png\ngallery:\n  - /g1.png\n  - /g2.png\n---\n");
        Assert.Equal(["5:11-20", "7:5-12", "8:5-12"], Lint(site).Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Hugo_page_bundle_resolves_next_to_index_and_root_paths_in_static_or_assets()
    {
        using var site = new TempSite("hugo");
        site.WriteBytes("content/posts/my-post/cat.jpg", Gif);
        site.WriteBytes("static/images/logo.png", Gif);
        site.WriteBytes("assets/images/bg.png", Gif);
        site.Write("content/posts/my-post/index.md", "---\ntitle: 고양이\nimages: [cat.jpg]\n---\n![고양이](cat.jpg)\n![로고](/images/logo.png)\n![배경](/images/bg.png)\n![개](dog.jpg)\n");
        Assert.Equal(["8:6-13 error image 'dog.jpg' not found: no file 'dog.jpg' next to the post"], Lint(site, "content/posts/my-post/index.md"));
    }

    [Fact]
    public void Hugo_regular_page_does_not_see_files_beside_it()
    {
        using var site = new TempSite("hugo");
        site.WriteBytes("content/posts/cat.jpg", Gif);
        site.Write("content/posts/my-post.md", "---\ntitle: t\n---\n![고양이](cat.jpg)\n");
        Assert.Contains("is next to the post (content/posts/cat.jpg), but the page is published at /posts/my-post/", One(site, "content/posts/my-post.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Astro_root_paths_resolve_in_public()
    {
        using var site = new TempSite("astro");
        site.WriteBytes("public/blog-placeholder.jpg", Gif);
        site.WriteBytes("src/assets/hero.png", Gif);
        site.Write("src/content/blog/first.md", "---\ntitle: t\nheroImage: /blog-placeholder.jpg\n---\n![히어로](../../assets/hero.png)\n![없음](/none.jpg)\n");
        Assert.Equal(["6:7-16 error image '/none.jpg' not found: no file 'none.jpg' in public/"], Lint(site, "src/content/blog/first.md"));
    }

    [Fact]
    public void Plain_folder_resolves_relative_to_the_file()
    {
        using var site = new TempSite("none");
        site.WriteBytes("docs/media/a.png", Gif);
        site.Write("docs/guide/intro.md", "# 안내\n\n![a](../media/a.png)\n![b](media/b.png)\n");
        Assert.Equal(["4:6-17 error image 'media/b.png' not found: no folder 'media' next to the post"], Lint(site, "docs/guide/intro.md"));
    }

    [Fact]
    public void Plain_folder_suggests_the_same_name_elsewhere_while_it_is_small()
    {
        using var site = new TempSite("none");
        site.WriteBytes("docs/media/b.png", Gif);
        site.Write("docs/guide/intro.md", "# 안내\n\n![b](/images/b.png)\n");
        Assert.Equal(["3:6-19 error image '/images/b.png' not found: no folder 'images' in the site root; did you mean '/docs/media/b.png'"], Lint(site, "docs/guide/intro.md"));
    }

    [Fact]
    public void Plain_folder_larger_than_the_search_budget_is_not_walked_for_a_suggestion()
    {
        // Where no generator config marks the root (a home or temp folder), finding a file of the same name elsewhere
        // would walk the whole tree: beyond the budget the finding stands without a suggestion.
        using var site = new TempSite("none");
        site.WriteBytes("docs/media/b.png", Gif);
        for (var i = 0; i <= SiteFiles.PlainBudget; i++)
        {
            site.Write($"notes/n{i}.txt", "");
        }

        site.Write("docs/guide/intro.md", "# 안내\n\n![b](/images/b.png)\n");
        Assert.Equal(["3:6-19 error image '/images/b.png' not found: no folder 'images' in the site root"], Lint(site, "docs/guide/intro.md"));
    }

    // Issue 16, difference 3: a browser drops tabs and line breaks from a URL; kramdown's span-level HTML has already
    // written a line break as a space.

    [Fact]
    public void Line_break_inside_src_of_an_html_block_loads_as_the_browser_reads_it()
    {
        using var site = Jekyll(images: ["images/gen/123_name.png"]);
        site.Write(Post, "---\ntitle: 줄바꿈\n---\n<p align=\"center\">\n  <img src=\"/images/gen/\n123_name.png\" alt=\"그림\">\n</p>\n\n<div>\n<img src=\"/images/gen/123_\tname.png\" alt=\"탭\">\n</div>\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Line_break_inside_src_in_a_paragraph_breaks_on_kramdown_and_the_fix_joins_the_path()
    {
        using var site = Jekyll(images: ["images/gen/123_name.png"]);
        var text = "---\ntitle: 줄바꿈\n---\n<img src=\"/images/gen/\n123_name.png\" alt=\"그림\">\n";
        site.Write(Post, text);
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("image '/images/gen/\\n123_name.png' breaks its path over two lines inside a paragraph: kramdown writes the line break as a space, so the page loads '/images/gen/ 123_name.png', which does not exist; write the path on one line: '/images/gen/123_name.png'", d.Message);
        var fixedText = EditScript.Apply(text, [d]);
        Assert.Equal("---\ntitle: 줄바꿈\n---\n<img src=\"/images/gen/123_name.png\" alt=\"그림\">\n", fixedText);
        site.Write(Post, fixedText);
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Line_break_inside_src_in_a_paragraph_loads_on_commonmark_renderers()
    {
        using var hugo = new TempSite("hugo");
        hugo.WriteBytes("static/images/a.png", Gif);
        hugo.Write("content/posts/p.md", "---\ntitle: t\n---\ntext <img src=\"/images/\na.png\" alt=\"a\"> more\n");
        Assert.Empty(Lint(hugo, "content/posts/p.md"));

        using var plain = new TempSite("none");
        plain.WriteBytes("images/a.png", Gif);
        plain.Write("README.md", "# t\n\n<img src=\"images/\r\na.png\" alt=\"a\">\n");
        Assert.Empty(Lint(plain, "README.md"));
    }

    [Fact]
    public void Line_break_inside_a_missing_path_is_shown_escaped_in_the_message()
    {
        using var site = Jekyll(images: ["images/a.png"]);
        site.Write(Post, "---\ntitle: t\n---\n<p>\n<img src=\"/images/\nb.png\" alt=\"b\">\n</p>\n\n<img src=\"/images/\nc.png\" alt=\"c\">\n");
        Assert.Equal(
        [
            "5:11-6 error image '/images/\\nb.png' not found: no file 'b.png' in images/; did you mean '/images/a.png'",
            "9:11-6 error image '/images/\\nc.png' not found: no file ' c.png' in images/; kramdown writes the line break inside this <img> as a space",
        ], Lint(site));
    }

    // Issue 16, difference 4: the author's own repository is part of the site.

    private static TempSite OwnRepository(string config = "url: https://oracle-blog.github.io\n", string head = "main", params string[] branches)
    {
        var site = Jekyll(config, "assets/img/logo.png", "assets/img/스크린샷.png");
        site.Write(".git/HEAD", $"ref: refs/heads/{head}\n");
        site.Write(".git/config", "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:oracle-blog/oracle-blog.github.io.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        foreach (var branch in branches.Append(head))
        {
            site.Write($".git/refs/heads/{branch}", "0123456789abcdef0123456789abcdef01234567\n");
        }

        return site;
    }

    [Theory]
    [InlineData("https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/logo.png")]
    [InlineData("https://raw.githubusercontent.com/Oracle-Blog/Oracle-Blog.github.io/main/assets/img/logo.png")]
    [InlineData("https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/refs/heads/main/assets/img/logo.png")]
    [InlineData("https://github.com/oracle-blog/oracle-blog.github.io/raw/main/assets/img/logo.png")]
    [InlineData("https://github.com/oracle-blog/oracle-blog.github.io/blob/main/assets/img/logo.png?raw=true")]
    [InlineData("https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7.png")]
    [InlineData("https://raw.githubusercontent.com/someone-else/blog/main/assets/img/Missing.png")]
    public void Raw_urls_of_the_own_repository_resolve_to_site_files(string url)
    {
        using var site = OwnRepository();
        site.Write(Post, $"---\ntitle: t\n---\n![그림]({url})\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Raw_url_of_the_own_repository_is_checked_case_sensitively_and_fixed()
    {
        using var site = OwnRepository();
        var text = "---\ntitle: t\n---\n![그림](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/Logo.png)\n";
        site.Write(Post, text);
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal("image 'https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/Logo.png' differs in letter case from the file assets/img/logo.png: works on macOS/Windows, breaks on GitHub; write 'https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/logo.png'", d.Message);
        site.Write(Post, EditScript.Apply(text, [d]));
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Raw_url_of_a_missing_file_in_the_own_repository_is_an_error()
    {
        using var site = OwnRepository();
        site.Write(Post, "---\ntitle: t\n---\n![그림](https://github.com/oracle-blog/oracle-blog.github.io/raw/main/assets/img/gone.png)\n");
        Assert.Equal(["4:7-88 error image 'https://github.com/oracle-blog/oracle-blog.github.io/raw/main/assets/img/gone.png' not found: no file 'gone.png' in assets/img/"], Lint(site));
    }

    [Fact]
    public void Branch_git_does_not_know_is_reported_with_the_checked_out_branch_as_an_unsafe_fix()
    {
        using var site = OwnRepository(branches: ["gh-pages"]);
        var text = "---\ntitle: t\n---\n![그림](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/master/assets/img/logo.png)\n";
        site.Write(Post, text);
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("image 'https://raw.githubusercontent.com/oracle-blog/oracle-blog...' is served from the branch 'master' of oracle-blog/oracle-blog.github.io, which git does not know (branches: gh-pages, main): GitHub serves nothing from a branch that does not exist; write 'main'", d.Message);
        Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety);
        site.Write(Post, EditScript.Apply(text, [d], FixSafety.Unsafe));
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Another_branch_that_exists_or_a_commit_is_not_checked_against_the_work_tree()
    {
        using var site = OwnRepository(branches: ["gh-pages"]);
        site.Write(Post, "---\ntitle: t\n---\n![a](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/gh-pages/only/there.png)\n![b](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/0123abc/old/file.png)\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Repository_named_in_the_config_is_the_own_repository_without_git()
    {
        using var site = Jekyll("repository: me/notes\n", "img/a.png");
        site.Write(Post, "---\ntitle: t\n---\n![a](https://raw.githubusercontent.com/me/notes/master/img/a.png)\n![b](https://raw.githubusercontent.com/me/notes/master/img/A.png)\n![c](https://raw.githubusercontent.com/other/notes/master/img/A.png)\n");
        Assert.Equal(["5:6-65 error image 'https://raw.githubusercontent.com/me/notes/master/img/A.png' differs in letter case from the file img/a.png: works on macOS/Windows, breaks on GitHub; write 'https://raw.githubusercontent.com/me/notes/master/img/a.png'"], Lint(site));
    }

    [Fact]
    public void Blob_url_is_a_page_not_an_image_and_the_fix_adds_raw_true()
    {
        using var site = Jekyll();
        var text = "---\ntitle: t\n---\n![a](https://github.com/someone/else/blob/main/a.png)\n";
        site.Write(Post, text);
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal("image 'https://github.com/someone/else/blob/main/a.png' is GitHub's page for the file (a /blob/ URL), not the image itself, so no image shows; add ?raw=true or use the raw.githubusercontent.com URL", d.Message);
        var fixedText = EditScript.Apply(text, [d]);
        Assert.Contains("(https://github.com/someone/else/blob/main/a.png?raw=true)", fixedText, StringComparison.Ordinal);
        site.Write(Post, fixedText);
        Assert.Empty(Lint(site));
    }

    // Issue 16, difference 5: a post Jekyll skips for want of a date prefix is checked as it will be published.

    [Fact]
    public void Undated_post_resolves_relative_paths_where_it_will_be_published_once_renamed()
    {
        using var site = Jekyll("permalink: date\n", "assets/a.png");
        const string undated = "_posts/2022-02-16_Title.md";
        site.Write(undated, "---\ntitle: 날짜 없는 이름\n---\n![됨](../../../assets/a.png)\n![안 됨](../../assets/a.png)\n![없음](/assets/b.png)\n");
        Assert.Equal(
        [
            "5:8-26 error image '../../assets/a.png' not found: once the file is renamed to 2022-02-16-Title.md (Jekyll skips it as named), the page is published at /2022/02/16/Title.html and loads /2022/assets/a.png; no folder '2022' in the site root; a file of that name is at assets/a.png",
            "6:7-20 error image '/assets/b.png' not found: no file 'b.png' in assets/; did you mean '/assets/a.png'",
        ], Lint(site, undated));
    }

    [Fact]
    public void Undated_post_with_a_date_key_is_published_under_that_date()
    {
        using var site = Jekyll("permalink: /:year/:title/\n", "assets/a.png");
        const string undated = "_posts/my-post.md";
        site.Write(undated, "---\ntitle: t\ndate: 2024-05-06\n---\n![a](../../assets/a.png)\n![b](../assets/a.png)\n");
        Assert.Equal(["6:6-21 error image '../assets/a.png' exists relative to the post's file (assets/a.png), but once the file is renamed to 2024-05-06-my-post.md (Jekyll skips it as named), the page is published at /2024/my-post/ and loads /2024/assets/a.png, which does not exist; write '/assets/a.png'"], Lint(site, undated));
    }

    // Issue 17: every problem of a path at once, one fix for both, page URLs with the baseurl.

    [Fact]
    public void Missing_baseurl_gets_a_fix_and_the_fixed_text_lints_clean()
    {
        using var site = Jekyll("baseurl: /blog\n", "assets/img/logo.png");
        var text = "---\ntitle: t\n---\n![로고](/assets/img/logo.png)\n<img src=\"/assets/img/logo.png\" alt=\"로고\">\n";
        site.Write(Post, text);
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal("Write '/blog/assets/img/logo.png'", d.Fix!.Title));
        var fixedText = EditScript.Apply(text, found);
        Assert.Equal("---\ntitle: t\n---\n![로고](/blog/assets/img/logo.png)\n<img src=\"/blog/assets/img/logo.png\" alt=\"로고\">\n", fixedText);
        site.Write(Post, fixedText);
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Letter_case_and_missing_baseurl_are_reported_at_once_and_one_fix_mends_both()
    {
        using var site = Jekyll("baseurl: /blog\n", "assets/img/Docker-logo.png");
        var text = "---\ntitle: 도커\n---\n![Docker](/assets/img/docker-logo.png)\n";
        site.Write(Post, text);
        var d = Assert.Single(RuleHarness.LintFile(site, Post, "broken-image-path"));
        Assert.Equal("image '/assets/img/docker-logo.png' leaves out the site's baseurl '/blog' (the published page loads /assets/img/docker-logo.png, outside the site), and differs in letter case from the file assets/img/Docker-logo.png (works on macOS/Windows, breaks on GitHub Pages); write '/blog/assets/img/Docker-logo.png'", d.Message);
        var fixedText = EditScript.Apply(text, [d]);
        Assert.Equal("---\ntitle: 도커\n---\n![Docker](/blog/assets/img/Docker-logo.png)\n", fixedText);
        site.Write(Post, fixedText);
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Missing_file_without_the_baseurl_says_both()
    {
        using var site = Jekyll("baseurl: /blog\n", "assets/img/logo.png");
        site.Write(Post, "---\ntitle: t\n---\n![a](/assets/img/gone.png)\n");
        Assert.Equal("4:6-26 error image '/assets/img/gone.png' not found: no file 'gone.png' in assets/img/; the path also leaves out the site's baseurl '/blog'", One(site));
    }

    [Fact]
    public void Relative_path_messages_name_the_page_url_with_the_baseurl()
    {
        using var site = Jekyll("baseurl: /blog\npermalink: /:categories/:title/\n", "assets/img/logo.png");
        site.Write(Post, "---\ntitle: t\ncategories: [dev]\n---\n![a](../../assets/img/logo.png)\n![b](../assets/img/logo.png)\n");
        Assert.Equal("6:6-28 error image '../assets/img/logo.png' exists relative to the post's file (assets/img/logo.png), but the page is published at /blog/dev/my-post/ and loads /blog/dev/assets/img/logo.png, which does not exist; write '/blog/assets/img/logo.png'", One(site));
    }

    [Fact]
    public void Baseurl_in_liquid_or_in_front_matter_is_not_missing()
    {
        using var site = Jekyll("baseurl: /blog\n", "assets/img/logo.png");
        site.Write(Post, "---\ntitle: t\nimage: /assets/img/logo.png\n---\n![a]({{ site.baseurl }}/assets/img/logo.png)\n![b]({{ '/assets/img/logo.png' | relative_url }})\n");
        Assert.Empty(Lint(site));
    }

    // Issue 22: behaviour no test pinned down.

    [Theory]
    [InlineData("none")]
    [InlineData("false")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("None")]
    [InlineData("~")]
    [InlineData("\"\"")]
    public void Image_values_that_mean_no_image_are_not_files(string value)
    {
        using var site = Jekyll();
        site.Write(Post, $"---\ntitle: t\nimage: {value}\nheader:\n  teaser: {value}\n---\n본문\n");
        Assert.Empty(Lint(site));
    }

    [Fact]
    public void Image_value_none_as_a_file_name_with_an_extension_is_still_checked()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\nimage: none.png\n---\n본문\n");
        Assert.Equal("3:8-16 error image 'none.png' not found: no file 'none.png' in the site root", One(site));
    }

    [Fact]
    public void Img_path_is_the_fallback_of_media_subpath_and_applies_to_body_and_front_matter()
    {
        using var site = Jekyll(images: ["assets/posts/p2/a.png"]);
        site.Write(Post, "---\ntitle: t\nimg_path: /assets/posts/p2\nimage:\n  path: a.png\n---\n![a](a.png)\n![b](b.png)\n![c](/assets/posts/p2/a.png)\n");
        Assert.Equal(["8:6-11 error image 'b.png' not found: no file 'b.png' in assets/posts/p2/; did you mean 'a.png'"], Lint(site));
    }

    [Fact]
    public void Media_subpath_wins_over_img_path()
    {
        using var site = Jekyll(images: ["assets/new/a.png", "assets/old/b.png"]);
        site.Write(Post, "---\ntitle: t\nmedia_subpath: /assets/new\nimg_path: /assets/old\n---\n![a](a.png)\n![b](b.png)\n");
        Assert.Equal(["7:6-11 error image 'b.png' not found: no file 'b.png' in assets/new/; did you mean 'a.png'"], Lint(site));
    }

    [Theory]
    [InlineData("${IMG}/a.png")]
    [InlineData("/assets/${name}.png")]
    [InlineData("<%= asset %>/a.png")]
    [InlineData("{{ page.dir }}/a.png")]
    [InlineData("{% link assets/a.png %}")]
    public void Templated_paths_are_not_checked(string path)
    {
        using var site = Jekyll();
        site.Write(Post, $"---\ntitle: t\nimage: \"{path}\"\n---\n<img src=\"{path}\" alt=\"a\">\n");
        Assert.Empty(Lint(site));
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        Assert.Equal(
        [
            $"3:9-{9 + path.Length} info image '{path}' not checked: templated path",
            $"5:11-{11 + path.Length} info image '{path}' not checked: templated path",
        ], Lint(site));
    }

    [Fact]
    public void Kramdown_comment_extension_hides_images_and_nomarkdown_keeps_only_html()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\n---\n{::comment}\n![a](/none-a.png)\n<img src=\"/none-b.png\" alt=\"b\">\n{:/comment}\n\n{::nomarkdown}\n![c](/none-c.png)\n<img src=\"/none-d.png\" alt=\"d\">\n{:/nomarkdown}\n");
        Assert.Equal(["11:11-22 error image '/none-d.png' not found: no file 'none-d.png' in the site root"], Lint(site));

        using var hugo = new TempSite("hugo");
        hugo.Write("content/p.md", "---\ntitle: t\n---\n{::comment}\n![a](/none-a.png)\n{:/comment}\n");
        Assert.Single(Lint(hugo, "content/p.md"));
    }

    [Fact]
    public void Hugo_relative_path_found_in_static_is_accepted_only_with_an_image_render_hook()
    {
        using var site = new TempSite("hugo");
        site.WriteBytes("static/images/logo.png", Gif);
        site.Write("content/posts/my-post.md", "---\ntitle: t\n---\n![로고](images/logo.png)\n");
        Assert.Equal(["4:7-22 error image 'images/logo.png' not found: the page is published at /posts/my-post/ and loads /posts/my-post/images/logo.png; no folder 'posts' in static/; a file of that name is at static/images/logo.png"], Lint(site, "content/posts/my-post.md"));
        site.Write("themes/paper/layouts/_default/_markup/render-image.html", "<img src=\"{{ .Destination }}\">\n");
        Assert.Empty(Lint(site, "content/posts/my-post.md"));
    }

    // Issue 22, mutation testing: behaviour the rule's tests did not pin down yet.

    [Theory]
    [InlineData("Users")]
    [InlineData("home")]
    [InlineData("Volumes")]
    [InlineData("private")]
    [InlineData("var")]
    [InlineData("tmp")]
    [InlineData("mnt")]
    [InlineData("media")]
    [InlineData("opt")]
    [InlineData("etc")]
    [InlineData("root")]
    [InlineData("usr")]
    [InlineData("Applications")]
    [InlineData("Library")]
    [InlineData("System")]
    public void An_absolute_path_under_a_top_folder_of_macOS_or_Linux_is_a_path_on_the_computer(string folder)
    {
        using var site = Jekyll();
        site.Write(Post, $"---\ntitle: t\n---\n![사진](/{folder}/me/사진.png)\n");
        Assert.Equal([$"4:7-{18 + folder.Length} error image '/{folder}/me/사진.png' is a path on your computer, outside the site root; copy the image into the site (e.g. assets/images/) and write its path from the site root"], Lint(site));
    }

    [Theory]
    [InlineData("users")]
    [InlineData("photos")]
    [InlineData("Home")]
    public void An_absolute_path_under_another_top_folder_is_a_missing_site_file(string folder)
    {
        using var site = Jekyll();
        site.Write(Post, $"---\ntitle: t\n---\n![사진](/{folder}/me/사진.png)\n");
        Assert.Equal([$"4:7-{18 + folder.Length} error image '/{folder}/me/사진.png' not found: no folder '{folder}' in the site root"], Lint(site));
    }

    [Fact]
    public void A_computer_folder_name_is_a_site_path_when_the_site_has_it_or_when_it_is_all_the_path()
    {
        using var site = Jekyll(images: ["Users/me/a.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![홈](/home)\n![b](/Users/me/b.png)\n![c](/Users/x.png)\n![d](/home/me/a.png)\n");
        Assert.Equal(
        [
            "4:6-11 error image '/home' not found: no file 'home' in the site root",
            "5:6-21 error image '/Users/me/b.png' not found: no file 'b.png' in Users/me/; did you mean '/Users/me/a.png'",
            "6:6-18 error image '/Users/x.png' not found: no file 'x.png' in Users/",
            "7:6-20 error image '/home/me/a.png' is a path on your computer, outside the site root; copy the image into the site (e.g. assets/images/) and write its path from the site root",
        ], Lint(site));
    }

    [Fact]
    public void Other_schemes_and_bare_queries_are_skipped_with_their_reason_and_long_paths_are_shortened()
    {
        using var site = Jekyll();
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        site.Write(Post, "---\ntitle: t\n---\n![a](ftp://example.com/a.png)\n![b](?v=2)\n![c](#top)\n![d](https://example.com/abcdefghij/abcdefghij/abcdefghij/xyz.png)\n![e](https://example.com/abcdefghij/abcdefghij/abcdefghij/wxyz.png)\n![f](mailto:me@x.org)\n");
        Assert.Equal(
        [
            "4:6-29 info image 'ftp://example.com/a.png' not checked: ftp: URL",
            "5:6-10 info image '?v=2' not checked: no path, only a query or fragment",
            "6:6-10 info image '#top' not checked: no path, only a query or fragment",
            "7:6-66 info image 'https://example.com/abcdefghij/abcdefghij/abcdefghij/xyz.png' not checked: remote image",
            "8:6-67 info image 'https://example.com/abcdefghij/abcdefghij/abcdefghij/wxyz...' not checked: remote image",
            "9:6-21 info image 'mailto:me@x.org' not checked: mailto: URL",
        ], Lint(site));
    }

    [Fact]
    public void Climbing_one_folder_above_the_root_says_one_folder()
    {
        using var site = Jekyll("permalink: /:title/\n");
        site.Write(Post, "---\ntitle: t\n---\n![a](../../a.png)\n![b](../../../a.png)\n");
        Assert.Equal(
        [
            "4:6-17 error image '../../a.png' points outside the site root: the page is published at /my-post/ and loads /a.png; it climbs 1 folder above the root",
            "5:6-20 error image '../../../a.png' points outside the site root: the page is published at /my-post/ and loads /a.png; it climbs 2 folders above the root",
        ], Lint(site));
    }

    [Fact]
    public void Blob_url_fix_appends_raw_true_to_a_query_and_is_left_out_for_a_fragment_or_front_matter_value()
    {
        using var site = Jekyll();
        var text = "---\ntitle: t\nimage: https://github.com/me/r/blob/main/c.png\n---\n![a](https://github.com/me/r/blob/main/a.png#L1)\n![b](https://github.com/me/r/blob/main/b.png?plain=1)\n";
        site.Write(Post, text);
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(["3:8", "5:6", "6:6"], found.Select(d => $"{d.Start.Line}:{d.Start.Column}"));
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Null(found[1].Fix);
        Assert.Equal("Replace with 'https://github.com/me/r/blob/main/b.png?plain=1&raw=true'", found[2].Fix!.Title);
        Assert.Equal(
            "---\ntitle: t\nimage: https://github.com/me/r/blob/main/c.png?raw=true\n---\n![a](https://github.com/me/r/blob/main/a.png#L1)\n![b](https://github.com/me/r/blob/main/b.png?plain=1&raw=true)\n",
            EditScript.Apply(text, found));
    }

    [Fact]
    public void A_file_used_as_a_folder_and_more_files_of_the_same_name_are_said()
    {
        using var site = Jekyll(images: ["assets/a.png", "assets/x/b.png", "assets/y/b.png", "assets/z/b.png", "img/c.png", "docs/c.png"]);
        site.Write(Post, "---\ntitle: t\n---\n![a](/assets/a.png/b.png)\n![c](/pics/c.png)\n");
        site.Write("notes.md", "![a](assets/a.png/b.png)\n![b](media/b.png)\n![c](media/c.png)\n");
        Assert.Equal(
        [
            "4:6-25 error image '/assets/a.png/b.png' not found: assets/a.png is a file, not a folder",
            "5:6-17 error image '/pics/c.png' not found: no folder 'pics' in the site root; did you mean '/docs/c.png' (and 1 more)",
        ], Lint(site));
        Assert.Equal(
        [
            "1:6-24 error image 'assets/a.png/b.png' not found: assets/a.png is a file, not a folder",
            "2:6-17 error image 'media/b.png' not found: no folder 'media' next to the post; a file of that name is at assets/x/b.png (and 2 more)",
            "3:6-17 error image 'media/c.png' not found: no folder 'media' next to the post; a file of that name is at docs/c.png (and 1 more)",
        ], Lint(site, "notes.md"));
    }

    [Fact]
    public void Hugo_regular_page_is_told_to_become_a_bundle_and_its_front_matter_starts_at_the_root()
    {
        using var site = new TempSite("hugo");
        site.WriteBytes("content/posts/cat.jpg", Gif);
        site.WriteBytes("themes/paper/static/images/t.png", Gif);
        site.Write("content/posts/my-post.md", "---\ntitle: t\nimage: cat.jpg\ncover: ../../../x.png\n---\n![고양이](cat.jpg)\n![테마](/images/t.png)\n");
        Assert.Equal(
        [
            "3:8-15 error image 'cat.jpg' is next to the post (content/posts/cat.jpg), but the page is published at /posts/my-post/ and loads /cat.jpg, which does not exist; make the post a page bundle (a folder with index.md and its images) or move the image to static/",
            "4:8-22 error image '../../../x.png' points outside the site root: it climbs 3 folders above the root",
            "6:8-15 error image 'cat.jpg' is next to the post (content/posts/cat.jpg), but the page is published at /posts/my-post/ and loads /posts/my-post/cat.jpg, which does not exist; make the post a page bundle (a folder with index.md and its images) or move the image to static/",
        ], Lint(site, "content/posts/my-post.md"));
    }

    [Theory]
    [InlineData("layouts/_markup/render-image.html")]
    [InlineData("layouts/_default/_markup/render-image.html")]
    [InlineData("go.mod")]
    public void Hugo_image_render_hook_in_the_site_or_from_modules_accepts_a_relative_path_found_in_static(string hook)
    {
        using var site = new TempSite("hugo");
        site.WriteBytes("static/images/logo.png", Gif);
        site.Write("content/posts/my-post.md", "---\ntitle: t\n---\n![로고](images/logo.png)\n![없음](images/none.png)\n");
        Assert.Equal(2, Lint(site, "content/posts/my-post.md").Length);
        site.Write(hook, "x\n");
        Assert.Equal(["5:7-22 error image 'images/none.png' not found: the page is published at /posts/my-post/ and loads /posts/my-post/images/none.png; no folder 'posts' in static/"], Lint(site, "content/posts/my-post.md"));
    }

    [Fact]
    public void Astro_front_matter_and_body_climbing_out_of_the_root_point_outside_it()
    {
        using var site = new TempSite("astro");
        site.Write("src/content/blog/a.md", "---\ntitle: t\nheroImage: ../../../../x.png\n---\n![a](../../../../x.png)\n");
        Assert.Equal(
        [
            "3:12-29 error image '../../../../x.png' points outside the site root",
            "5:6-23 error image '../../../../x.png' points outside the site root",
        ], Lint(site, "src/content/blog/a.md"));
    }

    [Fact]
    public void Liquid_prepend_filters_base_path_and_whitespace_control_resolve()
    {
        using var site = Jekyll("url: https://me.github.io\nbaseurl: /blog\n", "assets/a.png");
        site.Write(Post, "---\ntitle: t\n---\n![a]({{ \"/assets/a.png\" | prepend: site.baseurl }})\n![b]({{ '/assets/a.png' | prepend: site.url }})\n![c]({{ base_path }}/assets/a.png)\n![d]({{- site.baseurl -}}/assets/b.png)\n![e]({{ site.url }}/blog/assets/c.png)\n![f]({{ 'assets/a.png' | relative_url }})\n");
        Assert.Equal(
        [
            "5:6-47 error image '{{ '/assets/a.png' | prepend: site.url }}' leaves out the site's baseurl '/blog': the published page loads /assets/a.png, outside the site; write '/blog/assets/a.png' or '{{ \"/assets/a.png\" | relative_url }}'",
            "7:6-39 error image '{{- site.baseurl -}}/assets/b.png' not found: no file 'b.png' in assets/; did you mean '{{- site.baseurl -}}/assets/a.png'",
            "8:6-38 error image '{{ site.url }}/blog/assets/c.png' not found: no file 'c.png' in assets/; did you mean '{{ site.url }}/blog/assets/a.png'",
        ], Lint(site));
    }

    [Fact]
    public void Own_site_url_is_read_without_scheme_www_user_port_or_letter_case()
    {
        using var site = Jekyll("url: https://me.github.io\n", "assets/a.png");
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        site.Write(Post, "---\ntitle: t\n---\n![a](//me.github.io/assets/a.png)\n![b](https://www.me.github.io/assets/a.png)\n![c](https://user@me.github.io:443/assets/b.png)\n![d](//other.io/a.png)\n![e](HTTPS://ME.GITHUB.IO/assets/e.png)\n![f](https://me.github.io.evil.com/assets/f.png)\n");
        Assert.Equal(
        [
            "6:6-48 error image 'https://user@me.github.io:443/assets/b.png' not found: no file 'b.png' in assets/; did you mean 'https://user@me.github.io:443/assets/a.png'",
            "7:6-22 info image '//other.io/a.png' not checked: remote image",
            "8:6-39 error image 'HTTPS://ME.GITHUB.IO/assets/e.png' not found: no file 'e.png' in assets/; did you mean 'HTTPS://ME.GITHUB.IO/assets/a.png'",
            "9:6-48 info image 'https://me.github.io.evil.com/assets/f.png' not checked: remote image",
        ], Lint(site));
    }

    [Fact]
    public void Front_matter_values_are_reported_inside_their_quotes_and_a_block_scalar_over_its_text()
    {
        using var site = Jekyll();
        site.Write(Post, "---\ntitle: t\nimage: '/single.png'\nteaser: |\n  /block.png\ncover: [/list.png]\nimages:\n  - ~\n  - {path: /x.png}\n  - /i.png\n---\n");
        Assert.Equal(
        [
            "3:9-20 error image '/single.png' not found: no file 'single.png' in the site root",
            "4:9-1 error image '/block.png' not found: no file 'block.png' in the site root",
            "10:5-11 error image '/i.png' not found: no file 'i.png' in the site root",
        ], Lint(site));
    }

    [Fact]
    public void Nfd_path_fix_rewrites_the_path_in_nfc_and_a_repeated_segment_is_not_fixed()
    {
        using var site = Jekyll(images: ["assets/images/사진.png", "img/a/Logo.png"]);
        var text = "---\ntitle: t\n---\n![사진](/assets/images/" + UnicodeNames.Decompose("사진") + ".png)\n![l](/img/a/logo.png?logo.png)\n";
        site.Write(Post, text);
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(2, found.Count);
        Assert.Equal("Rewrite the path in NFC", found[0].Fix!.Title);
        Assert.Equal("image '/img/a/logo.png?logo.png' differs in letter case from the file img/a/Logo.png: works on macOS/Windows, breaks on GitHub Pages; write the file's name exactly", found[1].Message);
        Assert.Null(found[1].Fix);
        Assert.Equal("---\ntitle: t\n---\n![사진](/assets/images/사진.png)\n![l](/img/a/logo.png?logo.png)\n", EditScript.Apply(text, found));
    }

    [Fact]
    public void Unknown_branches_list_three_known_ones_and_commit_names_need_seven_to_forty_lowercase_hex_digits()
    {
        using var site = OwnRepository(branches: ["dev", "gh-pages", "alpha"]);
        const string raw = "https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/";
        var text = $"---\ntitle: t\n---\n![a]({raw}abcdef0/x.png)\n![b]({raw}abcdef/x.png)\n![c]({raw}0123456789abcdef0123456789abcdef01234567/x.png)\n![d]({raw}0123456789abcdef0123456789abcdef012345678/x.png)\n![e]({raw}ABCDEF0/x.png)\n";
        site.Write(Post, text);
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(["5:6", "7:6", "8:6"], found.Select(d => $"{d.Start.Line}:{d.Start.Column}"));
        Assert.Equal("image 'https://raw.githubusercontent.com/oracle-blog/oracle-blog...' is served from the branch 'abcdef' of oracle-blog/oracle-blog.github.io, which git does not know (branches: alpha, dev, gh-pages, …): GitHub serves nothing from a branch that does not exist; write 'main'", found[0].Message);
        Assert.Contains("from the branch '0123456789abcdef0123456789abcdef012345678' of", found[1].Message, StringComparison.Ordinal);
        Assert.Contains("from the branch 'ABCDEF0' of", found[2].Message, StringComparison.Ordinal);
        Assert.Equal($"---\ntitle: t\n---\n![a]({raw}abcdef0/x.png)\n![b]({raw}main/x.png)\n![c]({raw}0123456789abcdef0123456789abcdef01234567/x.png)\n![d]({raw}main/x.png)\n![e]({raw}main/x.png)\n", EditScript.Apply(text, found, FixSafety.Unsafe));
    }

    [Fact]
    public void Unknown_branch_with_a_detached_head_has_no_fix_and_the_file_is_still_checked()
    {
        using var site = OwnRepository(head: "main");
        site.Write(".git/HEAD", "0123456789abcdef0123456789abcdef01234567\n");
        site.Write(Post, "---\ntitle: t\n---\n![a](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/master/assets/img/logo.png)\n![b](https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/gone.png)\n");
        var found = RuleHarness.LintFile(site, Post, "broken-image-path");
        Assert.Equal(
        [
            "4:6 image 'https://raw.githubusercontent.com/oracle-blog/oracle-blog...' is served from the branch 'master' of oracle-blog/oracle-blog.github.io, which git does not know (branches: main): GitHub serves nothing from a branch that does not exist",
            "5:6 image 'https://raw.githubusercontent.com/oracle-blog/oracle-blog.github.io/main/assets/img/gone.png' not found: no file 'gone.png' in assets/img/",
        ], found.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}"));
        Assert.All(found, d => Assert.Null(d.Fix));
    }

    [Fact]
    public void Raw_url_of_a_repository_file_outside_the_site_folder_is_skipped_with_its_reason()
    {
        using var repo = new TempSite("none");
        repo.Write(".git/HEAD", "ref: refs/heads/main\n");
        repo.Write(".git/config", "[remote \"origin\"]\n\turl = https://github.com/me/notes.git\n");
        repo.Write(".git/refs/heads/main", "0123456789abcdef0123456789abcdef01234567\n");
        repo.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        repo.WriteBytes("README.png", Gif);
        repo.Write("blog/_config.yml", "title: t\n");
        repo.WriteBytes("blog/assets/a.png", Gif);
        repo.Write("blog/_posts/2025-03-01-p.md", "---\ntitle: 저장소\n---\n![a](https://raw.githubusercontent.com/me/notes/main/README.png)\n![b](https://raw.githubusercontent.com/me/notes/main/blog/assets/a.png)\n![c](https://raw.githubusercontent.com/me/notes/main/blog/assets/b.png)\n");
        var found = RuleHarness.LintFile(repo, "blog/_posts/2025-03-01-p.md", "broken-image-path");
        Assert.Equal(
        [
            "4:6 info image 'https://raw.githubusercontent.com/me/notes/main/README.png' not checked: a file of the repository outside the site root",
            "6:6 error image 'https://raw.githubusercontent.com/me/notes/main/blog/assets/b.png' not found: no file 'b.png' in assets/; did you mean 'https://raw.githubusercontent.com/me/notes/main/blog/assets/a.png'",
        ], found.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToName()} {d.Message}"));
        Assert.Equal("이미지 'https://raw.githubusercontent.com/me/notes/main/README.png'는 사이트 루트 밖에 있는 저장소 파일이라서 검사하지 않습니다", found[0].MessageIn(Language.Korean));
    }

    [Fact]
    public void A_file_outside_the_site_root_climbing_out_of_its_guessed_root_is_told_to_pass_the_site_root()
    {
        using var repo = new TempSite("none");
        repo.Write(".git/HEAD", "ref: refs/heads/main\n");
        repo.Write("blog/_config.yml", "title: t\n");
        repo.Write("notes/p.md", "# 메모\n\n![a](../../x.png)\n");
        Assert.Contains(
            "notes/p.md:3:6: error PL301 broken-image-path: image '../../x.png' points outside the site root (no site config found; pass --site-root)",
            repo.Run("--site-root", "blog", "--select", "broken-image-path", "notes/p.md").Findings);
    }

    [Fact]
    public void Invalid_keys_are_configuration_errors()
    {
        using var site = Jekyll();
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    keys:\n      - \"a..b\"\n      - \"x[]y\"\n      - \"[]\"\n      - cover\n");
        site.Write(Post, "---\ntitle: t\n---\n");
        var result = site.Run("--select", "broken-image-path", Post);
        Assert.Contains(".postlint.yml:4:7: invalid key 'a..b': write a key, a.b for a nested key, or a[] for a list", result.Error, StringComparison.Ordinal);
        Assert.Contains(".postlint.yml:4:7: invalid key 'x[]y'", result.Error, StringComparison.Ordinal);
        Assert.Contains(".postlint.yml:4:7: invalid key '[]'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'cover'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_messages_of_skipped_schemes_files_used_as_folders_and_hugo_bundles()
    {
        using var site = Jekyll(images: ["assets/a.png", "img/c.png", "docs/c.png"]);
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        site.Write(Post, "---\ntitle: 한국어\n---\n![가](ftp://example.com/a.png)\n![나](#top)\n![다](/assets/a.png/b.png)\n![라](/pics/c.png)\n");
        site.Write("notes.md", "![마](media/c.png)\n");
        string[] Korean(string path) => RuleHarness.LintFile(site, path, "broken-image-path").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.MessageIn(Language.Korean)}").ToArray();
        Assert.Equal(
        [
            "4:6 이미지 'ftp://example.com/a.png'는 ftp: 주소라서 검사하지 않습니다",
            "5:6 이미지 '#top'은 경로 없이 쿼리나 fragment만 있는 주소라서 검사하지 않습니다",
            "6:6 이미지 '/assets/a.png/b.png'를 찾을 수 없습니다. assets/a.png는 폴더가 아니라 파일입니다",
            "7:6 이미지 '/pics/c.png'를 찾을 수 없습니다. 사이트 루트에 폴더 'pics'가 없습니다. '/docs/c.png'를 쓰려던 것인가요? 같은 이름의 파일이 1개 더 있습니다",
        ], Korean(Post));
        Assert.Equal(["1:6 이미지 'media/c.png'를 찾을 수 없습니다. 글 옆에 폴더 'media'가 없습니다. 같은 이름의 파일이 docs/c.png에 있습니다(그 밖에 1개 더)"], Korean("notes.md"));

        using var hugo = new TempSite("hugo");
        hugo.WriteBytes("content/posts/cat.jpg", Gif);
        hugo.Write("content/posts/my-post.md", "---\ntitle: 고양이\n---\n![고양이](cat.jpg)\n");
        Assert.Equal(
            "이미지 'cat.jpg'는 글 옆에 있지만(content/posts/cat.jpg), 페이지는 /posts/my-post/에 게시되고 /posts/my-post/cat.jpg를 불러옵니다. 이 경로에는 파일이 없습니다. 글을 페이지 번들(index.md와 이미지를 담은 폴더)로 만들거나 이미지를 static/으로 옮기세요",
            Assert.Single(RuleHarness.LintFile(hugo, "content/posts/my-post.md", "broken-image-path")).MessageIn(Language.Korean));
    }

    [Fact]
    public void Fixture_site_reports_exactly_the_marked_lines() => ExpectMarkers.AssertFixture("PL301-broken-image-path", "broken-image-path");
}
