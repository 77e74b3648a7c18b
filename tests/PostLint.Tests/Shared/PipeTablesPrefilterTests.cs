using CsCheck;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

/// <summary>The line scan that spares the tables' second parse must never skip a post that holds a candidate.</summary>
public class PipeTablesPrefilterTests
{
    [Theory]
    [InlineData("| 항목 | 값 |\n| --- | --- |\n| a | b |\n")]
    [InlineData("항목 | 값\n--- | ---\n")]
    [InlineData("항목 | 값\r\n:--|--:\r\n")]
    [InlineData("> 항목 | 값\n> --- | ---\n")]
    [InlineData("- 목록\n  항목 | 값\n  ---|---\n")]
    [InlineData("항목 | 값\n—— | ——\n")]
    [InlineData("항목 | 값\n+---+---+\n")]
    [InlineData("문단\n|a|b|\n")]
    [InlineData("  |---|---|\n")]
    public void Lines_that_can_start_or_delimit_a_table_keep_the_parse(string body) =>
        Assert.True(PipeTables.MayHoldTable(body));

    [Theory]
    [InlineData("파이프가 없는 글\n---\n")]
    [InlineData("```powershell\nGet-Process | Select-Object Name\n```\n")]
    [InlineData("Use `a | b` in prose, or a || b.\n- list | item\n")]
    [InlineData("Get-Item | Remove-Item\n- --- |x\n")]
    public void Pipes_in_prose_and_code_alone_skip_it(string body) =>
        Assert.False(PipeTables.MayHoldTable(body));

    private static Post Post(string body) => new("_posts/2025-03-01-a.md", "", new SourceText("---\ntitle: 표\n---\n" + body), Site.Plain("/tmp"));

    [Theory]
    [InlineData("| 항목 | 값 |\n| --- | --- |\n| a | b |\n")]
    [InlineData("항목 | 값\n--- | ---\n")]
    [InlineData("> 항목 | 값\n> --- | ---\n")]
    [InlineData("- 목록\n  항목 | 값\n  ---|---\n")]
    [InlineData("- 목록\n\n  > 항목 | 값\n  > --- | ---\n")]
    [InlineData("항목 | 값\n- | -\n")]
    [InlineData("항목 | 값\n---\n")]
    [InlineData("각주[^1]\n\n[^1]: 항목 | 값\n    --- | ---\n")]
    public void Posts_with_a_table_outside_code_keep_the_parse(string body) =>
        Assert.True(PipeTables.MayHoldTable(Post(body)));

    [Theory]
    [InlineData("```powershell\nGet-Process | Format-Table\n\nName    Value\n----    -----\n```\n")]
    [InlineData("    Get-Process | Format-Table\n    ----    -----\n")]
    [InlineData("<table>\n| a | b |\n|---|---|\n</table>\n")]
    public void Table_lines_only_in_code_or_html_skip_it(string body)
    {
        Assert.True(PipeTables.MayHoldTable(body)); // the line scan alone would parse
        Assert.False(PipeTables.MayHoldTable(Post(body)));
    }

    [Fact]
    public void The_posts_parse_never_skips_a_post_the_second_parse_finds_a_candidate_in()
    {
        // Lines from every kind of container and code, shuffled: whenever the second parse finds a candidate table,
        // the look at the post's own parse must have kept it.
        var line = Gen.OneOf(Gen.Const("a | b"), Gen.Const("| a | b |"), Gen.Const("--- | ---"), Gen.Const("|---|---|"), Gen.Const("- | -"),
            Gen.Const("---"), Gen.Const("==="), Gen.Const("> a | b"), Gen.Const("> ---|---"), Gen.Const("- item"), Gen.Const("  a | b"),
            Gen.Const("  --|--"), Gen.Const("```"), Gen.Const("    code | x"), Gen.Const("<div>"), Gen.Const("</div>"), Gen.Const(""),
            Gen.Const("text"), Gen.Const("[^1]: a | b"), Gen.Const("1. a | b"), Gen.Const(":-: | :-:"), Gen.Const("+---+---+"), Gen.Const("\t| a |"));
        line.Array[1, 10].Sample(lines =>
        {
            var post = Post(string.Join("\n", lines) + "\n");
            if (PipeTables.Parse(post).Tables.Count > 0)
            {
                Assert.True(PipeTables.MayHoldTable(post), string.Join("\\n", lines));
            }
        }, iter: 5000);
    }
}
