using PostLint.Rules.Spelling;

namespace PostLint.Tests.Spelling;

public class MisspellingEntryTests
{
    [Theory]
    [InlineData(new string[0], new[] { "확장성" }, "wrong")]
    [InlineData(new[] { "" }, new[] { "확장성" }, "wrong")]
    [InlineData(new[] { "확작성", "" }, new[] { "확장성" }, "wrong")]
    [InlineData(new[] { "확작성" }, new string[0], "expected")]
    [InlineData(new[] { "확작성" }, new[] { "" }, "expected")]
    [InlineData(new[] { "recieve" }, new[] { "receive", "" }, "expected")]
    public void An_entry_needs_non_empty_forms_and_suggestions(string[] wrong, string[] expected, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MisspellingEntry(wrong, expected));
        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith(
            parameter == "wrong" ? "an entry needs at least one non-empty wrong form" : "an entry needs at least one non-empty suggestion",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Forms_and_suggestions_are_kept_in_order_and_written_out_by_to_string()
    {
        var entry = new MisspellingEntry(["확작성", "확장썽"], ["확장성"]);
        Assert.Equal(["확작성", "확장썽"], entry.Wrong);
        Assert.Equal(["확장성"], entry.Expected);
        Assert.Equal("확작성, 확장썽 -> 확장성", entry.ToString());

        var two = new MisspellingEntry(["aache"], ["ache", "cache"]);
        Assert.Equal(2, two.ExpectedCount);
        Assert.False(two.HasFix);
        Assert.Equal("aache -> ache, cache", two.ToString());
    }

    [Fact]
    public void The_origin_is_the_file_and_its_line_or_the_file_alone_when_the_line_is_unknown()
    {
        Assert.Equal("rules/misspellings/ko.yml:12", new MisspellingEntry(["확작성"], ["확장성"]) { OriginFile = "rules/misspellings/ko.yml", OriginLine = 12 }.Origin);
        Assert.Equal("terms.yml", new MisspellingEntry(["Github"], ["GitHub"]) { OriginFile = "terms.yml" }.Origin);
        Assert.Equal("", new MisspellingEntry(["Github"], ["GitHub"]).Origin);
    }

    [Theory]
    [InlineData("recieve", "receive", false, "Recieve", "Receive")]
    [InlineData("recieve", "receive", false, "RECIEVE", "RECEIVE")]
    [InlineData("recieve", "receive", false, "recieve", "receive")]
    // One capital letter is a sentence start, not an acronym: "An", not "AN".
    [InlineData("a", "an", false, "A", "An")]
    // A suggestion with its own capitals keeps them, even after an all-capital match.
    [InlineData("github", "GitHub", false, "GITHUB", "GitHub")]
    // A case-sensitive entry's suggestion is used as written.
    [InlineData("Kubernates", "kubernetes", true, "Kubernates", "kubernetes")]
    public void Suggestions_take_the_matched_word_s_capitals_unless_the_entry_or_the_suggestion_fixes_them(
        string wrong, string expected, bool caseSensitive, string matched, string suggestion)
    {
        var entry = new MisspellingEntry([wrong], [expected]) { CaseSensitive = caseSensitive };
        Assert.Equal([suggestion], entry.SuggestionsFor(matched));
    }
}
