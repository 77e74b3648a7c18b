using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>The content rules (PL201-PL205) report in Korean: exact messages on Korean posts, particles agreeing.</summary>
public class ContentRulesKoreanTests
{
    private static string[] Ko(string text, string rule) =>
        RuleHarness.Lint(text, select: rule).Select(d => $"{d.Start.Line}:{d.Start.Column} {d.MessageIn(Language.Korean)}").ToArray();

    [Fact]
    public void Placeholder_text_in_korean()
    {
        Assert.Equal(
            [
                "2:9 title 값이 자리 표시자 'TBD'입니다. 실제 title을 쓰세요",
                "3:25 description에 자리 표시자 '(작성 중)'이 있습니다. 빠진 내용을 쓰거나 지우세요",
                "6:1 자리 표시자 'TODO'가 글에 남아 있습니다. 빠진 내용을 쓰거나 지우세요",
                "8:7 자리 표시자 '(내용 추가 예정)'이 글에 남아 있습니다. 빠진 내용을 쓰거나 지우세요",
            ],
            Ko("---\ntitle: \"TBD\"\ndescription: 도커 네트워크 정리 (작성 중)\n---\n\nTODO: 그림 추가\n\n성능 비교 (내용 추가 예정)\n", "placeholder-text"));
    }

    [Fact]
    public void Empty_section_in_korean()
    {
        Assert.Equal(
            [
                "4:1 제목 '### 설치' 아래에 내용이 없습니다. 바로 다음에 제목 '### 설정'이 옵니다. 내용을 쓰거나 제목을 지우세요",
                "9:1 제목 '## 참고 자료' 아래에 내용이 없습니다. 제목 바로 뒤에서 글이 끝납니다. 내용을 쓰거나 제목을 지우세요",
            ],
            Ko("---\ntitle: 글\n---\n### 설치\n\n### 설정\n설정 파일은 `config.yml`입니다.\n\n## 참고 자료\n", "empty-section"));
        Assert.Equal(
            ["4:1 제목 '## (텍스트 없음)' 아래에 내용이 없습니다. 바로 다음에 제목 '## 개요'가 옵니다. 내용을 쓰거나 제목을 지우세요"],
            Ko("---\ntitle: 글\n---\n##\n## 개요\n본문입니다.\n", "empty-section"));
    }

    [Fact]
    public void Merge_conflict_marker_in_korean()
    {
        Assert.Equal(
            [
                "5:1 병합 충돌 표시 '<<<<<<< HEAD'가 남아 있습니다(9번 줄에서 충돌이 끝납니다). 한쪽만 남기고 표시 줄을 지우세요",
                "11:1 병합 충돌 표시 '<<<<<<< 기능-브랜치'가 남아 있습니다. 충돌을 해결하고 표시 줄을 지우세요",
            ],
            Ko("---\ntitle: 글\n---\n\n<<<<<<< HEAD\n컨테이너는 가볍습니다.\n=======\n컨테이너는 빠르게 시작합니다.\n>>>>>>> feature/intro\n\n<<<<<<< 기능-브랜치\n남은 줄\n", "merge-conflict-marker"));
    }

    [Fact]
    public void Stray_fragment_in_korean()
    {
        Assert.Equal(
            [
                "5:1 남은 조각 '도': 조사나 어미만 홀로 있습니다. 문장을 마치거나 지우세요",
                "9:1 남은 조각 'ㅇㅇ': 단어가 아닌 한글 자모만 있습니다. 단어를 완성하거나 지우세요",
                "13:1 남은 조각 'asd': 문장이 되기에는 너무 짧은 문단입니다. 문장을 마치거나, 지우거나, 'allow'에 추가하세요",
            ],
            Ko("---\ntitle: 글\n---\n### 개요\n도\n### 설치\n설치는 간단합니다.\n\nㅇㅇ\n\n설정은 다음과 같습니다.\n\nasd\n\n끝까지 읽어 주셔서 고맙습니다.\n", "stray-fragment"));
    }

    [Fact]
    public void Stray_fragment_option_error_in_korean()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 30\n");
        site.Write("a.md", "---\ntitle: a\n---\n\n본문입니다.\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8" }, false, "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith(".postlint.yml:3:17: max-hangul은 0에서 20 사이의 정수여야 합니다\n", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Content_findings_with_lang_ko_on_the_command_line()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-ko.md", "---\ntitle: 도커 입문\nexcerpt: \"TODO\"\n---\n\n## 설치\n\n## 설정\n설정 파일을 엽니다.\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string>(), false, "_posts", "--lang", "ko", "--select", "content");
        Assert.Equal(
            "_posts/2025-03-01-ko.md:3:11: warning PL202 placeholder-text: excerpt 값이 자리 표시자 'TODO'입니다. 실제 excerpt를 쓰세요\n" +
            "_posts/2025-03-01-ko.md:6:1: warning PL204 empty-section: 제목 '## 설치' 아래에 내용이 없습니다. 바로 다음에 제목 '## 설정'이 옵니다. 내용을 쓰거나 제목을 지우세요\n",
            string.Concat(result.Out.Split('\n').Where(l => l.StartsWith("_posts/", StringComparison.Ordinal)).Select(l => l + "\n")));
    }
}
