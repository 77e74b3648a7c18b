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
