using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary>
/// <c>--drafts</c> and the config's <c>drafts: true</c>: drafts are linted as the site builds them with drafts
/// (<c>jekyll serve --drafts</c>, <c>hugo -D</c>), so placeholder-text and empty-section report in them too.
/// </summary>
public class DraftsOptionTests
{
    private const string Body = "## 개요\n\nTODO: 그림 추가\n\n## 결론\n\n## 참고\n\n(작성 중)\n";

    [Theory]
    [InlineData("jekyll", "_drafts/new-post.md", "")]
    [InlineData("jekyll", "_posts/2025-03-01-later.md", "published: false\n")]
    [InlineData("hugo", "content/posts/later.md", "draft: true\n")]
    [InlineData("astro", "src/content/blog/later.md", "draft: true\n")]
    public void Drafts_report_their_work_in_progress_when_asked_for(string kind, string path, string frontMatter)
    {
        using var site = new TempSite(kind);
        site.Write(path, "---\ntitle: 글\n" + frontMatter + "---\n" + Body);
        var line = 4 + frontMatter.Count(c => c == '\n');
        string[] expected =
        [
            $"{path}:{line + 2}:1: warning PL202 placeholder-text: placeholder 'TODO' left in the post; write the missing content or remove it",
            $"{path}:{line + 4}:1: warning PL204 empty-section: section '## 결론' is empty: the heading '## 참고' follows directly; write its content or remove the heading",
            $"{path}:{line + 8}:1: warning PL202 placeholder-text: placeholder '(작성 중)' left in the post; write the missing content or remove it",
        ];
        string[] rules = ["--select", "placeholder-text,empty-section"];

        Assert.Empty(site.Run([path, .. rules]).Findings);
        Assert.Equal(expected, site.Run([path, "--drafts", .. rules]).Findings);

        site.Write(".postlint.yml", "drafts: true\n");
        Assert.Equal(expected, site.Run([path, .. rules]).Findings);

        // --drafts adds to the config; it never turns drafts: true off, nor does drafts: false turn --drafts off.
        site.Write(".postlint.yml", "drafts: false\n");
        Assert.Empty(site.Run([path, .. rules]).Findings);
        Assert.Equal(expected, site.Run([path, "--drafts", .. rules]).Findings);
    }

    [Fact]
    public void A_page_hugo_never_renders_is_left_alone_even_with_drafts()
    {
        // hugo -D builds drafts, not headless bundles nor pages whose build options say render: never.
        using var site = new TempSite("hugo");
        site.Write("content/notes/a/index.md", "---\ntitle: a\nheadless: true\ndraft: true\n---\n" + Body);
        site.Write("content/notes/b.md", "---\ntitle: b\n_build:\n  render: never\n---\n" + Body);
        Assert.Empty(site.Run("content", "--drafts", "--select", "placeholder-text,empty-section").Findings);
    }

    [Theory]
    [InlineData("drafts: yes\n", "yes")]
    [InlineData("drafts: \"true\"\n", "true")]
    [InlineData("drafts: [true]\n", "")]
    public void A_drafts_key_that_is_not_a_boolean_stops_the_run(string config, string value)
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", config);
        site.Write("_drafts/a.md", "---\ntitle: a\n---\n본문\n");
        var result = site.Run("_drafts/a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($".postlint.yml:1:9: 'drafts' must be true or false, not '{value}'", result.Error, StringComparison.Ordinal);
    }
}
