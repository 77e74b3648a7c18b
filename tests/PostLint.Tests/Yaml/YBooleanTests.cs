using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

/// <summary>
/// Booleans as each generator's reader takes them. Hugo's column was built with Hugo 0.111 (the oracle's version): a
/// post with <c>draft: VALUE</c> is left out of the build exactly when the value is true here.
/// </summary>
public class YBooleanTests
{
    private static YNode? Yaml(string value) => ((YMapping)YamlReader.Parse($"v: {value}\n", 0, value.Length + 4).Root!).Get("v");

    [Theory]
    [InlineData("yes", true)]
    [InlineData("y", true)]
    [InlineData("Y", true)]
    [InlineData("YES", true)]
    [InlineData("on", true)]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("2", true)]
    [InlineData("-1", true)]
    [InlineData("\"t\"", true)]
    [InlineData("\"T\"", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("t", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("N", false)]
    [InlineData("Off", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("\"f\"", false)]
    [InlineData("\"false\"", false)]
    [InlineData("\"0\"", false)]
    [InlineData("tRUE", null)]
    [InlineData("\"yes\"", null)]
    [InlineData("\"no\"", null)]
    [InlineData("maybe", null)]
    [InlineData("1.5", null)]
    [InlineData("~", null)]
    [InlineData("[true]", null)]
    public void Hugo_reads_yaml_1_1_words_then_whole_numbers_then_go_s_parse_bool(string value, bool? expected) =>
        Assert.Equal(expected, YBoolean.Hugo(Yaml(value)));

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("'true'", true)]
    [InlineData("'t'", true)]
    [InlineData("'yes'", null)]
    public void Hugo_reads_toml_values_the_same_way(string value, bool? expected)
    {
        var text = $"v = {value}\n";
        Assert.Equal(expected, YBoolean.Hugo(((YMapping)TomlReader.Parse(text, 0, text.Length).Root!).Get("v")));
    }

    [Theory]
    [InlineData("yes", true, false, false, false)]
    [InlineData("On", true, false, false, false)]
    [InlineData("TRUE", true, false, true, false)]
    [InlineData("no", false, true, false, false)]
    [InlineData("OFF", false, true, false, false)]
    [InlineData("False", false, true, false, true)]
    [InlineData("\"true\"", false, false, false, false)]
    [InlineData("1", false, false, false, false)]
    public void Yaml_1_1_and_strict_readers_take_their_own_words(string value, bool yaml11True, bool yaml11False, bool strictTrue, bool strictFalse)
    {
        var node = Yaml(value);
        Assert.Equal(yaml11True, YBoolean.IsTrue(node, yaml11: true));
        Assert.Equal(yaml11False, YBoolean.IsFalse(node, yaml11: true));
        Assert.Equal(strictTrue, YBoolean.IsTrue(node, yaml11: false));
        Assert.Equal(strictFalse, YBoolean.IsFalse(node, yaml11: false));
    }
}
