using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Content;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Tests.Shared;

/// <summary>Pack (a data file under rules/) and PackShape: how a pack is read, and each problem at its line and column.</summary>
public class PacksTests
{
    private readonly List<ConfigError> _errors = [];

    private RuleSetup Setup() => new(new PL202PlaceholderText().Descriptor, RuleOptions.Empty, null, null, _errors);

    private string[] Errors() => _errors.Select(e => e.ToString()).ToArray();

    private Pack Parse(string text) => Pack.Parse("packs/p.yml", new SourceText(text), Setup())!;

    [Fact]
    public void A_built_in_pack_is_named_by_its_path_under_rules()
    {
        var pack = Pack.LoadBuiltIn("placeholders/dates.yml", Setup())!;
        Assert.Equal("rules/placeholders/dates.yml", pack.DisplayPath);
        Assert.True(pack.IsBuiltIn);
        Assert.Equal("placeholder-dates", ((YScalar)pack.Root.Get("kind")!).Value);
        Assert.Empty(Errors());
        Assert.Equal("rules/placeholders/dates.yml:5:7: x", pack.ErrorAt(pack.Root.Get("kind")!, "x").ToString());
    }

    [Fact]
    public void A_built_in_pack_checked_out_with_crlf_line_ends_is_parsed_so_positions_are_its_own()
    {
        // The compiled tree holds the offsets of the LF text; in a CRLF checkout they would point a line's worth of
        // characters too early for every line, so that text is parsed instead.
        var lf = Pack.BuiltInSource("placeholders/dates.yml").Text;
        var crlf = new SourceText(lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        var pack = Pack.LoadBuiltIn("placeholders/dates.yml", crlf, Setup())!;
        var patterns = (YSequence)pack.Root.Get("patterns")!;
        var last = (YMapping)patterns.Items[^1];
        var id = (YScalar)last.Get("id")!;
        Assert.Equal(id.Value, crlf.Text.Substring(id.Range.Start, id.Value.Length));
        Assert.True(pack.IsBuiltIn);
        Assert.Equal("rules/placeholders/dates.yml", pack.DisplayPath);
        Assert.Same(crlf, pack.Source);
        Assert.Empty(Errors());
    }

    [Fact]
    public void A_built_in_pack_with_lf_line_ends_keeps_its_compiled_tree()
    {
        var source = Pack.BuiltInSource("fragments/korean.yml");
        var pack = Pack.LoadBuiltIn("fragments/korean.yml", source, Setup())!;
        Assert.Equal(YamlSnapshot.Write(Pack.BuiltInTree("fragments/korean.yml")), YamlSnapshot.Write(pack.Root));
        Assert.Equal("rules/fragments/korean.yml", pack.DisplayPath);
    }

    [Fact]
    public void A_crlf_built_in_pack_that_does_not_parse_is_reported_and_not_loaded()
    {
        var pack = Pack.LoadBuiltIn("placeholders/text.yml", new SourceText("kind: x\r\nlist: [a\r\n"), Setup());
        Assert.Null(pack);
        Assert.Equal(["rules/placeholders/text.yml:3:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'"], Errors());
    }

    [Fact]
    public void Pack_text_that_is_not_yaml_is_an_error_at_its_line_and_column()
    {
        Assert.Null(Pack.Parse("packs/p.yml", new SourceText("kind: x\npatterns: [a, b\n"), Setup()));
        Assert.Equal(["packs/p.yml:3:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'"], Errors());
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    [InlineData("")]
    public void A_pack_must_be_a_mapping(string text)
    {
        Assert.Null(Pack.Parse("packs/p.yml", new SourceText(text), Setup()));
        Assert.Equal(["packs/p.yml:1:1: a pack must be a YAML mapping"], Errors());
    }

    [Fact]
    public void A_parsed_pack_is_not_built_in()
    {
        var pack = Parse("kind: k\n");
        Assert.False(pack.IsBuiltIn);
        Assert.Equal("packs/p.yml", pack.DisplayPath);
    }

    [Fact]
    public void Strings_reads_a_list_a_single_string_or_nothing()
    {
        var pack = Parse("one: 도\nmany: [가, 나]\nempty: []\n");
        Assert.Equal(["도"], pack.Strings("one", Setup()).Select(s => s.Value));
        Assert.Equal(["가", "나"], pack.Strings("many", Setup()).Select(s => s.Value));
        Assert.Empty(pack.Strings("empty", Setup()));
        Assert.Empty(pack.Strings("missing", Setup()));
        Assert.Empty(Errors());
    }

    [Fact]
    public void Strings_reports_each_entry_that_is_not_a_string_and_keeps_the_others()
    {
        var pack = Parse("labels:\n  - 참고\n  - { a: b }\n  - [c]\n  - 주의\n");
        Assert.Equal(["참고", "주의"], pack.Strings("labels", Setup()).Select(s => s.Value));
        Assert.Equal(
            ["packs/p.yml:3:5: 'labels' entries must be strings", "packs/p.yml:4:5: 'labels' entries must be strings"],
            Errors());
    }

    [Fact]
    public void Strings_reports_a_mapping_where_a_list_belongs()
    {
        var pack = Parse("kind: k\nlabels:\n  a: b\n");
        Assert.Empty(pack.Strings("labels", Setup()));
        Assert.Equal(["packs/p.yml:3:3: 'labels' must be a list of strings"], Errors());
    }

    [Fact]
    public void PackShape_accepts_its_kind_description_and_the_keys_its_rule_reads()
    {
        var pack = Parse("kind: fragments\ndescription: 조각\nlabels: [a]\n");
        Assert.True(PackShape.Check(pack, "fragments", ["labels", "nouns"], Setup()));
        Assert.Empty(Errors());
    }

    [Fact]
    public void PackShape_reports_a_wrong_kind_at_its_value()
    {
        var pack = Parse("description: d\nkind: placeholder-text\nlabels: [a]\n");
        Assert.False(PackShape.Check(pack, "fragments", ["labels"], Setup()));
        Assert.Equal(["packs/p.yml:2:7: the pack's kind must be 'fragments'"], Errors());
    }

    [Fact]
    public void PackShape_reports_a_missing_kind_at_the_start_of_the_pack()
    {
        var pack = Parse("labels: [a]\n");
        Assert.False(PackShape.Check(pack, "fragments", ["labels"], Setup()));
        Assert.Equal(["packs/p.yml:1:1: the pack's kind must be 'fragments'"], Errors());
    }

    [Fact]
    public void PackShape_reports_a_kind_that_is_not_a_string()
    {
        var pack = Parse("labels: [a]\nkind: [fragments]\n");
        Assert.False(PackShape.Check(pack, "fragments", ["labels"], Setup()));
        Assert.Equal(["packs/p.yml:2:7: the pack's kind must be 'fragments'"], Errors());
    }

    [Fact]
    public void PackShape_reports_each_key_its_rule_does_not_read()
    {
        var pack = Parse("kind: fragments\nlabel: [a]\nnouns: [b]\ncolour: red\n");
        Assert.False(PackShape.Check(pack, "fragments", ["labels", "nouns"], Setup()));
        Assert.Equal(
            [
                "packs/p.yml:2:1: unknown key 'label'; expected kind, description, labels, nouns",
                "packs/p.yml:4:1: unknown key 'colour'; expected kind, description, labels, nouns",
            ],
            Errors());
    }
}
