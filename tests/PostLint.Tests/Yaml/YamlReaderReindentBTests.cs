using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>
/// The flow re-indent scan, its line walk, the document-marker test and the offset map of the YAML reader: values,
/// ranges and errors of flow collections and quoted scalars going on at column 0, each also after 99 other such values
/// (the reader re-indents at most <see cref="YamlReader.MaxReindentedScalars"/> times a document, so a value that would
/// need a second pass is an error there), and at the very end of the text.
/// </summary>
public class YamlReaderReindentBTests
{
    private const string Lead = "앞글 ---\n";

    private static (YamlParseResult Result, string Text) Parse(string yaml, string after = "\n--- 뒤")
    {
        var text = Lead + yaml + after;
        return (YamlReader.Parse(text, Lead.Length, Lead.Length + yaml.Length), text);
    }

    private static string Slice(string text, YNode node) => text[node.Range.Start..node.Range.End];

    private static string Show(YNode node) => node switch
    {
        YScalar s => s.Value,
        YSequence q => "[" + string.Join(", ", q.Items.Select(Show)) + "]",
        YMapping m => "{" + string.Join(", ", m.Entries.Select(e => Show(e.Key) + ": " + Show(e.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    // 99 flow values going on at column 0, each re-indented once.
    private static string Fillers(string lineBreak) =>
        string.Concat(Enumerable.Range(0, YamlReader.MaxReindentedScalars - 1).Select(i => $"k{i}: [값,{lineBreak}{i}]{lineBreak}"));

    // Each read by Ruby 3.1's YAML.safe_load (Psych 4) as shown.
    [Theory]
    [InlineData("a: {k: \nv}\nb: c\n", "{k: v}")]
    [InlineData("a: {k:\t\nv}\nb: c\n", "{k: v}")]
    [InlineData("a: [x# ,\nw]\nb: c\n", "[x#, w]")]
    [InlineData("a: [x\r\n, z]\r\nb: c\r\n", "[x, z]")]
    [InlineData("a: [x,\r\nz]\r\nb: c\r\n", "[x, z]")]
    [InlineData("a: [x,\r\n\r\nz]\r\nb: c\r\n", "[x, z]")]
    [InlineData("a: [x,\rz]\rb: c\r", "[x, z]")]
    [InlineData("a: [x,\n  \nz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x\n  \n, z]\nb: c\n", "[x, z]")]
    [InlineData("a: [x\n  , z]\nb: c\n", "[x, z]")]
    [InlineData("a: [x #c\n, z]\nb: c\n", "[x, z]")]
    [InlineData("a: [x,\n#c\nz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x,\n# c\nz]\nb: c\n", "[x, z]")]
    [InlineData("a: [x\n# c\n, z]\nb: c\n", "[x, z]")]
    [InlineData("a: [x\n]\nb: c\n", "[x]")]
    [InlineData("a: {k: v\n, m: w}\nb: c\n", "{k: v, m: w}")]
    [InlineData("a: ['it''s\nz', w]\nb: c\n", "[it's z, w]")]
    [InlineData("a: [\"q\\\"\nz\", w]\nb: c\n", "[q\" z, w]")]
    [InlineData("a: [[x],\nz]\nb: c\n", "[[x], z]")]
    [InlineData("a: [[x]\n, z]\nb: c\n", "[[x], z]")]
    [InlineData("a: [x,\n..\n]\nb: c\n", "[x, ..]")]
    [InlineData("a: [x,\n...z]\nb: c\n", "[x, ...z]")]
    [InlineData("a: [x,\n-- z]\nb: c\n", "[x, -- z]")]
    [InlineData("a: [x,\n++ z]\nb: c\n", "[x, ++ z]")]
    [InlineData("a: [x,\n\"y\nz\"]\nb: c\n", "[x, y z]")]
    public void A_flow_value_going_on_at_column_0_is_read_also_at_the_limit(string yaml, string value)
    {
        var lineBreak = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : yaml.Contains('\r', StringComparison.Ordinal) ? "\r" : "\n";
        foreach (var doc in new[] { yaml, Fillers(lineBreak) + yaml })
        {
            var (result, text) = Parse(doc);
            Assert.Null(result.Error);
            var root = (YMapping)result.Root!;
            var a = root.Get("a")!;
            Assert.Equal(value, Show(a));
            Assert.Equal(yaml[3..yaml.IndexOf("b: c", StringComparison.Ordinal)].TrimEnd('\r', '\n'), Slice(text, a));
            Assert.Equal("c", Slice(text, root.Get("b")!));
        }
    }

    // Nested, a line starting with a comma or a bracket at column 0 is left of the block too; each read by Psych as shown.
    [Theory]
    [InlineData("a:\n  b: [x\n,z]\nc: d\n", "[x, z]")]
    [InlineData("a:\n  b: [x\r\n,z]\r\nc: d\r\n", "[x, z]")]
    [InlineData("a:\n  b: [x\r,z]\rc: d\r", "[x, z]")]
    [InlineData("a:\n  b: [x\n  ,z]\nc: d\n", "[x, z]")]
    [InlineData("a:\n  b: [x\n\n,z]\nc: d\n", "[x, z]")]
    [InlineData("a:\n  b: {k: v\n,m: w}\nc: d\n", "{k: v, m: w}")]
    [InlineData("a:\n  b: [[x]\n,z]\nc: d\n", "[[x], z]")]
    [InlineData("a:\n  b: [x # c\n,z]\nc: d\n", "[x, z]")]
    [InlineData("a:\n  b: [x,\n\"y\"\n,z]\nc: d\n", "[x, y, z]")]
    public void A_nested_flow_value_going_on_at_column_0_with_a_comma_is_read_also_at_the_limit(string yaml, string value)
    {
        var lineBreak = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : yaml.Contains('\r', StringComparison.Ordinal) ? "\r" : "\n";
        foreach (var doc in new[] { yaml, Fillers(lineBreak) + yaml })
        {
            var (result, text) = Parse(doc);
            Assert.Null(result.Error);
            var root = (YMapping)result.Root!;
            var b = ((YMapping)root.Get("a")!).Get("b")!;
            Assert.Equal(value, Show(b));
            Assert.Equal(yaml[(yaml.IndexOf("b: ", StringComparison.Ordinal) + 3)..yaml.IndexOf("c: d", StringComparison.Ordinal)].TrimEnd('\r', '\n'), Slice(text, b));
            Assert.Equal("d", Slice(text, root.Get("c")!));
        }
    }

    [Fact]
    public void Anchored_values_going_on_at_column_0_keep_exact_ranges_and_a_later_error_its_offset()
    {
        const string yaml = "a: &p [x,\nz]\nb: &q \"y\nw\"\nc: {k: *p,\nm: *q}\nd: [\"s\nt\", 'u''\nv']\ne: *없음\n";
        var error = Parse(yaml).Result.Error!;
        Assert.Equal(("alias '*없음' refers to no anchor", Lead.Length + yaml.IndexOf("*없음", StringComparison.Ordinal)), (error.Message, error.Offset));
        var good = yaml[..yaml.IndexOf("e:", StringComparison.Ordinal)];
        var (result, text) = Parse(good, "");
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        Assert.Equal(
            ["a", "[x,\nz]", "b", "\"y\nw\"", "c", "{k: *p,\nm: *q}", "d", "[\"s\nt\", 'u''\nv']"],
            root.Entries.SelectMany(e => new[] { Slice(text, e.Key), Slice(text, e.Value) }));
        Assert.Equal(("p", "q"), (root.Get("a")!.Anchor, root.Get("b")!.Anchor));
        Assert.Equal(["x", "z", "y w", "s t", "u' v"], new[] { "a", "b", "d" }.SelectMany(k => root.Get(k) is YSequence q ? q.Items.Select(Show) : [Show(root.Get(k)!)]));
        Assert.Equal(["\"s\nt\"", "'u''\nv'"], ((YSequence)root.Get("d")!).Items.Select(item => Slice(text, item)));
        Assert.Equal(good.TrimEnd('\n'), Slice(text, root));
    }

    [Theory]
    [InlineData("a: [x,\nz # c", "the YAML could not be read (unclosed bracket or quote?)", 5)]
    [InlineData("a: [x,\nz # c\n", "the YAML could not be read (unclosed bracket or quote?)", 5)]
    [InlineData("a: [x,\nz:", "the YAML could not be read (unclosed bracket or quote?)", 5)]
    [InlineData("a: [x,\nz?", "the YAML could not be read (unclosed bracket or quote?)", 5)]
    [InlineData("a: [x,\n", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\r", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\r\n", "While parsing a node, did not find expected node content", 8)]
    [InlineData("a: [x,\n  ", "While parsing a node, did not find expected node content", 9)]
    [InlineData("a: [x\n", "While parsing a flow sequence, did not find expected ',' or ']'", 6)]
    [InlineData("a: [x\r", "While parsing a flow sequence, did not find expected ',' or ']'", 6)]
    [InlineData("a: [x,\n..", "the YAML could not be read (unclosed bracket or quote?)", 5)]
    [InlineData("a: [x,\n...", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\n... ]", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\n...\t]", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\n...\n]", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [x,\n---", "While parsing a node, did not find expected node content", 7)]
    [InlineData("a: [\"x\ny", "While scanning a quoted scalar, found unexpected end of stream", 4)]
    [InlineData("a: [\"x\ny\nb: c\n", "While scanning a quoted scalar, found unexpected end of stream", 4)]
    [InlineData("a: [\"x\n---\n\"]\n", "While scanning a quoted scalar, found unexpected document indicator", 4)]
    [InlineData("a: [\"x\n...\n\"]\n", "While scanning a quoted scalar, found unexpected document indicator", 4)]
    [InlineData("a: [x, 'y\nz", "While scanning a quoted scalar, found unexpected end of stream", 7)]
    [InlineData("a: \"x\ny", "While scanning a quoted scalar, found unexpected end of stream", 3)]
    [InlineData("a: \"x\ny\\", "While scanning a quoted scalar, found unknown escape character", 3)]
    [InlineData("a: \"x\n...", "While scanning a quoted scalar, found unexpected document indicator", 3)]
    public void A_flow_or_quoted_value_cut_off_is_an_error(string yaml, string message, int offset)
    {
        var error = Parse(yaml, "").Result.Error!;
        Assert.Equal((message, Lead.Length + offset), (error.Message, error.Offset));
    }
}
