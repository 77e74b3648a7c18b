using PostLint.Localization;

namespace PostLint.Tests.Localization;

public class KoreanParticlesTests
{
    [Theory]
    // Hangul: the final consonant as written.
    [InlineData("확작성", "은", "확작성은")]
    [InlineData("확장성", "는", "확장성은")]
    [InlineData("깃허브", "은", "깃허브는")]
    [InlineData("날짜", "이", "날짜가")]
    [InlineData("제목", "가", "제목이")]
    [InlineData("파일", "을", "파일을")]
    [InlineData("키", "을", "키를")]
    [InlineData("경로", "과", "경로와")]
    [InlineData("폴더", "으로", "폴더로")]
    [InlineData("파일", "으로", "파일로")]
    [InlineData("경로명", "로", "경로명으로")]
    // Latin words as Korean readers say them.
    [InlineData("Github", "은", "Github는")]
    [InlineData("GitHub", "이", "GitHub가")]
    [InlineData("Gvisor", "을", "Gvisor를")]
    [InlineData("YAML", "은", "YAML은")]
    [InlineData("YAML", "으로", "YAML로")]
    [InlineData("JSON", "으로", "JSON으로")]
    [InlineData("Jekyll", "이", "Jekyll이")]
    [InlineData("Hugo", "은", "Hugo는")]
    [InlineData("kramdown", "은", "kramdown은")]
    [InlineData("date", "은", "date는")]
    [InlineData("title", "이", "title이")]
    [InlineData("commit", "을", "commit을")]
    [InlineData("post", "을", "post를")]
    [InlineData("app", "이", "app이")]
    [InlineData("name", "은", "name은")]
    [InlineData("site", "이", "site가")]
    [InlineData("front matter", "은", "front matter는")]
    [InlineData(".NET", "은", ".NET은")]
    [InlineData("web", "으로", "web으로")]
    [InlineData("misspelling", "을", "misspelling을")]
    [InlineData("string", "은", "string은")]
    [InlineData("blog", "은", "blog는")]
    // Initialisms are spelled out: 유알엘, 에이치티엠엘, 에이피아이, 피엔지, 엠디, 엔피엠.
    [InlineData("URL", "은", "URL은")]
    [InlineData("URL", "으로", "URL로")]
    [InlineData("HTML", "을", "HTML을")]
    [InlineData("API", "이", "API가")]
    [InlineData("PNG", "은", "PNG는")]
    [InlineData("md", "을", "md를")]
    [InlineData("npm", "으로", "npm으로")]
    // Digits read aloud in Sino-Korean: 일 이 삼 ... 십 백 천 만 영.
    [InlineData("PL201", "은", "PL201은")]
    [InlineData("2025-03-01", "로", "2025-03-01로")]
    [InlineData("2025-03-02", "을", "2025-03-02를")]
    [InlineData("3", "이", "3이")]
    [InlineData("6", "으로", "6으로")]
    [InlineData("10", "은", "10은")]
    [InlineData("10", "으로", "10으로")]
    [InlineData("2", "가", "2가")]
    [InlineData("UTF-8", "으로", "UTF-8로")]
    // Every pair, both ways.
    [InlineData("파일", "와", "파일과")]
    [InlineData("날짜", "이나", "날짜나")]
    [InlineData("제목", "나", "제목이나")]
    [InlineData("날짜", "이라", "날짜라")]
    [InlineData("제목", "라", "제목이라")]
    [InlineData("날짜", "이에요", "날짜예요")]
    [InlineData("제목", "예요", "제목이에요")]
    [InlineData("날짜", "이어야", "날짜여야")]
    [InlineData("제목", "여야", "제목이어야")]
    [InlineData("날짜", "아", "날짜야")]
    [InlineData("제목", "야", "제목아")]
    // The ends of the syllable and jamo blocks.
    [InlineData("가", "은", "가는")]
    [InlineData("힣", "은", "힣은")]
    [InlineData("ㄱ", "으로", "ㄱ으로")]
    [InlineData("ㅎ", "은", "ㅎ은")]
    [InlineData("ㅣ", "은", "ㅣ는")]
    // English words by their last sound.
    [InlineData("prototype", "이", "prototype이")]
    [InlineData("setup", "을", "setup을")]
    [InlineData("help", "을", "help를")]
    [InlineData("tab", "을", "tab을")]
    [InlineData("root", "을", "root를")]
    [InlineData("format", "을", "format을")]
    [InlineData("Mac", "은", "Mac은")]
    [InlineData("logic", "이", "logic이")]
    [InlineData("sync", "은", "sync는")]
    [InlineData("back", "은", "back은")]
    [InlineData("link", "은", "link는")]
    [InlineData("book", "은", "book은")]
    [InlineData("tag", "은", "tag는")]
    [InlineData("module", "으로", "module로")]
    [InlineData("frame", "은", "frame은")]
    [InlineData("time", "은", "time은")]
    // Closing quotes and brackets are skipped; jamo are read by their names (키읔, 아).
    [InlineData("'확작성'", "은", "'확작성'은")]
    [InlineData("`date`", "이", "`date`가")]
    [InlineData("(YYYY-MM-DD)", "을", "(YYYY-MM-DD)를")]
    [InlineData("ㅋ", "은", "ㅋ은")]
    [InlineData("ㄹ", "으로", "ㄹ로")]
    [InlineData("ㅏ", "이", "ㅏ가")]
    // No sound to go by: both forms.
    [InlineData("#", "은", "#은(는)")]
    [InlineData("漢字", "을", "漢字을(를)")]
    [InlineData("", "으로", "(으)로")]
    public void Particle_agrees_with_the_last_sound(string word, string particle, string expected) =>
        Assert.Equal(expected, KoreanParticles.Attach(word, particle));

    [Theory]
    [InlineData("은")]
    [InlineData("는")]
    [InlineData("이")]
    [InlineData("가")]
    [InlineData("을")]
    [InlineData("를")]
    [InlineData("과")]
    [InlineData("와")]
    [InlineData("으로")]
    [InlineData("로")]
    public void Either_form_names_the_particle(string particle) => Assert.True(KoreanParticles.IsParticle(particle));

    [Fact]
    public void A_template_places_the_particle_after_a_quoted_value()
    {
        var m = new Message("'{word}' is misspelled", "'{word}'{은} 맞춤법에 어긋납니다");
        Assert.Equal("'확작성'은 맞춤법에 어긋납니다", m.Format(Language.Korean, "확작성"));
        Assert.Equal("'Github'는 맞춤법에 어긋납니다", m.Format(Language.Korean, "Github"));
        Assert.Equal("'Github' is misspelled", m.Format(Language.English, "Github"));
    }

    [Fact]
    public void Placeholders_bind_in_their_English_order_whatever_the_Korean_order()
    {
        var m = new Message("{key} is '{value}'", "'{value}'{이} {key}의 값입니다");
        Assert.Equal(["key", "value"], m.Names);
        Assert.Equal("'YYYY-MM-DD'가 date의 값입니다", m.Format(Language.Korean, "date", "YYYY-MM-DD"));
        Assert.Throws<ArgumentException>(() => m.With("only one"));
    }

    [Fact]
    public void Braces_that_are_not_placeholders_stay_literal()
    {
        var m = new Message("'{{ date }}' and {x}", "'{{ date }}'와 {x}");
        Assert.Equal(["x"], m.Names);
        Assert.Equal("'{{ date }}'와 1", m.Format(Language.Korean, 1));
    }

    [Fact]
    public void A_nested_message_renders_in_the_same_language()
    {
        var outer = new Message("cannot read: {reason}", "읽을 수 없습니다: {reason}");
        var reason = CoreMessages.PermissionDenied.With();
        Assert.Equal("읽을 수 없습니다: 권한이 없습니다", outer.Format(Language.Korean, reason));
        Assert.Equal("cannot read: permission denied", outer.Format(Language.English, reason));
    }
}
