using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>A YAML tree written as a snapshot reads back as the same tree: every node's kind, range, size, anchor, style and value.</summary>
public class YamlSnapshotTests
{
    private static string Describe(YNode node) => node switch
    {
        YScalar s => $"S[{s.Range.Start},{s.Range.End}]{s.ExpandedSize}{s.Anchor}{(s.IsPlain ? "p" : s.IsQuoted ? "q" : "b")}<{s.Value}>",
        YMapping m => $"M[{m.Range.Start},{m.Range.End}]{m.ExpandedSize}{m.Anchor}{{{string.Join(";", m.Entries.Select(e => Describe(e.Key) + ":" + Describe(e.Value)))}}}",
        YSequence q => $"Q[{q.Range.Start},{q.Range.End}]{q.ExpandedSize}{q.Anchor}[{string.Join(";", q.Items.Select(Describe))}]",
        _ => "?",
    };

    [Theory]
    [InlineData("a: 1\n")]
    [InlineData("title: \"컨테이너\\t정리\"\nbody: |\n  line one\n  line \\ two\n\nsingle: 'it''s'\n")]
    [InlineData("list:\n  - a\n  - [b, 'c d']\n  - {e: f}\nempty: []\nnone: ~\n")]
    [InlineData("base: &base\n  x: 1\nother: &o plain\n")]
    [InlineData("- \"a\\r\\nb\"\n- ''\n- \"\\\\\"\n")]
    [InlineData("k: \"a\\nb\"\n")]
    public void A_tree_reads_back_as_it_was_written(string yaml)
    {
        var root = YamlReader.Parse(yaml, 0, yaml.Length).Root!;
        var snapshot = YamlSnapshot.Write(root);
        var read = YamlSnapshot.Read(snapshot);
        Assert.Equal(Describe(root), Describe(read));
        Assert.Equal(snapshot, YamlSnapshot.Write(read));
    }

    [Fact]
    public void A_snapshot_is_one_line_per_node()
    {
        const string yaml = "a: &x 'b c'\nd: [e]\n";
        var snapshot = YamlSnapshot.Write(YamlReader.Parse(yaml, 0, yaml.Length).Root!);
        Assert.Equal("M 0 18 6 - 2\nS 0 1 1 - p a\nS 6 11 1 x q b c\nS 12 13 1 - p d\nQ 15 18 2 - 1\nS 16 17 1 - p e\n", snapshot);
    }

    [Fact]
    public void An_alias_cannot_be_written()
    {
        const string yaml = "a: &x [1]\nb: *x\n";
        var root = YamlReader.Parse(yaml, 0, yaml.Length).Root!;
        var error = Assert.Throws<ArgumentException>(() => YamlSnapshot.Write(root));
        Assert.Equal("a YAML snapshot holds a tree: an alias cannot be written (Parameter 'node')", error.Message);
    }

    [Theory]
    [InlineData("S 0 1 1  p a\n", "anchor '' cannot be written in a YAML snapshot (Parameter 'node')")]
    [InlineData("S 0 1 1 \tx p a\n", "anchor '\tx' cannot be written in a YAML snapshot (Parameter 'node')")]
    [InlineData("S 0 1 1 x\ty p a\n", "anchor 'x\ty' cannot be written in a YAML snapshot (Parameter 'node')")]
    [InlineData("S 0 1 1 x\r p a\n", "anchor 'x\r' cannot be written in a YAML snapshot (Parameter 'node')")]
    public void An_anchor_that_is_empty_or_holds_white_space_cannot_be_written(string snapshot, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => YamlSnapshot.Write(YamlSnapshot.Read(snapshot)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_anchor_without_white_space_is_written_back()
    {
        const string snapshot = "S 0 1 1 a-b_c p a\n";
        Assert.Equal(snapshot, YamlSnapshot.Write(YamlSnapshot.Read(snapshot)));
    }

    [Theory]
    [InlineData("S 0 1 1 - p a", "a YAML snapshot ends inside a node at offset 0")]
    [InlineData("M 0 3 2 - 1\nS 0 1 1 - p a\n", "a YAML snapshot ends inside a node at offset 26")]
    [InlineData("\n", "not a YAML snapshot line: ''")]
    [InlineData("S 0 1 1 -\n", "not a YAML snapshot line: 'S 0 1 1 -'")]
    [InlineData("X 0 1 1 - p a\n", "not a YAML snapshot line: 'X 0 1 1 - p a'")]
    [InlineData("S -1 1 1 - p a\n", "not a YAML snapshot line: 'S -1 1 1 - p a'")]
    [InlineData("S 0 x 1 - p a\n", "not a YAML snapshot line: 'S 0 x 1 - p a'")]
    [InlineData("S 0 1 +1 - p a\n", "not a YAML snapshot line: 'S 0 1 +1 - p a'")]
    [InlineData("S 0 1 1 - p\n", "not a YAML snapshot scalar: 'S 0 1 1 - p'")]
    [InlineData("S 0 1 1 - x a\n", "not a YAML snapshot scalar: 'S 0 1 1 - x a'")]
    [InlineData("M 0 1 1 - p a\n", "not a YAML snapshot collection: 'M 0 1 1 - p a'")]
    [InlineData("Q 0 1 1 - x\n", "not a YAML snapshot collection: 'Q 0 1 1 - x'")]
    [InlineData("S 0 1 1 - p a\nS 2 3 1 - p b\n", "a YAML snapshot holds one tree; more follows at offset 14")]
    public void Text_that_is_not_a_snapshot_says_where(string snapshot, string message)
    {
        var error = Assert.Throws<FormatException>(() => YamlSnapshot.Read(snapshot));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("a\\\\b", "a\\b")]
    [InlineData("a\\nb\\tc\\rd", "a\nb\tc\rd")]
    [InlineData("a\\x", "ax")]
    [InlineData("a\\", "a\\")]
    [InlineData("\\", "\\")]
    public void Escapes_read_back_and_a_lone_backslash_at_the_end_stays(string written, string value)
    {
        var node = (YScalar)YamlSnapshot.Read("S 0 1 1 - q " + written + "\n");
        Assert.Equal(value, node.Value);
    }
}
