using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL302ImageAltMissingTests
{
    private static string[] Lint(string body, string? config = null)
    {
        using var site = new TempSite();
        if (config is not null)
        {
            site.Write(".postlint.yml", config);
        }

        site.Write("_posts/2025-03-01-post.md", "---\ntitle: 글\n---\n" + body);
        return RuleHarness.LintFile(site, "_posts/2025-03-01-post.md", "image-alt-missing")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();
    }

    [Fact]
    public void Markdown_image_with_empty_alt_is_a_warning_over_the_image()
    {
        Assert.Equal(["4:1-29 warning image has no alt text; describe it for readers who cannot see it: ![description](/assets/images/스크린샷.png)"], Lint("![](/assets/images/스크린샷.png)\n"));
    }

    [Fact]
    public void Whitespace_only_alt_counts_as_empty()
    {
        Assert.Single(Lint("![   ](/a.png)\n"));
    }

    [Fact]
    public void Images_with_alt_text_are_fine()
    {
        Assert.Empty(Lint("![도커 로고](/assets/docker.png) ![**굵은** 설명](/b.png) <img src=\"/c.png\" alt=\"설명\">\n\n![참조][r]\n\n[r]: /r.png\n"));
    }

    [Fact]
    public void Reference_image_without_alt_is_reported()
    {
        Assert.Equal(["4:1-7 warning image has no alt text; describe it for readers who cannot see it: ![description][ref]"], Lint("![][r]\n\n[r]: /r.png\n"));
    }

    [Fact]
    public void Reference_image_whose_definition_has_no_path_is_reported()
    {
        Assert.Equal(["4:1-7 warning image has no alt text; describe it for readers who cannot see it: ![description][ref]"], Lint("![][r]\n\n[r]: <>\n"));
    }

    [Fact]
    public void Html_img_without_alt_attribute_is_reported()
    {
        Assert.Equal(["4:1-34 warning <img> has no alt attribute; add alt=\"...\" describing the image, or alt=\"\" if it is only decoration"], Lint("<img src=\"/assets/images/로고.png\">\n"));
    }

    [Fact]
    public void Empty_html_alt_is_accepted_as_decorative_unless_configured()
    {
        const string body = "<p><img src=\"/divider.png\" alt=\"\"></p>\n";
        Assert.Empty(Lint(body));
        var found = Lint(body, "rules:\n  image-alt-missing:\n    allow-empty-html-alt: false\n");
        Assert.Equal(["4:4-35 warning <img> has an empty alt attribute; describe the image in alt=\"...\""], found);
    }

    [Fact]
    public void Remote_and_liquid_images_are_checked_too()
    {
        var found = Lint("![](https://img.shields.io/badge/x.svg)\n![]({{ site.baseurl }}/a.png)\n");
        Assert.Equal(["4:1", "5:1"], found.Select(f => f[..3]));
    }

    [Fact]
    public void Picture_sources_and_code_are_ignored()
    {
        Assert.Empty(Lint("<picture><source srcset=\"/a.avif\"><img src=\"/a.png\" alt=\"그림\"></picture>\n\n`![](/x.png)`\n\n```\n![](/y.png)\n```\n"));
    }

    [Fact]
    public void The_example_shows_the_image_path_up_to_sixty_characters()
    {
        var sixty = "/assets/images/2025/03/docker-network-bridge-diagram-012.png";
        var longer = "/assets/images/2025/03/docker-network-bridge-diagram-0123.png";
        Assert.Equal(60, sixty.Length);
        Assert.Equal(
            [
                $"4:1-66 warning image has no alt text; describe it for readers who cannot see it: ![description]({sixty})",
                "6:1-67 warning image has no alt text; describe it for readers who cannot see it: ![description](...)",
                "8:1-6 warning image has no alt text; describe it for readers who cannot see it: ![description](...)",
            ],
            Lint($"![]({sixty})\n\n![]({longer})\n\n![]()\n"));
    }

    [Fact]
    public void Blank_html_alt_is_empty_when_configured_and_real_alt_text_is_never_reported()
    {
        const string config = "rules:\n  image-alt-missing:\n    allow-empty-html-alt: false\n";
        Assert.Equal(
            ["4:1-38 warning <img> has an empty alt attribute; describe the image in alt=\"...\""],
            Lint("<img src=\"/assets/구분선.png\" alt=\"   \">\n\n<img src=\"/assets/로고.png\" alt=\"블로그 로고\">\n", config));
        Assert.Empty(Lint("<img src=\"/assets/구분선.png\" alt=\"   \">\n"));
    }

    [Fact]
    public void Fixture_site_reports_exactly_the_marked_lines() => ExpectMarkers.AssertFixture("PL302-image-alt-missing", "image-alt-missing");
}
