using System.Globalization;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>Each generator's date grammar against the outcomes of its real build (DateGrammarCases.txt).</summary>
public class DateGrammarTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Repo.Path("tests", "PostLint.Tests", "Sites", "DateGrammarCases.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var c = line.Split(" | ").Select(p => p.Trim()).ToArray();
            data.Add(c[0], c[1], c[2], c[3], c[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_each_value_as_the_real_build_does(string generator, string style, string value, string real, string verdict)
    {
        var kind = generator switch { "jekyll" => SiteKind.Jekyll, "hugo" => SiteKind.Hugo, _ => SiteKind.Astro };
        var reading = DateGrammar.Read(kind, value, style == "plain");
        Assert.Equal(verdict, reading.Verdict.ToString().ToLowerInvariant());

        var rejected = real.StartsWith("error", StringComparison.Ordinal) || real.StartsWith("dropped", StringComparison.Ordinal);
        if (rejected)
        {
            // What the build rejects PostLint never calls a date.
            Assert.Contains(reading.Verdict, new[] { DateVerdict.Invalid, DateVerdict.Unknown });
            return;
        }

        // What the build reads PostLint never calls invalid, and the instant it reads is the build's.
        Assert.NotEqual(DateVerdict.Invalid, reading.Verdict);
        if (reading.ReadAs is { } at)
        {
            // The table keeps whole seconds.
            var instant = DateTime.SpecifyKind(at - (reading.Offset ?? TimeSpan.Zero), DateTimeKind.Utc);
            instant = instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
            Assert.Equal(DateTime.Parse(real, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), instant);
        }
    }

    [Fact]
    public void Each_reading_says_why_in_english_and_korean()
    {
        // What PL201 tells the writer about each row of the table: the verdict, the note in both languages, and the
        // instant read (as written, before the zone). Reviewed by hand when it changes.
        var lines = new List<string> { "# generator | style | value | verdict | read as (offset) | note | 한국어" };
        foreach (var row in Cases())
        {
            var (generator, style, value) = ((string)row[0], (string)row[1], (string)row[2]);
            var kind = generator switch { "jekyll" => SiteKind.Jekyll, "hugo" => SiteKind.Hugo, _ => SiteKind.Astro };
            var r = DateGrammar.Read(kind, value, style == "plain");
            var at = r.ReadAs is { } t ? t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (r.Offset is { } o ? $" ({o})" : "") : "-";
            lines.Add($"{generator} | {style} | {value} | {r.Verdict} | {at} | {r.Note?.In(PostLint.Localization.Language.English) ?? "-"} | {r.Note?.In(PostLint.Localization.Language.Korean) ?? "-"}");
        }

        SnapshotFile.Match("tests/PostLint.Tests/Sites/DateGrammarReadings.txt", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void The_table_covers_every_generator_and_verdict()
    {
        var rows = Cases().Select(r => ((string)r[0], (string)r[4])).ToArray();
        Assert.Equal(["astro", "hugo", "jekyll"], rows.Select(r => r.Item1).Distinct().Order());
        Assert.Equal(["invalid", "shifted", "timerange", "unknown", "valid"], rows.Select(r => r.Item2).Distinct().Order());
    }

    [Theory]
    [InlineData(SiteKind.None, "Jul 08 2022", DateVerdict.Valid)]
    [InlineData(SiteKind.None, "2025-03-01", DateVerdict.Valid)]
    [InlineData(SiteKind.None, "TBD", DateVerdict.Invalid)]
    [InlineData(SiteKind.None, "2025-13-01", DateVerdict.Invalid)]
    [InlineData(SiteKind.None, "2024-02-30", DateVerdict.Invalid)]
    [InlineData(SiteKind.None, "March 1st", DateVerdict.Unknown)]
    [InlineData(SiteKind.None, "2019-07-08T15:30-16:00", DateVerdict.TimeRange)]
    public void Without_a_generator_a_value_any_of_them_reads_is_not_invalid(SiteKind kind, string value, DateVerdict verdict)
    {
        Assert.Equal(verdict, DateGrammar.Read(kind, value, isPlainScalar: true).Verdict);
    }

    [Theory]
    [InlineData("2019-07-08T09:00-10:00")]
    [InlineData("2019-07-08T15:30+16:00")]
    [InlineData("2019-07-08T17:00-16:00")]
    public void Only_a_negative_offset_later_than_the_start_and_beyond_any_zone_is_a_time_range(string value)
    {
        Assert.NotEqual(DateVerdict.TimeRange, DateGrammar.Read(SiteKind.Jekyll, value, true).Verdict);
    }

    [Theory]
    [InlineData("2016-12-31T23:59:60Z", "2017-01-01T00:00:00", "00:00:00")]
    [InlineData("2016-12-31t23:59:60+09:00", "2017-01-01T00:00:00", "09:00:00")]
    [InlineData("2016-12-31 23:59:60", "2017-01-01T00:00:00", null)]
    [InlineData("2016-12-31T10:00:00.5z", "2016-12-31T10:00:00", "00:00:00")]
    [InlineData("2025-03-01", "2025-03-01T00:00:00", null)]
    public void A_toml_date_time_literal_is_read_as_go_toml_reads_it_a_leap_second_as_the_next_minute(string literal, string wallClock, string? offset)
    {
        // Checked with Hugo 0.111 (go-toml v2): `date = 2016-12-31T23:59:60Z` dates the page 2017-01-01T00:00:00Z; Go's
        // time.Parse, which reads a quoted date, rejects second 60.
        var toml = "date = " + literal + "\n";
        var date = (PostLint.Yaml.YScalar)((PostLint.Yaml.YMapping)PostLint.Yaml.TomlReader.Parse(toml, 0, toml.Length).Root!).Get("date")!;
        Assert.True(date.IsTomlDateTime);
        foreach (var kind in new[] { SiteKind.Hugo, SiteKind.None })
        {
            var reading = DateGrammar.Read(kind, date);
            Assert.Equal(DateVerdict.Valid, reading.Verdict);
            Assert.Equal(wallClock, reading.ReadAs?.ToString("s", CultureInfo.InvariantCulture));
            Assert.Equal(offset, reading.Offset?.ToString());
        }
    }

    [Fact]
    public void A_quoted_leap_second_is_text_that_go_time_parse_rejects()
    {
        const string toml = "date = '2016-12-31T23:59:60Z'\n";
        var date = (PostLint.Yaml.YScalar)((PostLint.Yaml.YMapping)PostLint.Yaml.TomlReader.Parse(toml, 0, toml.Length).Root!).Get("date")!;
        Assert.False(date.IsTomlDateTime);
        Assert.Equal(DateVerdict.Invalid, DateGrammar.Read(SiteKind.Hugo, date).Verdict);
    }
}
