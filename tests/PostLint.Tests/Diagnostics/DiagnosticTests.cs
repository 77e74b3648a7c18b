using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Diagnostics;

/// <summary>A finding's message in each language: the catalog's text when it has one, else the English message.</summary>
public class DiagnosticTests
{
    [Fact]
    public void A_catalog_message_is_given_in_the_language_asked_and_an_english_only_one_in_english()
    {
        var found = Assert.Single(RuleHarness.Lint("---\ntitle: 글\ndate: TBD\n---\n본문\n", select: "placeholder-date"));
        Assert.NotNull(found.Text);
        Assert.Equal(found.Text.ToString(), found.Message);
        Assert.Equal(found.Message, found.MessageIn(Language.English));
        Assert.Equal(found.Text.In(Language.Korean), found.MessageIn(Language.Korean));
        Assert.NotEqual(found.Message, found.MessageIn(Language.Korean));

        var source = new SourceText("본문\n");
        var englishOnly = Linter.Make(source, found.Rule, Severity.Warning, "only in English", new TextRange(0, 2));
        Assert.Null(englishOnly.Text);
        Assert.Equal("only in English", englishOnly.MessageIn(Language.Korean));
        Assert.Equal("only in English", englishOnly.MessageIn(Language.English));
    }
}
