using PostLint.Rules.Spelling;

namespace PostLint.Tests.Spelling;

public class PatternExpanderTests
{
    private static string Forms(string pattern)
    {
        var forms = PatternExpander.Expand(pattern, out var error);
        Assert.Null(error);
        return string.Join("|", forms!.Select(f => f.Text).Order(StringComparer.Ordinal));
    }

    private static PatternExpander.Form Form(string pattern, string text)
    {
        var forms = PatternExpander.Expand(pattern, out var error);
        Assert.Null(error);
        return Assert.Single(forms!, f => f.Text == text);
    }

    private static string Groups(PatternExpander.Form form) => string.Join(",", form.Groups.Select(g => g ?? "-"));

    [Theory]
    [InlineData("a|a", "a")]                           // the same form twice is listed once
    [InlineData("colou?r|color", "color|colour")]
    [InlineData("[a-]", "-|a")]                        // '-' before ']' is a character
    [InlineData("[-a]", "-|a")]
    [InlineData("[a-a]", "a")]
    [InlineData("[\\.\\]x]", ".|]|x")]                 // escaped punctuation in a class
    [InlineData("a\U0001F600?", "a|a\U0001F600")]      // '?' makes the whole emoji optional, not half of it
    [InlineData("(a)(?:(b)|(c))", "ab|ac")]
    public void Lists_every_form(string pattern, string forms)
    {
        Assert.Equal(forms, Forms(pattern));
    }

    [Fact]
    public void A_lone_high_surrogate_at_the_end_is_kept_as_it_is()
    {
        // Built here, not in InlineData: a test case's data is serialized, and a lone surrogate does not survive that.
        var pattern = "a" + '\uD83D';
        Assert.Equal(pattern, Forms(pattern));
        Assert.Equal(2, pattern.Length);
    }

    [Fact]
    public void A_class_range_may_span_64_characters_and_a_pattern_1000_forms()
    {
        Assert.Equal(65, PatternExpander.Expand("[!-a]", out _)!.Count); // '!' (0x21) to 'a' (0x61)
        Assert.Equal(1000, PatternExpander.Expand("[0-9][0-9][0-9]", out _)!.Count);
    }

    [Theory]
    [InlineData("()", "the pattern matches only the empty string")]
    [InlineData("(?:|)", "the pattern matches only the empty string")]
    [InlineData("\\b\\b", "the pattern matches only the empty string")]
    [InlineData("a??", "lazy or possessive quantifier at column 3 is not supported")]
    [InlineData("ab?+", "lazy or possessive quantifier at column 4 is not supported")]
    [InlineData("(?", "'(?' construct at column 1 is not supported (only '(?:')")]
    [InlineData("(?x)", "'(?' construct at column 1 is not supported (only '(?:')")]
    [InlineData("a\\", "the pattern ends with '\\'")]
    [InlineData("*a", "'*' at column 1 has nothing to repeat")]
    [InlineData("a|+a", "'+' at column 3 has nothing to repeat")]
    [InlineData("?a", "'?' at column 1 has nothing to repeat")]
    [InlineData("{2}", "'{' at column 1 has nothing to repeat")]
    [InlineData("a{2}", "'{' at column 2 matches unboundedly many forms; list the forms or use '?'")]
    [InlineData("a[", "missing ']' for the class at column 2")]
    [InlineData("[ab", "missing ']' for the class at column 1")]
    [InlineData("[a-", "missing ']' for the class at column 1")]
    [InlineData("x[\\d]", "escape in class at column 3 is not supported")]
    [InlineData("[a\\", "escape in class at column 3 is not supported")]
    [InlineData("[z-a]", "range 'z-a' in class at column 1 is reversed or too wide")]
    [InlineData("x[ -a]", "range ' -a' in class at column 2 is reversed or too wide")]
    [InlineData("[a-z][a-z]|[a-y][a-z]", "the pattern expands to more than 1000 forms")]
    public void Refuses_with_the_construct_and_its_column(string pattern, string message)
    {
        Assert.Null(PatternExpander.Expand(pattern, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Every_form_has_a_slot_for_each_group_and_unset_groups_are_null()
    {
        var b = Form("(a)|(b)", "b");
        Assert.Equal("-,-,b", Groups(b));
        var a = Form("(a)|(b)", "a");
        Assert.Equal("-,a,-", Groups(a));
        Assert.Equal("-,a,b,-", Groups(Form("(a)(?:(b)|(c))", "ab")));
        Assert.Equal("-,a,-,c", Groups(Form("(a)(?:(b)|(c))", "ac")));
        Assert.Equal("-,c", Groups(Form("(?:a|b)(c)", "ac"))); // a non-capturing group takes no number
        Assert.Equal("-", Groups(Form("ab", "ab")));
    }

    [Theory]
    [InlineData("(?:a|b)(c)", "ac", "$1", "c")]
    [InlineData("(a)|(b)", "a", "[$1][$2]", "[a][]")]
    [InlineData("(a)|(b)", "b", "[$1][$2]", "[][b]")]
    [InlineData("(a)", "a", "v1.$1", "v1.a")]              // a digit after another character is text
    [InlineData("(a)", "a", "$0 $a $$1 $", "$0 $a $a $")]  // only $1–$9 are references; a last '$' is text
    [InlineData("(a)", "a", "$2$1", "a")]                  // a group the pattern does not have is empty
    [InlineData("(a)(b)(c)(d)(e)(f)(g)(h)(i)", "abcdefghi", "$9$1", "ia")]
    [InlineData("(a)", "a", "plain", "plain")]
    public void Substitute_replaces_group_references(string pattern, string form, string template, string expected)
    {
        Assert.Equal(expected, PatternExpander.Substitute(template, Form(pattern, form)));
    }
}
