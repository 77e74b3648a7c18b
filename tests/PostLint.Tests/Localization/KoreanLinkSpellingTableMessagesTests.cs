using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>The Korean messages of the links, spelling and tables rules, exactly as a Korean report shows them.</summary>
public class KoreanLinkSpellingTableMessagesTests
{
    private static IReadOnlyList<string> Korean(TempSite site, string rule, string path) =>
        CliRunner.Run(site.Root, new Dictionary<string, string>(), false, path, "--lang", "ko", "--select", rule).Findings;

    [Fact]
    public void PL302_image_alt_missing_in_korean()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-alt.md", "---\ntitle: 대체 텍스트\n---\n\n![](/assets/a.png)\n\n<img src=\"/assets/a.png\">\n\n![][logo]\n\n[logo]: /assets/a.png\n");
        site.Write("assets/a.png", "png");
        Assert.Equal(
            [
                "_posts/2025-03-01-alt.md:5:1: warning PL302 image-alt-missing: 이미지에 대체 텍스트가 없습니다. 이미지를 볼 수 없는 독자를 위해 설명을 쓰세요: ![이미지 설명](/assets/a.png)",
                "_posts/2025-03-01-alt.md:7:1: warning PL302 image-alt-missing: <img>에 alt 속성이 없습니다. 이미지를 설명하는 alt=\"...\"를 넣거나, 장식용 이미지라면 alt=\"\"를 넣으세요",
                "_posts/2025-03-01-alt.md:9:1: warning PL302 image-alt-missing: 이미지에 대체 텍스트가 없습니다. 이미지를 볼 수 없는 독자를 위해 설명을 쓰세요: ![이미지 설명][ref]",
            ],
            Korean(site, "PL302", "_posts"));
    }

    [Fact]
    public void PL401_misspelling_in_korean_with_particles_that_agree()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-spell.md", "---\ntitle: 맞춤법\n---\n\n확작성이 좋고 Github에서 씁니다.\n\n손가락으로 가르켜 주세요.\n");
        Assert.Equal(
            [
                "_posts/2025-03-01-spell.md:5:1: warning PL401 misspelling: '확작성'은 맞춤법 오류입니다. '확장성'으로 쓰세요",
                "_posts/2025-03-01-spell.md:5:9: warning PL401 misspelling: 'Github'는 'GitHub'로 써야 합니다",
                "_posts/2025-03-01-spell.md:7:7: warning PL401 misspelling: '가르켜'는 맞춤법 오류입니다. '가르쳐' 또는 '가리켜'로 쓰세요",
            ],
            Korean(site, "PL401", "_posts"));
    }
}
