using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>
/// PL103 on TOML and JSON front matter (Hugo): the readers' own reasons and what to write instead are in Korean;
/// the JSON library's own reason, quoted when no common mistake is recognised, stays English.
/// </summary>
public class KoreanParserReasonTests
{
    private static (string Korean, string English) Lint(string text)
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", text);
        var d = Assert.Single(RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-invalid-yaml"));
        return ($"{d.Start.Line}:{d.Start.Column} {d.MessageIn(Language.Korean)}", $"{d.Start.Line}:{d.Start.Column} {d.MessageIn(Language.English)}");
    }

    [Theory]
    [InlineData(
        "+++\ntitle: \"휴고 글\"\n+++\n본문\n",
        "2:1 front matter의 TOML 문법 오류입니다: TOML은 'key: value'가 아니라 'key = value'로 씁니다: title = \"휴고 글\"",
        "2:1 invalid TOML in front matter: TOML writes 'key = value', not 'key: value': title = \"휴고 글\"")]
    [InlineData(
        "+++\ntitle = 휴고 글\n+++\n본문\n",
        "2:9 front matter의 TOML 문법 오류입니다: TOML에서는 텍스트를 따옴표로 감싸야 합니다: title = \"휴고 글\"",
        "2:9 invalid TOML in front matter: text must be in quotes in TOML: title = \"휴고 글\"")]
    [InlineData(
        "+++\ndraft = True\n+++\n본문\n",
        "2:9 front matter의 TOML 문법 오류입니다: TOML의 불리언은 소문자 true와 false입니다: draft = true",
        "2:9 invalid TOML in front matter: TOML's booleans are lowercase true and false: draft = true")]
    [InlineData(
        "+++\ntitle = \"휴고 글\n+++\n본문\n",
        "2:9 front matter의 TOML 문법 오류입니다: 따옴표를 닫지 않았습니다. 같은 줄에서 \"로 텍스트를 끝내세요",
        "2:9 invalid TOML in front matter: the quote is never closed; end the text with \" on the same line")]
    [InlineData(
        "+++\n[params]\nauthor = \"나\"\n[params]\n+++\n본문\n",
        "4:2 front matter의 TOML 문법 오류입니다: [params]는 2번 줄에 이미 있습니다. TOML에서는 표를 한 번만 정의할 수 있으니 둘을 합치세요",
        "4:2 invalid TOML in front matter: [params] is already defined on line 2; TOML allows each table once: merge the two")]
    [InlineData(
        "{\n  \"title\": \"제이슨\",\n  \"tags\": [\"a\", \"b\",],\n}\n본문\n",
        "3:20 front matter의 JSON 문법 오류입니다: 마지막 항목 뒤에 쉼표가 있습니다. JSON은 마지막 항목 뒤의 쉼표를 허용하지 않으니 지우세요",
        "3:20 invalid JSON in front matter: a comma follows the last item; JSON allows no comma after the last item: remove it")]
    public void Toml_and_json_reasons_in_korean(string post, string korean, string english) =>
        Assert.Equal((korean, english), Lint(post));

    [Theory]
    [InlineData(
        "hugo.toml",
        "baseURL: 'https://example.org/'\ntitle = '블로그'\n",
        "hugo.toml은 올바른 TOML이 아닙니다: TOML은 'key: value'가 아니라 'key = value'로 씁니다: baseURL = 'https://example.org/'. 생성기는 여기서 멈추고, PostLint는 기본값을 썼습니다")]
    [InlineData(
        "astro.config.ts",
        "export default defineConfig({\n  base: process.env.BASE_PATH,\n});\n",
        "base는 PostLint가 실행하지 않는 코드로 정해집니다(process.env.BASE_PATH). PostLint는 base 없음으로 보았습니다. 검사하려면 문자열로 쓰세요")]
    public void Site_config_problems_in_korean(string config, string text, string korean)
    {
        using var site = new TempSite("none");
        site.Write(config, text);
        site.Write(config.StartsWith("astro", StringComparison.Ordinal) ? "src/content/blog/a.md" : "content/posts/a.md", "---\ntitle: 글\n---\n\n본문입니다.\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8", ["POSTLINT_NOW"] = "2025-06-01" }, false, "--select", "PL008");
        Assert.Contains(result.Findings, l => l.StartsWith(config + ":", StringComparison.Ordinal) && l.EndsWith(" PL008 site-config-unreadable: " + korean, StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_limits_are_postlint_s_own_words_in_korean()
    {
        var text = "---\ntitle: " + new string('[', 200) + new string(']', 200) + "\n---\n본문\n";
        var d = Assert.Single(RuleHarness.Lint(text, "_posts/2025-03-01-x.md", "front-matter-invalid-yaml"));
        Assert.Matches(@"^front matter의 YAML 문법 오류입니다: YAML이 \d+단계보다 깊게 중첩되어 있습니다$", d.MessageIn(Language.Korean));
        Assert.Matches(@"^invalid YAML in front matter: YAML is nested deeper than \d+ levels$", d.MessageIn(Language.English));
    }
}
