using PostLint.Documents;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>
/// The re-indenting of values that go on at column 0 (lines 1–370 of the reader) and the text Markdig reads of a post,
/// at their edges: a value at the very end of the text, a doubled quote, an escape before the end, an error whose rest
/// of the text holds no value, an anchor before a key.
/// </summary>
public class YamlReaderReindentATests
{
    private static YamlParseResult Whole(string yaml) => YamlReader.Parse(yaml, 0, yaml.Length);

    private static string Slice(string text, YNode node) => text[node.Range.Start..node.Range.End];

    private static string Show(YNode node) => node switch
    {
        YScalar s => s.Value,
        YSequence q => "[" + string.Join(", ", q.Items.Select(Show)) + "]",
        YMapping m => "{" + string.Join(", ", m.Entries.Select(e => Show(e.Key) + ": " + Show(e.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    public void An_anchor_before_the_first_key_anchors_the_key_and_not_the_mapping()
    {
        // Psych: {"k"=>"v", "b"=>"k"}.
        const string yaml = "&a k: v\nb: *a\n";
        var root = (YMapping)Whole(yaml).Root!;
        Assert.Null(root.Anchor);
        var key = (YScalar)root.Entries[0].Key;
        Assert.Equal(("k", "a", "v"), (Slice(yaml, key), key.Anchor, Slice(yaml, root.Entries[0].Value)));
        Assert.Same(key, root.Get("b"));
    }

    [Theory]
    [InlineData("a: b\n]\n")]
    [InlineData("a: b\n] # c")]
    [InlineData("a: b\n]\n-")]
    [InlineData("a: b\n]\n- ")]
    public void An_error_with_no_value_after_it_stays_as_YamlDotNet_reports_it(string yaml)
    {
        // Psych: "did not find expected key while parsing a block mapping at line 1 column 1".
        var error = Whole(yaml).Error!;
        Assert.Equal(("While parsing a block mapping, did not find expected key", yaml.IndexOf(']', StringComparison.Ordinal)), (error.Message, error.Offset));
    }

    [Theory]
    [InlineData("a: [x,\n\"y\"]\nb: c\n", "[x, y]")]
    [InlineData("a: ['x''',\nz]\nb: c\n", "[x', z]")]
    [InlineData("a: ['it''s\nz']\nb: c\n", "[it's z]")]
    [InlineData("a: ['it''s\n]',\nz]\nb: c\n", "[it's ], z]")]
    [InlineData("a:\n  [x,\nz]\nb: c\n", "[x, z]")]
    [InlineData("a:\n  -\n    [x,\nz]\nb: c\n", "[[x, z]]")]
    [InlineData("? a\n: [x,\nz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x,\n'y''',\n\"z\\\"\"]\nb: c\n", "[x, y', z\"]")]
    public void A_quoted_item_of_a_flow_value_going_on_at_column_0_is_read_as_Psych_reads_it(string yaml, string value)
    {
        var result = Whole(yaml);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        Assert.Equal(value, Show(root.Get("a")!));
        Assert.Equal(yaml[yaml.IndexOfAny(['[', '-'])..yaml.IndexOf("\nb:", StringComparison.Ordinal)], Slice(yaml, root.Get("a")!));
        Assert.Equal("c", Slice(yaml, root.Get("b")!));
    }

    [Fact]
    public void Many_short_lines_of_a_value_after_a_long_key_are_read()
    {
        const string yaml = "aaaaaaaaaaaaaaaa: \"x\nb\nc\nd\ne\nf\ng\"\n";
        var root = (YMapping)Whole(yaml).Root!;
        var value = (YScalar)root.Entries[0].Value;
        Assert.Equal(("x b c d e f g", yaml[18..^1]), (value.Value, Slice(yaml, value)));
    }

    [Theory]
    [InlineData("a: \"x\ny\"", "x y")]
    [InlineData("a: \"x\ry\"", "x y")]
    [InlineData("a: \"x\r\ny\"", "x y")]
    [InlineData("a: \"x\n  \ny\"", "x\ny")]
    [InlineData("a: [x,\ny]", "[x, y]")]
    [InlineData("a: [x, # c\ny]", "[x, y]")]
    [InlineData("a: &n \"x\ny\"", "x y")]
    public void A_value_going_on_at_column_0_may_end_the_text(string yaml, string value)
    {
        var result = Whole(yaml);
        Assert.Null(result.Error);
        var a = ((YMapping)result.Root!).Get("a")!;
        Assert.Equal((value, yaml[yaml.IndexOfAny(['"', '['])..]), (Show(a), Slice(yaml, a)));
    }

    [Theory]
    [InlineData("a: [x,\nz,\n+++w]\nb: c\n", "the YAML could not be read (unclosed bracket or quote?)", 5)] // Astro ends the front matter
    [InlineData("a: [x,\n'y'", "While parsing a flow sequence, did not find expected ',' or ']'", 10)] // Psych: at the '['
    [InlineData("a: [x,\n'y", "While scanning a quoted scalar, found unexpected end of stream", 7)]
    [InlineData("a: [x,\n\"y", "While scanning a quoted scalar, found unexpected end of stream", 7)]
    [InlineData("a: [x,\n\"y\n---\n\"]\nb: c\n", "While scanning a quoted scalar, found unexpected document indicator", 7)]
    [InlineData("a: \"x\ny\\", "While scanning a quoted scalar, found unknown escape character", 3)]
    [InlineData("a: [x,\n\"y\\", "While scanning a quoted scalar, found unknown escape character", 7)]
    public void A_value_going_on_at_column_0_that_a_generator_refuses_stays_an_error(string yaml, string message, int at)
    {
        // Psych: "found unexpected end of stream" / "found unexpected document indicator" / "found unknown escape
        // character while parsing a quoted scalar", at the quote.
        var error = Whole(yaml).Error!;
        Assert.Equal((message, at), (error.Message, error.Offset));
    }

    private static Post HugoPost(string text) => new("content/posts/a.md", "", new SourceText(text), new Site(SiteKind.Hugo, "/tmp", "/tmp", "", null, null));

    [Theory]
    [InlineData("+++\ntitle = \"x\"\n+++\n도\n", "   \n           \n   \n도\n")]
    [InlineData("{\n  \"title\": \"x\"\n}\n도\n", " \n              \n \n도\n")]
    [InlineData("{\"title\": \"x\"} 도\n", "             \n 도\n")]
    [InlineData("{\"title\": \"x\"}", "              ")]
    [InlineData("{\"title\": \"x\"}\n", "              \n")]
    public void Markdig_reads_the_text_with_the_front_matter_blanked_once(string text, string blanked)
    {
        var post = HugoPost(text);
        Assert.Equal(blanked, post.MarkdownText);
        Assert.Same(post.MarkdownText, post.MarkdownText);
    }

    [Fact]
    public void A_body_nested_past_Markdigs_limit_is_an_empty_document_with_its_reason()
    {
        var post = HugoPost(new string('>', 5000) + " a\n");
        Assert.Empty(post.Document);
        Assert.NotNull(post.DocumentError);
    }
}
