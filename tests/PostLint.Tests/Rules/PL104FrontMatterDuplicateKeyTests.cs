using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL104FrontMatterDuplicateKeyTests
{
    private static string[] Lint(string frontMatter) =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n본문\n", "_posts/2025-03-01-post.md", "front-matter-duplicate-key")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Second_key_is_reported_and_names_the_first_line()
    {
        Assert.Equal(
            ["4:1-6 key 'title' is already set on line 2; Jekyll keeps only the last value and Hugo rejects the file: remove one"],
            Lint("title: \"첫 제목\"\ndate: 2025-03-01\ntitle: \"둘째 제목\"\n"));
    }

    [Fact]
    public void Nested_mappings_and_mappings_in_sequences_are_checked()
    {
        var found = Lint("title: 중첩\nheader:\n  teaser: /a.jpg\n  teaser: /b.jpg\ngallery:\n  - url: /1.jpg\n    url: /2.jpg\n");
        Assert.Equal(["5:3-9 key 'teaser' is already set on line 4; Jekyll keeps only the last value and Hugo rejects the file: remove one",
                      "8:5-8 key 'url' is already set on line 7; Jekyll keeps only the last value and Hugo rejects the file: remove one"], found);
    }

    [Fact]
    public void Quoted_and_plain_spellings_of_a_key_are_the_same_key()
    {
        Assert.Single(Lint("title: 하나\n\"title\": 둘\n"));
    }

    [Fact]
    public void Every_repeat_is_reported()
    {
        Assert.Equal(2, Lint("tags: [a]\ntags: [b]\ntags: [c]\n").Length);
    }

    [Theory]
    [InlineData("jekyll", "_posts/2025-03-01-x.md", "---\ntitle: 하나\ntitle: 둘\n---\n", "3:1-6 key 'title' is already set on line 2; Jekyll keeps only the last value: remove one", "키 'title'은 2번째 줄에서 이미 설정했습니다. Jekyll은 마지막 값만 씁니다. 하나를 지우세요")]
    [InlineData("hugo", "content/posts/x.md", "---\ntitle: 하나\ntitle: 둘\n---\n", "3:1-6 key 'title' is already set on line 2; Hugo rejects the file: remove one", "키 'title'은 2번째 줄에서 이미 설정했습니다. Hugo는 이 파일을 거부합니다. 하나를 지우세요")]
    [InlineData("astro", "src/content/blog/x.md", "---\ntitle: 하나\ntitle: 둘\n---\n", "3:1-6 key 'title' is already set on line 2; Astro's YAML reader rejects the file: remove one", "키 'title'은 2번째 줄에서 이미 설정했습니다. Astro의 YAML 리더는 이 파일을 거부합니다. 하나를 지우세요")]
    [InlineData("hugo", "content/posts/x.md", "+++\ntitle = '하나'\ntitle = '둘'\n+++\n", "3:1-6 key 'title' is already set on line 2; TOML forbids it and Hugo stops the build: remove one", "키 'title'은 2번째 줄에서 이미 설정했습니다. TOML은 이를 허용하지 않아 Hugo 빌드가 멈춥니다. 하나를 지우세요")]
    [InlineData("hugo", "content/posts/x.md", "{\n  \"title\": \"하나\",\n  \"title\": \"둘\"\n}\n", "3:3-10 key 'title' is already set on line 2; Hugo keeps only the last value: remove one", "키 'title'은 2번째 줄에서 이미 설정했습니다. Hugo는 마지막 값만 씁니다. 하나를 지우세요")]
    public void The_consequence_is_the_generator_s_and_the_syntax_s(string kind, string path, string text, string expected, string korean)
    {
        using var site = new TempSite(kind);
        site.Write(path, text + "본문\n");
        var d = Assert.Single(RuleHarness.LintFile(site, path, "front-matter-duplicate-key"));
        Assert.Equal(expected, $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}");
        Assert.Equal(korean, d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void Without_a_known_generator_the_korean_message_names_both()
    {
        var d = Assert.Single(RuleHarness.Lint("---\n태그: [도커]\n태그: [헬름]\n---\n본문\n", "_posts/2025-03-01-post.md", "front-matter-duplicate-key"));
        Assert.Equal("키 '태그'는 2번째 줄에서 이미 설정했습니다. Jekyll은 마지막 값만 쓰고 Hugo는 이 파일을 거부합니다. 하나를 지우세요", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Fact]
    public void The_first_key_s_mapping_and_the_first_item_s_are_checked()
    {
        Assert.Equal(
            ["4:3-8 key 'image' is already set on line 3; Jekyll keeps only the last value and Hugo rejects the file: remove one",
             "7:5-8 key 'src' is already set on line 6; Jekyll keeps only the last value and Hugo rejects the file: remove one"],
            Lint("header:\n  image: /a.jpg\n  image: /b.jpg\ngallery:\n  - src: /1.jpg\n    src: /2.jpg\n  - src: /3.jpg\n"));
    }

    [Fact]
    public void A_mapping_reached_again_through_an_alias_is_reported_once()
    {
        Assert.Equal(
            ["4:3-9 key 'layout' is already set on line 3; Jekyll keeps only the last value and Hugo rejects the file: remove one"],
            Lint("defaults: &defaults\n  layout: single\n  layout: post\npost: *defaults\npage: *defaults\n"));
    }

    [Fact]
    public void Every_repeat_names_the_first_line()
    {
        Assert.Equal(
            ["3:1-5 key 'tags' is already set on line 2; Jekyll keeps only the last value and Hugo rejects the file: remove one",
             "4:1-5 key 'tags' is already set on line 2; Jekyll keeps only the last value and Hugo rejects the file: remove one"],
            Lint("tags: [도커]\ntags: [쿠버네티스]\ntags: [헬름]\n"));
    }

    [Theory]
    [InlineData("title: 제목\nheader:\n  image: /a.jpg\nfeature:\n  image: /b.jpg\n")]
    [InlineData("gallery:\n  - title: 하나\n  - title: 둘\n")]
    [InlineData("base: &base\n  layout: single\npost:\n  <<: *base\n  <<: *base\n")]
    [InlineData("title: 제목\nTitle: 대소문자가 다른 키\n")]
    [InlineData("title: 제목\n? [도커, 쿠버네티스]\n: 목록 키\n? {a: 1}\n: 매핑 키\n")]
    public void Same_names_in_different_mappings_or_merge_keys_are_fine(string yaml)
    {
        Assert.Empty(Lint(yaml));
    }

    [Fact]
    public void Fixture() => FixtureSite.AssertMarkers("PL104-front-matter-duplicate-key", "PL104");
}
