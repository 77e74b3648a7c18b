using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL202PlaceholderTextTests
{
    private static string[] Body(string body) =>
        RuleHarness.Lint("---\ntitle: \"글\"\n---\n" + body + "\n", select: "placeholder-text")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    private static string[] FrontMatter(string yaml) =>
        RuleHarness.Lint("---\n" + yaml + "---\n본문입니다.\n", select: "placeholder-text")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Theory]
    [InlineData("TODO", 1, "TODO")]
    [InlineData("TODO: 그림 추가", 1, "TODO")]
    [InlineData("FIXME: 링크 고치기", 1, "FIXME")]
    [InlineData("설명은 나중에 채운다. TODO", 14, "TODO")]
    [InlineData("벤치마크 결과 (TODO)", 9, "(TODO)")]
    [InlineData("[WIP] 정리 중인 글", 1, "[WIP]")]
    [InlineData("TBD", 1, "TBD")]
    [InlineData("(작성 중)", 1, "(작성 중)")]
    [InlineData("작성중", 1, "작성중")]
    [InlineData("내용 추가", 1, "내용 추가")]
    [InlineData("추가 예정", 1, "추가 예정")]
    [InlineData("준비 중입니다.", 1, "준비 중입니다.")]
    [InlineData("추후 작성 예정...", 1, "추후 작성 예정...")]
    [InlineData("성능 비교 결과 (내용 추가 예정)", 10, "(내용 추가 예정)")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", 1, "Lorem ipsum dolor")]
    [InlineData("여기에 내용을 작성해 주세요.", 1, "여기에 내용을 작성해 주세요.")]
    public void Placeholders_in_prose_are_reported_at_their_text(string line, int column, string shown)
    {
        var finding = Assert.Single(Body(line));
        Assert.StartsWith($"4:{column}-{column + shown.Length} ", finding, StringComparison.Ordinal);
        Assert.EndsWith($"placeholder '{shown}' left in the post; write the missing content or remove it", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_between_and_inside_code_and_html_blocks()
    {
        // The search for required words skips top-level code and HTML blocks; prose around and inside lists is kept.
        var findings = Body("TODO\n\n```\nTODO: 코드 속\n```\n\n(작성 중)\n\n<div>\nTODO: HTML 속\n</div>\n\n- 목록\n\n  ```\n  TODO\n  ```\n\n  [WIP] 목록 속");
        Assert.Equal(["4:1-5", "10:1-7", "22:3-8"], findings.Select(f => f[..f.IndexOf(' ')]));
    }

    [Fact]
    public void Lorem_ipsum_generator_filler_is_reported_once_per_paragraph()
    {
        var found = Body("Tempor velit sint sunt ipsum tempor enim ad qui ullamco. Cupidatat ea do et in excepteur in.\n\nAd nostrud ut est esse eu duis ea sunt eiusmod.");
        Assert.Equal(2, found.Length);
        Assert.StartsWith("4:49-56 placeholder 'ullamco'", found[0], StringComparison.Ordinal);
        Assert.StartsWith("6:4-11 placeholder 'nostrud'", found[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_pattern_reports_once_per_paragraph()
    {
        Assert.Equal(["4:1-18 placeholder 'Lorem ipsum dolor' left in the post; write the missing content or remove it"],
            Body("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Lorem ipsum dolor sit amet, sed do eiusmod."));
        Assert.Equal(["4:33-50 placeholder 'Lorem ipsum dolor' left in the post; write the missing content or remove it"],
            Body("...consectetur adipiscing elit. Lorem ipsum dolor sit amet"));
    }

    [Theory]
    [InlineData("TODO 앱을 만들어 보자.")]
    [InlineData("TODO를 정리하는 습관을 들였다.")]
    [InlineData("IDE의 TODO 주석 기능을 쓴다.")]
    [InlineData("todo 리스트를 만든다.")]
    [InlineData("TODOS 목록과 todolist 앱")]
    [InlineData("TODO.md 파일을 연다.")]
    [InlineData("출시일은 TBD로 공지되었다.")]
    [InlineData("이사를 준비 중이라 바쁘다.")]
    [InlineData("다음 버전에 추가 예정이다.")]
    [InlineData("main.js 파일에 이하 내용 추가.")]
    [InlineData("Lorem Ipsum은 인쇄 업계의 더미 텍스트다.")]
    [InlineData("To be continued")]
    [InlineData("다크 모드 (추가 예정)")]
    [InlineData("작동 가능성만 확인 (미완성)")]
    [InlineData("결제 서비스 (준비 중)")]
    public void Prose_about_the_words_is_not_a_placeholder(string line)
    {
        Assert.Empty(Body(line));
    }

    [Theory]
    [InlineData("`TODO: x`를 검색한다.")]
    [InlineData("```\n// TODO: 나중에\n```")]
    [InlineData("    TODO:")]
    [InlineData("[문서](https://example.com/TODO)를 본다.")]
    [InlineData("주소는 https://example.com/TODO: 입니다.")]
    [InlineData("<span title=\"TODO:\">텍스트</span>")]
    [InlineData("<!-- TODO: 그림 추가 -->")]
    [InlineData("<div>\nTODO:\n</div>")]
    [InlineData("{% comment %}\nTODO:\n{% endcomment %}")]
    [InlineData("{% highlight js %}\n// TODO:\n{% endhighlight %}")]
    [InlineData("{{ page.TODO }}")]
    [InlineData("![TODO](/assets/a.png)")]
    public void Code_urls_html_images_and_liquid_are_never_read(string body)
    {
        Assert.Empty(Body(body));
    }

    [Fact]
    public void Html_kept_open_across_blank_lines_is_html_only_where_kramdown_renders()
    {
        // kramdown keeps <details> raw up to its closing tag; CommonMark (GitHub) ends it at the blank line.
        const string text = "---\ntitle: \"글\"\n---\n<details>\n<pre>\n\nTODO:\n\n</pre>\n</details>\n";
        Assert.Empty(RuleHarness.LintJekyll(text, select: "placeholder-text"));
        Assert.Equal(["7:1"], RuleHarness.Brief(RuleHarness.Lint(text, select: "placeholder-text")).Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ToArray());
    }

    [Fact]
    public void Placeholders_right_next_to_each_other_are_each_reported()
    {
        Assert.Equal(
            [
                "4:1-6 placeholder '(WIP)' left in the post; write the missing content or remove it",
                "4:6-12 placeholder '(작성 중)' left in the post; write the missing content or remove it",
            ],
            Body("(WIP)(작성 중) 설치 방법"));
        Assert.Equal(
            [
                "4:1-7 placeholder '(작성 중)' left in the post; write the missing content or remove it",
                "4:7-12 placeholder '(WIP)' left in the post; write the missing content or remove it",
            ],
            Body("(작성 중)(WIP) 설치 방법"));
    }

    [Fact]
    public void Lists_quotes_tables_and_footnotes_are_read()
    {
        var found = Body("- TODO: 항목\n\n> (작성 중)\n\n| 항목 | 내용 |\n|---|---|\n| 설치 | TODO: 채우기 |\n\n각주[^1]\n\n[^1]: 추가 예정");
        Assert.Equal(["4:3", "6:3", "10:8", "14:7"], found.Select(f => f[..f.IndexOf('-', StringComparison.Ordinal)]).ToArray());
    }

    [Fact]
    public void Table_cell_holding_a_value_is_not_a_placeholder()
    {
        Assert.Empty(Body("| 기능 | 상태 | 출시일 |\n|---|---|---|\n| 다크 모드 | 추가 예정 | TBD |\n| 검색 | 준비 중 | 미정 |\n| 로그인 | TODO | 미정 |"));
    }

    [Fact]
    public void Heading_that_is_only_the_marker_names_a_section()
    {
        Assert.Empty(Body("## TODO\n- [ ] 글쓰기"));
        Assert.Equal(["4:7-13 placeholder '(작성 중)' left in the post; write the missing content or remove it"], Body("## 결론 (작성 중)"));
    }

    [Fact]
    public void Escaped_and_emphasised_markers_map_to_their_source_columns()
    {
        Assert.Equal(["4:3-7"], Body("**TODO**: 채우기").Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ToArray());
        Assert.Equal(["4:1-5"], Body("TODO\\: 채우기").Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ToArray());
    }

    [Theory]
    [InlineData("title: TBD\n", "2:8-11 title is the placeholder 'TBD'; write the real title")]
    [InlineData("title: \"TODO\"\n", "2:9-13 title is the placeholder 'TODO'; write the real title")]
    [InlineData("excerpt: \"TODO: 요약 쓰기\"\n", "2:11-15 excerpt contains the placeholder 'TODO'; write the missing text or remove it")]
    [InlineData("description: Lorem ipsum\n", "2:14-25 description is the placeholder 'Lorem ipsum'; write the real description")]
    [InlineData("header:\n  caption: \"(작성 중)\"\n", "3:13-19 header.caption is the placeholder '(작성 중)'; write the real header.caption")]
    [InlineData("title: >-\n  TBD\n", "2:8-6 title is the placeholder 'TBD'; write the real title")]
    public void Front_matter_values_are_checked(string yaml, string expected)
    {
        Assert.Equal([expected], FrontMatter(yaml));
    }

    [Theory]
    [InlineData("subtitle: TBD\n", "2:11-14 subtitle is the placeholder 'TBD'; write the real subtitle")]
    [InlineData("summary: \"(작성 중)\"\n", "2:11-17 summary is the placeholder '(작성 중)'; write the real summary")]
    [InlineData("title: \"벤치마크 결과 (TODO)\"\n", "2:17-23 title contains the placeholder '(TODO)'; write the missing text or remove it")]
    [InlineData("title: '  작성 중  '\n", "2:11-15 title is the placeholder '작성 중'; write the real title")]
    public void Every_default_key_is_checked_at_the_placeholder_inside_the_value(string yaml, string expected)
    {
        Assert.Equal([expected], FrontMatter(yaml));
    }

    [Theory]
    [InlineData("excerpt: 요약 쓰기\n  TODO\n", "2:10-7 excerpt contains the placeholder 'TODO'; write the missing text or remove it")]
    [InlineData("description: Write your content\n  here\n", "2:14-7 description is the placeholder 'Write your content here'; write the real description")]
    public void Value_folded_over_lines_is_reported_over_the_whole_value(string yaml, string expected)
    {
        // The value's characters are not the source's: the finding covers the whole value, not a guessed column.
        Assert.Equal([expected], FrontMatter(yaml));
    }

    [Fact]
    public void Long_placeholder_is_shown_up_to_forty_characters()
    {
        var forty = "Lorem ipsum" + new string('.', 29);
        var longer = forty + ".";
        Assert.Equal([$"4:1-41 placeholder '{forty}' left in the post; write the missing content or remove it"], Body(forty));
        Assert.Equal([$"4:1-42 placeholder '{longer[..39]}…' left in the post; write the missing content or remove it"], Body(longer));
    }

    [Theory]
    [InlineData("title: \"TODO 앱 만들기\"\n")]
    [InlineData("title: \"Jekyll 블로그 준비 중 겪은 문제\"\n")]
    [InlineData("tags: [TODO]\n")]
    [InlineData("todo: TODO\n")]
    [InlineData("excerpt: \"<a href='/TODO:'>링크</a>\"\n")]
    [InlineData("excerpt: \"<abbr title='TODO:'>설명</abbr>\"\n")]
    [InlineData("excerpt: \"{{ 'TODO:' }} 설명\"\n")]
    [InlineData("excerpt: \"https://example.com/?TODO: 참고\"\n")]
    [InlineData("excerpt: \"{{ page.TODO }}\"\n")]
    [InlineData("image: /assets/TODO.png\n")]
    public void Other_keys_prose_urls_and_liquid_in_front_matter_are_not_placeholders(string yaml)
    {
        Assert.Empty(FrontMatter(yaml));
    }

    [Fact]
    public void Keys_option_chooses_the_front_matter_keys()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  placeholder-text:\n    keys: [summary_ko]\n");
        site.Write("_posts/2025-03-04-keys.md", "---\ntitle: TBD\nsummary_ko: \"(작성 중)\"\n---\n본문입니다.\n");
        var found = RuleHarness.LintFile(site, "_posts/2025-03-04-keys.md", "placeholder-text");
        var d = Assert.Single(found);
        Assert.Equal(3, d.Start.Line);
    }

    [Theory]
    [InlineData("jekyll", "_drafts/new-post.md", "")]                                    // Jekyll builds _drafts only with --drafts
    [InlineData("jekyll", "_posts/2025-03-01-later.md", "published: false\n")]           // ... and published: false with --unpublished
    [InlineData("jekyll", "_posts/2025-03-01-later.md", "published: no\n")]              // Ruby's YAML: no is false
    [InlineData("hugo", "content/posts/later.md", "draft: true\n")]                      // Hugo builds drafts only with --buildDrafts
    [InlineData("hugo", "content/posts/later.md", "Draft: True\n")]                      // Hugo's keys ignore letter case
    [InlineData("hugo", "content/posts/later.md", "published: false\n")]
    [InlineData("hugo", "content/posts/later.md", "draft: yes\n")]                      // go-yaml v2 reads YAML 1.1: yes is true
    [InlineData("hugo", "content/posts/later.md", "draft: \"true\"\n")]                 // a string, read by Go's ParseBool (Hugo 0.111)
    [InlineData("hugo", "content/posts/later.md", "draft: 1\n")]                        // cast.ToBool: a whole number other than 0
    [InlineData("astro", "src/content/blog/later.md", "draft: true\n")]                  // the blog themes filter draft: true
    public void A_draft_the_site_leaves_out_may_hold_work_in_progress(string kind, string path, string frontMatter)
    {
        using var site = new TempSite(kind);
        site.Write(path, "---\ntitle: 글\n" + frontMatter + "---\n## 개요\n\nTODO: 그림 추가\n\n## 결론\n\n## 참고\n\n(작성 중)\n");
        Assert.Empty(RuleHarness.LintFile(site, path, "placeholder-text,empty-section"));
    }

    [Theory]
    [InlineData("jekyll", "_posts/2025-03-01-now.md", "published: true\n")]
    [InlineData("hugo", "content/posts/now.md", "draft: false\n")]
    [InlineData("hugo", "content/posts/now.md", "draft: \"yes\"\n")]                    // a string Go's ParseBool does not read (Hugo 0.111)
    [InlineData("hugo", "content/posts/now.md", "draft: tRUE\n")]                       // neither a YAML 1.1 boolean nor a ParseBool word
    [InlineData("astro", "src/content/blog/now.md", "draft: false\n")]
    [InlineData("none", "posts/now.md", "draft: true\n")]                                // GitHub's file view shows every file
    public void A_published_post_gets_its_work_in_progress_reported(string kind, string path, string frontMatter)
    {
        using var site = new TempSite(kind);
        site.Write(path, "---\ntitle: 글\n" + frontMatter + "---\n## 개요\n\nTODO: 그림 추가\n\n## 결론\n\n## 참고\n\n(작성 중)\n");
        Assert.Equal(
            ["PL202 7:1", "PL204 9:1", "PL202 13:1"],
            RuleHarness.LintFile(site, path, "placeholder-text,empty-section").Select(d => $"{d.Rule.Id} {d.Start.Line}:{d.Start.Column}"));
    }

    [Fact]
    public void A_draft_still_gets_findings_of_other_rules()
    {
        using var site = new TempSite();
        site.Write("_drafts/new-post.md", "---\ntitle: 글\n---\nTODO: 확작성 설명\n");
        Assert.Equal(["PL401"], RuleHarness.LintFile(site, "_drafts/new-post.md", "placeholder-text,misspelling").Select(d => d.Rule.Id));
    }

    [Fact]
    public void Fixture_report_matches_its_snapshot()
    {
        FixtureSnapshot.Verify("PL202-placeholder-text", "placeholder-text");
    }
}
