using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL110FileNameDateMismatchTests
{
    private static string[] Lint(string date, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\ntitle: 제목\ndate: " + date + "\n---\n본문\n", path, "file-name-date-mismatch")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    private static string[] LintInSite(string config, string date, string path)
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", config);
        site.Write(path, "---\ntitle: 제목\ndate: " + date + "\n---\n본문\n");
        return RuleHarness.LintFile(site, path, "file-name-date-mismatch").Select(d => d.Message).ToArray();
    }

    [Fact]
    public void Another_day_is_a_warning_at_the_date()
    {
        Assert.Equal(
            ["3:7-17 warning date 2025-03-05 is not the file name's date 2025-03-01; Jekyll dates the post and its URL 2025-03-05: make them agree"],
            Lint("2025-03-05"));
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-3-1")]
    [InlineData("2025-03-01 23:59")]
    [InlineData("\"2025-03-01 09:30:00\"")]
    [InlineData("2025-03-01T09:30:00+09:00")]
    public void The_same_day_is_fine(string date)
    {
        Assert.Empty(Lint(date));
    }

    [Fact]
    public void A_day_off_without_a_zone_is_reported()
    {
        // A date with no zone and no seconds is read in the site's zone as written: no ambiguity, no leniency.
        Assert.Single(Lint("2025-03-02"));
        Assert.Single(Lint("2025-03-02 00:30"));
    }

    [Theory]
    [InlineData("2025-03-01 23:30 -0500", "_posts/2025-03-02-post.md")]
    [InlineData("2025-03-02 08:00 +0900", "_posts/2025-03-01-post.md")]
    [InlineData("2025-03-01 23:30:00", "_posts/2025-03-02-post.md")]
    public void Without_a_site_time_zone_a_written_zone_allows_one_day_either_way(string date, string path)
    {
        Assert.Empty(Lint(date, path));
    }

    [Fact]
    public void Without_a_site_time_zone_two_days_off_is_reported()
    {
        Assert.Single(Lint("2025-03-01 23:30 -0500", "_posts/2025-03-03-post.md"));
    }

    [Fact]
    public void With_a_site_time_zone_the_day_jekyll_sees_is_accepted_exactly()
    {
        // 2025-03-01 23:30 -05:00 is 2025-03-02 13:30 in Seoul.
        Assert.Empty(LintInSite("timezone: Asia/Seoul\n", "2025-03-01 23:30 -0500", "_posts/2025-03-02-post.md"));
        // In Honolulu (-10) it is 2025-03-01 18:30: the 2nd is neither the written nor Jekyll's day.
        var honolulu = Assert.Single(LintInSite("timezone: Pacific/Honolulu\n", "2025-03-01 23:30 -0500", "_posts/2025-03-02-post.md"));
        Assert.EndsWith("Jekyll dates the post and its URL 2025-03-01: make them agree", honolulu, StringComparison.Ordinal);
        // A YAML timestamp (seconds, no zone) is UTC: 2025-03-01 20:00 UTC is the 2nd in Seoul.
        Assert.Empty(LintInSite("timezone: Asia/Seoul\n", "2025-03-01 20:00:00", "_posts/2025-03-02-post.md"));
    }

    [Fact]
    public void An_unknown_site_time_zone_falls_back_to_leniency()
    {
        Assert.Empty(LintInSite("timezone: Mars/Olympus_Mons\n", "2025-03-01 23:30 -0500", "_posts/2025-03-02-post.md"));
    }

    [Theory]
    [InlineData("2025-03-05", "about.md")]
    [InlineData("2025-03-05", "_drafts/2025-03-01-draft.md")]
    [InlineData("2025-03-05", "_posts/untitled.md")]
    [InlineData("YYYY-MM-DD", "_posts/2025-03-01-post.md")]
    [InlineData("2025-13-01", "_posts/2025-03-01-post.md")]
    [InlineData("Smarch 1 2025", "_posts/2025-03-01-post.md")]
    public void Non_posts_undated_names_and_invalid_dates_are_left_alone(string date, string path)
    {
        Assert.Empty(Lint(date, path));
    }

    [Theory]
    [InlineData("Mar 01 2025", "_posts/2025-03-01-post.md")]
    [InlineData("'March 1, 2025 10:00'", "_posts/2025-03-01-post.md")]
    [InlineData("2025.03.01", "_posts/2025-03-01-post.md")]
    [InlineData("2025-02-29", "_posts/2025-03-01-post.md")]
    public void Dates_are_read_with_Ruby_Time_parse_as_Jekyll_reads_them(string date, string path)
    {
        // Ruby reads month names and dotted dates, and rolls 2025-02-29 over to 2025-03-01.
        Assert.Empty(Lint(date, path));
    }

    [Fact]
    public void A_Ruby_form_on_another_day_is_reported_with_the_day_Jekyll_reads()
    {
        Assert.Equal(
            ["3:7-18 warning date Mar 05 2025 is not the file name's date 2025-03-01; Jekyll dates the post and its URL 2025-03-05: make them agree"],
            Lint("Mar 05 2025"));
        Assert.Equal(
            ["3:7-17 warning date 2025-02-30 is not the file name's date 2025-02-28; Jekyll dates the post and its URL 2025-03-02: make them agree"],
            Lint("2025-02-30", "_posts/2025-02-28-post.md"));
    }

    [Fact]
    public void Posts_in_subfolders_are_checked()
    {
        Assert.Single(Lint("2025-04-01", "_posts/devops/2025-03-01-post.md"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL110-file-name-date-mismatch", "PL110");
}
