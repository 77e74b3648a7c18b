using System.Text;
using PostLint.Baselines;

namespace PostLint.Tests.Baselines;

/// <summary>The baseline file on its own: its exact bytes, its order, and what a damaged one says.</summary>
public class BaselineFileTests
{
    private static Baseline Parse(string json) => Baseline.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void An_empty_baseline_is_written_as_an_empty_list()
    {
        Assert.Equal("{\n  \"version\": 1,\n  \"entries\": []\n}\n", Encoding.UTF8.GetString(new Baseline([]).ToBytes()));
    }

    [Fact]
    public void Entries_are_sorted_by_path_rule_line_and_fingerprint_and_written_one_per_line()
    {
        var baseline = new Baseline(
        [
            new BaselineEntry("f4", "PL201", "_posts/b.md", "date: TBD"),
            new BaselineEntry("f3", "PL401", "_posts/a.md", "확작성"),
            new BaselineEntry("f2", "PL201", "_posts/a.md", "last_modified_at: YYYY-MM-DD"),
            new BaselineEntry("f1", "PL201", "_posts/a.md", "date: TBD"),
            new BaselineEntry("f0", "PL201", "_posts/a.md", "date: TBD"),
            new BaselineEntry("f1", "PL999", "_posts/z.md", "the same fingerprint twice is kept once"),
        ]);
        Assert.Equal(["f0", "f1", "f2", "f3", "f4"], baseline.Entries.Select(e => e.Fingerprint));
        Assert.Equal(
            "{\n  \"version\": 1,\n  \"entries\": [\n" +
            "    {\"fingerprint\":\"f0\",\"rule\":\"PL201\",\"path\":\"_posts/a.md\",\"line\":\"date: TBD\"},\n" +
            "    {\"fingerprint\":\"f1\",\"rule\":\"PL201\",\"path\":\"_posts/a.md\",\"line\":\"date: TBD\"},\n" +
            "    {\"fingerprint\":\"f2\",\"rule\":\"PL201\",\"path\":\"_posts/a.md\",\"line\":\"last_modified_at: YYYY-MM-DD\"},\n" +
            "    {\"fingerprint\":\"f3\",\"rule\":\"PL401\",\"path\":\"_posts/a.md\",\"line\":\"확작성\"},\n" +
            "    {\"fingerprint\":\"f4\",\"rule\":\"PL201\",\"path\":\"_posts/b.md\",\"line\":\"date: TBD\"}\n" +
            "  ]\n}\n",
            Encoding.UTF8.GetString(baseline.ToBytes()));
        Assert.Equal(baseline.Entries, Baseline.Parse(baseline.ToBytes()).Entries);
    }

    [Theory]
    [InlineData("[]", "expected a JSON object with 'version' and 'entries'")]
    [InlineData("{\"entries\": []}", "'version' must be 1")]
    [InlineData("{\"version\": \"1\", \"entries\": []}", "'version' must be 1")]
    [InlineData("{\"version\": 2, \"entries\": []}", "'version' must be 1")]
    [InlineData("{\"version\": 1}", "'entries' must be an array")]
    [InlineData("{\"version\": 1, \"entries\": {}}", "'entries' must be an array")]
    [InlineData("{\"version\": 1, \"entries\": [{\"fingerprint\": \"f\", \"path\": \"a.md\"}, {\"path\": \"b.md\"}]}", "entry 2 has no 'fingerprint' string")]
    [InlineData("{\"version\": 1, \"entries\": [{\"fingerprint\": \"f\"}]}", "entry 1 has no 'path' string")]
    [InlineData("{\"version\": 1, \"entries\": [\"f\"]}", "entry 1 has no 'fingerprint' string")]
    public void A_damaged_file_says_what_is_wrong(string json, string message)
    {
        var ex = Assert.ThrowsAny<FormatException>(() => Parse(json));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_and_line_may_be_left_out()
    {
        var entry = Assert.Single(Parse("{\"version\": 1, \"entries\": [{\"fingerprint\": \"f\", \"path\": \"a.md\"}]}").Entries);
        Assert.Equal(new BaselineEntry("f", "", "a.md", ""), entry);
    }
}
