using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Suppressions;

public class SuppressionTests
{
    private const string Head = "---\ntitle: x\ndate: YYYY-MM-DD\n---\n";

    [Fact]
    public void Without_suppression_the_finding_is_reported()
    {
        Assert.Equal(["3:7 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(Head + "본문\n")));
    }

    [Theory]
    [InlineData("<!-- postlint-disable-file -->")]
    [InlineData("<!-- postlint-disable-file placeholder-date -->")]
    [InlineData("<!-- postlint-disable-file PL201 -->")]
    [InlineData("<!-- postlint-disable-file content -->")]
    [InlineData("<!-- postlint-disable-file PL2 -->")]
    public void Body_disable_file_silences_the_rule(string comment)
    {
        Assert.Empty(RuleHarness.Lint(Head + "본문\n" + comment + "\n"));
    }

    [Fact]
    public void Yaml_comment_disable_file_in_front_matter()
    {
        Assert.Empty(RuleHarness.Lint("---\n# postlint-disable-file placeholder-date\ndate: TBD\ntitle: x\n---\n"));
    }

    [Fact]
    public void Body_disable_applies_only_from_its_line_on()
    {
        Assert.Single(RuleHarness.Lint(Head + "<!-- postlint-disable -->\n"));
    }

    [Fact]
    public void Disable_file_for_another_rule_keeps_this_one()
    {
        Assert.Single(RuleHarness.Lint(Head + "<!-- postlint-disable-file PL002 -->\n"));
    }

    [Fact]
    public void Yaml_comment_disable_next_line_in_front_matter()
    {
        const string text = "---\ntitle: x\n# postlint-disable-next-line placeholder-date\ndate: YYYY-MM-DD\nlastmod: TBD\n---\n";
        Assert.Equal(["5:10 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Yaml_comment_disable_line_at_end_of_value()
    {
        const string text = "---\ntitle: x\ndate: TBD # postlint-disable-line\n---\n";
        Assert.Empty(RuleHarness.Lint(text));
    }

    [Fact]
    public void Disable_then_enable_limits_the_range()
    {
        const string text = "---\n# postlint-disable PL201\ndate: TBD\n# postlint-enable PL201\nlastmod: TBD\ntitle: x\n---\n";
        Assert.Equal(["5:10 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Enable_one_rule_inside_disable_all()
    {
        const string text = "---\n# postlint-disable\n# postlint-enable placeholder-date\ndate: TBD\ntitle: x\n---\n";
        Assert.Equal(["4:7 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Unknown_rule_in_suppression_is_reported_and_suppresses_nothing()
    {
        var found = RuleHarness.Brief(RuleHarness.Lint(Head + "<!-- postlint-disable-file placeholder-dates -->\n"));
        Assert.Equal(["3:7 placeholder-date", "5:28 unknown-rule-in-suppression"], found);
    }

    [Fact]
    public void Comment_inside_a_code_block_is_not_a_suppression()
    {
        var found = RuleHarness.Lint(Head + "```markdown\n<!-- postlint-disable-file -->\n```\n");
        Assert.Single(found);
    }
}
