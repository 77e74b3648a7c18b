using PostLint.Engine;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

public class MarkdownFilesTests
{
    [Fact]
    public void The_files_postlint_lints_are_those_any_generator_renders_as_markdown()
    {
        var each = new[] { MarkdownFiles.Jekyll, MarkdownFiles.Hugo, MarkdownFiles.Astro, MarkdownFiles.GitHub }.SelectMany(l => l).ToHashSet();
        Assert.True(each.SetEquals(FileDiscovery.MarkdownExtensions));
        Assert.Equal(MarkdownFiles.Any.Count, MarkdownFiles.Any.Distinct().Count());
        Assert.True(FileDiscovery.IsMarkdown("notes/글.MKD"));
        Assert.False(FileDiscovery.IsMarkdown("notes/글.txt"));
    }

    [Theory]
    [InlineData("markdown,mkdown,mkdn,mkd,md", new[] { ".markdown", ".mkdown", ".mkdn", ".mkd", ".md" })]
    [InlineData(" MD , .txt,,md", new[] { ".md", ".txt" })]
    [InlineData("md, .", new[] { ".md" })]                  // a lone dot names no extension
    public void Jekylls_markdown_ext_is_a_comma_separated_list(string setting, string[] extensions)
    {
        Assert.Equal(extensions, MarkdownFiles.FromJekyllSetting(setting));
    }

    [Fact]
    public void Each_site_has_its_generators_list_and_a_jekyll_site_its_markdown_ext()
    {
        using var jekyll = new TempSite();
        Assert.Equal(MarkdownFiles.Jekyll, new SiteLocator(null, jekyll.Root).Locate(jekyll.Write("a.md", "")).MarkdownExtensions);
        jekyll.Write("_config.yml", "title: t\nmarkdown_ext: \"md,txt\"\n");
        var site = new SiteLocator(null, jekyll.Root).Locate(Path.Combine(jekyll.Root, "a.md"));
        Assert.True(site.IsMarkdown("notes/a.TXT"));
        Assert.False(site.IsMarkdown("notes/a.mkd"));

        using var hugo = new TempSite("hugo");
        Assert.Equal(MarkdownFiles.Hugo, new SiteLocator(null, hugo.Root).Locate(hugo.Write("content/a.md", "")).MarkdownExtensions);
        Assert.Equal(MarkdownFiles.GitHub, Site.Plain("/tmp").MarkdownExtensions);
    }
}
