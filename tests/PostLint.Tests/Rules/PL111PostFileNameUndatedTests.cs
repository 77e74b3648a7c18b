using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL111PostFileNameUndatedTests
{
    private static string[] Lint(string path, string frontMatter = "title: 제목\n") =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n본문\n", path, "post-file-name-undated")
            .Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Theory]
    [InlineData("_posts/2022-03-16_title.md", "2022-03-16-title.md")]
    [InlineData("_posts/20220316-title.md", "2022-03-16-title.md")]
    [InlineData("_posts/2022.03.16 제목.md", "2022-03-16-제목.md")]
    [InlineData("_posts/2022-03-16제목.md", "2022-03-16-제목.md")]
    public void Near_miss_dates_get_the_corrected_name(string path, string suggestion)
    {
        var name = Path.GetFileName(path);
        Assert.Equal([$"1:1 warning file name '{name}' does not start with YYYY-MM-DD-, so Jekyll does not publish it: rename it to {suggestion}"], Lint(path));
    }

    [Fact]
    public void Undated_name_gets_the_date_key_in_front()
    {
        var finding = Assert.Single(Lint("_posts/docker-basics.md", "title: 제목\ndate: 2025-03-01 10:00 +0900\n"));
        Assert.EndsWith("rename it to 2025-03-01-docker-basics.md", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_key_is_read_as_Jekyll_reads_it()
    {
        var finding = Assert.Single(Lint("_posts/docker-basics.md", "title: 제목\ndate: Jul 08 2022 10:00\n"));
        Assert.EndsWith("rename it to 2022-07-08-docker-basics.md", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_posts/docker-basics.md")]
    [InlineData("_posts/2022-03-16.md")]
    public void Without_a_date_the_message_shows_the_form(string path)
    {
        var finding = Assert.Single(Lint(path));
        Assert.EndsWith($"rename it to start with the post's date, e.g. 2025-03-01-{Path.GetFileName(path)}", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_posts/2025-03-01-post.md")]
    [InlineData("_posts/2025-3-1-post.md")]
    [InlineData("_posts/25-03-01-post.md")]
    [InlineData("_posts/2025-03-01-.md")]
    [InlineData("_posts/devops/2025-03-01-post.md")]
    [InlineData("_posts/_template.md")]
    [InlineData("_posts/_drafts-of-mine/post.md")]
    [InlineData("_posts/README.md")]
    [InlineData("_drafts/untitled.md")]
    [InlineData("notes/untitled.md")]
    public void Names_jekyll_accepts_or_skips_are_fine(string path)
    {
        Assert.Empty(Lint(path));
    }

    [Fact]
    public void Subfolders_of_posts_are_checked()
    {
        Assert.Single(Lint("_posts/devops/untitled.md"));
    }

    [Fact]
    public void A_plugin_that_replaces_the_post_reader_turns_the_rule_off_for_its_site()
    {
        using var site = new TempSite("jekyll");
        site.Write("_plugins/no_date.rb", "class Jekyll::PostReader\n  def read_posts(dir)\n    read_publishable(dir, \"_posts\", /.*\\.md$/)\n  end\nend\n");
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated"));
    }

    [Fact]
    public void Other_plugins_do_not()
    {
        using var site = new TempSite("jekyll");
        site.Write("_plugins/tags.rb", "module Jekyll\n  class TagPage < Page\n  end\nend\n");
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Single(RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated"));
    }

    [Fact]
    public void Only_ruby_files_are_plugins()
    {
        // Jekyll loads _plugins/**/*.rb; notes beside them that mention read_posts change nothing.
        using var site = new TempSite("jekyll");
        site.Write("_plugins/README.md", "The old plugin overrode read_posts to allow undated names.\n");
        site.Write("_plugins/no_date.rb.bak", "class Jekyll::PostReader\n  def read_posts(dir)\n  end\nend\n");
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Equal(
            ["file name 'undated.md' does not start with YYYY-MM-DD-, so Jekyll does not publish it: rename it to start with the post's date, e.g. 2025-03-01-undated.md"],
            RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated").Select(d => d.Message));
    }

    [Fact]
    public void A_plugin_in_a_subfolder_of_plugins_counts()
    {
        using var site = new TempSite("jekyll");
        site.Write("_plugins/readers/dates.rb", "Jekyll::Document::DATE_FILENAME_MATCHER = %r!^(?>.+/)*?(.*)(\\.[^.]+)$!\n");
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated"));
    }

    [Theory]
    [InlineData(1_000_000, false)]
    [InlineData(1_000_001, true)]
    public void Plugin_files_over_a_million_bytes_are_not_read(int size, bool reported)
    {
        // A file that large is generated or vendored code, not a post reader; reading it would slow every run.
        using var site = new TempSite("jekyll");
        var head = "class Jekyll::PostReader\n  def read_posts(dir)\n  end\nend\n";
        site.Write("_plugins/big.rb", head + new string('#', size - head.Length));
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Equal(reported ? ["1:1 post-file-name-undated"] : [], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated")));
    }

    [Fact]
    public void A_plugin_that_cannot_be_read_is_not_a_post_reader()
    {
        using var site = new TempSite("jekyll");
        Directory.CreateDirectory(Path.Combine(site.Root, "_plugins"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "_plugins", "gone.rb"), Path.Combine(site.Root, "missing", "gone.rb"));
        site.Write("_posts/undated.md", "---\ntitle: 제목\n---\n");
        Assert.Equal(["1:1 post-file-name-undated"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/undated.md", "post-file-name-undated")));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL111-post-file-name-undated", "PL111");
}
