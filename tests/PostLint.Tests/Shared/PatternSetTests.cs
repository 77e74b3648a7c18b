using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Content;
using PostLint.Rules.Shared;

namespace PostLint.Tests.Shared;

/// <summary>
/// PatternSet: a pack's <c>patterns:</c> list, each problem of a user's pack reported at its line, and the
/// <c>requires</c> word prefilter (ignoring case for cased words, ordinal for Hangul and digits).
/// </summary>
public class PatternSetTests
{
    private readonly List<ConfigError> _errors = [];

    private RuleSetup Setup() => new(new PL202PlaceholderText().Descriptor, RuleOptions.Empty, null, null, _errors);

    private string[] Errors() => _errors.Select(e => e.ToString()).ToArray();

    private PatternSet Load(string yaml, RegexOptions extra = RegexOptions.IgnoreCase)
    {
        var setup = Setup();
        return PatternSet.Load(Pack.Parse("p.yml", new SourceText(yaml), setup)!, setup, extra);
    }

    // A built-in pack (its embedded text parsed as a CRLF checkout would be): examples are left to the test suite.
    private PatternSet LoadBuiltIn(string yaml, bool checkBuiltIn = false)
    {
        var setup = Setup();
        var pack = Pack.LoadBuiltIn("placeholders/text.yml", new SourceText(yaml.Replace("\n", "\r\n", StringComparison.Ordinal)), setup)!;
        Assert.True(pack.IsBuiltIn);
        return PatternSet.Load(pack, setup, checkBuiltIn: checkBuiltIn);
    }

    [Fact]
    public void Patterns_keep_their_ids_and_the_first_match_wins()
    {
        var set = Load("patterns:\n  - id: todo\n    regex: '\\bTODO\\b'\n  - regex: '^작성 ?중$'\n  - id: any-x\n    regex: 'x'\n");
        Assert.Empty(Errors());
        Assert.Equal("p.yml", set.Source);
        Assert.Equal(["todo", "^작성 ?중$", "any-x"], set.Patterns.Select(p => p.Id));
        Assert.Equal("todo", set.Match("fix: todo x"));
        Assert.Equal("^작성 ?중$", set.Match("작성중"));
        Assert.Equal("any-x", set.Match("box"));
        Assert.Null(set.Match("완료"));
    }

    [Fact]
    public void Regex_options_are_culture_invariant_plus_what_the_rule_asks()
    {
        var set = Load("patterns:\n  - regex: '^a$'\n", RegexOptions.Multiline);
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.Multiline, set.Patterns[0].Regex.Options);
        Assert.Equal(PatternSet.MatchTimeout, set.Patterns[0].Regex.MatchTimeout);
        Assert.Same(set.Patterns[0].Regex, set.Patterns[0].Regex);
        Assert.Equal("^a$", set.Match("b\na\nc"));
    }

    [Theory]
    [InlineData("kind: x\n", "p.yml:1:1: the pack needs a 'patterns' list")]
    [InlineData("kind: x\npatterns: one\n", "p.yml:1:1: the pack needs a 'patterns' list")]
    public void A_pack_without_a_patterns_list_is_an_error(string yaml, string error)
    {
        var set = Load(yaml);
        Assert.Empty(set.Patterns);
        Assert.Equal([error], Errors());
    }

    [Fact]
    public void Each_pattern_needs_a_regex_and_the_others_still_load()
    {
        var set = Load("patterns:\n  - just-text\n  - id: no-regex\n    matches: [a]\n  - id: ok\n    regex: 'b'\n  - { id: list-regex, regex: [a] }\n");
        Assert.Equal(["ok"], set.Patterns.Select(p => p.Id));
        Assert.Equal(
            [
                "p.yml:2:5: each pattern needs 'regex' (and optionally 'id', 'matches', 'not')",
                "p.yml:3:5: each pattern needs 'regex' (and optionally 'id', 'matches', 'not')",
                "p.yml:7:5: each pattern needs 'regex' (and optionally 'id', 'matches', 'not')",
            ],
            Errors());
    }

    [Fact]
    public void An_unknown_key_in_a_pattern_is_reported_and_the_pattern_kept()
    {
        var set = Load("patterns:\n  - id: a\n    regex: a\n    example: [a]\n");
        Assert.Equal(["a"], set.Patterns.Select(p => p.Id));
        Assert.Equal(["p.yml:4:5: unknown key 'example' in a pattern; expected id, regex, requires, matches, not"], Errors());
    }

    [Fact]
    public void An_invalid_regular_expression_is_reported_at_its_regex_and_left_out()
    {
        var set = Load("patterns:\n  - id: bad\n    regex: 'a(b'\n  - id: good\n    regex: 'c'\n");
        Assert.Equal(["good"], set.Patterns.Select(p => p.Id));
        var error = Assert.Single(Errors());
        Assert.StartsWith("p.yml:3:12: invalid regular expression: ", error, StringComparison.Ordinal);
        Assert.Contains("Not enough )'s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_are_checked_both_ways_at_each_example()
    {
        var set = Load("patterns:\n  - id: ymd\n    regex: '^Y{4}-M{2}-D{2}$'\n    matches: ['YYYY-MM-DD', 'YYYY/MM/DD']\n    not: ['2024-01-01', 'yyyy-mm-dd']\n");
        Assert.Equal(["ymd"], set.Patterns.Select(p => p.Id));
        Assert.Equal(
            [
                "p.yml:4:29: pattern 'ymd' does not match its example 'YYYY/MM/DD'",
                "p.yml:5:25: pattern 'ymd' matches 'yyyy-mm-dd', listed under 'not'",
            ],
            Errors());
    }

    [Fact]
    public void An_example_that_times_out_is_reported_as_such()
    {
        var set = Load("patterns:\n  - id: slow\n    regex: '^(a+)+$'\n    matches: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!']\n");
        Assert.Equal(["slow"], set.Patterns.Select(p => p.Id));
        Assert.Equal(["p.yml:3:12: pattern 'slow' timed out on its example 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'"], Errors());
    }

    [Fact]
    public void A_match_that_times_out_counts_as_no_match_and_the_next_pattern_is_tried()
    {
        var set = Load("patterns:\n  - id: slow\n    regex: '^(a+)+$'\n  - id: bang\n    regex: '!$'\n");
        Assert.Equal("bang", set.Match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"));
        Assert.Null(set.Match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?"));
    }

    [Fact]
    public void Every_example_under_matches_must_hold_a_required_word()
    {
        Load("patterns:\n  - id: todo\n    regex: 'TODO|FIXME'\n    requires: [todo]\n    matches: ['TODO: x', 'FIXME']\n");
        Assert.Equal(["p.yml:5:26: pattern 'todo' example 'FIXME' holds none of its 'requires' words"], Errors());
    }

    [Theory]
    [InlineData("[todo, { a: b }]", "p.yml:4:15: 'requires' of pattern 'p' must be a list of words")]
    [InlineData("[todo, '']", "p.yml:4:15: 'requires' of pattern 'p' must be a list of words")]
    [InlineData("''", "p.yml:4:15: 'requires' of pattern 'p' must be a list of words")]
    [InlineData("{ a: b }", "p.yml:4:15: 'requires' of pattern 'p' must be a list of words")]
    public void Requires_must_be_words(string requires, string error)
    {
        var set = Load($"patterns:\n  - id: p\n    regex: 'x'\n    requires: {requires}\n");
        Assert.Equal([error], Errors());
        Assert.False(set.FiltersByWords); // a pattern without usable words filters nothing
        Assert.True(set.MayMatch(0, "no words here"));
    }

    [Fact]
    public void A_built_in_pack_is_not_checked_when_it_loads_unless_asked()
    {
        const string Yaml = "patterns:\n  - id: a\n    regex: 'a'\n    requires: [a]\n    matches: ['b']\n  - id: c\n    regex: 'c'\n";
        var set = LoadBuiltIn(Yaml);
        Assert.Empty(Errors());
        Assert.Equal(["a", "c"], set.Patterns.Select(p => p.Id));
        Assert.False(set.MayMatch(0, "xyz"));
        Assert.True(set.MayMatch(1, "xyz"));

        var checkedSet = LoadBuiltIn(Yaml, checkBuiltIn: true);
        Assert.Equal(["a", "c"], checkedSet.Patterns.Select(p => p.Id));
        Assert.Equal(
            [
                "rules/placeholders/text.yml:5:15: pattern 'a' does not match its example 'b'",
                "rules/placeholders/text.yml:5:15: pattern 'a' example 'b' holds none of its 'requires' words",
            ],
            Errors());
    }

    [Fact]
    public void Cased_required_words_are_found_ignoring_case()
    {
        var set = Load("patterns:\n  - id: t\n    regex: 'x'\n    requires: [TODO, Lorem]\n");
        Assert.True(set.FiltersByWords);
        Assert.True(set.MayMatch(0, "a todo here"));
        Assert.True(set.MayMatch(0, "LOREM ipsum"));
        Assert.True(set.MayAnyMatch("ToDo"));
        Assert.False(set.MayMatch(0, "to do"));
        Assert.False(set.MayAnyMatch("nothing"));
        Assert.Equal([2, 11], set.Candidates("a todo and lorem"));
    }

    [Fact]
    public void Hangul_required_words_are_found_where_they_start()
    {
        var set = Load("patterns:\n  - id: k\n    regex: 'x'\n    requires: [예시, 작성]\n");
        Assert.True(set.MayMatch(0, "여기에 예시를"));
        Assert.False(set.MayMatch(0, "예전에 작은 글")); // first letters without the words
        Assert.False(set.MayMatch(0, "English only"));
        Assert.False(set.MayAnyMatch("예전에"));
        Assert.Equal([4], set.Candidates("예전에 예시"));
        Assert.Equal([0, 3, 6], set.Candidates("작성 예시 작성"));
        Assert.Equal([], set.Candidates("예전"));
    }

    [Fact]
    public void Ascii_words_without_case_are_found_anywhere_including_the_start()
    {
        var set = Load("patterns:\n  - id: d\n    regex: 'x'\n    requires: ['2024', '0000']\n");
        Assert.True(set.MayMatch(0, "2024-01-01"));
        Assert.True(set.MayAnyMatch("0000-00-00"));
        Assert.False(set.MayMatch(0, "2025-01-01"));
        Assert.Equal([0, 9], set.Candidates("2024 and 0000"));
    }

    [Fact]
    public void A_word_of_upper_case_letters_is_still_found_in_lower_case()
    {
        var set = Load("patterns:\n  - id: t\n    regex: 'x'\n    requires: [TBD]\n");
        Assert.True(set.MayMatch(0, "tbd"));
        Assert.Equal([0], set.Candidates("tbd"));
    }

    [Fact]
    public void A_word_of_letters_and_digits_is_one_candidate_per_place()
    {
        var set = Load("patterns:\n  - id: t\n    regex: 'x'\n    requires: [v1]\n");
        Assert.Equal([0, 3], set.Candidates("V1 v1"));
    }

    [Fact]
    public void Cased_hangul_and_ascii_caseless_words_together()
    {
        var set = Load("patterns:\n  - id: a\n    regex: 'x'\n    requires: [Todo]\n  - id: b\n    regex: 'y'\n    requires: ['1234', 미정]\n");
        Assert.True(set.FiltersByWords);
        Assert.Equal([0, 5, 8], set.Candidates("TODO 미정 1234"));
        Assert.False(set.MayMatch(0, "미정 1234"));
        Assert.True(set.MayMatch(1, "미정"));
        Assert.True(set.MayMatch(1, "x 1234"));
        Assert.False(set.MayMatch(1, "todo"));
        Assert.False(set.MayAnyMatch("nul \0 here"));
    }

    [Fact]
    public void One_pattern_without_requires_turns_the_whole_filter_off()
    {
        var set = Load("patterns:\n  - id: a\n    regex: 'x'\n    requires: [todo]\n  - id: b\n    regex: 'y'\n");
        Assert.False(set.FiltersByWords);
        Assert.Null(set.Candidates("anything"));
        Assert.True(set.MayAnyMatch("anything"));
        Assert.False(set.MayMatch(0, "anything"));
        Assert.True(set.MayMatch(1, "anything"));
    }

    [Fact]
    public void An_empty_patterns_list_filters_nothing()
    {
        var set = Load("patterns: []\n");
        Assert.Empty(Errors());
        Assert.Empty(set.Patterns);
        Assert.False(set.FiltersByWords);
        Assert.Null(set.Candidates("x"));
    }
}
