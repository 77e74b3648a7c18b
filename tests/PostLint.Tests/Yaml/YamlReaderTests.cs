using System.Text;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>
/// The YAML reader on its own: node kinds, exact ranges (file offsets, also when the YAML starts inside a file), and
/// the limits it enforces, each at its edge.
/// </summary>
public class YamlReaderTests
{
    private const string Lead = "앞글 ---\n"; // text before the YAML: ranges stay offsets into the whole text

    private static (YamlParseResult Result, string Text) Parse(string yaml)
    {
        var text = Lead + yaml + "\n--- 뒤";
        return (YamlReader.Parse(text, Lead.Length, Lead.Length + yaml.Length), text);
    }

    private static string Slice(string text, YNode node) => text[node.Range.Start..node.Range.End];

    [Fact]
    public void Scalars_know_their_style_and_their_exact_text()
    {
        var (result, text) = Parse("plain: 확장성\nsingle: '작은따옴표'\ndouble: \"큰따옴표\"\nblock: |\n  줄\n");
        var root = Assert.IsType<YMapping>(result.Root);
        var plain = (YScalar)root.Get("plain")!;
        var single = (YScalar)root.Get("single")!;
        var dbl = (YScalar)root.Get("double")!;
        var block = (YScalar)root.Get("block")!;
        Assert.Equal((true, false), (plain.IsPlain, plain.IsQuoted));
        Assert.Equal((false, true), (single.IsPlain, single.IsQuoted));
        Assert.Equal((false, true), (dbl.IsPlain, dbl.IsQuoted));
        Assert.Equal((false, false), (block.IsPlain, block.IsQuoted));
        Assert.Equal(("확장성", "'작은따옴표'", "\"큰따옴표\""), (Slice(text, plain), Slice(text, single), Slice(text, dbl)));
        Assert.Equal("plain", Slice(text, root.Entries[0].Key));
        Assert.Null(plain.Anchor);
    }

    [Theory]
    [InlineData("a: &name 값\nb: *name\n")]
    [InlineData("a: &name  \t값\nb: *name\n")]
    public void An_anchored_scalar_is_the_value_after_its_anchor(string yaml)
    {
        var (result, text) = Parse(yaml);
        var root = (YMapping)result.Root!;
        var a = (YScalar)root.Get("a")!;
        Assert.Equal(("값", "name"), (Slice(text, a), a.Anchor));
        Assert.Same(a, root.Get("b"));
    }

    [Fact]
    public void Anchored_collections_start_at_their_first_item_and_an_alias_is_the_same_node()
    {
        var (result, text) = Parse("base: &base\n  layout: post\n  tags: &tags [a, b]\npost:\n  <<: *base\n  more: *tags\n");
        var root = (YMapping)result.Root!;
        var bas = (YMapping)root.Get("base")!;
        Assert.Equal("base", bas.Anchor);
        Assert.Equal("layout: post\n  tags: &tags [a, b]", Slice(text, bas));
        var tags = (YSequence)bas.Get("tags")!;
        Assert.Equal(("[a, b]", "tags"), (Slice(text, tags), tags.Anchor));
        Assert.Same(tags, ((YMapping)root.Get("post")!).Get("more"));
    }

    [Theory]
    [InlineData("k: [a, [b, c], d]  # 주석\n", "[a, [b, c], d]")]
    [InlineData("k: {x: 1, y: {z: 2}}\n", "{x: 1, y: {z: 2}}")]
    [InlineData("k: []\n", "[]")]
    [InlineData("k: {}\n", "{}")]
    [InlineData("k:\n  - 하나\n  - 둘\n\nnext: 1\n", "- 하나\n  - 둘")]
    [InlineData("k:\n  x: 1\n  y: 끝\n\n# 주석\nnext: 1\n", "x: 1\n  y: 끝")]
    public void A_collection_ends_after_its_bracket_or_its_last_item(string yaml, string expected)
    {
        var (result, text) = Parse(yaml);
        var k = ((YMapping)result.Root!).Get("k")!;
        Assert.Equal(expected, Slice(text, k));
    }

    [Fact]
    public void The_root_is_the_first_node_and_block_mappings_end_at_their_last_value()
    {
        var (result, text) = Parse("a: 1\nb:\n  c: 2\n");
        var root = (YMapping)result.Root!;
        Assert.Equal("a: 1\nb:\n  c: 2", Slice(text, root));
        Assert.Equal(["a", "b"], root.Entries.Select(e => ((YScalar)e.Key).Value));
    }

    private static string Nested(int depth) => new StringBuilder().Insert(0, "[", depth).Append(']', depth).ToString();

    [Fact]
    public void Nesting_is_accepted_to_the_limit_and_refused_one_level_deeper_where_it_starts()
    {
        Assert.Null(Parse("k: " + Nested(YamlReader.MaxDepth - 1)).Result.Error);
        var (result, _) = Parse("k: " + Nested(YamlReader.MaxDepth));
        var error = result.Error!;
        Assert.Equal(Lead.Length + 3 + YamlReader.MaxDepth - 1, error.Offset);
        Assert.Equal("YAML is nested deeper than 64 levels", error.Message);
        Assert.Equal("YAML이 64단계보다 깊게 중첩되어 있습니다", error.MessageIn(Language.Korean));
        Assert.True(error.IsLimit);

        var mappings = string.Concat(Enumerable.Range(0, YamlReader.MaxDepth).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 2 * YamlReader.MaxDepth) + "v: 1\n";
        var deep = Parse(mappings).Result.Error!;
        Assert.Equal("YAML is nested deeper than 64 levels", deep.Message);
        Assert.Equal(Lead.Length + mappings.IndexOf("v: 1", StringComparison.Ordinal), deep.Offset);
        Assert.True(deep.IsLimit);
    }

    private static string Aliases(int count) => "a: &a 1\nl: [" + string.Join(", ", Enumerable.Repeat("*a", count)) + "]\n";

    [Fact]
    public void Aliases_are_accepted_to_the_limit_and_refused_at_the_one_after()
    {
        Assert.Null(Parse(Aliases(YamlReader.MaxAliases)).Result.Error);
        var yaml = Aliases(YamlReader.MaxAliases + 1);
        var error = Parse(yaml).Result.Error!;
        Assert.Equal("YAML uses more than 1000 aliases", error.Message);
        Assert.Equal(Lead.Length + yaml.LastIndexOf("*a", StringComparison.Ordinal), error.Offset);
        Assert.True(error.IsLimit);
    }

    [Fact]
    public void An_unknown_alias_is_named_where_it_is()
    {
        const string yaml = "a: 1\nb: *missing\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal(Lead.Length + yaml.IndexOf('*'), error.Offset);
        Assert.Equal("alias '*missing' refers to no anchor", error.Message);
        Assert.False(error.IsLimit);
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_the_alias_that_passes_the_limit_and_covers_the_alias()
    {
        // Each level is a list of ten aliases of the one before: 11, 111, 1,111, 11,111 nodes, about 12,350 in all
        // (keys and the root counted). The fifth level adds 11,111 per alias, so its eighth passes 100,000.
        var sb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 4; i++)
        {
            sb.Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        }

        var yaml = sb.ToString();
        var (result, text) = Parse(yaml);
        var error = result.Error!;
        Assert.True(error.IsLimit);
        Assert.Equal("*l3", text.Substring(error.Offset, error.Length));
        var eighth = yaml.IndexOf("l4:", StringComparison.Ordinal) + "l4: &l4 [".Length + (7 * "*l3, ".Length);
        Assert.Equal(Lead.Length + eighth, error.Offset);
        Assert.StartsWith("aliases expand the YAML to more than 100,000 values ('*l3' copies 11,111);", error.Message, StringComparison.Ordinal);

        // Without the last level the document expands to about 12,350 nodes: accepted.
        Assert.Null(Parse(yaml[..yaml.IndexOf("l4:", StringComparison.Ordinal)]).Result.Error);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_counts_once()
    {
        var yaml = "a: &a [" + string.Join(", ", Enumerable.Repeat("*a", 500)) + "]\n";
        var result = Parse(yaml).Result;
        Assert.Null(result.Error);
        var a = (YSequence)((YMapping)result.Root!).Get("a")!;
        Assert.Equal(500, a.Items.Count);
        Assert.All(a.Items, i => Assert.Same(a, i));
    }

    // The root mapping (1), four keys (4), s (1 + its items), l (1 + 999), f (1 + 992) and a (1 + 98 aliases of l,
    // 1,000 each): 100,000 values with s empty.
    private static string ExpandsTo100000Plus(string s) =>
        "s: &s " + s + "\nl: &l [" + string.Join(", ", Enumerable.Repeat("x", 999)) + "]\nf: [" + string.Join(", ", Enumerable.Repeat("명", 992))
        + "]\na: [" + string.Join(", ", Enumerable.Repeat("*l", 98)) + "]\n";

    [Theory]
    [InlineData("[*s]")] // an alias inside its own anchor counts as one value
    [InlineData("[x]")]
    public void A_document_that_expands_to_the_limit_is_accepted_and_one_value_more_is_refused(string oneValue)
    {
        Assert.Null(Parse(ExpandsTo100000Plus("[]")).Result.Error);
        var yaml = ExpandsTo100000Plus(oneValue);
        var error = Parse(yaml).Result.Error!;
        Assert.True(error.IsLimit);
        Assert.Equal((Lead.Length + yaml.LastIndexOf("*l", StringComparison.Ordinal), 2), (error.Offset, error.Length));
        Assert.StartsWith("aliases expand the YAML to more than 100,000 values ('*l' copies 1,000);", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_at_the_very_end_of_the_text_is_an_empty_value_there()
    {
        const string yaml = "title: 글\nauthor: &작가"; // the last line of a config without a line break
        var (result, _) = Parse(yaml);
        Assert.Null(result.Error);
        var author = (YScalar)((YMapping)result.Root!).Get("author")!;
        Assert.Equal((true, "작가"), (author.IsNull, author.Anchor));
        Assert.Equal((Lead.Length + yaml.Length, Lead.Length + yaml.Length), (author.Range.Start, author.Range.End));
    }

    [Fact]
    public void An_explicitly_tagged_empty_list_or_mapping_is_read_empty()
    {
        var (result, _) = Parse("tags: !!seq []\nmeta: !!map {}\ntitle: 태그\n");
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        Assert.Empty(Assert.IsType<YSequence>(root.Get("tags")).Items);
        Assert.Empty(Assert.IsType<YMapping>(root.Get("meta")).Entries);
        Assert.Equal("태그", ((YScalar)root.Get("title")!).Value);
    }

    [Fact]
    public void Syntax_errors_keep_the_parser_message_without_its_position_prefix()
    {
        const string yaml = "title: a: b\ndate: 2024-01-01\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal("While scanning a plain scalar value, found invalid mapping", error.Message);
        Assert.Equal(Lead.Length + yaml.IndexOf(": b", StringComparison.Ordinal), error.Offset);
        Assert.Null(error.Text);
    }

    [Fact]
    public void A_flow_list_left_open_is_unreadable_at_the_last_event_read()
    {
        const string yaml = "title: [a, b\ndate: 2024-01-01\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal("the YAML could not be read (unclosed bracket or quote?)", error.Message);
        Assert.Equal("YAML을 읽을 수 없습니다(닫히지 않은 괄호나 따옴표가 있는지 확인하세요)", error.MessageIn(Language.Korean));
        Assert.InRange(error.Offset, Lead.Length + yaml.IndexOf('[', StringComparison.Ordinal), Lead.Length + yaml.Length);
    }

    [Fact]
    public void The_root_is_the_first_document_of_several()
    {
        var (result, text) = Parse("a: 1\n---\nb: 2\n");
        var root = (YMapping)result.Root!;
        Assert.Equal(("a", "a: 1"), (((YScalar)root.Entries[0].Key).Value, Slice(text, root)));
    }

    [Theory]
    [InlineData("[a, b]", "[a, b]")]
    [InlineData("{a: 1}  # 주석", "{a: 1}")]
    public void A_flow_collection_at_the_start_is_the_root_up_to_its_bracket(string yaml, string expected)
    {
        var (result, text) = Parse(yaml);
        Assert.Equal(expected, Slice(text, result.Root!));
    }

    [Fact]
    public void An_anchored_empty_value_is_empty_where_the_anchor_ends()
    {
        const string yaml = "a: &x\nb: *x\n";
        var (result, text) = Parse(yaml);
        var a = (YScalar)((YMapping)result.Root!).Get("a")!;
        Assert.Equal((true, "x"), (a.IsNull, a.Anchor));
        Assert.Equal(Lead.Length + yaml.IndexOf('\n', StringComparison.Ordinal), a.Range.Start);
    }

    // Psych (libyaml), go-yaml v2 and js-yaml put no indentation rule on a quoted scalar's continuation lines; the
    // values below are what Ruby 3.1's YAML.safe_load (Psych 4, libyaml 0.2.5) reads, Hugo 0.111 and js-yaml 4 agree.
    [Fact]
    public void A_double_quoted_value_going_on_at_column_0_is_read_as_Psych_reads_it_with_exact_ranges()
    {
        const string yaml = "title: \"Redis 캐시\"\nexcerpt: \"Spring Boot에서 락을 활용한\n실무 해결책을 소개합니다.\"\npermalink: /redis/\n";
        var (result, text) = Parse(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var excerpt = (YScalar)root.Get("excerpt")!;
        Assert.Equal("Spring Boot에서 락을 활용한 실무 해결책을 소개합니다.", excerpt.Value);
        Assert.Equal((false, true), (excerpt.IsPlain, excerpt.IsQuoted));
        Assert.Equal("\"Spring Boot에서 락을 활용한\n실무 해결책을 소개합니다.\"", Slice(text, excerpt));
        Assert.Equal(("permalink", "/redis/"), (Slice(text, root.Entries[2].Key), Slice(text, root.Entries[2].Value)));
        Assert.Equal(yaml.TrimEnd('\n'), Slice(text, root));
    }

    [Theory]
    [InlineData("a: \"x\ny\"\nb: c\n", "x y")]
    [InlineData("a: \"x\r\ny\"\r\nb: c\r\n", "x y")]
    [InlineData("a: \"x\\\ny\"\nb: c\n", "xy")]
    [InlineData("a: \"x\n\n  y\"\nb: c\n", "x\ny")]
    [InlineData("a: \"x\n\ty\"\nb: c\n", "x y")]
    [InlineData("a: \"x\n\"\nb: c\n", "x ")]
    [InlineData("a: \"x \\\"q\\\"\n\\\"end\\\" #c\"\nb: c\n", "x \"q\" \"end\" #c")]
    [InlineData("a: \"one\ntwo\nthree\"\nb: c\n", "one two three")]
    [InlineData("a: 'x\ny'\nb: c\n", "x y")]
    public void A_quoted_value_read_on_at_column_0_has_the_value_Psych_reads(string yaml, string value)
    {
        var (result, text) = Parse(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var a = (YScalar)root.Get("a")!;
        Assert.Equal(value, a.Value);
        Assert.Equal(yaml[3..yaml.IndexOf("\nb:", StringComparison.Ordinal)].TrimEnd('\r'), Slice(text, a));
        Assert.Equal("c", Slice(text, root.Get("b")!));
    }

    [Theory]
    [InlineData("a:\n  b: \"첫 줄\n둘째 줄\"\n  c: 셋\nd: 넷\n", "b", "\"첫 줄\n둘째 줄\"", "첫 줄 둘째 줄")]
    [InlineData("a:\n  b: \"첫 줄\n 둘째 줄\"\n  c: 셋\nd: 넷\n", "b", "\"첫 줄\n 둘째 줄\"", "첫 줄 둘째 줄")]
    [InlineData("a:\n  - \"first\nsecond\"\n  - c\nd: 넷\n", "0", "\"first\nsecond\"", "first second")]
    [InlineData("a: [\"x\ny\", \"z\nw\"]\nd: 넷\n", "1", "\"z\nw\"", "z w")]
    public void A_nested_quoted_value_may_go_on_left_of_its_block(string yaml, string at, string slice, string value)
    {
        var (result, text) = Parse(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var scalar = (YScalar)(root.Get("a") switch
        {
            YMapping m => m.Get(at)!,
            YSequence q => q.Items[int.Parse(at, System.Globalization.CultureInfo.InvariantCulture)],
            _ => throw new InvalidOperationException(),
        });
        Assert.Equal((slice, value), (Slice(text, scalar), scalar.Value));
        var collection = yaml[2..yaml.IndexOf("\nd:", StringComparison.Ordinal)].TrimStart(' ', '\n');
        Assert.Equal(collection, Slice(text, root.Get("a")!));
        Assert.Equal("넷", Slice(text, root.Get("d")!));
    }

    [Theory]
    [InlineData("a: \"x\n---\n\"\n", "While scanning a quoted scalar, found unexpected document indicator")]
    [InlineData("a: \"x\n...\n\"\n", "While scanning a quoted scalar, found unexpected document indicator")]
    [InlineData("a: \"x\ny\nk: v\n", "While scanning a quoted scalar, found unexpected end of stream")]
    public void A_document_marker_or_no_closing_quote_is_still_an_error_at_the_quote(string yaml, string message)
    {
        // Psych: "found unexpected document indicator" / "found unexpected end of stream while scanning a quoted scalar at line 1 column 4".
        var error = Parse(yaml).Result.Error!;
        Assert.Equal((message, Lead.Length + 3), (error.Message, error.Offset));
    }

    [Theory]
    [InlineData("excerpt: one\ntwo\nk: v\n", "While parsing a block mapping, did not find expected key", "two")]
    [InlineData("a:\n  b: one\n two\nk: v\n", "While parsing a block mapping, did not find expected key", "two")]
    public void A_plain_value_going_on_left_of_its_block_stays_an_error_as_in_Psych(string yaml, string message, string at)
    {
        // Psych: "could not find expected ':' while scanning a simple key at line 3 column 1" and "did not find
        // expected key while parsing a block mapping"; the line that is not indented is where both stop.
        var error = Parse(yaml).Result.Error!;
        Assert.Equal((message, Lead.Length + yaml.IndexOf(at, StringComparison.Ordinal)), (error.Message, error.Offset));
    }

    [Fact]
    public void Errors_after_reindented_values_are_at_their_place_in_the_original_text()
    {
        const string yaml = "a: \"x\ny\"\nb: \"z\nw\"\nc: *없음\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal(Lead.Length + yaml.IndexOf('*', StringComparison.Ordinal), error.Offset);
        Assert.Equal("alias '*없음' refers to no anchor", error.Message);
    }

    [Fact]
    public void Values_going_on_at_column_0_are_read_to_the_limit_and_the_one_after_keeps_YamlDotNets_error()
    {
        static string Values(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"k{i}: \"값\n{i}\"\n"));
        var (result, text) = Parse(Values(YamlReader.MaxReindentedScalars));
        var root = (YMapping)result.Root!;
        Assert.Equal((YamlReader.MaxReindentedScalars, "값 99", "\"값\n99\""), (root.Entries.Count, ((YScalar)root.Entries[^1].Value).Value, Slice(text, root.Entries[^1].Value)));
        var yaml = Values(YamlReader.MaxReindentedScalars + 1);
        var error = Parse(yaml).Result.Error!;
        Assert.Equal("While scanning a multi-line double-quoted scalar, found wrong indentation", error.Message);
        Assert.Equal(Lead.Length + yaml.IndexOf("k100: ", StringComparison.Ordinal) + 6, error.Offset);
    }

    // A flow collection's lines may start at column 0 for Psych (Jekyll), go-yaml v2 (Hugo 0.111) and js-yaml 4
    // (Astro); the values below are what all three read (Ruby 3.1's YAML.safe_load, Hugo printing .Params, js-yaml.load).
    private static string Show(YNode node) => node switch
    {
        YScalar s => s.Value,
        YSequence q => "[" + string.Join(", ", q.Items.Select(Show)) + "]",
        YMapping m => "{" + string.Join(", ", m.Entries.Select(e => Show(e.Key) + ": " + Show(e.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    [Theory]
    [InlineData("a: [x,\nz]\nb: c\n", "[x, z]")]
    [InlineData("a: {k: v,\nm: w}\nb: c\n", "{k: v, m: w}")]
    [InlineData("a: [x, [z,\nw]]\nb: c\n", "[x, [z, w]]")]
    [InlineData("a: {k: [z,\nw], m: {p: q,\nr: s}}\nb: c\n", "{k: [z, w], m: {p: q, r: s}}")]
    [InlineData("a: [\"x\ny\",\nz, 'p\nq',\n\"r\"]\nb: c\n", "[x y, z, p q, r]")]
    [InlineData("a: [x,\nz\n]\nb: c\n", "[x, z]")]
    [InlineData("a: {k: v\n}\nb: c\n", "{k: v}")]
    [InlineData("a: [\nx,\nz\n]\nb: c\n", "[x, z]")]
    [InlineData("a: [x, # 주석\n# 주석\n\nz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x,\r\nz]\r\nb: c\r\n", "[x, z]")]
    [InlineData("a: [x,\n\tz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x\n, z]\nb: c\n", "[x, z]")]
    [InlineData("a: [x:\nz]\nb: c\n", "[{x: z}]")]
    [InlineData("a: [https://a.example/x,\nhttps://b.example/#y]\nb: c\n", "[https://a.example/x, https://b.example/#y]")]
    [InlineData("a: [x,\n...z, -w, \"]\",\n'it''s ]']\nb: c\n", "[x, ...z, -w, ], it's ]]")]
    [InlineData("a: [x, \"a ] b\",\n'c } d',\nz]\nb: c\n", "[x, a ] b, c } d, z]")]
    [InlineData("a: &n [x,\nz]\nb: c\n", "[x, z]")]
    [InlineData("a:\n- [x,\nz]\nb: c\n", "[[x, z]]")]
    [InlineData("a:\n  - [x,\nz]\n  - {k: v,\nm: w}\nb: c\n", "[[x, z], {k: v, m: w}]")]
    [InlineData("a:\n  - [x, z] # 주석\n  - {k: v,\nm: w}\nb: c\n", "[[x, z], {k: v, m: w}]")]
    public void A_flow_value_going_on_at_column_0_is_read_as_Jekyll_Hugo_and_Astro_read_it(string yaml, string value)
    {
        var (result, text) = Parse(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var a = root.Get("a")!;
        Assert.Equal(value, Show(a));
        Assert.Equal(yaml[3..yaml.IndexOf("\nb:", StringComparison.Ordinal)].TrimEnd('\r').TrimStart('&', 'n', ' ', '\n'), Slice(text, a));
        Assert.Equal("c", Slice(text, root.Get("b")!));
    }

    [Fact]
    public void A_flow_value_going_on_at_column_0_has_exact_ranges()
    {
        const string yaml = "title: 글\ntags: [블로그,\n개발, \"하나\n둘\"]\ncategories: {주: 글,\n부: [메모,\n일기]}\nlayout: post\n";
        var (result, text) = Parse(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var tags = (YSequence)root.Get("tags")!;
        Assert.Equal(["블로그", "개발", "\"하나\n둘\""], tags.Items.Select(item => Slice(text, item)));
        Assert.Equal("하나 둘", ((YScalar)tags.Items[2]).Value);
        Assert.Equal("[블로그,\n개발, \"하나\n둘\"]", Slice(text, tags));
        var categories = (YMapping)root.Get("categories")!;
        Assert.Equal(["주", "글", "부", "[메모,\n일기]"], categories.Entries.SelectMany(e => new[] { Slice(text, e.Key), Slice(text, e.Value) }));
        Assert.Equal(["메모", "일기"], ((YSequence)categories.Get("부")!).Items.Select(item => Slice(text, item)));
        Assert.Equal("{주: 글,\n부: [메모,\n일기]}", Slice(text, categories));
        Assert.Equal(("layout", "post"), (Slice(text, root.Entries[3].Key), Slice(text, root.Entries[3].Value)));
        Assert.Equal(yaml.TrimEnd('\n'), Slice(text, root));
    }

    [Theory]
    [InlineData("a: [x\nz]\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", "[")] // js-yaml: missed comma
    [InlineData("a: {k: v\nw}\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", ": v")] // js-yaml
    [InlineData("a:\n  b: [x\n  z]\nc: d\n", "the YAML could not be read (unclosed bracket or quote?)", "[")] // js-yaml
    [InlineData("a: [x,\nz,\nw\nv]\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", ",\nw")] // js-yaml
    [InlineData("a: [x,\n---\n]\nb: c\n", "While parsing a node, did not find expected node content", "---")] // every reader
    [InlineData("a: [x,\n---z]\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", ",")] // Hugo, Astro
    [InlineData("a: [x,\n+++z]\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", ",")] // Astro
    [InlineData("a: [x,\nz\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", ",")] // every reader
    public void A_flow_value_going_on_at_column_0_that_a_generator_refuses_stays_an_error(string yaml, string message, string at)
    {
        var error = Parse(yaml).Result.Error!;
        Assert.Equal((message, Lead.Length + yaml.IndexOf(at, StringComparison.Ordinal)), (error.Message, error.Offset));
    }

    [Fact]
    public void A_quoted_value_going_on_at_a_line_that_ends_Hugos_or_Astros_front_matter_stays_an_error()
    {
        // Psych and js-yaml read "x ---y"; Hugo's page parser and Astro end the front matter at the line (Astro also at +++).
        Assert.Equal(
            [("While scanning a multi-line double-quoted scalar, found wrong indentation", Lead.Length + 3)],
            new[] { "a: \"x\n---y\"\nb: c\n", "a: \"x\n+++y\"\nb: c\n" }.Select(yaml => Parse(yaml).Result.Error!).Select(e => (e.Message, e.Offset)).Distinct());
    }

    [Fact]
    public void Errors_after_reindented_flow_values_are_at_their_place_in_the_original_text()
    {
        const string yaml = "a: [x,\nz]\nb: {k: v,\nm: w}\nc: *없음\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal(("alias '*없음' refers to no anchor", Lead.Length + yaml.IndexOf('*', StringComparison.Ordinal)), (error.Message, error.Offset));
    }

    [Fact]
    public void Flow_values_going_on_at_column_0_are_read_to_the_limit_and_the_one_after_stays_an_error()
    {
        static string Values(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"k{i}: [값,\n{i}]\n"));
        var (result, text) = Parse(Values(YamlReader.MaxReindentedScalars));
        var root = (YMapping)result.Root!;
        Assert.Equal((YamlReader.MaxReindentedScalars, "[값, 99]", "[값,\n99]"), (root.Entries.Count, Show(root.Entries[^1].Value), Slice(text, root.Entries[^1].Value)));
        var yaml = Values(YamlReader.MaxReindentedScalars + 1);
        var error = Parse(yaml).Result.Error!;
        Assert.Equal(("the YAML could not be read (unclosed bracket or quote?)", Lead.Length + yaml.IndexOf("k100: ", StringComparison.Ordinal) + 8), (error.Message, error.Offset));
    }
}
