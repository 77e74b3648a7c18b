using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Yaml;

namespace PostLint.Tests.Rules;

/// <summary>A rule's options as the rule reads them, and the errors a rule reports about its setup.</summary>
public class RuleOptionsTests
{
    private static RuleOptions Options(string yaml) => new((YMapping)YamlReader.Parse(yaml, 0, yaml.Length).Root!);

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
    [InlineData("1", null)]
    [InlineData("", null)]
    public void A_boolean_option_takes_yaml_1_1_s_words_in_three_letter_cases(string text, bool? value)
    {
        Assert.Equal(value ?? true, Options($"b: {(text.Length == 0 ? "''" : text)}\n").GetBool("b", true));
        Assert.Equal(value ?? false, Options($"b: {(text.Length == 0 ? "''" : text)}\n").GetBool("b", false));
    }

    [Fact]
    public void Options_read_lists_strings_and_numbers_with_their_defaults()
    {
        var options = Options("list: [a, [b], c]\none: x\nnone: ~\nn: ' 42 '\nbad: 4.2\n");
        Assert.Equal(["a", "c"], options.GetStringList("list", ["d"]));
        Assert.Equal(["x"], options.GetStringList("one", ["d"]));
        Assert.Equal(["d"], options.GetStringList("none", ["d"]));
        Assert.Equal(["d"], options.GetStringList("missing", ["d"]));
        Assert.Equal("x", options.GetString("one", "d"));
        Assert.Equal("d", options.GetString("none", "d"));
        Assert.Equal("d", options.GetString("list", "d"));
        Assert.Equal(42, options.GetInt("n", 7));
        Assert.Equal(7, options.GetInt("bad", 7));
        Assert.Equal(7, options.GetInt("missing", 7));
        Assert.True(options.Has("none"));
        Assert.False(options.Has("missing"));
        Assert.False(RuleOptions.Empty.Has("list"));
        Assert.Equal(3, RuleOptions.Empty.GetInt("n", 3));
    }

    [Fact]
    public void A_rule_reports_its_setup_errors_at_the_option_or_against_the_config()
    {
        const string yaml = "rules:\n  PL401:\n    lists: [missing.yml]\n";
        var source = new SourceText(yaml);
        var root = (YMapping)YamlReader.Parse(yaml, 0, yaml.Length).Root!;
        var node = ((YMapping)((YMapping)root.Get("rules")!).Get("PL401")!).Get("lists")!;
        var rule = BuiltInRules.CreateCatalog().Find("PL401")!;
        var errors = new List<ConfigError>();
        var setup = new RuleSetup(rule, RuleOptions.Empty, "/site/.postlint.yml", source, errors);
        setup.Error(node, "cannot read missing.yml");
        setup.Error(null, "no list");
        setup.Error(node, CoreMessages.ConfigDrafts.With("x"));
        setup.Error(null, CoreMessages.ConfigDrafts.With("y"));
        var defaults = new RuleSetup(rule, RuleOptions.Empty, null, null, errors);
        defaults.Error(node, "no config");
        defaults.Error(node, CoreMessages.ConfigDrafts.With("z"));

        Assert.Equal(
        [
            "/site/.postlint.yml:3:12: cannot read missing.yml",
            "/site/.postlint.yml: misspelling: no list",
            "/site/.postlint.yml:3:12: 'drafts' must be true or false, not 'x'",
            "/site/.postlint.yml: misspelling: 'drafts' must be true or false, not 'y'",
            "(defaults): misspelling: no config",
            "(defaults): misspelling: 'drafts' must be true or false, not 'z'",
        ], errors.Select(e => e.ToString()));
        Assert.Equal("/site", setup.BaseDirectory);
        Assert.Equal(Directory.GetCurrentDirectory(), defaults.BaseDirectory);

        // Catalog messages are also in Korean; a plain message stays as written.
        Assert.Equal("/site/.postlint.yml:3:12: 'drafts'는 true 또는 false여야 합니다('x'는 쓸 수 없습니다)", errors[2].ToString(Language.Korean));
        Assert.Equal("/site/.postlint.yml:3:12: cannot read missing.yml", errors[0].ToString(Language.Korean));
        Assert.Equal(errors[2].Message, errors[2].MessageIn(Language.English));
    }
}
