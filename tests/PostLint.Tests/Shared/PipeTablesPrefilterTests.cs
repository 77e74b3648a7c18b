using PostLint.Rules.Shared;

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
}
