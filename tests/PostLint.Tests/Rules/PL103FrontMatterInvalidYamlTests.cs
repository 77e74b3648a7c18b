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
    [InlineData("title: 'it' 도커\n", "text follows the closing quote; quote the whole value: title: \"'it' 도커\"")]
    [InlineData("title: \"도커\" isn't it\n", "text follows the closing quote; quote the whole value: title: '\"도커\" isn''t it'")]
    [InlineData("title: 'it\ndate: 2025-03-01\n", "the quote is never closed: title: 'it'")]
    [InlineData("title: \"escaped \\\" quote\ndate: 2025-03-01\n", "the quote is never closed: title: \"escaped \\\" quote\"")]
    [InlineData("title: @\"인용\" C:\\temp\n", "put a value that starts with '@' in quotes: title: \"@\\\"인용\\\" C:\\\\temp\"")]
    public void Common_mistakes_get_a_hint_with_the_fixed_value(string yaml, string hint)
    {
        var finding = Assert.Single(Lint(yaml));
        Assert.EndsWith("; " + hint, finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  date: \"2025-03-01\"\n", "3:7-3:21")]
    [InlineData("  date: \"a: b\"\n", "3:7-3:15")]
    [InlineData("  date: 'a: b'\n", "3:7-3:15")]
    [InlineData("  date: 'it''s: b'\n", "3:7-3:19")]
    public void A_well_quoted_value_on_the_error_line_gets_no_hint(string line, string range)
    {
        // The error is the indented line under a plain title; its quoted value (': ' and '' included) is fine YAML.
        Assert.Equal([range + " invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping"], Lint("title: 제목\n" + line));
    }

    [Theory]
    [InlineData("title: \"Redis 캐시\"\nexcerpt: \"Spring Boot에서 락을 활용한\n실무 해결책을 소개합니다.\"\npermalink: /redis/\n")]
    [InlineData("excerpt: \"A value that wraps\nat column 0.\"\ntags:\n  - \"one\ntwo\"\n")]
    [InlineData("a:\n  b: \"첫 줄\n 둘째 줄\"\n  c: 셋\n")]
    [InlineData("excerpt: 'single\nquoted'\n")]
    public void A_quoted_value_going_on_left_of_its_block_is_valid_as_for_Jekyll_Hugo_and_Astro(string yaml)
    {
        // Psych (libyaml), Hugo 0.111 (go-yaml v2) and js-yaml read these; YamlDotNet alone refused the double-quoted ones.
        Assert.Empty(Lint(yaml));
        Assert.Empty(Lint(yaml, "content/posts/글.md"));
    }

    [Theory]
    [InlineData("title: 플로 값\ntags: [블로그, 개발,\n쿠버네티스]\ncategories: {주: 글,\n부: [메모,\n일기]\n}\n")]
    [InlineData("title: Flow values\ntags: [jekyll, hugo,\n\"astro\"]\nauthor: {name: Kim,\nurl: https://example.com/}\nseries:\n- [one,\ntwo]\n")]
    public void A_flow_value_going_on_at_column_0_is_valid_as_for_Jekyll_Hugo_and_Astro(string yaml)
    {
        // Psych (libyaml), Hugo 0.111 (go-yaml v2) and js-yaml read these; YamlDotNet alone refused them.
        Assert.Empty(Lint(yaml));
        Assert.Empty(Lint(yaml, "content/posts/글.md"));
    }

    [Fact]
    public void A_plain_value_going_on_at_column_0_in_a_flow_value_stays_invalid_as_for_Astro()
    {
        // js-yaml: "missed comma between flow collection entries (3:1)"; Psych and Hugo read "블로그 개발".
        Assert.Equal(
            ["3:7-3:11 invalid YAML in front matter: the YAML could not be read (unclosed bracket or quote?)"],
            Lint("title: 제목\ntags: [블로그\n개발]\n"));
    }

    [Fact]
    public void A_quoted_value_left_open_past_a_line_at_column_0_is_reported_at_its_quote()
    {
        Assert.Equal(
            ["2:8-2:12 invalid YAML in front matter: while scanning a quoted scalar, found unexpected end of stream; the quote is never closed: title: \"첫 줄\""],
            Lint("title: \"첫 줄\n둘째 줄\ndate: 2025-03-01\n"));
    }

    [Fact]
    public void A_plain_value_going_on_at_column_0_stays_invalid_as_for_Psych()
    {
        // Psych: "could not find expected ':' while scanning a simple key at line 3 column 1"; Hugo stops likewise.
        Assert.Equal(
            ["4:1-4:3 invalid YAML in front matter: while parsing a block mapping, did not find expected key"],
            Lint("title: 제목\nexcerpt: 첫 줄\n둘째\ndate: 2025-03-01\n"));
    }

    [Theory]
    [InlineData(78, true)]
    [InlineData(79, false)]
    public void The_example_is_left_out_when_the_quoted_value_is_longer_than_80_characters(int length, bool withExample)
    {
        var value = "{{ site.url }}/assets/".PadRight(length, 'a');
        var finding = Assert.Single(Lint("image: " + value + "\n"));
        Assert.EndsWith(
            "; put a value that starts with a Liquid tag in quotes" + (withExample ? ": image: \"" + value + "\"" : ""),
            finding,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_item_hint_covers_the_value_without_trailing_blanks()
    {
        Assert.Equal(
            ["3:5-3:6 invalid YAML in front matter: while scanning for the next token, found character that cannot start any token; put a value that starts with '%' in quotes: - \"%\""],
            Lint("aliases:\n  - % \n"));
    }

    [Fact]
    public void A_sequence_item_without_a_hint_keeps_the_parser_position()
    {
        Assert.Equal(
            ["4:2-4:9 invalid YAML in front matter: while parsing a block mapping, did not find expected key"],
            Lint("tags:\n  - 도커\n - 쿠버네티스\n"));
    }

    [Fact]
    public void A_tab_later_in_the_front_matter_is_not_blamed_for_another_error()
    {
        Assert.Equal(
            ["2:8-2:14 invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping; a value containing ': ' must be in quotes: title: \"도커: 시작\""],
            Lint("title: 도커: 시작\ntags:\n\t- 도커\n"));
    }

    [Theory]
    [InlineData("a:\n  b: 1\n  \tc: 2\n", "4:3-4:4")]
    [InlineData("title: ok\n\t\n\tdate: 2025-03-01\n", "4:1-4:2")]
    [InlineData("description: \"여러 줄\n\t값\"\ntitle: ok\n\tdate: 2025-03-01\n", "5:1-5:2")]
    [InlineData("title: ok\n  \u3000\t이어지는 제목\n\tdate: 2025-03-01\n", "4:1-4:2")]
    public void The_tab_hint_points_at_the_first_tab_indented_line_from_the_error_on(string yaml, string range)
    {
        // Blank lines, a tab inside the quoted value before the error, and a tab after a full-width space (text, not
        // indentation) are passed over; the tab may follow spaces.
        var finding = Assert.Single(Lint(yaml));
        Assert.StartsWith(range + " invalid YAML in front matter: ", finding, StringComparison.Ordinal);
        Assert.EndsWith("; indent with spaces: YAML does not allow tabs in indentation", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_only_line_after_a_plain_value_is_pointed_at_not_the_body_s_tab()
    {
        // YamlDotNet (like Psych: "found a tab character that violates indentation") rejects the tab-only line after
        // `a: 1` and stops at the value; the tab-indented body line after --- is not the cause.
        var d = Assert.Single(RuleHarness.Lint("---\na: 1\n\t\n---\n\t본문\n", "_posts/2025-03-01-x.md", "front-matter-invalid-yaml"));
        Assert.Equal(
            "3:1-3:2 invalid YAML in front matter: while scanning a plain scalar, found a tab character that violates indentation; delete the tab on this blank line: YAML does not allow it after a plain value",
            $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}");
        Assert.Equal(
            "front matter의 YAML 문법 오류입니다: while scanning a plain scalar, found a tab character that violates indentation. 이 빈 줄의 탭을 지우세요. YAML은 따옴표 없는 값 뒤에 탭만 있는 줄을 허용하지 않습니다",
            d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void A_tab_only_line_inside_a_nested_mapping_is_pointed_at()
    {
        // Psych refuses `\t` and ` \t` here (the tab is within the mapping's indentation) and accepts `   \t`.
        Assert.Equal(
            ["4:2-4:3 invalid YAML in front matter: while scanning a plain scalar, found a tab character that violates indentation; delete the tab on this blank line: YAML does not allow it after a plain value"],
            Lint("header:\n  teaser: /assets/a.png\n \t\ntitle: 도커\n"));
        Assert.Empty(Lint("header:\n  teaser: /assets/a.png\n   \t\ntitle: 도커\n"));
    }

    [Fact]
    public void A_tab_indented_line_after_the_tab_only_line_is_the_one_pointed_at()
    {
        Assert.Equal(
            ["4:1-4:2 invalid YAML in front matter: while scanning a plain scalar, found a tab character that violates indentation; indent with spaces: YAML does not allow tabs in indentation"],
            Lint("title: 도커\n\t\n\tdate: 2025-03-01\n"));
    }

    [Fact]
    public void Merge_conflict_markers_are_named()
    {
        var finding = Assert.Single(Lint("<<<<<<< HEAD\ntitle: 첫째\n=======\ntitle: 둘째\n>>>>>>> feature\n"));
        Assert.StartsWith("2:1-2:13 ", finding, StringComparison.Ordinal);
        Assert.EndsWith("; resolve the merge conflict left in the front matter", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: 첫째\ntags: [a]\n>>>>>>> feature\n", "4:1-4:16 invalid YAML in front matter: while scanning a block scalar, did not find expected comment or line break; resolve the merge conflict left in the front matter")]
    [InlineData("title: 도커\n=======  \n", "3:1-3:10 invalid YAML in front matter: while parsing a block mapping, did not find expected key; resolve the merge conflict left in the front matter")]
    [InlineData("title: 도커\n=======\u3000\n", "3:1-3:9 invalid YAML in front matter: while parsing a block mapping, did not find expected key")]
    [InlineData("title: 첫째\n\ntitle2: 도커: 시작\n", "4:9-4:15 invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping; a value containing ': ' must be in quotes: title2: \"도커: 시작\"")]
    public void Conflict_markers_are_found_up_to_the_last_line_and_nothing_else_is_one(string yaml, string expected)
    {
        // Trailing spaces after ======= are allowed; a full-width space (U+3000) or a blank line is not a marker.
        Assert.Equal([expected], Lint(yaml));
    }

    [Fact]
    public void Errors_without_a_known_cause_keep_the_parser_message_and_position()
    {
        Assert.Equal(
            ["3:7-3:19 invalid YAML in front matter: while scanning a plain scalar value, found invalid mapping"],
            Lint("title: 제목\n  date: 2025-03-01\n"));
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
    public void Over_the_alias_count_limit_no_quoting_hint_is_added()
    {
        // The 1,001st `- *a` is an alias written on purpose: "put '*a' in quotes" would change the data.
        var aliases = "a: &a 1\nl:\n" + string.Concat(Enumerable.Repeat("  - *a\n", 1001));
        Assert.Equal(["1004:5-1004:7 invalid YAML in front matter: YAML uses more than 1000 aliases"], Lint(aliases));
    }

    [Fact]
    public void Over_the_depth_limit_no_quoting_hint_is_added()
    {
        // 64 nested block mappings, then one more opened by `v: @x`, a line that would otherwise get a quoting hint.
        var deep = string.Concat(Enumerable.Range(0, 64).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 128) + "v: @x\n";
        Assert.Equal(["66:129-66:134 invalid YAML in front matter: YAML is nested deeper than 64 levels"], Lint(deep));
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
    public void Toml_error_without_a_length_covers_the_rest_of_the_line_in_both_languages()
    {
        var d = Assert.Single(RuleHarness.Lint("+++\ntitle 도커\n+++\n", "content/posts/x.md", "front-matter-invalid-yaml"));
        Assert.Equal(
            "2:7-2:9 invalid TOML in front matter: expected '=' after the key 'title'; TOML writes title = \"value\"",
            $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}");
        Assert.Equal(
            "front matter의 TOML 문법 오류입니다: 키 'title' 뒤에 '='를 쓰세요. TOML은 title = \"value\"처럼 씁니다",
            d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Theory]
    [InlineData("title: *없는별칭\n", "front matter의 YAML 문법 오류입니다: 별칭 '*없는별칭'이 가리키는 앵커가 없습니다. '*' 문자로 시작하는 값은 따옴표로 감싸세요: title: \"*없는별칭\"")]
    [InlineData("title: 제목\n  date: 2025-03-01\n", "front matter의 YAML 문법 오류입니다: while scanning a plain scalar value, found invalid mapping")]
    public void Korean_messages_translate_postlint_s_own_reasons_and_keep_the_parser_s(string yaml, string korean)
    {
        var d = Assert.Single(RuleHarness.Lint("---\n" + yaml + "---\n", "_posts/2025-03-01-x.md", "front-matter-invalid-yaml"));
        Assert.Equal(korean, d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL103-front-matter-invalid-yaml", "PL103");
}
