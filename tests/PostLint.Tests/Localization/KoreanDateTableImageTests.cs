using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>
/// The Korean findings and fix titles of placeholder-date, the table rules and broken-image-path, on Korean posts in
/// each kind of site: exact text, particles included.
/// </summary>
public partial class KoreanDateTableImageTests
{
    private static string[] Korean(TempSite site, string path, string rule) =>
        RuleHarness.LintFile(site, path, rule)
            .Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToName()} {d.MessageIn(Language.Korean)}" + (d.Fix is null ? "" : $" | {d.Fix.TitleIn(Language.Korean)}"))
            .ToArray();

    private static string[] InSite(string kind, string path, string text, string rule)
    {
        using var site = new TempSite(kind);
        site.Write(path, text);
        return Korean(site, path, rule);
    }

    [Fact]
    public void PL201_jekyll_dates_with_the_date_grammar_s_note_in_korean()
    {
        Assert.Equal(
            [
                "3:7 error date '2025-13-01'은 Jekyll이 읽을 수 있는 날짜가 아니라서 빌드가 멈춥니다(없는 달). YYYY-MM-DD 형식으로 쓰세요(예: 2025-03-01)",
                "4:19 error last_modified_at 값이 자리 표시자 'YYYY-MM-DD'입니다. 실제 날짜를 쓰세요(예: 2025-03-01) | 2025-03-01로 바꾸세요",
                "5:10 warning updated '2024-02-30': 없는 날짜라서 Jekyll은 2024-03-01로 읽습니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-03-01)",
                "6:10 warning created '03/01/2025': Jekyll은 일을 월보다 먼저 읽으므로 2025-01-03이 됩니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-03-01)",
                "7:13 warning updated_at '2019-07-08T15:30-16:00'은 시간 범위(15:30부터 16:00까지)처럼 보이지만 Jekyll은 -16:00을 시간대 오프셋으로 읽습니다. 시각을 하나만 쓰세요(예: 2019-07-08T15:30)",
                "8:11 warning modified '다음 주'는 Jekyll이 읽을 수 있는 날짜가 아닙니다. 테마는 적힌 그대로 보여 줍니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-03-01)",
            ],
            InSite("jekyll", "_posts/2025-03-01-docker.md",
                "---\ntitle: 도커\ndate: 2025-13-01\nlast_modified_at: YYYY-MM-DD\nupdated: 2024-02-30\ncreated: 03/01/2025\nupdated_at: 2019-07-08T15:30-16:00\nmodified: 다음 주\n---\n본문\n",
                "placeholder-date"));
    }

    [Fact]
    public void PL201_empty_dates_file_names_and_other_generators()
    {
        Assert.Equal(
            ["3:1 error date 값이 비어 있어 Jekyll 빌드가 멈춥니다. 2025-03-01 같은 날짜를 쓰거나 키를 지우세요"],
            InSite("jekyll", "_posts/2025-03-01-docker.md", "---\ntitle: 도커\ndate:\n---\n본문\n", "placeholder-date"));
        Assert.Equal(
            ["1:1 error 파일 이름이 자리 표시자 'YYYY-MM-DD'로 시작합니다. 글의 날짜로 시작하도록 이름을 바꾸세요(예: 2025-06-01-docker.md)"],
            InSite("jekyll", "_posts/YYYY-MM-DD-docker.md", "---\ntitle: 도커\n---\n본문\n", "placeholder-date"));
        Assert.Equal(
            ["3:7 warning date '다음 주'는 Hugo가 읽을 수 있는 날짜가 아니라서 페이지 날짜가 0001-01-01이 됩니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-06-01)",
             "4:10 warning lastmod '1700000000': YAML은 이 값을 숫자로 읽고 Hugo는 숫자를 1970년부터 센 초로 읽으므로 2023-11-14 22:13:20 UTC가 됩니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-06-01)"],
            InSite("hugo", "content/posts/docker.md", "---\ntitle: 도커\ndate: 다음 주\nlastmod: 1700000000\n---\n본문\n", "placeholder-date"));
        Assert.Equal(
            ["3:10 error pubDate '다음 주'는 Astro가 읽을 수 있는 날짜가 아니라서 빌드가 멈춥니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-06-01)"],
            InSite("astro", "src/content/blog/docker.md", "---\ntitle: 도커\npubDate: 다음 주\n---\n본문\n", "placeholder-date"));
        Assert.Equal(
            ["3:7 warning date '다음 주'는 어떤 사이트 생성기도 읽을 수 없는 날짜입니다. YYYY-MM-DD 형식으로 쓰세요(예: 2025-06-01)"],
            InSite("none", "notes/docker.md", "---\ntitle: 도커\ndate: 다음 주\n---\n본문\n", "placeholder-date"));
    }

    [Theory]
    [InlineData("none", "| | b | c |\n| --- | --- |\n| 1 | 2 | | |\n", "6:1 error 머리글 행은 3칸, 구분 행은 2칸입니다. GitHub에서는 표가 보이지 않습니다 | 빠진 구분 칸을 넣으세요")]
    [InlineData("none", "아래 표를 보세요.\n|---|---|\n| 가 | 나 |\n", "6:1 error 이 구분 행 위의 줄에 '|'가 없어 GitHub는 그 줄을 1칸짜리 머리글로 읽는데 구분 행은 2칸이라 표를 보여 주지 않습니다. 구분 행 바로 위에 머리글 행을 쓰세요")]
    [InlineData("none", "| 가 | 나 |\n|---|---|\n| 1 | 2 |||\n", "7:1 error 이 행은 4칸, 머리글은 2칸입니다. GitHub는 남는 빈 칸들을 버립니다 | 남는 빈 칸 2개를 지우세요")]
    [InlineData("none", "| 가 | 나 |\n| --- | --- |\n| `a|b` | 2 |\n", "7:3 error 이 행은 3칸, 머리글은 2칸입니다. 코드 스팬 `a|b` 안의 '|' 때문에 칸이 나뉩니다. '\\|'라고 쓰세요")]
    [InlineData("none", "| 가 | 나 | 다 |\n|---|---|---|\n| 짧은 행 |\n", "7:1 warning 이 행은 1칸, 머리글은 3칸입니다. GitHub는 이 행에 빈 칸 2개를 채워 넣습니다 | 행에 빈 칸 2개를 채워 넣으세요")]
    [InlineData("none", "| 가 | 나 |\n| ㅡㅡㅡ | --- |\n| 1 | 2 |\n", "6:3 error 1번째 구분 칸 'ㅡㅡㅡ'에 '-' 대신 한글 모음 'ㅡ'를 썼습니다. GitHub에서는 표가 보이지 않습니다. '---', ':---', '---:', ':---:' 중 하나로 쓰세요")]
    [InlineData("hugo", "| 가 | 나 |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n", "6:1 warning 머리글 행은 2칸, 구분 행은 3칸입니다. Hugo는 머리글에 빈 칸 1개를 채우지만 GitHub의 파일 보기에는 표가 나오지 않습니다 | 머리글 행에 빈 칸 1개를 채워 넣으세요")]
    [InlineData("hugo", "| 가 | 나 |\n| --- | --- |\n| 1 | 2 | x |\n", "7:1 error 이 행은 3칸, 머리글은 2칸입니다. Hugo는 남는 칸('x')을 버립니다")]
    [InlineData("jekyll", "| 가 | 나 |\n|---|---|---|---|\n", "6:1 warning 머리글 행은 2칸, 구분 행은 4칸입니다. Jekyll의 kramdown은 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다 | 남는 구분 칸 2개를 지우세요")]
    [InlineData("jekyll", "| 가 | 나 |\n| --- | --- |\n| `a|b` | 2 |\n", "7:3 warning 코드 스팬 `a|b` 안의 '|' 때문에 GitHub의 파일 보기에서는 칸이 나뉩니다(Jekyll의 kramdown은 코드 스팬을 나누지 않습니다). <code>a&#124;b</code>라고 쓰세요(kramdown은 '\\|'의 백슬래시를 그대로 보여 줍니다)")]
    [InlineData("jekyll", "| 가 | 나 |\n| --- | --- |\n| 1 | 2 | x |\n", "7:1 warning 이 행은 3칸, 머리글은 2칸입니다. Jekyll의 kramdown은 남는 칸('x')에 머리글 없는 열을 더하지만 GitHub의 파일 보기는 그 칸을 버립니다")]
    [InlineData("jekyll", "표 설명입니다.\n| 가 | 나 |\n|---|---|\n", "6:1 error 이 표는 텍스트 줄 바로 아래에서 시작해서 Jekyll의 kramdown이 텍스트로 보여 줍니다. 표 위에 빈 줄을 넣으세요 | 표 위에 빈 줄을 넣으세요")]
    public void PL501_each_renderer_in_korean(string kind, string body, string expected)
    {
        var path = kind switch { "jekyll" => "_posts/2025-01-01-표.md", "hugo" => "content/posts/표.md", _ => "notes/표.md" };
        Assert.Equal([expected], InSite(kind, path, "---\ntitle: 표\n---\n\n" + body, "malformed-table"));
    }

    [Theory]
    [InlineData("jekyll", "| 항목 | 금액 |\n|------+------:|\n| 점심 | 9,000 |\n", "6:1 warning 칸 사이에 '+'를 쓴 kramdown식 구분 행입니다. Jekyll의 kramdown은 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다. '+' 대신 '|'를 쓰세요")]
    [InlineData("hugo", "| 항목 | 금액 |\n|------+------:|\n| 점심 | 9,000 |\n", "6:1 error 칸 사이에 '+'를 쓴 kramdown식 구분 행입니다. Hugo에서는 표가 보이지 않습니다. '+' 대신 '|'를 쓰세요")]
    [InlineData("jekyll", "| 항목 | 금액 |\n|------|------:|\n| 점심 | 9,000 |\n|======|======:|\n| 합계 | 9,000 |\n", "8:1 warning kramdown식 바닥글 줄입니다. GitHub의 파일 보기에는 표 바닥글이 없어 이 줄을 '='로 된 행으로 보여 줍니다. 이 줄을 지우세요")]
    [InlineData("jekyll", "| 항목 | 금액 |\n| 점심 | 9,000 |\n|------|------:|\n| 커피 | 4,500 |\n", "5:1 warning 이 행은 머리글 행 위에 있습니다. kramdown은 이 행을 머리글 행으로 만들지만 GitHub의 파일 보기는 표 위의 텍스트로 보여 줍니다. GFM 표의 머리글 행은 구분 행 바로 위의 한 행뿐입니다")]
    [InlineData("none", "| 점심 | 9,000 |\n| 커피 | 4,500 |\n", "5:1 error 표에 구분 행이 없습니다. GitHub에서는 텍스트 2줄로 보입니다(kramdown만 표로 보여 줍니다). 첫 행 아래에 구분 행을 넣으세요: '| --- | --- |'")]
    public void PL502_kramdown_only_syntax_in_korean(string kind, string body, string expected)
    {
        var path = kind switch { "jekyll" => "_posts/2025-01-01-표.md", "hugo" => "content/posts/표.md", _ => "notes/표.md" };
        Assert.Equal([expected], InSite(kind, path, "---\ntitle: 표\n---\n\n" + body, "kramdown-table-syntax"));
    }

    [Fact]
    public void PL301_missing_files_letter_case_and_the_post_s_folder_in_korean()
    {
        using var site = new TempSite("jekyll");
        site.Write("assets/images/settings.png", "png");
        site.Write("_posts/diagram.png", "png");
        site.Write("_posts/2025-03-01-docker.md",
            "---\ntitle: 도커\nheader:\n  teaser: /assets/images/Settings.png\n---\n\n![설정](/assets/images/setings.png)\n\n![구조도](diagram.png)\n\n![]()\n\n![](/assets\\images\\settings.png)\n");
        Assert.Equal(
            [
                "4:11 error 이미지 '/assets/images/Settings.png'는 파일 assets/images/settings.png와 대소문자가 다릅니다. macOS와 Windows에서는 보이지만 GitHub Pages에서는 깨집니다. '/assets/images/settings.png'로 쓰세요 | '/assets/images/settings.png'로 바꾸세요",
                "7:7 error 이미지 '/assets/images/setings.png'를 찾을 수 없습니다. assets/images/에 파일 'setings.png'가 없습니다. '/assets/images/settings.png'를 쓰려던 것인가요?",
                "9:8 error 이미지 'diagram.png'는 글 옆에 있지만(_posts/diagram.png), 페이지는 /2025/03/01/docker.html에 게시되고 /2025/03/01/diagram.png를 불러옵니다. 이 경로에는 파일이 없습니다. 이미지를 assets/ 같은 사이트 폴더로 옮기고 사이트 루트부터 쓴 경로로 바꾸세요",
                "11:5 error 이미지 경로가 비어 있습니다. 이미지 파일의 경로를 쓰세요",
                "13:5 warning 이미지 경로 '/assets\\images\\settings.png'에 역슬래시가 있습니다. '/assets/images/settings.png'로 쓰세요 | '/assets/images/settings.png'로 바꾸세요",
            ],
            Korean(site, "_posts/2025-03-01-docker.md", "broken-image-path"));
    }

    [Fact]
    public void PL301_base_path_and_hugo_host_in_korean()
    {
        using (var site = new TempSite("none"))
        {
            site.Write("_config.yml", "baseurl: /blog\n");
            site.Write("assets/a.png", "png");
            site.Write("_posts/2025-03-01-docker.md", "---\ntitle: 도커\n---\n\n![구조](/assets/a.png)\n");
            Assert.Equal(
                ["5:7 error 이미지 '/assets/a.png'에 사이트의 baseurl '/blog'가 빠졌습니다. 게시된 페이지는 사이트 밖의 /assets/a.png를 불러옵니다. '/blog/assets/a.png' 또는 '{{ \"/assets/a.png\" | relative_url }}'로 쓰세요 | '/blog/assets/a.png'로 쓰세요"],
                Korean(site, "_posts/2025-03-01-docker.md", "broken-image-path"));
        }

        using (var site = new TempSite("hugo"))
        {
            site.Write("static/images/Diagram.png", "png");
            site.Write("content/posts/docker/index.md", "---\ntitle: 도커\n---\n\n![구조](/images/diagram.png)\n");
            Assert.Equal(
                ["5:7 error 이미지 '/images/diagram.png'는 파일 static/images/Diagram.png와 대소문자가 다릅니다. macOS와 Windows에서는 보이지만 Hugo 사이트에서는 깨집니다. '/images/Diagram.png'로 쓰세요 | '/images/Diagram.png'로 바꾸세요"],
                Korean(site, "content/posts/docker/index.md", "broken-image-path"));
        }
    }

    [Fact]
    public void PL301_skipped_paths_and_paths_outside_the_site_in_korean()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  broken-image-path:\n    report-skipped: true\n");
        site.Write("assets/b.png", "png");
        site.Write("_posts/2025-03-01-docker.md",
            "---\ntitle: 도커\n---\n\n![원격](https://example.com/a.png)\n\n![틀]({{ page.image }})\n\n![데이터](data:image/png;base64,AAAA)\n\n" +
            "![깃허브](https://github.com/me/repo/blob/main/a.png)\n\n![내 컴퓨터](C:\\Users\\me\\a.png)\n\n![위로](../../../../a.png)\n\n![폴더](/assets/)\n");
        Assert.Equal(
            [
                "5:7 info 이미지 'https://example.com/a.png'는 원격 이미지라서 검사하지 않습니다",
                "7:6 info 이미지 '{{ page.image }}'는 템플릿 문법이 들어간 경로라서 검사하지 않습니다",
                "9:8 info 이미지 'data:image/png;base64,AAAA'는 data: URI 이미지라서 검사하지 않습니다",
                "11:8 error 이미지 'https://github.com/me/repo/blob/main/a.png'는 이미지 자체가 아니라 파일을 보여 주는 GitHub 페이지(/blob/ URL)라서 이미지가 나오지 않습니다. ?raw=true를 붙이거나 raw.githubusercontent.com URL을 쓰세요 | 'https://github.com/me/repo/blob/main/a.png?raw=true'로 바꾸세요",
                "13:10 error 이미지 'C:\\Users\\me\\a.png'는 사이트 루트 밖, 이 컴퓨터의 경로입니다. 이미지를 사이트 안(예: assets/images/)에 복사하고 사이트 루트부터 쓴 경로로 바꾸세요",
                "15:7 error 이미지 '../../../../a.png'가 사이트 루트 밖을 가리킵니다. 페이지는 /2025/03/01/docker.html에 게시되고 /a.png를 불러옵니다. 루트보다 폴더 1단계 위로 올라갑니다",
                "17:7 error 이미지 '/assets/'는 이미지 파일이 아니라 폴더(assets/)입니다",
            ],
            Korean(site, "_posts/2025-03-01-docker.md", "broken-image-path"));
    }

    /// <summary>
    /// Every finding that the rule fixtures produce reads in Korean: each message has Hangul, and no English sentence is
    /// left outside quotes and code (PL103 quotes the YAML, JSON or TOML parser's own reason as it is).
    /// </summary>
    [Fact]
    public void Every_finding_on_the_rule_fixtures_reads_in_korean()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var problems = new List<string>();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in Directory.GetDirectories(root, "PL*").Concat(Directory.GetDirectories(Path.Combine(root, "sites"))).Order(StringComparer.Ordinal))
        {
            foreach (var line in CliRunner.Run(dir, ".", "--lang", "ko").Findings)
            {
                var m = Finding().Match(line);
                Assert.True(m.Success, line);
                var (id, message) = (m.Groups["id"].Value, m.Groups["message"].Value);
                rules.Add(id);
                var outside = Quoted().Replace(message, "");
                if (!Hangul().IsMatch(message) || (id != "PL103" && EnglishWords().IsMatch(outside)))
                {
                    problems.Add($"{Path.GetFileName(dir)}: {line}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(rules.Count >= 20, $"only {rules.Count} rules found on the fixtures: {string.Join(", ", rules.Order(StringComparer.Ordinal))}");
    }

    [GeneratedRegex(@": (error|warning|info) (?<id>PL\d+) [a-z0-9-]+: (?<message>.*)$")]
    private static partial Regex Finding();

    // Quoted values, code spans and HTML tags quote the post, in whatever language it is.
    [GeneratedRegex(@"'[^']*'|`[^`]*`|""[^""]*""|<[^>]*>")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(the|is|are|not|and|with|write|was|has|have|does)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();
}
