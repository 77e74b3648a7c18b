using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

public class SiteTests
{
    private static Site Jekyll(string config)
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", config);
        return SiteLocator.Detect(site.Root)!;
    }

    [Fact]
    public void Future_and_timezone_default_to_off_and_unset()
    {
        var site = Jekyll("title: 블로그\n");
        Assert.Equal(SiteKind.Jekyll, site.Kind);
        Assert.False(site.Future);
        Assert.Null(site.TimeZone);
    }

    [Theory]
    [InlineData("future: true\n", true)]
    [InlineData("future: True\n", true)]
    [InlineData("future: yes\n", true)]
    [InlineData("future: false\n", false)]
    [InlineData("future: \"true\"\n", false)]
    [InlineData("future:\n", false)]
    [InlineData("collections:\n  posts:\n    future: true\n", true)]
    [InlineData("collections:\n  recipes:\n    future: true\n", false)]
    public void Future_is_read_from_the_top_level_or_the_posts_collection(string config, bool future)
    {
        Assert.Equal(future, Jekyll(config).Future);
    }

    [Theory]
    [InlineData("timezone: Asia/Seoul\n", "Asia/Seoul")]
    [InlineData("timezone: \" Asia/Seoul \"\n", "Asia/Seoul")]
    [InlineData("timezone: # https://en.wikipedia.org/wiki/List_of_tz_database_time_zones\n", null)]
    [InlineData("timezone: ''\n", null)]
    public void Timezone_is_read_when_set(string config, string? zone)
    {
        Assert.Equal(zone, Jekyll(config).TimeZone);
    }

    [Fact]
    public void Other_settings_still_read_alongside()
    {
        var site = Jekyll("baseurl: /blog\nfuture: true\ntimezone: Asia/Seoul\npermalink: /:title/\n");
        Assert.Equal(("/blog", "/:title/", true, "Asia/Seoul"), (site.BaseUrl, site.Permalink, site.Future, site.TimeZone));
    }

    [Theory]
    [InlineData("title: 블로그\n", MarkdownRenderer.KramdownGfm)]
    [InlineData("markdown: kramdown\n", MarkdownRenderer.KramdownGfm)]
    [InlineData("kramdown:\n  input: GFM\n  hard_wrap: false\n", MarkdownRenderer.KramdownGfm)]
    [InlineData("kramdown:\n  input: kramdown\n", MarkdownRenderer.Kramdown)]
    [InlineData("markdown: CommonMarkGhPages\n", MarkdownRenderer.CmarkGfm)]
    public void Jekyll_renders_with_kramdown_gfm_unless_the_config_says_otherwise(string config, MarkdownRenderer renderer)
    {
        Assert.Equal(renderer, Jekyll(config).Renderer);
    }

    [Theory]
    [InlineData("hugo.toml", SiteKind.Hugo, MarkdownRenderer.Goldmark)]
    [InlineData("astro.config.mjs", SiteKind.Astro, MarkdownRenderer.AstroRemark)]
    [InlineData("README.md", SiteKind.None, MarkdownRenderer.CmarkGfm)]
    public void Each_generator_names_its_renderer(string file, SiteKind kind, MarkdownRenderer renderer)
    {
        using var site = new TempSite("none");
        site.Write(file, "");
        var found = new SiteLocator(null, site.Root).Locate(Path.Combine(site.Root, "x.md"));
        Assert.Equal((kind, renderer), (found.Kind, found.Renderer));
    }
}
