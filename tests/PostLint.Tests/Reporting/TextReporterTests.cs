using PostLint.Reporting;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

public class TextReporterTests
{
    [Theory]
    [InlineData("\tab", 1, 3, "    ab", 4, 2)]
    [InlineData("한국어 오타", 4, 6, "한국어 오타", 7, 4)]
    [InlineData("😀 x", 3, 4, "😀 x", 3, 1)]
    [InlineData("👨‍👩‍👧 x", 9, 10, "👨‍👩‍👧 x", 3, 1)]
    [InlineData("🇰🇷 x", 5, 6, "🇰🇷 x", 3, 1)]
    [InlineData("\u1112\u1161\u11AB x", 4, 5, "\u1112\u1161\u11AB x", 3, 1)]
    [InlineData("e\u0301x", 2, 3, "e\u0301x", 1, 1)]
    [InlineData("1\uFE0F\u20E3x", 3, 4, "1\uFE0F\u20E3x", 2, 1)]
    [InlineData("가\tx", 2, 3, "가  x", 4, 1)]
    [InlineData("\u0007x", 1, 2, "\uFFFDx", 1, 1)]
    [InlineData("가나", 1, 1, "가나", 2, 0)]
    [InlineData("ab", 2, 2, "ab", 2, 0)]
    public void Layout_counts_terminal_columns(string line, int start, int end, string shown, int lead, int width)
    {
        Assert.Equal((shown, lead, width), SourceSnippet.Layout(line, start, end));
    }

    [Fact]
    public void Caret_sits_under_the_word_after_a_tab_an_emoji_and_hangul()
    {
        var output = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { ShowSource = true });
        var lines = output.Split('\n');
        var source = Array.FindIndex(lines, l => l.StartsWith("7 | ", StringComparison.Ordinal));
        Assert.Equal("7 |     😀 확작성 덕분에 100%, 정말: 빠르다.", lines[source]);
        Assert.Equal("  |        ^^^^^^", lines[source + 1]);
        Assert.Equal("  = help: Replace with '확장성'", lines[source + 2]);
    }

    [Fact]
    public void Each_severity_has_its_colour_only_when_asked()
    {
        var coloured = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { Color = true, ShowSource = true });
        Assert.Contains(": \u001b[1;31merror\u001b[0m PL901", coloured, StringComparison.Ordinal);
        Assert.Contains(": \u001b[1;33mwarning\u001b[0m PL902", coloured, StringComparison.Ordinal);
        Assert.Contains(": \u001b[1;36minfo\u001b[0m PL903", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;33m^^^^^^\u001b[0m", coloured, StringComparison.Ordinal);
        var plain = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { ShowSource = true });
        Assert.DoesNotContain('\u001b', plain);
    }

    [Fact]
    public void Default_text_is_one_line_per_finding()
    {
        var lines = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("_posts/2025-03-01-컨테이너 정리.md:7:5: warning PL902 canned-spelling: '확작성' is misspelt: 100%, really, write '확장성' or add it to the dictionary", lines[2]);
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "never", false)]
    [InlineData(false, null, null, false)]
    [InlineData(false, null, "always", true)]
    [InlineData(true, "", null, true)]
    public void Colour_follows_the_terminal_NO_COLOR_and_the_option(bool terminal, string? noColor, string? option, bool expected)
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ndate: TBD\n---\n본문\n");
        var env = new Dictionary<string, string>();
        if (noColor is not null)
        {
            env["NO_COLOR"] = noColor;
        }

        string[] args = option is null ? ["--select", "PL201"] : ["--select", "PL201", "--color", option];
        var result = CliRunner.Run(site.Root, env, terminal, args);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Out.Contains("\u001b[1;31merror\u001b[0m", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_file_has_no_colour_even_from_a_terminal()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ndate: TBD\n---\n본문\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string>(), true, "--output", "report.txt", "--color", "always");
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(site.Root, "report.txt")));
    }
}
