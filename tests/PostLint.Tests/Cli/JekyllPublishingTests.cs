using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary>PostLint checks what Jekyll publishes: not `_` folders it ignores, not files it copies unrendered.</summary>
public class JekyllPublishingTests
{
    private const string Bad = "---\ntitle: 글\ndate: TBD\n---\n본문입니다.\n";

    [Fact]
    public void Underscore_folders_jekyll_ignores_are_not_walked_but_posts_includes_and_collections_are()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "include: [_pages]\ncollections:\n  recipes:\n    output: true\n");
        site.Write("_posts/2025-01-01-a.md", Bad);
        site.Write("_drafts/b.md", Bad);
        site.Write("_pages/about.md", Bad);
        site.Write("_recipes/kimchi.md", Bad);
        site.Write("_tmp/scratch.md", Bad);
        site.Write("_includes/note.md", Bad);
        var result = site.Run("--quiet", "--select", "PL201");
        Assert.Equal(["_drafts/b.md", "_pages/about.md", "_posts/2025-01-01-a.md", "_recipes/kimchi.md"], result.Findings.Select(f => f.Split(':')[0]));
        Assert.Single(site.Run("--quiet", "--select", "PL201", "_tmp/scratch.md").Findings);
    }

    [Fact]
    public void Markdown_without_front_matter_is_not_reported_when_plain_jekyll_copies_it_unrendered()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "plugins:\n  - jekyll-feed\n  - jekyll-last-modified-at\n");
        site.Write("notes/cheat-sheet.md", "## 제목\n## 빈 섹션\n\n확작성\n");
        site.Write("notes/page.md", "---\ntitle: 쪽\n---\n## 제목\n## 빈 섹션\n\n확작성\n");
        var result = site.Run("--quiet");
        Assert.DoesNotContain(result.Findings, f => f.StartsWith("notes/cheat-sheet.md", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.StartsWith("notes/page.md", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_github_pages_site_markdown_without_front_matter_is_a_page_and_is_checked()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "plugins:\n  - jekyll-feed\n");
        site.Write("notes/cheat-sheet.md", "## 제목\n## 빈 섹션\n\n확작성\n");
        Assert.Contains(site.Run("--quiet").Findings, f => f.StartsWith("notes/cheat-sheet.md:", StringComparison.Ordinal));
    }
}
