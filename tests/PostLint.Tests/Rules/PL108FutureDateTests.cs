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
    [InlineData("date: 2099-99-01\n")]
    [InlineData("date: 2025-06-01 10:00 -16:00\n")]
    [InlineData("date:\n")]
    public void Past_dates_and_values_that_are_not_dates_are_not_reported(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Theory]
    [InlineData("date: 2025-06-01 12:00:00 +0000\n")]
    [InlineData("date: 2025-06-01 21:00:00 +0900\n")]
    [InlineData("date: 2025-06-01T12:00:00Z\n")]
    public void A_date_at_the_very_second_of_the_build_is_published(string yaml)
    {
        // Jekyll hides a post only when its date is later than the site's time (date.to_i > site.time.to_i).
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

    [Theory]
    [InlineData("date: Jul 08 2099\n", "Jul 08 2099")]
    [InlineData("date: 'Jul 08 2099 10:00'\n", "Jul 08 2099 10:00")]
    [InlineData("date: 2099.07.08\n", "2099.07.08")]
    [InlineData("date: 2099-7-8 10:00\n", "2099-7-8 10:00")]
    [InlineData("date: 2099-02-30\n", "2099-02-30")]
    public void Dates_are_read_with_Ruby_Time_parse_as_Jekyll_reads_them(string yaml, string written)
    {
        // Jekyll reads a day past the month's end as the next month's (2099-03-02), still in the future.
        Assert.Equal(
            [$"warning date {written} is in the future; Jekyll does not publish the post until then unless _config.yml sets future: true"],
            Lint(yaml).Select(m => m[(m.IndexOf(' ', StringComparison.Ordinal) + 1)..]));
    }

    [Theory]
    [InlineData("date: Jul 08 2022 10:00\n")]
    [InlineData("date: May 31 2025\n")]
    [InlineData("date: 2025.05.31\n")]
    [InlineData("date: 2025-5-31\n")]
    public void Past_dates_in_Ruby_forms_are_not_reported(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Fact]
    public void A_month_name_date_without_a_zone_is_in_the_site_time_zone()
    {
        // Jun 01 2025 22:00 in Seoul is 13:00Z, an hour after the clock; 08:00 in Seoul (23:00Z the day before) is past.
        Assert.Single(LintInSite("timezone: Asia/Seoul\n", "date: Jun 01 2025 22:00\n"));
        Assert.Empty(LintInSite("timezone: Asia/Seoul\n", "date: Jun 01 2025 08:00\n"));
    }

    private static string[] LintHugo(string config, string frontMatter, string path = "content/posts/x.md")
    {
        using var site = new TempSite("none");
        site.Write("hugo.toml", "title = 'test'\n" + config);
        site.Write(path, frontMatter);
        return RuleHarness.LintFile(site, path, "future-date").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();
    }

    [Fact]
    public void Hugo_does_not_publish_a_page_dated_in_the_future()
    {
        Assert.Equal(
            ["3:7 date 2099-01-01 is in the future; Hugo does not publish the page until then unless the site config sets buildFuture = true"],
            LintHugo("", "---\ntitle: 제목\ndate: 2099-01-01\n---\n"));
        Assert.Equal(
            ["3:8 date 2099-01-01T10:00:00+09:00 is in the future; Hugo does not publish the page until then unless the site config sets buildFuture = true"],
            LintHugo("", "+++\ntitle = '제목'\ndate = 2099-01-01T10:00:00+09:00\n+++\n"));
    }

    [Theory]
    [InlineData("date: 2020-01-01\npublishDate: 2099-01-01\n", "publishDate 2099-01-01")]
    [InlineData("date: 2020-01-01\npubdate: 2099-01-01\n", "pubdate 2099-01-01")]
    [InlineData("date: 2020-01-01\npublished: 2099-01-01\n", "published 2099-01-01")]
    [InlineData("date: 08 Jul 2099\n", "date 08 Jul 2099")]
    [InlineData("date: 2025-06-01T12:30:00\n", "date 2025-06-01T12:30:00")]
    public void Hugo_publishes_at_the_publish_date_or_else_the_date(string yaml, string written)
    {
        var d = Assert.Single(LintHugo("", "---\ntitle: 제목\n" + yaml + "---\n"));
        Assert.Contains($" {written} is in the future; Hugo", d, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2099-01-01\npublishDate: 2020-01-01\n")]
    [InlineData("date: 2020-01-01\nlastmod: 2099-01-01\n")]
    [InlineData("date: 2099-01-01\ndraft: true\n")]
    [InlineData("date: 2099-01-01\npublished: false\n")]
    [InlineData("date: 2099-02-30\n")]
    [InlineData("date: 2099-01-01T10:00\n")]
    [InlineData("date: 2025-06-01T11:59:59\n")]
    [InlineData("expiryDate: 2099-01-01\n")]
    public void Hugo_pages_it_publishes_or_that_are_not_dates_are_not_reported(string yaml)
    {
        // A publish date in the past wins over a future date; a value Hugo cannot read is dropped (the page is dated
        // 0001-01-01 and published) and is placeholder-date's finding; a time without a zone is UTC.
        Assert.Empty(LintHugo("", "---\ntitle: 제목\n" + yaml + "---\n"));
    }

    [Fact]
    public void Hugo_reads_a_date_without_a_zone_in_its_timeZone()
    {
        // 12:30 on Kiritimati (+14) is 22:30Z the day before: already past.
        Assert.Single(LintHugo("", "---\ntitle: 제목\ndate: 2025-06-01T12:30:00\n---\n"));
        Assert.Empty(LintHugo("timeZone = 'Pacific/Kiritimati'\n", "---\ntitle: 제목\ndate: 2025-06-01T12:30:00\n---\n"));
    }

    [Theory]
    [InlineData("expiryDate: 2021-01-01\n", "expiryDate 2021-01-01")]
    [InlineData("unpublishdate: 2025-06-01T11:00:00Z\n", "unpublishdate 2025-06-01T11:00:00Z")]
    public void Hugo_does_not_publish_an_expired_page(string yaml, string written)
    {
        Assert.Equal(
            [$"3:{written.IndexOf(' ', StringComparison.Ordinal) + 3} {written} has passed; Hugo no longer publishes the page unless the site config sets buildExpired = true"],
            LintHugo("", "---\ntitle: 제목\n" + yaml + "---\n"));
    }

    [Theory]
    [InlineData("buildFuture = true\n", "date: 2099-01-01\n")]
    [InlineData("buildfuture = true\n", "date: 2099-01-01\n")]
    [InlineData("buildExpired = true\n", "expiryDate: 2021-01-01\n")]
    public void Hugo_settings_publish_future_and_expired_pages(string config, string yaml)
    {
        Assert.Empty(LintHugo(config, "---\ntitle: 제목\n" + yaml + "---\n"));
    }

    [Theory]
    [InlineData("build:\n  render: never\n")]
    [InlineData("_build:\n  render: false\n")]
    public void Hugo_pages_that_are_never_rendered_are_not_checked(string build)
    {
        // Hugo writes no page for them at all, whatever their dates.
        Assert.Empty(LintHugo("", "---\ntitle: 제목\ndate: 2099-01-01\nexpiryDate: 2021-01-01\n" + build + "---\n"));
        Assert.Equal(
            [
                "3:7 date 2099-01-01 is in the future; Hugo does not publish the page until then unless the site config sets buildFuture = true",
                "4:13 expiryDate 2021-01-01 has passed; Hugo no longer publishes the page unless the site config sets buildExpired = true",
            ],
            LintHugo("", "---\ntitle: 제목\ndate: 2099-01-01\nexpiryDate: 2021-01-01\n---\n"));
    }

    [Fact]
    public void Hugo_files_outside_the_content_folder_are_not_checked()
    {
        Assert.Empty(LintHugo("", "---\ntitle: 제목\ndate: 2099-01-01\n---\n", "archetypes/default.md"));
    }

    [Fact]
    public void Astro_publishes_posts_dated_in_the_future()
    {
        // The starter's blog lists every post of the collection whatever its pubDate.
        using var site = new TempSite("astro");
        site.Write("src/content/blog/x.md", "---\ntitle: 제목\npubDate: 'Jul 08 2099'\n---\n");
        site.Write("src/content/blog/2099-01-01-y.md", "---\ntitle: 제목\npubDate: 2099-01-01\n---\n");
        Assert.Empty(RuleHarness.LintFile(site, "src/content/blog/x.md", "future-date"));
        Assert.Empty(RuleHarness.LintFile(site, "src/content/blog/2099-01-01-y.md", "future-date"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL108-future-date", "PL108");
}
