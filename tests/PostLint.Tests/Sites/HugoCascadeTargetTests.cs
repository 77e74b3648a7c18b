using PostLint.Documents;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>
/// A section's <c>cascade</c> with a <c>_target</c> path glob, as Hugo 0.111.3 applied each one here: a site with the
/// pages below, the cascade setting <c>_build: {render: never}</c>, and the pages the build did not write. Hugo matches
/// the content path with its extension (<c>/sec/x.md</c>), letter case ignored.
/// </summary>
public class HugoCascadeTargetTests
{
    private static readonly string[] Pages = ["a1", "ab", "b2", "x", "y", "sub/deep"];

    [Theory]
    [InlineData("/sec/a?", "")]
    [InlineData("/sec/a?.md", "a1 ab")]
    [InlineData("/sec/[ab]*", "a1 ab b2")]
    [InlineData("/sec/[!a]*", "b2 x y")]
    [InlineData("/sec/[!a]?.md", "b2")]
    [InlineData("/sec/{x,y}", "")]
    [InlineData("/sec/{x,y}.md", "x y")]
    [InlineData("{/sec/x,/sec/sub/*}", "sub/deep")]
    [InlineData("/sec/*", "a1 ab b2 x y")]
    [InlineData("/sec/**", "a1 ab b2 x y sub/deep")]
    [InlineData("/sec/**.md", "a1 ab b2 x y sub/deep")]
    [InlineData("/SEC/X.md", "x")]
    [InlineData("/sec/x.MD", "x")]
    [InlineData("/sec/\\x.md", "x")]
    [InlineData("/sec/\\x", "")]
    [InlineData("*.md", "")] // * stays within a folder and the glob must match the whole path
    [InlineData("/sec/[x", "a1 ab b2 x y sub/deep")] // a glob Hugo cannot compile limits nothing
    [InlineData("/sec/{x.md", "x")] // a brace never closed runs to the end
    [InlineData("/sec/x.md\\", "")] // a backslash at the end is a letter
    public void A_target_path_glob_picks_the_pages_hugo_leaves_unrendered(string glob, string unrendered)
    {
        using var site = new TempSite("hugo");
        site.Write("content/sec/_index.md", $"---\ntitle: sec\ncascade:\n  - _build:\n      render: never\n    _target:\n      path: '{glob}'\n---\n");
        var found = SiteLocator.Detect(site.Root)!;
        var left = Pages.Where(p =>
        {
            var path = site.Write($"content/sec/{p}.md", $"---\ntitle: {p}\n---\nx\n");
            var post = new Post($"content/sec/{p}.md", path, new SourceText(File.ReadAllText(path)), found);
            return HugoBuild.Of(post).Render != HugoRender.Always;
        });
        Assert.Equal(unrendered, string.Join(" ", left));
    }

    [Theory]
    [InlineData("kind: section", "_index")]
    [InlineData("kind: page", "a1 x sub/deep")]
    [InlineData("kind: '{page,section}'", "_index a1 x sub/deep")]
    [InlineData("lang: en", "_index a1 x sub/deep")]
    [InlineData("lang: ko", "")]
    [InlineData("environment: production", "_index a1 x sub/deep")]
    [InlineData("environment: development", "")]
    [InlineData("path: '/sec/x.md'\n      kind: page", "x")]
    [InlineData("path: '/sec/x.md'\n      kind: section", "")]
    [InlineData("path: ''\n      kind: page", "a1 x sub/deep")]
    [InlineData("color: red", "_index a1 x sub/deep")]
    public void A_target_s_kind_language_and_environment_must_all_match(string target, string unrendered)
    {
        using var site = new TempSite("hugo");
        site.Write("content/sec/_index.md", $"---\ntitle: sec\ncascade:\n  - _build:\n      render: never\n    _target:\n      {target}\n---\n");
        var found = SiteLocator.Detect(site.Root)!;
        var left = new[] { "_index", "a1", "x", "sub/deep" }.Where(p =>
        {
            var path = p == "_index" ? Path.Combine(site.Root, "content", "sec", "_index.md") : site.Write($"content/sec/{p}.md", $"---\ntitle: {p}\n---\nx\n");
            var post = new Post($"content/sec/{p}.md", path, new SourceText(File.ReadAllText(path)), found);
            return HugoBuild.Of(post).Render != HugoRender.Always;
        });
        Assert.Equal(unrendered, string.Join(" ", left));
    }

    [Theory]
    [InlineData("defaultContentLanguage = 'ko'\n", "ko", "_index a1")]
    [InlineData("defaultContentLanguage = 'ko'\n", "en", "")]
    [InlineData("defaultContentLanguage = ' KO '\n", "ko", "_index a1")]
    [InlineData("defaultContentLanguage = ''\n", "en", "_index a1")]
    public void The_language_is_the_site_s_default_content_language(string config, string lang, string unrendered)
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", config);
        site.Write("content/sec/_index.md", $"---\ntitle: sec\ncascade:\n  - _build:\n      render: never\n    _target:\n      lang: {lang}\n---\n");
        var found = SiteLocator.Detect(site.Root)!;
        var left = new[] { "_index", "a1" }.Where(p =>
        {
            var path = p == "_index" ? Path.Combine(site.Root, "content", "sec", "_index.md") : site.Write($"content/sec/{p}.md", "---\ntitle: t\n---\nx\n");
            return HugoBuild.Of(new Post($"content/sec/{p}.md", path, new SourceText(File.ReadAllText(path)), found)).Render != HugoRender.Always;
        });
        Assert.Equal(unrendered, string.Join(" ", left));
    }

    [Theory]
    [InlineData("/sec/z}.md", "z}")]
    [InlineData("/sec/a,b.md", "a,b")]
    [InlineData("{/sec/z}.md,/sec/x.md}", "")] // the first } closes the brace
    public void A_brace_or_comma_outside_braces_is_a_letter(string glob, string unrendered)
    {
        // As Hugo 0.111.3 applied each here.
        using var site = new TempSite("hugo");
        site.Write("content/sec/_index.md", $"---\ntitle: sec\ncascade:\n  - _build:\n      render: never\n    _target:\n      path: '{glob}'\n---\n");
        var found = SiteLocator.Detect(site.Root)!;
        var left = new[] { "a,b", "ab", "z}", "x" }.Where(p =>
        {
            var path = site.Write($"content/sec/{p}.md", $"---\ntitle: p\n---\nx\n");
            return HugoBuild.Of(new Post($"content/sec/{p}.md", path, new SourceText(File.ReadAllText(path)), found)).Render != HugoRender.Always;
        });
        Assert.Equal(unrendered, string.Join(" ", left));
    }
}
