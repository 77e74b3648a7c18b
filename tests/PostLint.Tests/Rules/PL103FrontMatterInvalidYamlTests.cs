using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL103FrontMatterInvalidYamlTests
{
    private static string[] Lint(string frontMatter, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n본문\n", path, "front-matter-invalid-yaml")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Unquoted_colon_in_a_title_points_at_the_value_and_shows_it_quoted()
    {
        Assert.Equal(
            ["2:8-2:19 invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping; a value containing ': ' must be in quotes: title: \"도커: 처음 시작하기\""],
            Lint("title: 도커: 처음 시작하기\ndate: 2025-03-01\n"));
    }

    [Fact]
    public void Tab_indentation_points_at_the_tab()
    {
        var finding = Assert.Single(Lint("title: 탭\ntags:\n\t- 도커\n"));
        Assert.StartsWith("4:1-4:2 invalid YAML in front matter: ", finding, StringComparison.Ordinal);
        Assert.EndsWith("; indent with spaces: YAML does not allow tabs in indentation", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_reported_on_the_line_before_is_found_on_its_own_line()
    {
        // YamlDotNet reports this one at the value of the line before the tab.
        var finding = Assert.Single(Lint("title: ok\n\tdate: 2025-03-01\n"));
        Assert.StartsWith("3:1-3:2 ", finding, StringComparison.Ordinal);
        Assert.Contains("that violates indentation", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Unquoted_liquid_tag()
    {
        var finding = Assert.Single(Lint("image: {{ site.url }}/assets/a.png\n"));
        Assert.StartsWith("2:8-2:35 ", finding, StringComparison.Ordinal);
        Assert.EndsWith("; put a value that starts with a Liquid tag in quotes: image: \"{{ site.url }}/assets/a.png\"", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: @홍길동\n", "put a value that starts with '@' in quotes: title: \"@홍길동\"")]
    [InlineData("title: `코드`\n", "put a value that starts with '`' in quotes: title: \"`코드`\"")]
    [InlineData("title: *별표\n", "put a value that starts with '*' in quotes: title: \"*별표\"")]
    [InlineData("aliases:\n  - %\n", "put a value that starts with '%' in quotes: - \"%\"")]
    [InlineData("title: 'it's 도커'\n", "an apostrophe ends a single-quoted value; use double quotes: title: \"it's 도커\"")]
    [InlineData("title: \"따옴표\" 뒤의 글\n", "text follows the closing quote; quote the whole value: title: '\"따옴표\" 뒤의 글'")]
    [InlineData("title: \"닫지 않은 따옴표\ndate: 2025-03-01\n", "the quote is never closed: title: \"닫지 않은 따옴표\"")]
    public void Common_mistakes_get_a_hint_with_the_fixed_value(string yaml, string hint)
    {
        var finding = Assert.Single(Lint(yaml));
        Assert.EndsWith("; " + hint, finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_conflict_markers_are_named()
    {
        var finding = Assert.Single(Lint("<<<<<<< HEAD\ntitle: 첫째\n=======\ntitle: 둘째\n>>>>>>> feature\n"));
        Assert.StartsWith("2:1-2:13 ", finding, StringComparison.Ordinal);
        Assert.EndsWith("; resolve the merge conflict left in the front matter", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_without_a_known_cause_keep_the_parser_message_and_position()
    {
        var finding = Assert.Single(Lint("title: 제목\n  date: 2025-03-01\n"));
        Assert.StartsWith("3:7-", finding, StringComparison.Ordinal);
        Assert.EndsWith("invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_limit_from_the_yaml_reader_is_reported()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 200; i++)
        {
            lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]");
        }

        var finding = Assert.Single(Lint(string.Join('\n', lines) + "\n"));
        Assert.Equal("7:15-7:18 invalid YAML in front matter: aliases expand the YAML to more than 100,000 values ('*a4' copies 45,641); a generator that copies them hangs or runs out of memory: write the values out or use fewer aliases", finding);
    }

    [Fact]
    public void Crlf_positions_stay_exact()
    {
        var d = Assert.Single(RuleHarness.Lint("---\r\ntitle: 도커: 시작\r\n---\r\n", "_posts/2025-03-01-x.md", "front-matter-invalid-yaml"));
        Assert.Equal((2, 8, 2, 14), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
    }

    [Theory]
    [InlineData("title: \"도커: 처음 시작하기\"\ntags: [도커, 쿠버네티스]\n")]
    [InlineData("title: 'it''s fine'\n")]
    [InlineData("title:\t탭 뒤의 값\n")]
    [InlineData("description: \"여러 줄\n  값\"\n")]
    public void Valid_yaml_is_fine(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Fact]
    public void Unclosed_front_matter_is_not_parsed()
    {
        Assert.Empty(RuleHarness.Lint("---\ntitle: a: b\n본문\n", "_posts/2025-03-01-x.md", "front-matter-invalid-yaml"));
    }

    [Theory]
    [InlineData("+++\ntitle = : broken\n+++\n", "2:9-2:17 invalid TOML in front matter: text must be in quotes in TOML: title = \": broken\"")]
    [InlineData("+++\ntitle: \"도커\"\n+++\n", "2:1-2:7 invalid TOML in front matter: TOML writes 'key = value', not 'key: value': title = \"도커\"")]
    [InlineData("+++\ndate = 2024-01-02 10:30\n+++\n", "2:8-2:24 invalid TOML in front matter: a TOML time needs seconds: date = 2024-01-02 10:30:00")]
    public void Toml_errors_are_reported_like_yaml_errors(string text, string expected)
    {
        var d = Assert.Single(RuleHarness.Lint(text, "content/posts/x.md", "front-matter-invalid-yaml"));
        Assert.Equal(expected, $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}");
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL103-front-matter-invalid-yaml", "PL103");
}
