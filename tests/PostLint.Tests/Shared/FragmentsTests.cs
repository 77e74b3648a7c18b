using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// What the link rules say of a fragment that leads nowhere (<c>Fragments.NearMiss</c>) and which ids a site's layouts
/// write (<c>LayoutIds</c>), read through broken-fragment on small sites. kramdown's ids were checked with Jekyll 4.3.1.
/// </summary>
public class FragmentsTests
{
    private const string Post = "_posts/2025-03-01-post.md";

    private static string[] Lint(TempSite site, string body, string path = Post)
    {
        site.Write(path, "---\ntitle: t\n---\n" + body);
        return RuleHarness.LintFile(site, path, "broken-fragment").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();
    }

    [Fact]
    public void Invisible_characters_in_an_elements_id_are_named_and_encoded_wherever_they_stand()
    {
        using var site = new TempSite();
        Assert.Equal(
            ["4:5 link '#ab' matches no heading or id of this page; the element has the id 'a%E2%80%8Bb%EF%B8%8F', which holds an invisible U+200B, U+FE0F (an emoji's variation selector) that kramdown (GFM) keeps: write '#a%E2%80%8Bb%EF%B8%8F'"],
            Lint(site, "[x](#ab)\n\n<span id=\"a\u200Bb\uFE0F\">x</span>\n"));
    }

    [Fact]
    public void Id_another_renderer_makes_of_the_headings_source_line_is_recognised()
    {
        // kramdown's own input (Jekyll 4.3.1, input: kramdown) makes "gohttpsgodev-tips" of the source line; the
        // site's kramdown with GFM input makes "go-tips" of the rendered text.
        using var site = new TempSite();
        Assert.Equal(
            ["4:6 link '#gohttpsgodev-tips' matches no heading or id of this page: 'gohttpsgodev-tips' is the id kramdown makes of the heading 'Go tips', but kramdown (GFM) makes 'go-tips'; write '#go-tips'"],
            Lint(site, "[Go](#gohttpsgodev-tips)\n\n## [Go](https://go.dev) tips\n"));
    }

    [Fact]
    public void Near_miss_of_an_id_without_text_is_suggested_without_a_heading()
    {
        using var site = new TempSite();
        Assert.Equal(
            ["4:5 link '#e2' matches no heading or id of this page; did you mean '#e1'?"],
            Lint(site, "[x](#e2)\n\n*강조*{: #e1} 문단\n"));
    }

    [Fact]
    public void Id_written_in_other_letter_case_is_suggested_however_far_apart()
    {
        using var site = new TempSite();
        Assert.Equal(
            ["4:5 link '#SETUP-GUIDE' matches no heading or id of this page; did you mean '#setup-guide' (the heading 'Setup guide')?"],
            Lint(site, "[x](#SETUP-GUIDE)\n\n## Setup guide\n"));
    }

    [Fact]
    public void Of_two_ids_equally_near_the_first_is_suggested()
    {
        using var site = new TempSite();
        Assert.Equal(
            ["4:5 link '#abz' matches no heading or id of this page; did you mean '#abx' (the heading 'abx')?"],
            Lint(site, "[x](#abz)\n\n## abx\n\n## aby\n"));
    }

    [Fact]
    public void Githubs_user_content_ids_are_not_suggested()
    {
        using var site = new TempSite(kind: "none");
        Assert.Equal(
            ["1:5 link '#user-content-setuq' matches no heading or id of this page", "1:30 link '#setuq' matches no heading or id of this page; did you mean '#setup' (the heading 'Setup')?"],
            RuleHarness.LintFile(site, site.Write("README.md", "[x](#user-content-setuq) [y](#setuq)\n\n## Setup\n").Replace(site.Root + "/", ""), "broken-fragment")
                .Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}"));
    }

    [Theory]
    [InlineData("<a id=\"setup-notes\"></a>\n")]     // an element's id is not a heading's cut short
    [InlineData("## Install guide\n")]               // a heading whose id does not start with the fragment
    public void Only_a_headings_id_that_starts_with_the_fragment_completes_it(string page)
    {
        using var site = new TempSite();
        Assert.Equal(["4:5 link '#setup' matches no heading or id of this page"], Lint(site, "[x](#setup)\n\n" + page));
    }

    private const string Links = "[a](#main) [b](#site-nav) [c](#theme-header) [d](#widget)\n";

    [Fact]
    public void Jekyll_layouts_and_includes_write_ids_other_files_do_not()
    {
        using var site = new TempSite();
        site.Write("_layouts/default.html", "<main id=\"main\">{{ content }}</main>\n");
        site.Write("_includes/nav.html", "<nav id='site-nav'></nav>\n");
        site.Write("assets/widget.html", "<div id=\"widget\"></div>\n");
        site.Write("_themes/x/theme-header.html", "<div id=\"theme-header\"></div>\n");
        Assert.Equal(
            ["4:31 link '#theme-header' matches no heading or id of this page", "4:50 link '#widget' matches no heading or id of this page"],
            Lint(site, Links));
    }

    [Fact]
    public void Hugo_layouts_and_themes_layouts_write_ids_other_files_do_not()
    {
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", "title = 'test'\ntheme = 'paper'\n");
        site.Write("layouts/_default/baseof.html", "<main id=\"main\">{{ block \"main\" . }}{{ end }}</main>\n");
        site.Write("layouts/partials/nav.html", "<nav id=\"site-nav\"></nav>\n");
        site.Write("themes/paper/layouts/partials/header.html", "<header id=\"theme-header\"></header>\n");
        site.Write("themes/paper/static/badge.html", "<div id=\"theme-static\"></div>\n");
        site.Write("static/widget.html", "<div id=\"widget\"></div>\n");
        Assert.Equal(
            ["4:50 link '#widget' matches no heading or id of this page", "4:63 link '#theme-static' matches no heading or id of this page"],
            Lint(site, Links.TrimEnd() + " [e](#theme-static)\n", "content/posts/a.md"));
    }

    [Fact]
    public void Astro_layouts_and_components_write_ids_pages_do_not()
    {
        using var site = new TempSite("astro");
        site.Write("src/layouts/Base.astro", "<main id=\"main\"><slot /></main>\n");
        site.Write("src/components/Nav.astro", "<nav id=\"site-nav\"></nav>\n");
        site.Write("src/pages/widget.astro", "<div id=\"widget\"></div>\n");
        Assert.Equal(
            ["4:31 link '#theme-header' matches no heading or id of this page", "4:50 link '#widget' matches no heading or id of this page"],
            Lint(site, Links, "src/content/blog/a.md"));
    }

    [Fact]
    public void Layout_files_over_512_KiB_are_not_read()
    {
        using var site = new TempSite();
        const string big = "<div id=\"big\"></div>\n", huge = "<div id=\"huge\"></div>\n";
        site.Write("_includes/big.html", big + new string(' ', 512 * 1024 - big.Length));
        site.Write("_includes/huge.html", huge + new string(' ', 512 * 1024 + 1 - huge.Length));
        Assert.Equal(512 * 1024, new FileInfo(Path.Combine(site.Root, "_includes/big.html")).Length);
        Assert.Equal(["4:15 link '#huge' matches no heading or id of this page"], Lint(site, "[a](#big) [b](#huge)\n"));
    }

    [Fact]
    public void An_unreadable_layout_file_leaves_the_other_folders_ids_known()
    {
        using var site = new TempSite();
        site.Write("_layouts/default.html", "<main id=\"main\">{{ content }}</main>\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "_includes"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "_includes/gone.html"), Path.Combine(site.Root, "nowhere.html"));
        Assert.Equal(["4:16 link '#nope' matches no heading or id of this page"], Lint(site, "[a](#main) [b](#nope)\n"));
    }
}
