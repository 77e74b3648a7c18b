using System.Text;
using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>The front matter rules' findings in Korean, on Korean posts: exact messages, particles included.</summary>
public class FrontMatterKoreanTests
{
    private static readonly Dictionary<string, string> KoreanLocale = new() { ["LANG"] = "ko_KR.UTF-8" };

    private static string[] Korean(string text, string path, string rule) =>
        RuleHarness.Lint(text, path, rule).Select(d => $"{d.Start.Line}:{d.Start.Column} {d.MessageIn(Language.Korean)}").ToArray();

    [Fact]
    public void PL101_post_and_hugo_page_without_front_matter()
    {
        Assert.Equal(
            ["1:1 글에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요"],
            Korean("# 도커 네트워크 정리\n\n브리지 네트워크를 정리합니다.\n", "_posts/2025-03-01-docker-network.md", "front-matter-missing"));
        using var site = new TempSite("hugo");
        site.Write("content/posts/first.md", "# 첫 글\n\n본문입니다.\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "content/posts/first.md", "front-matter-missing"));
        Assert.Equal("페이지에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요", d.MessageIn(Language.Korean));
    }

    [Fact]
    public void PL102_unclosed_yaml_toml_and_json()
    {
        Assert.Equal(
            ["1:1 front matter가 닫히지 않았습니다. 마지막 키 다음에 --- 줄을 넣으세요"],
            Korean("---\ntitle: \"도커 네트워크 정리\"\ndate: 2025-03-01\n\n본문입니다.\n", "_posts/2025-03-01-x.md", "front-matter-unterminated"));
        Assert.Equal(
            ["1:1 front matter가 닫히지 않았습니다. 마지막 키 다음에 +++ 줄을 넣으세요"],
            Korean("+++\ntitle = \"휴고 글\"\n\n본문\n", "_posts/2025-03-01-x.md", "front-matter-unterminated"));
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", "{\n  \"title\": \"제이슨\"\n\n본문\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "content/posts/x.md", "front-matter-unterminated"));
        Assert.Equal("JSON front matter가 닫히지 않았습니다. 마지막 키 다음에 '}' 줄을 넣어 객체를 닫으세요", d.MessageIn(Language.Korean));
    }

    [Fact]
    public void PL103_hints_in_korean_with_the_parser_s_reason_and_the_example()
    {
        static string[] Yaml(string frontMatter) => Korean("---\n" + frontMatter + "---\n본문\n", "_posts/2025-03-01-x.md", "front-matter-invalid-yaml");
        Assert.Equal(
            ["2:8 front matter의 YAML 문법 오류입니다: while scanning a plain scalar value, found invalid mapping. 콜론과 공백(': ')이 들어간 값은 따옴표로 감싸야 합니다: title: \"도커: 처음 시작하기\""],
            Yaml("title: 도커: 처음 시작하기\ndate: 2025-03-01\n"));
        Assert.Equal(
            ["2:9 front matter의 YAML 문법 오류입니다: while scanning for the next token, found character that cannot start any token. '@' 문자로 시작하는 값은 따옴표로 감싸세요: author: \"@홍길동\""],
            Yaml("author: @홍길동\n"));
        Assert.Equal(
            ["2:1 front matter의 YAML 문법 오류입니다: while scanning a multiline plain scalar, found invalid mapping. front matter에 남은 병합 충돌을 해결하세요"],
            Yaml("<<<<<<< HEAD\ntitle: 첫째\n=======\ntitle: 둘째\n>>>>>>> feature\n"));
    }

    [Fact]
    public void PL104_duplicate_key_with_particle_and_consequence()
    {
        Assert.Equal(
            ["4:1 키 'title'은 2번째 줄에서 이미 설정했습니다. Jekyll은 마지막 값만 쓰고 Hugo는 이 파일을 거부합니다. 하나를 지우세요",
             "7:3 키 'teaser'는 6번째 줄에서 이미 설정했습니다. Jekyll은 마지막 값만 쓰고 Hugo는 이 파일을 거부합니다. 하나를 지우세요"],
            Korean("---\ntitle: \"첫 제목\"\ndate: 2025-03-01\ntitle: \"둘째 제목\"\nheader:\n  teaser: /a.jpg\n  teaser: /b.jpg\n---\n본문\n", "_posts/2025-03-01-x.md", "front-matter-duplicate-key"));
    }

    [Fact]
    public void PL105_one_tab_and_several_tabs()
    {
        Assert.Equal(
            ["3:1 들여쓰기에 탭이 있습니다. YAML은 공백으로만 들여씁니다", "4:1 들여쓰기에 탭이 2개 있습니다. YAML은 공백으로만 들여씁니다"],
            Korean("---\ncategories:\n\t- DevOps\n\t \t- 인프라\n---\n본문\n", "_posts/2025-03-01-x.md", "front-matter-tab-indent"));
    }

    [Fact]
    public void PL106_what_comes_before_is_named_in_korean()
    {
        Assert.Equal(
            ["3:1 front matter가 빈 줄 2개 뒤에서 시작합니다. Jekyll은 파일 맨 앞에 있는 front matter만 읽습니다. --- 앞의 내용을 지우세요"],
            Korean("\n\n---\ntitle: \"빈 줄 뒤\"\n---\n본문\n", "_posts/2025-03-01-x.md", "front-matter-before-bom-or-blank"));
        Assert.Equal(
            ["2:1 front matter가 빈 줄 뒤에서 시작합니다. Jekyll은 파일 맨 앞에 있는 front matter만 읽습니다. --- 앞의 내용을 지우세요"],
            Korean("\n---\ntitle: 제목\n---\n", "_posts/2025-03-01-x.md", "front-matter-before-bom-or-blank"));
        Assert.Equal(
            ["1:2 front matter가 보이지 않는 문자(U+200B) 뒤에서 시작합니다. Jekyll은 파일 맨 앞에 있는 front matter만 읽습니다. --- 앞의 내용을 지우세요"],
            Korean("\u200B---\ntitle: 제목\n---\n", "_posts/2025-03-01-x.md", "front-matter-before-bom-or-blank"));
        using var site = new TempSite("jekyll");
        site.WriteBytes("about.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: 소개\n---\n본문\n")]);
        var d = Assert.Single(RuleHarness.LintFile(site, "about.md", "front-matter-before-bom-or-blank"));
        Assert.Equal("파일이 바이트 순서 표시(BOM)로 시작합니다. Jekyll은 이 페이지를 처리하지 않고 front matter까지 그대로 복사합니다. BOM 없는 UTF-8로 저장하세요", d.MessageIn(Language.Korean));
    }

    [Fact]
    public void PL107_missing_and_empty_keys_in_the_cli_with_lang_ko()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  required-key:\n    keys: [title, description, header.teaser]\n");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: \"\"\ndescription: 도커 입문\n---\n본문입니다.\n");
        var result = CliRunner.Run(site.Root, KoreanLocale, false, "_posts", "--select", "required-key", "--lang", "ko");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("_posts/2025-03-01-x.md:2:1: error PL107 required-key: title이 비어 있습니다. 값을 적으세요\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("_posts/2025-03-01-x.md:1:1: error PL107 required-key: front matter에 header.teaser가 없습니다. header.teaser: 뒤에 값을 적어 넣으세요\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PL107_a_key_that_is_not_one_is_a_korean_config_error()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  required-key:\n    keys: [title, header.]\n");
        site.Write("_posts/2025-03-01-x.md", "---\ntitle: 제목\n---\n본문입니다.\n");
        var result = CliRunner.Run(site.Root, KoreanLocale, false, "_posts");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'header.'는 키가 아닙니다. title 같은 이름이나 header.teaser처럼 점으로 이은 경로를 쓰세요", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PL108_future_date_from_the_key_and_from_the_file_name()
    {
        // The harness's clock is 2025-06-01T12:00:00Z.
        Assert.Equal(
            ["3:7 date 2099-01-01은 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다"],
            Korean("---\ntitle: \"도커 네트워크 정리\"\ndate: 2099-01-01\n---\n본문\n", "_posts/2025-03-01-docker-network.md", "future-date"));
        Assert.Equal(
            ["1:1 파일 이름의 날짜 2099-01-05는 미래 날짜입니다. _config.yml에 future: true가 없으면 Jekyll은 그때까지 글을 게시하지 않습니다"],
            Korean("---\ntitle: \"도커 네트워크 정리\"\n---\n본문\n", "_posts/2099-01-05-docker-network.md", "future-date"));
    }

    [Fact]
    public void PL109_modified_before_date_names_the_line_of_the_date()
    {
        Assert.Equal(
            ["4:19 last_modified_at 2025-02-28이 3번째 줄의 date 2025-03-01보다 이릅니다. 둘 중 하나를 고치세요",
             "5:10 updated 2025-02-25가 3번째 줄의 date 2025-03-01보다 이릅니다. 둘 중 하나를 고치세요"],
            Korean("---\ntitle: \"도커 네트워크 정리\"\ndate: 2025-03-01\nlast_modified_at: 2025-02-28\nupdated: 2025-02-25\n---\n본문\n", "_posts/2025-03-01-x.md", "modified-before-date"));
    }

    [Fact]
    public void PL108_hugo_future_and_expired_pages()
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/x.md", "---\ntitle: \"도커 네트워크 정리\"\npublishDate: 2099-01-01\nexpiryDate: 2021-01-01\n---\n본문\n");
        Assert.Equal(
            ["publishDate 2099-01-01은 미래 날짜입니다. 사이트 설정에 buildFuture = true가 없으면 Hugo는 그때까지 페이지를 게시하지 않습니다",
             "expiryDate 2021-01-01이 지났습니다. 사이트 설정에 buildExpired = true가 없으면 Hugo는 이 페이지를 더 이상 게시하지 않습니다"],
            RuleHarness.LintFile(site, "content/posts/x.md", "future-date").Select(d => d.MessageIn(Language.Korean)));
    }

    [Fact]
    public void PL109_astro_names_pubDate()
    {
        using var site = new TempSite("astro");
        site.Write("src/content/blog/x.md", "---\ntitle: \"도커 네트워크 정리\"\npubDate: 'Jul 08 2022'\nupdatedDate: 'Jul 01 2022'\n---\n본문\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "src/content/blog/x.md", "modified-before-date"));
        Assert.Equal("updatedDate Jul 01 2022가 3번째 줄의 pubDate Jul 08 2022보다 이릅니다. 둘 중 하나를 고치세요", d.MessageIn(Language.Korean));
    }

    [Fact]
    public void PL110_file_name_date_mismatch_with_particles_on_dates()
    {
        Assert.Equal(
            ["3:7 date 2025-03-05가 파일 이름의 날짜 2025-03-01과 다릅니다. Jekyll은 글과 URL의 날짜를 2025-03-05로 정합니다. 둘을 맞추세요"],
            Korean("---\ntitle: \"도커 네트워크 정리\"\ndate: 2025-03-05\n---\n본문\n", "_posts/2025-03-01-docker-network.md", "file-name-date-mismatch"));
    }

    [Fact]
    public void PL111_undated_file_names_with_and_without_a_suggestion()
    {
        Assert.Equal(
            ["1:1 파일 이름 '2022-03-16_docker-network.md'가 YYYY-MM-DD-로 시작하지 않아 Jekyll이 게시하지 않습니다. 이름을 2022-03-16-docker-network.md로 바꾸세요"],
            Korean("---\ntitle: 도커 네트워크\n---\n본문\n", "_posts/2022-03-16_docker-network.md", "post-file-name-undated"));
        Assert.Equal(
            ["1:1 파일 이름 '도커-기초.md'가 YYYY-MM-DD-로 시작하지 않아 Jekyll이 게시하지 않습니다. 글의 날짜로 시작하도록 이름을 바꾸세요(예: 2025-03-01-도커-기초.md)"],
            Korean("---\ntitle: 도커 기초\n---\n본문\n", "_posts/도커-기초.md", "post-file-name-undated"));
    }
}
