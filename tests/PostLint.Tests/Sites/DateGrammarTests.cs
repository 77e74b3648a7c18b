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
}
