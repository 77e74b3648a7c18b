using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL201PlaceholderDateTests
{
    private static string[] Lint(string frontMatter, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n본문\n", path, "placeholder-date")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Theory]
    [InlineData("YYYY-MM-DD")]
    [InlineData("yyyy-mm-dd")]
    [InlineData("YYYY.MM.DD")]
    [InlineData("YYYY/MM/DD")]
    [InlineData("YYYY-MM-DD HH:MM:SS")]
    [InlineData("DD/MM/YYYY")]
    [InlineData("MM/DD/YYYY")]
    [InlineData("20XX-XX-XX")]
    [InlineData("XXXX-XX-XX")]
    [InlineData("0000-00-00")]
    [InlineData("\"%Y-%m-%d\"")]
    [InlineData("\"{{ date }}\"")]
    [InlineData("\"{{ .Date }}\"")]
    [InlineData("<date>")]
    [InlineData("[date]")]
    [InlineData("TBD")]
    [InlineData("TODO")]
    public void Placeholder_values_are_errors(string value)
    {
        var found = Lint($"last_modified_at: {value}\n");
        var finding = Assert.Single(found);
        Assert.StartsWith("2:19-", finding, StringComparison.Ordinal);
        Assert.Contains("error last_modified_at is the placeholder", finding, StringComparison.Ordinal);
        Assert.EndsWith("write the real date, e.g. 2025-03-01", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-3-1")]
    [InlineData("2025-03-01 10:20")]
    [InlineData("2025-03-01 10:20:30")]
    [InlineData("2025-03-01T10:20:30.123Z")]
    [InlineData("2025-03-01 10:20:30 +0900")]
    [InlineData("2025-03-01T10:20:30+09:00")]
    [InlineData("\"2025-03-01\"")]
    public void Real_dates_are_accepted(string value)
    {
        Assert.Empty(Lint($"date: {value}\nlastmod: {value}\n"));
    }

    [Theory]
    [InlineData("2024-02-30", "no such day or time")]
    [InlineData("2025-13-01", "no such day or time")]
    [InlineData("2025-03-01 25:00", "no such day or time")]
    [InlineData("March 1st", "write YYYY-MM-DD")]
    [InlineData("01-03-2025", "write YYYY-MM-DD")]
    public void Invalid_dates_are_errors(string value, string expected)
    {
        var finding = Assert.Single(Lint($"date: {value}\n"));
        Assert.Contains($"error date has invalid date '{value}'", finding, StringComparison.Ordinal);
        Assert.Contains(expected, finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_value_is_a_warning_at_the_key()
    {
        Assert.Equal(["2:1-8 warning updated is empty; write a date such as 2025-03-01 or remove the key"], Lint("updated:\n"));
    }

    [Fact]
    public void Non_date_keys_and_body_text_are_not_checked()
    {
        Assert.Empty(RuleHarness.Lint("---\ntitle: YYYY-MM-DD\n---\nUse `YYYY-MM-DD` or YYYY-MM-DD in prose.\n", select: "placeholder-date"));
    }

    [Fact]
    public void Placeholder_file_name_under_posts_is_an_error()
    {
        var found = Lint("date: 2025-03-01\n", "_posts/YYYY-MM-DD-title.md");
        Assert.Equal(["1:1-1 error file name starts with the placeholder 'YYYY-MM-DD'; rename it to start with the post's date, e.g. 2025-03-01-title.md"], found);
    }

    [Fact]
    public void Fix_is_unsafe_and_uses_the_file_name_date()
    {
        var d = Assert.Single(RuleHarness.Lint("---\nlast_modified_at: YYYY-MM-DD\n---\n", "_posts/2024-12-24-x.md", "placeholder-date"));
        Assert.NotNull(d.Fix);
        Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety);
        Assert.Equal("2024-12-24", Assert.Single(d.Fix.Edits).NewText);
    }

    [Fact]
    public void Mapping_value_is_not_a_date()
    {
        Assert.Single(Lint("date:\n  year: 2025\n"));
    }
}
