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
        Assert.Throws<ArgumentException>(() => YamlSnapshot.Write(root));
    }
}
