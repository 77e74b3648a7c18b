using PostLint.Localization;
using PostLint.Rules;

namespace PostLint.Tests.Rules;

/// <summary>How the config and the command line name rules: ids, names, categories, id prefixes, and the near miss suggested.</summary>
public class RuleSelectorTests
{
    private static readonly RuleCatalog Catalog = BuiltInRules.CreateCatalog();

    [Theory]
    [InlineData("PL201", "PL201")]
    [InlineData(" pl201 ", "PL201")]
    [InlineData("placeholder-date", "PL201")]
    [InlineData("Placeholder-Date", "PL201")]
    [InlineData("links", "PL301 PL302 PL303 PL304")]
    [InlineData("LINKS", "PL301 PL302 PL303 PL304")]
    [InlineData("spelling", "PL401")]
    [InlineData("tables", "PL501 PL502")]
    [InlineData("PL5", "PL501 PL502")]
    [InlineData("pl30", "PL301 PL302 PL303 PL304")]
    [InlineData("PL00", "PL001 PL002 PL003 PL004 PL005 PL006 PL007 PL008")]
    [InlineData("PL9", null)]
    [InlineData("PL", null)]
    [InlineData("P", null)]
    [InlineData("PL2x", null)]
    [InlineData("PLX", null)]
    [InlineData("XL201", null)]
    [InlineData("", null)]
    [InlineData("placeholder", null)]
    public void A_selector_names_these_rules(string selector, string? ids) =>
        Assert.Equal(ids, Catalog.Resolve(selector) is { } rules ? string.Join(" ", rules.Select(r => r.Id)) : null);

    [Fact]
    public void All_names_every_rule()
    {
        Assert.Equal(Catalog.Descriptors, Catalog.Resolve("all"));
        Assert.Equal(Catalog.Descriptors, Catalog.Resolve(" ALL "));
    }

    [Theory]
    [InlineData("PL2O1", "PL201")]
    [InlineData("PL21", "PL201")]
    [InlineData("placeholder-dat", "placeholder-date")]
    [InlineData("placeholdre-date", "placeholder-date")]
    [InlineData("Placehodler-Date", "placeholder-date")]
    [InlineData("link", "links")]
    [InlineData("ilnsk", "links")]
    [InlineData("PL1O2", "PL102")]
    [InlineData("tabels", "tables")]
    [InlineData("spellling", "spelling")]
    [InlineData("broken-imag-paths", "broken-image-path")]
    [InlineData("  ", null)]
    [InlineData("", null)]
    [InlineData("zzzz", null)]
    [InlineData("placeholder", null)]
    [InlineData("misspelled-words", null)]
    [InlineData("z", null)]                  // one letter is four edits from the shortest name (meta)
    [InlineData("PL20", "PL201")]            // as near PL202…PL205: the first in id order wins a tie of equal length
    [InlineData("PL10", "PL101")]
    [InlineData("ixspelling", "spelling")]   // two edits from misspelling and from spelling: the shorter wins the tie
    [InlineData("pl01", "PL001")]            // one edit; PL101 is two (a transposition is one edit, not less)
    [InlineData("meat", "meta")]
    public void An_unknown_selector_suggests_the_nearest_name(string selector, string? suggestion) =>
        Assert.Equal(suggestion, Catalog.Suggest(selector));

    [Fact]
    public void The_unknown_rule_message_says_what_was_meant_when_something_is_near()
    {
        Assert.Equal("unknown rule 'PL2O1'; did you mean 'PL201'? (run 'postlint rules' for the list)", Catalog.UnknownRuleMessage(" PL2O1 ").ToString());
        Assert.StartsWith("unknown rule 'zzzz'", Catalog.UnknownRuleMessage("zzzz").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", Catalog.UnknownRuleMessage("zzzz").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_doc_in_korean_falls_back_to_english()
    {
        var rules = BuiltInRules.CreateCatalog().Rules;
        var catalog = new RuleCatalog(rules, (rule, language) => rule.Id == "PL201" && language == Language.Korean ? "ko" : language == Language.English ? "en" : null);
        var pl201 = catalog.Find("PL201")!;
        var pl203 = catalog.Find("PL203")!;
        Assert.Equal("ko", catalog.GetDoc(pl201, Language.Korean));
        Assert.Equal("en", catalog.GetDoc(pl201, Language.English));
        Assert.Equal("en", catalog.GetDoc(pl201));
        Assert.Equal("en", catalog.GetDoc(pl203, Language.Korean));
    }

    [Fact]
    public void A_rule_registered_twice_is_refused()
    {
        var rules = BuiltInRules.CreateCatalog().Rules;
        var error = Assert.Throws<InvalidOperationException>(() => new RuleCatalog([.. rules, rules[0]], _ => null));
        Assert.Contains(rules[0].Descriptor.Id, error.Message, StringComparison.Ordinal);
    }
}
