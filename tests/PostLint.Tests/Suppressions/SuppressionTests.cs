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
    // Two rules on each line: PL202 on `title: TBD` / `TODO: …`, PL201 on `date: TBD` / `lastmod: TBD`.
    [Fact]
    public void A_directive_naming_two_rules_silences_both()
    {
        const string text = "---\n# postlint-disable-file PL201 PL202\ntitle: TBD\ndate: TBD\n---\nTODO: 그림 추가\n";
        Assert.Empty(RuleHarness.Lint(text));
        const string reversed = "---\n# postlint-disable-file PL202, placeholder-date\ntitle: TBD\ndate: TBD\n---\n";
        Assert.Empty(RuleHarness.Lint(reversed));
    }

    [Fact]
    public void Disable_line_with_a_rule_silences_that_rule_on_that_line_only()
    {
        const string text = "---\ntitle: TBD # postlint-disable-line PL201\ndate: TBD # postlint-disable-line PL201\nlastmod: TBD\n---\n";
        Assert.Equal(["2:8 placeholder-text", "4:10 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Disable_next_line_with_a_rule_silences_that_rule_on_the_next_line_only()
    {
        const string text = "---\ntitle: x\n# postlint-disable-next-line PL201\ndate: TBD\nlastmod: TBD\n---\nTODO: 그림 추가\n";
        Assert.Equal(["5:10 placeholder-date", "7:1 placeholder-text"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Bare_disable_silences_every_rule_and_bare_enable_turns_them_all_back_on()
    {
        const string text = "---\ntitle: x\n---\nTODO: 앞\n\n<!-- postlint-disable -->\nTODO: 안\n\n<!-- postlint-enable -->\nTODO: 뒤\n";
        Assert.Equal(["4:1 placeholder-text", "10:1 placeholder-text"], RuleHarness.Brief(RuleHarness.Lint(text)));
        const string yaml = "---\ntitle: TBD\n# postlint-disable\ndate: TBD\nexcerpt: TBD\n# postlint-enable\nlastmod: TBD\n---\n";
        Assert.Equal(["2:8 placeholder-text", "7:10 placeholder-date"], RuleHarness.Brief(RuleHarness.Lint(yaml)));
    }

    [Fact]
    public void Disable_and_enable_count_from_their_own_line()
    {
        const string text = "---\ntitle: x\n---\nTODO: 앞 <!-- postlint-disable PL202 -->\n\nTODO: 안 <!-- postlint-enable PL202 -->\n\nTODO: 뒤\n";
        Assert.Equal(["6:1 placeholder-text", "8:1 placeholder-text"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Disabling_a_second_rule_keeps_the_first_disabled()
    {
        const string text = "---\n# postlint-disable PL201\n# postlint-disable PL202\ntitle: TBD\ndate: TBD\n---\n";
        Assert.Empty(RuleHarness.Lint(text));
    }

    [Fact]
    public void Inside_disable_all_each_enabled_rule_is_reported_and_can_be_disabled_again()
    {
        const string text = "---\n# postlint-disable\n# postlint-enable PL201\n# postlint-enable PL202\ntitle: TBD\ndate: TBD\n"
            + "# postlint-disable PL201\nlastmod: TBD\nexcerpt: TBD\n---\n";
        Assert.Equal(["5:8 placeholder-text", "6:7 placeholder-date", "9:10 placeholder-text"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }

    [Fact]
    public void Inside_disable_all_enabling_one_rule_leaves_the_others_silent()
    {
        const string text = "---\n# postlint-disable\n# postlint-enable PL202\ntitle: TBD\ndate: TBD\n---\n";
        Assert.Equal(["4:8 placeholder-text"], RuleHarness.Brief(RuleHarness.Lint(text)));
    }
}
