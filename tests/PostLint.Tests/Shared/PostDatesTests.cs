using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Tests.Shared;

/// <summary>PostDates (front matter dates as the generator reads them, the dates of post file names) and SiteTime (their instants).</summary>
public class PostDatesTests
{
    private static YScalar Scalar(string value)
    {
        var yaml = "date: " + value + "\n";
        var root = (YMapping)YamlReader.Parse(yaml, 0, yaml.Length).Root!;
        return (YScalar)root.Get("date")!;
    }

    private static string? Read(SiteKind kind, string value) =>
        PostDates.TryRead(kind, Scalar(value), out var w)
            ? $"{w.WallClock:yyyy-MM-dd HH:mm:ss} time={w.HasTime} seconds={w.HasSeconds} offset={w.Offset?.ToString() ?? "-"}"
            : null;

    [Theory]
    [InlineData("_posts/2025-03-01-hello.md", true, "2025-03-01")]
    [InlineData("_posts/2025-3-01-hello.md", false, "")] // two digits each, as Jekyll's file name pattern asks
    [InlineData("_posts/2025-02-30-hello.md", false, "2025-02-30")] // the date is there but no day
    [InlineData("about.md", false, "")]
    [InlineData("_posts/2025-03-01.md", false, "")] // no title after the date
    public void A_file_name_date_is_read_from_the_start_of_the_name(string path, bool valid, string text)
    {
        Assert.Equal(valid, PostDates.TryGetFileNameDate(path, out var date, out var written));
        Assert.Equal(text, written);
        Assert.Equal(valid ? new DateOnly(2025, 3, 1) : default, date);
    }

    [Theory]
    [InlineData("_posts/a.md", true)]
    [InlineData("blog/_posts/2024/a.md", true)]
    [InlineData("blog\\_posts\\a.md", true)]
    [InlineData("_posts_old/a.md", false)]
    [InlineData("posts/a.md", false)]
    public void Posts_folders_are_named_exactly(string path, bool expected)
    {
        Assert.Equal(expected, PostDates.IsInPostsFolder(path));
    }

    [Theory]
    [InlineData("2024-05-06", "2024-05-06 00:00:00 time=False seconds=False offset=-")]
    [InlineData("2024-05-06 00:00", "2024-05-06 00:00:00 time=True seconds=False offset=-")] // midnight written is a time
    [InlineData("2024-05-06 09:30:00", "2024-05-06 09:30:00 time=True seconds=True offset=-")]
    [InlineData("2024-05-06T09:30:00+09:00", "2024-05-06 09:30:00 time=True seconds=True offset=09:00:00")]
    [InlineData("'2024-05-06 09:30:00 +0900'", "2024-05-06 09:30:00 time=True seconds=True offset=09:00:00")]
    [InlineData("2024-05-06 09:30 +14:00", "2024-05-06 09:30:00 time=True seconds=False offset=14:00:00")]
    [InlineData("2024-05-06 09:30 -14:00", "2024-05-06 09:30:00 time=True seconds=False offset=-14:00:00")]
    [InlineData("0002-01-01", "0002-01-01 00:00:00 time=False seconds=False offset=-")]
    [InlineData("9998-12-31", "9998-12-31 00:00:00 time=False seconds=False offset=-")]
    public void A_date_the_generator_reads(string value, string expected)
    {
        Assert.Equal(expected, Read(SiteKind.Jekyll, value));
    }

    [Theory]
    [InlineData("2024-05-06 09:30 +14:30")] // beyond ±14:00 no instant exists
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("YYYY-MM-DD")]
    [InlineData("not a date")]
    public void A_date_without_an_instant_is_not_read(string value)
    {
        Assert.Null(Read(SiteKind.Jekyll, value));
    }

    private static Site Site(SiteKind kind, string? zone = null) => new(kind, "/s", "/s", "", null, null) { TimeZone = zone };

    [Fact]
    public void The_zone_of_a_site_is_its_own_when_the_system_knows_it()
    {
        Assert.Equal("Asia/Seoul", SiteTime.Zone(Site(SiteKind.Jekyll, "Asia/Seoul"))!.Id);
        Assert.Null(SiteTime.Zone(Site(SiteKind.Jekyll, "Mars/Olympus")));
        Assert.Null(SiteTime.Zone(Site(SiteKind.Jekyll, "")));
        Assert.Null(SiteTime.Zone(Site(SiteKind.Jekyll)));
    }

    [Fact]
    public void Without_a_site_zone_Hugo_reads_utc_and_Jekyll_the_build_machine_s_zone()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        Assert.Same(TimeZoneInfo.Utc, SiteTime.ZoneOrDefault(Site(SiteKind.Hugo), seoul));
        Assert.Same(seoul, SiteTime.ZoneOrDefault(Site(SiteKind.Jekyll), seoul));
        Assert.Same(seoul, SiteTime.ZoneOrDefault(Site(SiteKind.Astro), seoul));
        Assert.Equal("America/New_York", SiteTime.ZoneOrDefault(Site(SiteKind.Hugo, "America/New_York"), seoul).Id);
        Assert.Same(TimeZoneInfo.Local, SiteTime.ZoneOrDefault(Site(SiteKind.Jekyll)));
    }

    [Fact]
    public void A_wall_clock_time_takes_the_zone_s_offset_on_that_day()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(TimeSpan.FromHours(-4), SiteTime.InZone(new DateTime(2024, 7, 1, 12, 0, 0), newYork).Offset);
        Assert.Equal(TimeSpan.FromHours(-5), SiteTime.InZone(new DateTime(2024, 1, 1, 12, 0, 0), newYork).Offset);
        // 02:30 on 10 March 2024 does not exist there (clocks went from 02:00 to 03:00): the standard offset.
        var skipped = SiteTime.InZone(new DateTime(2024, 3, 10, 2, 30, 0, DateTimeKind.Utc), newYork);
        Assert.Equal(new DateTimeOffset(2024, 3, 10, 2, 30, 0, TimeSpan.FromHours(-5)), skipped);
    }

    [Theory]
    [InlineData(SiteKind.Jekyll, "2024-05-06 09:30:00", null, "2024-05-06T09:30:00.0000000+00:00")] // a YAML timestamp: UTC
    [InlineData(SiteKind.Jekyll, "'2024-05-06 09:30:00'", "Asia/Seoul", "2024-05-06T09:30:00.0000000+09:00")] // quoted: the site's zone
    [InlineData(SiteKind.Jekyll, "2024-05-06 09:30:00", "Asia/Seoul", "2024-05-06T09:30:00.0000000+00:00")]
    [InlineData(SiteKind.Jekyll, "2024-05-06 09:30", "Asia/Seoul", "2024-05-06T09:30:00.0000000+09:00")] // no seconds: not a timestamp
    [InlineData(SiteKind.Jekyll, "2024-05-06 09:30:00 +02:00", "Asia/Seoul", "2024-05-06T09:30:00.0000000+02:00")]
    [InlineData(SiteKind.Hugo, "2024-05-06 09:30:00", "Asia/Seoul", "2024-05-06T09:30:00.0000000+09:00")]
    [InlineData(SiteKind.Hugo, "2024-05-06 09:30:00", null, "2024-05-06T09:30:00.0000000+00:00")]
    public void The_instant_of_a_front_matter_date(SiteKind kind, string value, string? zone, string expected)
    {
        var scalar = Scalar(value);
        Assert.True(PostDates.TryRead(kind, scalar, out var written));
        Assert.Equal(expected, SiteTime.Instant(written, scalar.IsPlain, Site(kind, zone)).ToString("o"));
    }
}
