using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL109ModifiedBeforeDateTests
{
    private static string[] Lint(string frontMatter, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\ntitle: 제목\n" + frontMatter + "---\n본문\n", path, "modified-before-date")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Fact]
    public void Last_modified_before_the_date_is_a_warning_at_its_value()
    {
        Assert.Equal(
            ["4:19-29 warning last_modified_at 2025-02-28 is earlier than date 2025-03-01 (line 3); correct one of them"],
            Lint("date: 2025-03-01\nlast_modified_at: 2025-02-28\n"));
    }

    [Theory]
    [InlineData("date: 2021-09-30T18:17\nlastmod: 2021-09-30T10:00\n")]
    [InlineData("date: 2025-03-01 10:00 +0900\nupdated: 2025-03-01T00:30:00Z\n")]
    [InlineData("last_modified_at: 2024-12-31\ndate: 2025-01-01\n")]
    public void Earlier_by_time_or_zone_or_written_first(string yaml)
    {
        Assert.Single(Lint(yaml));
    }

    [Theory]
    [InlineData("date: 2025-03-01\nlast_modified_at: 2025-03-01\n")]
    [InlineData("date: 2025-03-01 21:00 +0900\nlast_modified_at: 2025-03-01\n")]
    [InlineData("date: 2021-09-30T18:17\nlast_modified_at: 2021-09-30T23:47\n")]
    [InlineData("date: 2025-03-01 10:00 +0900\nlastmod: 2025-03-01T02:00:00Z\n")]
    [InlineData("date: 2025-03-01\nlast_modified_at: YYYY-MM-DD\n")]
    [InlineData("date: TBD\nlast_modified_at: 2025-02-28\n")]
    [InlineData("last_modified_at: 2025-02-28\n")]
    [InlineData("date: 2025-03-01\nexpires: 2025-02-28\n")]
    public void Same_or_later_or_unreadable_values_are_fine(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Fact]
    public void Wall_clock_values_without_zones_compare_as_written()
    {
        // Ruby would read the first as UTC and the second in the site's zone; the author meant the clock as written.
        Assert.Empty(Lint("date: 2025-03-01 10:00:00\nlast_modified_at: 2025-03-01 12:00\n"));
    }

    [Theory]
    [InlineData("date: 2025-03-01 10:00\nlast_modified_at: 2025-03-01 10:00\n")]
    [InlineData("date: 2025-03-01 10:00 +0900\nlast_modified_at: 2025-03-01T01:00:00Z\n")]
    [InlineData("date: 2025-03-01 10:00 +0900\nlast_modified_at: 2025-02-28 20:00 -0500\n")]
    public void The_same_moment_is_not_earlier(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    private static string[] LintInZone(string zone, string frontMatter)
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "timezone: " + zone + "\n");
        site.Write("_posts/2025-03-01-post.md", "---\ntitle: 제목\n" + frontMatter + "---\n본문\n");
        return RuleHarness.LintFile(site, "_posts/2025-03-01-post.md", "modified-before-date").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();
    }

    [Fact]
    public void With_a_zone_on_one_side_only_the_other_is_in_the_site_time_zone()
    {
        // 10:00 in Seoul is 01:00Z; 05:00 without a zone is 05:00 in the site's zone: UTC here, so four hours later.
        Assert.Empty(LintInZone("Etc/UTC", "date: 2025-03-01 10:00 +0900\nlast_modified_at: 2025-03-01 05:00\n"));
        Assert.Equal(
            ["4:19 last_modified_at 2025-03-01 10:00 +0900 is earlier than date 2025-03-01 05:00 (line 3); correct one of them"],
            LintInZone("Etc/UTC", "date: 2025-03-01 05:00\nlast_modified_at: 2025-03-01 10:00 +0900\n"));

        // In New York 05:00 is 10:00Z, still later; in Seoul it is 2025-02-28 20:00Z, earlier than 01:00Z.
        Assert.Empty(LintInZone("America/New_York", "date: 2025-03-01 10:00 +0900\nlast_modified_at: 2025-03-01 05:00\n"));
        Assert.Equal(
            ["4:19 last_modified_at 2025-03-01 05:00 is earlier than date 2025-03-01 10:00 +0900 (line 3); correct one of them"],
            LintInZone("Asia/Seoul", "date: 2025-03-01 10:00 +0900\nlast_modified_at: 2025-03-01 05:00\n"));
    }

    [Fact]
    public void Jekyll_dates_are_read_with_Ruby_Time_parse()
    {
        Assert.Equal(
            ["4:19-30 warning last_modified_at Jul 01 2022 is earlier than date Jul 08 2022 (line 3); correct one of them"],
            Lint("date: Jul 08 2022\nlast_modified_at: Jul 01 2022\n"));
        Assert.Empty(Lint("date: Jul 08 2022\nlast_modified_at: 2022.07.09\n"));
    }

    private static string[] LintIn(string kind, string path, string frontMatter)
    {
        using var site = new TempSite(kind);
        site.Write(path, "---\ntitle: 제목\n" + frontMatter + "---\n본문\n");
        return RuleHarness.LintFile(site, path, "modified-before-date").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Message}").ToArray();
    }

    [Fact]
    public void Hugo_compares_lastmod_with_the_page_date_or_publish_date()
    {
        Assert.Equal(
            ["4:10 lastmod 2025-02-01 is earlier than date 2025-03-01 (line 3); correct one of them"],
            LintIn("hugo", "content/posts/x.md", "date: 2025-03-01\nlastmod: 2025-02-01\n"));
        Assert.Equal(
            ["4:10 lastMod 02 Feb 2025 is earlier than publishDate 2025-03-01T10:00:00+09:00 (line 3); correct one of them"],
            LintIn("hugo", "content/posts/x.md", "publishDate: 2025-03-01T10:00:00+09:00\nlastMod: 02 Feb 2025\n"));
    }

    [Theory]
    [InlineData("date: 2025-03-01\nupdated: 2025-02-01\n")]
    [InlineData("date: 2025-03-01\nlastmod: 2025-02-01T10:00\n")]
    public void Hugo_checks_only_its_own_keys_and_dates_it_reads(string yaml)
    {
        // Hugo does not read `updated`, nor a time without seconds.
        Assert.Empty(LintIn("hugo", "content/posts/x.md", yaml));
    }

    [Fact]
    public void Astro_compares_the_starter_updatedDate_with_pubDate()
    {
        Assert.Equal(
            ["4:14 updatedDate Jul 01 2022 is earlier than pubDate Jul 08 2022 (line 3); correct one of them"],
            LintIn("astro", "src/content/blog/x.md", "pubDate: 'Jul 08 2022'\nupdatedDate: 'Jul 01 2022'\n"));
        Assert.Empty(LintIn("astro", "src/content/blog/x.md", "date: 2025-03-01\nlast_modified_at: 2025-02-01\n"));
    }

    [Fact]
    public void Keys_are_configurable()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  modified-before-date:\n    keys: [revised]\n");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: 제목\ndate: 2025-03-01\nrevised: 2025-02-01\nlast_modified_at: 2025-02-01\n---\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "_posts/2025-03-01-x.md", "modified-before-date"));
        Assert.StartsWith("revised 2025-02-01 is earlier", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL109-modified-before-date", "PL109");
}
