using PostLint.Rules.Shared;

namespace PostLint.Tests.Shared;

public class AsciiWordsTests
{
    [Theory]
    [InlineData("사진 <img src=\"a.png\">", 3)]
    [InlineData("<picture><SOURCE srcset=\"a.webp\"><IMG src=\"a.png\"></picture>", 9)]
    [InlineData("<Img src=a.png>", 0)]
    [InlineData("이미지 없음 <image> <sourcecode", 15)] // prefixes: `<image` holds `<im`, not `<img`; `<sourcecode` holds `<source`
    [InlineData("이미지 없는 문단 <p>글</p>", -1)]
    [InlineData("", -1)]
    public void Image_tags_are_img_and_source_in_any_case(string text, int at) =>
        Assert.Equal(at, text.AsSpan().IndexOfAny(AsciiWords.ImageTags));

    [Theory]
    [InlineData("https://example.com", true)]
    [InlineData("주소는 WWW.example.com", true)]
    [InlineData("mailto:a@b.c", true)]
    [InlineData("시간 10:30", true)] // a colon: the caller looks closer
    [InlineData("www 없이 점.만", false)]
    [InlineData("평범한 문장", false)]
    public void Text_may_hold_an_address_when_it_has_a_colon_or_www(string text, bool may) =>
        Assert.Equal(may, AsciiWords.MayHoldUrl(text));

    [Fact]
    public void Mailto_is_found_in_any_case() =>
        Assert.Equal(3, "메일 MailTo:a@b.c".AsSpan().IndexOfAny(AsciiWords.Mailto));
}
