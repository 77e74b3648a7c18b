using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL102FrontMatterUnterminatedTests
{
    private static string[] Lint(string text, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint(text, path, "front-matter-unterminated").Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Unclosed_yaml_front_matter_is_reported_on_the_opening_line()
    {
        Assert.Equal(
            ["1:1-1:4 front matter is never closed; add a --- line after its last key"],
            Lint("---\ntitle: \"닫히지 않은 앞부분\"\ndate: 2025-03-01\n\n본문입니다.\n"));
    }

    [Fact]
    public void Unclosed_toml_front_matter_names_its_delimiter()
    {
        Assert.Equal(["1:1-1:4 front matter is never closed; add a +++ line after its last key"], Lint("+++\ntitle = \"TOML\"\n\n본문\n"));
    }

    [Fact]
    public void Crlf_and_trailing_blanks_keep_the_range_on_the_first_line()
    {
        Assert.Equal(["1:1-1:6 front matter is never closed; add a --- line after its last key"], Lint("---  \r\ntitle: 제목\r\n본문\r\n"));
    }

    private static IReadOnlyList<Diagnostic> LintHugo(string text)
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", text);
        return RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-unterminated");
    }

    [Fact]
    public void Unclosed_json_front_matter_is_reported_on_its_opening_brace()
    {
        var d = Assert.Single(LintHugo("{\n  \"title\": \"닫히지 않은 JSON\",\n  \"tags\": [\"hugo\"]\n\n본문\n"));
        Assert.Equal(
            "1:1-1:2 error JSON front matter is never closed; end the object with a '}' line after its last key",
            $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToName()} {d.Message}");
        Assert.Equal("JSON front matter가 닫히지 않았습니다. 마지막 키 다음에 '}' 줄을 넣어 객체를 닫으세요", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void The_korean_message_names_the_delimiter_too()
    {
        var d = Assert.Single(RuleHarness.Lint("+++\ntitle = \"닫히지 않은 TOML\"\n\n본문\n", "_posts/2025-03-01-post.md", "front-matter-unterminated"));
        Assert.Equal("front matter가 닫히지 않았습니다. 마지막 키 다음에 +++ 줄을 넣으세요", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Theory]
    [InlineData("---\n\n구분선으로 시작하는 글입니다.\n")]
    [InlineData("---\n# 구분선 뒤의 제목\n\nNote: 제목 다음 빈 줄 뒤의 문장은 키가 아닙니다\n")]
    [InlineData("---\n본문: 한글 문장의 콜론은 키로 보지 않습니다\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    [InlineData("---\n- 목록\n")]
    public void A_thematic_break_at_the_top_is_not_front_matter(string text)
    {
        Assert.Empty(Lint(text));
    }

    [Theory]
    [InlineData("---\ntitle: 닫힘\n---\n본문\n")]
    [InlineData("---\ntitle: 점으로 닫힘\n...\n본문\n")]
    [InlineData("본문만\n")]
    public void Closed_or_absent_front_matter_is_fine(string text)
    {
        Assert.Empty(Lint(text));
    }

    [Fact]
    public void A_comment_before_the_first_key_still_counts()
    {
        Assert.Single(Lint("---\n# 블로그 글 템플릿\ntitle: 제목\n\n본문\n"));
    }

    [Fact]
    public void Pages_are_checked_too()
    {
        Assert.Single(Lint("---\nlayout: page\n\n소개\n", "about.md"));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL102-front-matter-unterminated", "PL102");
}
