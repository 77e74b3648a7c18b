using PostLint.Cli;
using PostLint.Cli.Commands;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary><c>POSTLINT_NOW</c> fixes the clock date rules compare against, so reports do not change from day to day.</summary>
public class ClockTests
{
    private static CliResult Run(string cwd, string? now, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(output, error, cwd, false, false, name => name == LintCommand.NowVariable ? now : null);
        var code = App.Run(args, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Postlint_now_sets_the_clock_of_the_run()
    {
        using var site = new TempSite("jekyll");
        site.Write("_posts/2030-01-01-later.md", "---\ntitle: 나중에 올릴 글\ndate: 2030-01-01 09:00:00 +0900\n---\n본문\n");
        var before = Run(site.Root, "2029-12-31T23:59:59Z", "--select", "future-date", "--quiet");
        var after = Run(site.Root, "2030-01-01T00:00:01Z", "--select", "future-date", "--quiet");
        Assert.Contains("PL108 future-date", before.Out, StringComparison.Ordinal);
        Assert.Equal("", after.Out);
        Assert.Equal((0, 0), (before.ExitCode, after.ExitCode));
    }

    [Fact]
    public void An_invalid_value_is_a_usage_error()
    {
        using var site = new TempSite("jekyll");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: 제목\n---\n본문\n");
        var result = Run(site.Root, "next tuesday");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("postlint: POSTLINT_NOW 'next tuesday' is not an ISO 8601 date-time, e.g. 2025-06-01T12:00:00+09:00\n", result.Error);
    }

    [Theory]
    [InlineData("2025-06-01", "2025-06-01T00:00:00.0000000+00:00")]
    [InlineData("2025-06-01T12:00", "2025-06-01T12:00:00.0000000+00:00")]
    [InlineData("2025-06-01T12:00:00Z", "2025-06-01T12:00:00.0000000+00:00")]
    [InlineData("2025-06-01 12:00:00", "2025-06-01T12:00:00.0000000+00:00")]
    [InlineData("2025-06-01T21:00:00+09:00", "2025-06-01T21:00:00.0000000+09:00")]
    [InlineData("2025-06-01T12:00:00.5Z", "2025-06-01T12:00:00.5000000+00:00")]
    public void Iso_dates_and_date_times_are_accepted_and_no_zone_means_utc(string text, string expected)
    {
        Assert.True(LintCommand.TryParseNow(text, out var now));
        Assert.Equal(expected, now.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("06/01/2025")]
    [InlineData("2025-13-01")]
    [InlineData("now")]
    public void Other_forms_are_refused(string text)
    {
        Assert.False(LintCommand.TryParseNow(text, out _));
    }
}
