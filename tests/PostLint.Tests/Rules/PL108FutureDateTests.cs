using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

/// <summary>The harness's clock is 2025-06-01T12:00:00Z.</summary>
public class PL108FutureDateTests
{
    private static string[] Lint(string frontMatter, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\ntitle: 제목\n" + frontMatter + "---\n본문\n", path, "future-date")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    private static string[] LintInSite(string config, string frontMatter, string path = "_posts/2025-03-01-post.md")
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", config);
        site.Write(path, "---\ntitle: 제목\n" + frontMatter + "---\n본문\n");
        return RuleHarness.LintFile(site, path, "future-date").Select(d => d.Message).ToArray();
    }

    [Fact]
    public void A_date_after_now_is_a_warning_at_the_value()
    {
        Assert.Equal(
            ["3:7-17 warning date 2099-01-01 is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true"],
            Lint("date: 2099-01-01\n"));
    }

    [Theory]
    [InlineData("date: 2025-05-31\n")]
    [InlineData("date: 2025-06-01 11:59:00 +0000\n")]
    [InlineData("date: 2025-06-01 20:00 +0900\n")]
    [InlineData("date: YYYY-MM-DD\n")]
    [InlineData("date: 2099-02-30\n")]
    [InlineData("date:\n")]
    public void Past_dates_and_values_that_are_not_dates_are_not_reported(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Theory]
    [InlineData("date: 2025-06-01 22:00 +0900\n")]
    [InlineData("date: 2025-06-01T12:00:01Z\n")]
    [InlineData("date: 2025-06-01 12:30:00\n")]
    public void Written_zones_and_yaml_timestamps_are_instants(string yaml)
    {
        // The last one has seconds and no zone: Ruby's YAML reads it as UTC, 30 minutes after the clock.
        Assert.Single(Lint(yaml));
    }

    [Fact]
    public void A_quoted_date_time_is_in_the_site_time_zone()
    {
        // Quoted, it is a string that Jekyll reads in the site's zone: 12:30 in Seoul is 03:30Z, already past.
        Assert.Empty(LintInSite("timezone: Asia/Seoul\n", "date: \"2025-06-01 12:30:00\"\n"));
        Assert.Single(LintInSite("timezone: America/New_York\n", "date: \"2025-06-01 12:30:00\"\n"));
    }

    [Fact]
    public void A_date_only_value_is_midnight_in_the_site_time_zone()
    {
        // Midnight of 2025-06-02 in Kiritimati (+14) is 10:00Z on 2025-06-01, before the clock; in UTC it is after.
        Assert.Empty(LintInSite("timezone: Pacific/Kiritimati\n", "date: 2025-06-02\n"));
        Assert.Single(LintInSite("timezone: Etc/UTC\n", "date: 2025-06-02\n"));
    }

    [Theory]
    [InlineData("future: true\n")]
    [InlineData("future: yes\n")]
    [InlineData("collections:\n  posts:\n    output: true\n    future: true\n")]
    public void Future_true_in_the_site_config_publishes_future_posts(string config)
    {
        Assert.Empty(LintInSite(config, "date: 2099-01-01\n"));
    }

    [Fact]
    public void Future_false_is_the_default()
    {
        Assert.Single(LintInSite("future: false\n", "date: 2099-01-01\n"));
    }

    [Fact]
    public void Unpublished_posts_are_not_reported()
    {
        Assert.Empty(Lint("date: 2099-01-01\npublished: false\n"));
    }

    [Fact]
    public void Without_a_date_key_the_file_name_date_is_used()
    {
        Assert.Equal(
            ["1:1-1 warning date 2099-12-31 (from the file name) is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true"],
            Lint("", "_posts/2099-12-31-later.md"));
    }

    [Theory]
    [InlineData("about.md")]
    [InlineData("_drafts/2099-01-01-draft.md")]
    public void Pages_and_drafts_are_not_checked(string path)
    {
        Assert.Empty(Lint("date: 2099-01-01\n", path));
    }

    [Fact]
    public void Hugo_sites_are_not_checked()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", "---\ntitle: 제목\ndate: 2099-01-01\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/x.md", "future-date"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL108-future-date", "PL108");
}
