using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Tests.Documents;

public class FrontMatterTests
{
    [Fact]
    public void Yaml_value_ranges_are_file_offsets()
    {
        const string text = "---\ntitle: \"컨테이너\"\nlast_modified_at: YYYY-MM-DD\n---\nbody";
        var fm = FrontMatter.Find(text)!;
        var value = (YScalar)fm.Root!.Get("last_modified_at")!;
        Assert.Equal("YYYY-MM-DD", text[value.Range.Start..value.Range.End]);
        var source = new SourceText(text);
        Assert.Equal(new LinePosition(3, 19), source.GetPosition(value.Range.Start));
    }

    [Fact]
    public void Crlf_front_matter_keeps_offsets_exact()
    {
        const string text = "---\r\na: 1\r\ndate: TBD\r\n---\r\n";
        var fm = FrontMatter.Find(text)!;
        var value = (YScalar)fm.Root!.Get("date")!;
        Assert.Equal("TBD", text[value.Range.Start..value.Range.End]);
        Assert.True(fm.IsClosed);
        Assert.Equal(text.Length, fm.Block.End);
    }

    [Theory]
    [InlineData("---\na: 1\n...\nbody", true)]
    [InlineData("---   \na: 1\n---\t\nbody", true)]
    [InlineData("---\na: 1\nbody", false)]
    public void Closing_line_is_dashes_or_dots_with_optional_blanks(string text, bool closed)
    {
        Assert.Equal(closed, FrontMatter.Find(text)!.IsClosed);
    }

    [Theory]
    [InlineData("----\na: 1\n----\n")]
    [InlineData("\n---\na: 1\n---\n")]
    [InlineData(" ---\na: 1\n---\n")]
    [InlineData("text\n---\na: 1\n---\n")]
    public void Front_matter_is_only_found_at_byte_zero(string text)
    {
        Assert.Null(FrontMatter.Find(text));
    }

    [Fact]
    public void Toml_front_matter_is_read_into_the_same_tree()
    {
        var fm = FrontMatter.Find("+++\ntitle = 'x'\n+++\nbody")!;
        Assert.Equal(FrontMatterKind.Toml, fm.Kind);
        Assert.Equal("x", ((YScalar)fm.Root!.Get("title")!).Value);
        Assert.Null(fm.Error);
    }

    [Fact]
    public void Invalid_yaml_reports_a_file_offset()
    {
        const string text = "---\ntitle: ok\nbad: [1, 2\n---\n";
        var fm = FrontMatter.Find(text)!;
        Assert.NotNull(fm.Error);
        Assert.InRange(fm.Error!.Offset, fm.Content.Start, fm.Content.End);
    }

    [Fact]
    public void Duplicate_keys_are_kept_in_order_for_rules_to_report()
    {
        var fm = FrontMatter.Find("---\ntitle: a\ntitle: b\n---\n")!;
        Assert.Equal(2, fm.Root!.Entries.Count(e => e.KeyText == "title"));
    }

    [Fact]
    public void Alias_bomb_is_bounded_and_reported()
    {
        var lines = new List<string> { "---", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 200; i++)
        {
            lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]");
        }

        lines.Add("---");
        var fm = FrontMatter.Find(string.Join('\n', lines) + "\n")!;
        Assert.NotNull(fm.Error);
        Assert.Contains("aliases", fm.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nine_aliases_of_nine_are_reported_at_the_alias_that_expands_too_far()
    {
        // 81 aliases (under the alias count limit) that expand to 9^9 values when a generator copies them.
        var lines = new List<string> { "---", "title: 폭탄", "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        var names = "abcdefghi";
        for (var i = 1; i < names.Length; i++)
        {
            var prev = names[i - 1];
            lines.Add($"{names[i]}: &{names[i]} [{string.Join(',', Enumerable.Repeat("*" + prev, 9))}]");
        }

        lines.Add("---");
        var text = string.Join('\n', lines) + "\n";
        var fm = FrontMatter.Find(text)!;
        Assert.NotNull(fm.Error);
        Assert.StartsWith("aliases expand the YAML to more than 100,000 values ('*e' copies 66,430)", fm.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("f: &f [*e", StringComparison.Ordinal) + "f: &f [".Length, fm.Error.Offset);
    }

    [Fact]
    public void Aliases_that_expand_moderately_still_read()
    {
        var fm = FrontMatter.Find("---\nbase: &b {lang: ko, toc: true}\npost: *b\npage: *b\n---\n")!;
        Assert.Null(fm.Error);
        Assert.Equal(19, fm.Root!.ExpandedSize);
    }

    [Fact]
    public void Nested_path_lookup_finds_header_teaser()
    {
        const string text = "---\nheader:\n  teaser: /assets/t.jpg\n---\n";
        var entry = FrontMatter.Find(text)!.Root!.FindPath("header.teaser")!;
        Assert.Equal("/assets/t.jpg", ((YScalar)entry.Value).Value);
    }

    /// <summary>The block <see cref="FrontMatter.Find"/> finds, as <c>KIND block content closed|open KEYS</c>, or <c>none</c>.</summary>
    private static string Found(string text, bool json)
    {
        if (FrontMatter.Find(text, json) is not { } fm)
        {
            return "none";
        }

        var keys = fm.Root is { } root ? string.Join(",", root.Entries.Select(e => e.KeyText)) : fm.Error is not null ? "error" : "-";
        return $"{fm.Syntax} {fm.Block.Start}-{fm.Block.End} {fm.Content.Start}-{fm.Content.End} {(fm.IsClosed ? "closed" : "open")} {keys}";
    }

    [Theory]
    [InlineData("---\na: 1\n---\nbody", false, "YAML 0-13 4-9 closed a")]
    [InlineData("---\na: 1\n---", false, "YAML 0-12 4-9 closed a")]
    [InlineData("---\na: 1\n--- \t\n", false, "YAML 0-15 4-9 closed a")]
    [InlineData("---\na: 1\n...\nb", false, "YAML 0-13 4-9 closed a")]
    [InlineData("---\r\na: 1\r\n---\r\nb", false, "YAML 0-16 5-11 closed a")]
    [InlineData("---\ra: 1\r---\rb", false, "YAML 0-13 4-9 closed a")]
    [InlineData("---\n---\n", false, "YAML 0-8 4-4 closed -")]
    [InlineData("---", false, "YAML 0-3 3-3 open -")]
    [InlineData("---\n", false, "YAML 0-4 4-4 open -")]
    [InlineData("---\na: 1\n", false, "YAML 0-9 4-9 open -")]
    [InlineData("---\na: 1\n----\nb: 2\n", false, "YAML 0-19 4-19 open -")]
    [InlineData("---\na: 1\n+++\n", false, "YAML 0-13 4-13 open -")]
    [InlineData("---\na: [\n---\n", false, "YAML 0-13 4-9 closed error")]
    [InlineData("---x\na: 1\n---\n", false, "none")]
    [InlineData("---\n\na: 1\n\n---\n", false, "YAML 0-15 4-11 closed a")]
    [InlineData("", true, "none")]
    [InlineData("--", false, "none")]
    [InlineData("", false, "none")]
    [InlineData("+++\na = 1\n+++\nbody", false, "TOML 0-14 4-10 closed a")]
    [InlineData("+++\r\na = 1\r\n+++\r\n", false, "TOML 0-17 5-12 closed a")]
    [InlineData("+++\na = 1\n...\n+++\n", false, "TOML 0-18 4-14 closed error")]
    [InlineData("+++\na = 1\n---\n", false, "TOML 0-14 4-14 open -")]
    [InlineData("{\"a\": 1}\nbody", true, "JSON 0-9 0-8 closed a")]
    [InlineData("{\"a\": 1}  \t\r\nbody", true, "JSON 0-13 0-8 closed a")]
    [InlineData("{\"a\": 1}\rbody", true, "JSON 0-9 0-8 closed a")]
    [InlineData("{\"a\": 1} x\nbody", true, "JSON 0-9 0-8 closed a")]
    [InlineData("{\"a\": 1}", true, "JSON 0-8 0-8 closed a")]
    [InlineData("{\"a\": {\"b\": \"}\"}, \"c\": \"\\\"}\"}\nx", true, "JSON 0-30 0-29 closed a,c")]
    [InlineData("{\"a\": 1\n", true, "JSON 0-8 0-8 open -")]
    [InlineData("{\"a\": \"}\n", true, "JSON 0-9 0-9 open -")]
    [InlineData("{\"a\": 1}\n", false, "none")]
    [InlineData(" {\"a\": 1}\n", true, "none")]
    [InlineData("---\na: 1\n---\n", true, "YAML 0-13 4-9 closed a")]
    public void The_block_is_found_where_the_generator_finds_it(string text, bool json, string found) =>
        Assert.Equal(found, Found(text, json));
}

