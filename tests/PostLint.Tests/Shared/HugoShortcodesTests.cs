using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>
/// A Hugo page whose shortcodes may write ids PostLint cannot see leaves an unknown fragment undecided; a page whose
/// shortcodes write none keeps being checked (tests/Oracle's hugo site builds the same cases with Hugo 0.111).
/// </summary>
public class HugoShortcodesTests
{
    private static TempSite Site()
    {
        var site = new TempSite("hugo");
        site.Write("layouts/shortcodes/anchor.html", "<span id=\"{{ .Get 0 | anchorize }}\"></span>\n");
        site.Write("layouts/shortcodes/md-heading.html", "{{/* Called with {{% %}}: ## {{ .Get 0 }} */}}\n## {{ .Get 0 }}\n");
        site.Write("layouts/shortcodes/note.html", "<div class=\"note\">\n\n{{ .Inner }}\n\n</div>\n");
        site.Write("layouts/shortcodes/badge.html", "{{ partial \"badge.html\" (dict \"text\" (.Get 0)) }}\n");
        site.Write("layouts/partials/badge.html", "<span class=\"badge\">{{ .text }}</span>{{ errorf \"the template needs text\" }}\n");
        site.Write("layouts/_shortcodes/include.html", "{{ with site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ end }}\n");
        site.Write("layouts/shortcodes/settings.html", "{{ range site.Data.settings }}{{ .text | markdownify }}{{ end }}\n");
        site.Write("layouts/shortcodes/alert.html", "{{ .Inner | markdownify }}\n");
        site.Write("layouts/shortcodes/pick.html", "{{ partial (printf \"%s.html\" (.Get 0)) . }}\n");
        site.Write("layouts/shortcodes/term.html", "{{ partial \"term.html\" . }}\n");
        site.Write("layouts/partials/term.html", "<dt id=\"{{ .Get 0 | urlize }}\">{{ .Get 0 }}</dt>\n");
        site.Write("themes/paper/layouts/shortcodes/toc.html", "{{ .Page.TableOfContents }}\n");
        return site;
    }

    private static string[] Lint(TempSite site, string body)
    {
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n## 설치\n\n" + body + "\n\n[없는 절](#설치-방법)\n");
        return RuleHarness.LintFile(site, "content/posts/a.md", "broken-fragment").Select(d => d.Message).ToArray();
    }

    [Theory]
    [InlineData("[지난 글]({{< ref \"b.md\" >}}) [절]({{< relref \"b.md#x\" >}}) {{< param title >}}")]      // Hugo's own shortcodes write no id
    [InlineData("{{< figure src=\"a.png\" >}} {{< youtube w7Ft2ymGmfc >}} {{< highlight go >}}x{{< /highlight >}}")]
    [InlineData("{{< badge \"새 기능\" >}}")]                                                            // ... nor a partial without one
    [InlineData("{{% note %}}\n## 안쪽\n{{% /note %}}")]                                                  // the inner headings are the page's own
    [InlineData("{{< alert >}}\n## 안쪽\n{{< /alert >}}")]                                                // ... rendered with markdownify
    [InlineData("{{< md-heading \"x\" >}}")]                                                              // with < >, the output is not Markdown
    [InlineData("{{</* anchor \"x\" */>}}")]                                                              // an escaped call shows the call
    public void A_page_whose_shortcodes_write_no_id_is_checked(string body)
    {
        using var site = Site();
        Assert.Equal(["link '#설치-방법' matches no heading or id of this page"], Lint(site, body));
    }

    [Theory]
    [InlineData("{{< anchor \"Custom Spot\" >}}")]                                                        // an id it computes
    [InlineData("{{% md-heading \"Made here\" %}}")]                                                      // a heading in its Markdown output
    [InlineData("{{% include \"/_common/snippet.md\" %}}")]                                               // another page's content (_shortcodes)
    [InlineData("{{% settings %}}")]                                                                      // Markdown made from data
    [InlineData("{{< pick \"x\" >}}")]                                                                    // a partial named by a value
    [InlineData("{{< term \"baseURL\" >}}")]                                                              // a partial that writes an id
    [InlineData("{{< toc >}}")]                                                                           // a theme's shortcode
    [InlineData("{{< gallery >}}")]                                                                       // a template PostLint cannot find
    [InlineData("{{< highlight go \"lineanchors=go,anchorlinenos=true\" >}}x{{< /highlight >}}")]          // Chroma's line anchors
    public void A_page_whose_shortcodes_may_write_ids_leaves_an_unknown_fragment_undecided(string body)
    {
        using var site = Site();
        Assert.Empty(Lint(site, body));
    }

    private const string FrontMatter = "---\ntitle: a\n---\n";

    /// <summary>The shortcode <see cref="HugoShortcodes.WritingIds"/> names for a page of <paramref name="body"/> in <paramref name="site"/>.</summary>
    private static string? Writing(TempSite site, string body)
    {
        var detected = SiteLocator.Detect(site.Root) ?? PostLint.Sites.Site.Plain(site.Root);
        return HugoShortcodes.WritingIds(detected, FrontMatter + body + "\n", FrontMatter.Length);
    }

    [Theory]
    [InlineData("ref")]
    [InlineData("relref")]
    [InlineData("param")]
    [InlineData("figure")]
    [InlineData("gist")]
    [InlineData("highlight")]
    [InlineData("instagram")]
    [InlineData("tweet")]
    [InlineData("twitter")]
    [InlineData("twitter_simple")]
    [InlineData("vimeo")]
    [InlineData("vimeo_simple")]
    [InlineData("youtube")]
    [InlineData("x")]
    [InlineData("x_simple")]
    [InlineData("qr")]
    [InlineData("details")]
    [InlineData("comment")]
    public void Each_of_Hugos_embedded_shortcodes_writes_no_id(string name)
    {
        using var site = new TempSite("hugo");
        Assert.Null(Writing(site, "{{< " + name + " \"a\" >}}"));
        Assert.Null(Writing(site, "{{% " + name + " \"a\" %}}"));
        Assert.Equal(name + "s", Writing(site, "{{< " + name + " \"a\" >}} {{< " + name + "s >}}"));  // a name not in the list
    }

    [Fact]
    public void Only_a_Hugo_site_has_shortcodes()
    {
        // A Jekyll post about Hugo shows calls as text: no template runs, the page's ids are all known.
        using var jekyll = new TempSite();
        Assert.Null(Writing(jekyll, "{{< gallery >}} {{% gallery %}}"));
        using var hugo = new TempSite("hugo");
        Assert.Equal("gallery", Writing(hugo, "{{< gallery >}}"));
        Assert.Equal("gallery", Writing(hugo, "{{% gallery %}}"));
        Assert.Null(Writing(hugo, "{{ gallery }} {< x >} ## 설치"));
    }

    [Fact]
    public void A_sites_own_highlight_writes_line_anchors_only_when_it_writes_ids()
    {
        // Hugo 0.111: layouts/shortcodes/highlight.html replaces the embedded one, lineanchors and all.
        using var site = new TempSite("hugo");
        const string call = "{{< highlight go \"lineanchors=go,anchorlinenos=true\" >}}x{{< /highlight >}}";
        Assert.Equal("highlight", Writing(site, call));
        site.Write("layouts/shortcodes/highlight.html", "<pre class=\"mine\">{{ .Inner }}</pre>\n");
        Assert.Null(Writing(site, call));
        Assert.Null(Writing(site, "{{< highlight go >}}x{{< /highlight >}}"));
    }

    [Fact]
    public void Markdown_and_html_calls_of_one_shortcode_are_judged_apart()
    {
        // md-heading writes "## text": a heading only when its output is read as Markdown ({{% %}}).
        using var site = Site();
        Assert.Equal("md-heading", Writing(site, "{{< md-heading \"x\" >}}\n\n{{% md-heading \"y\" %}}"));
        Assert.Equal("md-heading", Writing(site, "{{% md-heading \"y\" %}}\n\n{{< md-heading \"x\" >}}"));
        Assert.Null(Writing(site, "{{< md-heading \"x\" >}}\n\n{{< md-heading \"y\" >}}"));
    }

    [Fact]
    public void A_shortcode_or_partial_that_may_write_ids_in_any_of_its_templates_may_write_ids()
    {
        // The site's template writes a computed id; the theme's (which the site's replaces) does not.
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", "title = 'test'\ntheme = 'paper'\n");
        site.Write("layouts/shortcodes/label.html", "<b id=\"{{ .Get 0 | anchorize }}\">{{ .Get 0 }}</b>\n");
        site.Write("themes/paper/layouts/shortcodes/label.html", "<b>{{ .Get 0 }}</b>\n");
        site.Write("layouts/shortcodes/card.html", "{{ partial \"card.html\" . }}\n");
        site.Write("layouts/partials/card.html", "<div id=\"{{ .Get 0 | anchorize }}\"></div>\n");
        site.Write("themes/paper/layouts/partials/card.html", "<div></div>\n");
        Assert.Equal("label", Writing(site, "{{< label \"x\" >}}"));
        Assert.Equal("card", Writing(site, "{{< card \"x\" >}}"));
    }

    [Fact]
    public void A_theme_shortcode_that_writes_no_id_is_read_like_the_sites_own()
    {
        using var site = new TempSite("hugo");
        site.Write("hugo.toml", "title = 'test'\ntheme = 'paper'\n");
        site.Write("themes/paper/layouts/shortcodes/aside.html", "<aside>{{ .Inner }}</aside>\n");
        site.Write("themes/paper/layouts/partials/quiet.html", "<i>{{ .Get 0 }}</i>\n");
        site.Write("layouts/_shortcodes/plain.html", "<p>{{ .Get 0 }}</p>\n");                // Hugo 0.146's folder
        site.Write("layouts/shortcodes/calls-theme.html", "{{ partial \"quiet.html\" . }}\n");
        Assert.Null(Writing(site, "{{< aside >}}x{{< /aside >}} {{< plain \"y\" >}} {{< calls-theme \"z\" >}}"));
        Assert.Equal("unknown", Writing(site, "{{< aside >}}x{{< /aside >}} {{< unknown >}}"));
    }

    [Fact]
    public void A_partial_is_read_once_per_call_and_found_without_its_extension()
    {
        using var site = new TempSite("hugo");
        site.Write("layouts/partials/plain.html", "PLAIN\n");
        site.Write("layouts/partials/plain.html.bak", "<i id=\"{{ .Get 0 }}\">BAK</i>\n");       // not a template Hugo uses
        site.Write("layouts/shortcodes/twice.html", "{{ partial \"plain.html\" . }}|{{ partial \"plain.html\" . }}\n");
        site.Write("layouts/shortcodes/bare.html", "{{ partial \"plain\" . }}\n");
        site.Write("layouts/shortcodes/missing.html", "{{ partial \"nowhere\" . }}\n");
        Assert.Null(Writing(site, "{{< twice >}} {{< bare >}}"));
        Assert.Equal("missing", Writing(site, "{{< bare >}} {{< missing >}}"));
    }

    [Fact]
    public void A_partial_named_by_a_value_may_be_any_even_with_a_nameless_partial_there()
    {
        using var site = new TempSite("hugo");
        site.Write("layouts/partials/.html", "PLAIN\n");
        site.Write("layouts/shortcodes/pick.html", "{{ $name := .Get 0 }}{{ partial $name . }}\n");
        Assert.Equal("pick", Writing(site, "{{< pick \"x.html\" >}}"));
    }

    [Theory]
    [InlineData("{{ template \"_internal/shortcodes/youtube.html\" . }}", null)]     // Hugo's own templates write no id
    [InlineData("{{ template \"row\" . }}", "tpl")]                                   // a template defined elsewhere may
    [InlineData("{{ template \"_internal/shortcodes/youtube.html\" . }}{{ template \"row\" . }}", "tpl")]
    public void A_template_call_is_safe_only_for_hugos_internal_templates(string template, string? expected)
    {
        using var site = new TempSite("hugo");
        site.Write("layouts/shortcodes/tpl.html", template + "\n");
        Assert.Equal(expected, Writing(site, "{{< tpl w7Ft2ymGmfc >}}"));
    }

    [Theory]
    [InlineData(6, null)]
    [InlineData(7, "deep")]
    public void Partials_are_followed_six_deep(int depth, string? expected)
    {
        using var site = new TempSite("hugo");
        site.Write("layouts/shortcodes/deep.html", "{{ partial \"p1.html\" . }}\n");
        for (var i = 1; i < depth; i++)
        {
            site.Write($"layouts/partials/p{i}.html", $"<div>{{{{ partial \"p{i + 1}.html\" . }}}}</div>\n");
        }

        site.Write($"layouts/partials/p{depth}.html", "<i>end</i>\n");
        Assert.Equal(expected, Writing(site, "{{< deep >}}"));
    }

    [Theory]
    [InlineData(256 * 1024, null)]
    [InlineData(256 * 1024 + 1, "big")]
    public void A_template_over_256_KiB_is_not_read(int size, string? expected)
    {
        using var site = new TempSite("hugo");
        const string head = "<table>\n";
        site.Write("layouts/shortcodes/big.html", head + new string(' ', size - head.Length - 9) + "</table>\n");
        Assert.Equal(size, new FileInfo(Path.Combine(site.Root, "layouts/shortcodes/big.html")).Length);
        Assert.Equal(expected, Writing(site, "{{< big >}}"));
    }

    [Theory]
    [InlineData("layouts/shortcodes/s.en.html", "layouts/shortcodes/s.html")]            // one shortcode's templates, by name
    [InlineData("themes/a/layouts/shortcodes/s.html", "themes/b/layouts/shortcodes/s.html")] // the themes, by name
    public void Templates_are_read_in_name_order_and_a_partial_read_once_is_not_judged_again_deeper(string first, string second)
    {
        // The first template reads q.html one partial deep (it writes no id); the second meets it again seven deep.
        using var site = new TempSite("hugo");
        site.Write(first, "{{ partial \"q.html\" . }}\n");
        site.Write(second, "{{ partial \"p1.html\" . }}\n");
        for (var i = 1; i < 6; i++)
        {
            site.Write($"layouts/partials/p{i}.html", $"<div>{{{{ partial \"p{i + 1}.html\" . }}}}</div>\n");
        }

        site.Write("layouts/partials/p6.html", "<div>{{ partial \"q.html\" . }}</div>\n");
        site.Write("layouts/partials/q.html", "<i>q</i>\n");
        Assert.Null(Writing(site, "{{< s >}}"));
    }

    [Fact]
    public void A_comment_inside_an_id_is_dropped_before_the_id_is_read()
    {
        // Hugo 0.111 writes <span id="custom-spot"></span> for {{< slot "Custom Spot" >}}.
        using var site = new TempSite("hugo");
        site.Write("layouts/shortcodes/slot.html", "<span id=\"{{/* the slug */}}{{ .Get 0 | anchorize }}\"></span>\n");
        Assert.Equal("slot", Writing(site, "{{< slot \"Custom Spot\" >}}"));
    }

    [Fact]
    public void A_template_that_cannot_be_read_may_write_anything()
    {
        using var site = new TempSite("hugo");
        site.Write("layouts/shortcodes/plain.html", "<p></p>\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "layouts/shortcodes/gone.html"), Path.Combine(site.Root, "nowhere.html"));
        Assert.Null(Writing(site, "{{< plain >}}"));
        Assert.Equal("gone", Writing(site, "{{< plain >}} {{< gone >}}"));
    }

    [Fact]
    public void A_shortcode_name_that_leads_out_of_layouts_finds_no_template()
    {
        using var site = new TempSite("hugo");
        site.Write("notes/plain.html", "<p></p>\n");
        Assert.Equal("x/../../../notes/plain", Writing(site, "{{< x/../../../notes/plain >}}"));
    }

    [Fact]
    public void A_link_from_another_page_is_undecided_too()
    {
        using var site = Site();
        site.Write("content/posts/a.md", "---\ntitle: a\n---\n## 설치\n\n{{% include \"/_common/snippet.md\" %}}\n");
        site.Write("content/posts/b.md", "---\ntitle: b\n---\n## 설치\n\n{{< badge \"x\" >}}\n");
        site.Write("content/posts/c.md", "---\ntitle: c\n---\n[1](/posts/a/#설치-방법) [2](/posts/b/#설치-방법) [3]({{< ref \"a.md#locale\" >}})\n");
        Assert.Equal(
            ["link '/posts/b/#설치-방법': content/posts/b.md has no heading or id '설치-방법'"],
            RuleHarness.LintFile(site, "content/posts/c.md", "broken-link").Select(d => d.Message));
    }
}
