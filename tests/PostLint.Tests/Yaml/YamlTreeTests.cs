using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>The tree's own helpers: YAML's null, paths of keys through nested mappings, and an error's message in each language.</summary>
public class YamlTreeTests
{
    private static YMapping Root(string yaml) => (YMapping)YamlReader.Parse(yaml, 0, yaml.Length).Root!;

    [Theory]
    [InlineData("v: 제목\n", "제목")]
    [InlineData("v: ''\n", "")]
    [InlineData("v: 'null'\n", "null")]
    [InlineData("v: null\n", null)]
    [InlineData("v: ~\n", null)]
    [InlineData("v:\n", null)]
    [InlineData("v: [a]\n", null)]
    [InlineData("v: {a: b}\n", null)]
    [InlineData("w: x\n", null)]
    public void TextOf_is_a_scalar_s_text_and_null_for_anything_else(string yaml, string? expected) =>
        Assert.Equal(expected, YScalar.TextOf(Root(yaml).Get("v")));

    [Theory]
    [InlineData("v:\n", true)]
    [InlineData("v: ~\n", true)]
    [InlineData("v: null\n", true)]
    [InlineData("v: Null\n", true)]
    [InlineData("v: NULL\n", true)]
    [InlineData("v: nULL\n", false)]
    [InlineData("v: nil\n", false)]
    [InlineData("v: none\n", false)]
    [InlineData("v: ''\n", false)]
    [InlineData("v: \"null\"\n", false)]
    [InlineData("v: '~'\n", false)]
    [InlineData("v: |\n  null\n", false)]
    [InlineData("v: 0\n", false)]
    public void Null_is_a_plain_scalar_that_is_empty_a_tilde_or_null_in_three_letter_cases(string yaml, bool isNull) =>
        Assert.Equal(isNull, ((YScalar)Root(yaml).Get("v")!).IsNull);

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("YES", true)]
    [InlineData("on", true)]
    [InlineData("On", true)]
    [InlineData("ON", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("NO", false)]
    [InlineData("off", false)]
    [InlineData("Off", false)]
    [InlineData("OFF", false)]
    [InlineData("tRUE", null)]
    [InlineData("yES", null)]
    [InlineData("oN", null)]
    [InlineData("y", null)]
    [InlineData("n", null)]
    [InlineData("", null)]
    [InlineData("1", null)]
    public void A_yaml_1_1_word_is_one_of_eighteen(string text, bool? expected) =>
        Assert.Equal(expected, YBoolean.Word(text));

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("On", true)]
    [InlineData("ON", true)]
    [InlineData("No", false)]
    [InlineData("NO", false)]
    [InlineData("off", false)]
    [InlineData("OFF", false)]
    [InlineData("f", false)]
    [InlineData("F", false)]
    [InlineData("T", true)]
    [InlineData("\"F\"", false)]
    [InlineData("\"FALSE\"", false)]
    [InlineData("\"False\"", false)]
    [InlineData("'TRUE'", true)]
    [InlineData("'True'", true)]
    [InlineData("\"Yes\"", null)]
    [InlineData("\"y\"", null)]
    [InlineData("\"2\"", null)]
    [InlineData("\"\"", null)]
    [InlineData("", null)]
    public void Hugo_takes_every_yaml_word_plain_and_go_s_words_quoted_too(string value, bool? expected) =>
        Assert.Equal(expected, YBoolean.Hugo(Root($"v: {value}\n").Get("v")));

    [Fact]
    public void A_dotted_path_walks_nested_mappings_and_a_plain_key_is_looked_up_as_it_is()
    {
        var root = Root("header:\n  teaser: /a.png\n  Caption: 표지\ntitle: 글\nlist: [1]\n");
        Assert.Equal("/a.png", ((YScalar)root.FindPath("header.teaser")!.Value).Value);
        Assert.Equal("teaser", root.FindPath("header.teaser")!.KeyText);
        Assert.Equal("글", ((YScalar)root.FindPath("title")!.Value).Value);
        Assert.IsType<YMapping>(root.FindPath("header")!.Value);
        Assert.Null(root.FindPath("header.caption"));
        Assert.Equal("표지", ((YScalar)root.FindPath("header.caption", StringComparer.OrdinalIgnoreCase)!.Value).Value);
        Assert.Null(root.FindPath("title.x"));
        Assert.Null(root.FindPath("list.0"));
        Assert.Null(root.FindPath("header.teaser.x"));
        Assert.Null(root.FindPath("footer.teaser"));
        Assert.Null(root.FindPath("header.missing"));
    }

    [Fact]
    public void A_key_holding_a_dot_is_found_by_a_path_of_keys_not_by_a_dotted_path()
    {
        var root = Root("a.b: 1\na:\n  b: 2\n");
        Assert.Equal("2", ((YScalar)root.FindPath("a.b")!.Value).Value);
        Assert.Equal("1", ((YScalar)root.FindPath(["a.b"])!.Value).Value);
        Assert.Equal("2", ((YScalar)root.FindPath(["a", "b"])!.Value).Value);
    }

    [Fact]
    public void A_path_of_one_key_returns_its_entry_whatever_its_value_and_an_empty_path_finds_nothing()
    {
        var root = Root("title: 글\nheader:\n  teaser: x\n");
        Assert.Equal("글", ((YScalar)root.FindPath(["title"])!.Value).Value);
        Assert.IsType<YMapping>(root.FindPath(["header"])!.Value);
        Assert.Equal("x", ((YScalar)root.FindPath(["header", "teaser"])!.Value).Value);
        Assert.Null(root.FindPath(Array.Empty<string>()));
    }

    [Fact]
    public void An_error_s_message_is_english_unless_a_catalog_text_says_it_in_the_language_asked()
    {
        const string yaml = "title: a: b\n";
        var parserError = YamlReader.Parse(yaml, 0, yaml.Length).Error!;
        Assert.Null(parserError.Text);
        Assert.Equal("While scanning a plain scalar value, found invalid mapping", parserError.MessageIn(Language.Korean));
        Assert.Equal("While scanning a plain scalar value, found invalid mapping", parserError.MessageIn(Language.English));

        const string open = "title: [a, b\ndate: 2024-01-01\n";
        var ownError = YamlReader.Parse(open, 0, open.Length).Error!;
        Assert.NotNull(ownError.Text);
        Assert.Equal("the YAML could not be read (unclosed bracket or quote?)", ownError.MessageIn(Language.English));
        Assert.Equal("YAML을 읽을 수 없습니다(닫히지 않은 괄호나 따옴표가 있는지 확인하세요)", ownError.MessageIn(Language.Korean));
    }
}
