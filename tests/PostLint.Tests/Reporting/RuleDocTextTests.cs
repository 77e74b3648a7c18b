using PostLint.Reporting;

namespace PostLint.Tests.Reporting;

/// <summary>A rule's Markdown doc as the plain text SARIF wants, and one section of it.</summary>
public class RuleDocTextTests
{
    [Theory]
    [InlineData("# PL201 placeholder-date\n\nFlags *a* `date:` **left**.\n", "PL201 placeholder-date\n\nFlags a date: left.")]
    [InlineData("a  \nb\nc\n", "a\nb c")]
    [InlineData("- a\n- b\n", "- a\n- b")]
    [InlineData("3. x\n4. y\n", "3. x\n4. y")]
    [InlineData("1. x\n1. y\n1. z\n", "1. x\n2. y\n3. z")]
    [InlineData("- a\n\n  b\n", "- a\n  b")]
    [InlineData("- a\n  - b\n", "- a\n  - b")]
    [InlineData("- x\n  > p1\n  >\n  > p2\n", "- x\n  p1\n\n  p2")]
    [InlineData("10. x\n\n    more\n", "10. x\n    more")]
    [InlineData("    code\n    more\n", "    code\n    more")]
    [InlineData("```yaml\nkeys:\n\n  - a\n```\n", "    keys:\n\n      - a")]
    [InlineData("> quoted\n", "quoted")]
    [InlineData("a\n\n---\n\nb\n", "a\n\nb")]
    [InlineData("a\n\n<div>x</div>\n\nb\n", "a\n\nb")]
    [InlineData("&amp; &lt;x&gt;\n", "& <x>")]
    [InlineData("see <https://postlint.dev/x>\n", "see https://postlint.dev/x")]
    [InlineData("see [the doc](https://postlint.dev/x)\n", "see the doc (https://postlint.dev/x)")]
    [InlineData("see [https://postlint.dev/x](https://postlint.dev/x)\n", "see https://postlint.dev/x")]
    [InlineData("see [**bold** doc](u)\n", "see bold doc (u)")]
    [InlineData("see [anchor]()\n", "see anchor")]
    [InlineData("![a picture](i.png)\n", "a picture")]
    [InlineData("", "")]
    [InlineData("#\n\nA\n", "A")]
    [InlineData("- a\n\n  <div>x</div>\n\n  b\n- c\n", "- a\n  b\n- c")]
    [InlineData("- a\n\n  ---\n", "- a")]
    public void A_doc_becomes_plain_text(string markdown, string text) => Assert.Equal(text, RuleDocText.ToPlainText(markdown));

    [Theory]
    [InlineData("# T\n\n## What it does\nA *b*.\n\nB.\n\n## Next\nC.\n", "A b.\n\nB.")]
    [InlineData("## what IT does  \nA.\n", "A.")]
    [InlineData("## What it does\nA.\n### Detail\nB.\n# Top\nC.\n", "A.\n\nDetail\n\nB.")]
    [InlineData("## What it does\nA.\n## What it does\nB.\n", "A.")]
    [InlineData("## Other\nA.\n", null)]
    [InlineData("### What it does\nA.\n", null)]
    [InlineData("# What it does\nA.\n", null)]
    [InlineData("## What it does\n## Next\nA.\n", null)]
    [InlineData("## What it does\n---\n<div>x</div>\n## Next\nA.\n", null)]
    [InlineData("A.\n## What it does\n", null)]
    public void A_section_is_the_text_under_its_level_two_heading(string markdown, string? text) =>
        Assert.Equal(text, RuleDocText.Section(markdown, "What it does"));

    [Theory]
    [InlineData("abcd", 4, "abcd")]
    [InlineData("abcde", 4, "abc…")]
    [InlineData("abcde", 5, "abcde")]
    [InlineData("abcdef", 5, "abcd…")]
    [InlineData("ab  cdef", 5, "ab…")]
    [InlineData("abc", 1, "…")]
    [InlineData("ab😀cd", 5, "ab😀…")]
    [InlineData("ab😀cd", 4, "ab…")]
    [InlineData("가나다라마", 4, "가나다…")]
    [InlineData("", 0, "")]
    public void Truncate_cuts_to_the_length_with_an_ellipsis_on_a_text_element_boundary(string text, int maxLength, string cut) =>
        Assert.Equal(cut, RuleDocText.Truncate(text, maxLength));
}
