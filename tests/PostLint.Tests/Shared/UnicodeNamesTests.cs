using PostLint.Rules.Shared;

namespace PostLint.Tests.Shared;

public class UnicodeNamesTests
{
    [Theory]
    [InlineData("logo.png", "logo.png")]
    [InlineData("\u00C0.png", "A\u0300.png")]
    [InlineData("\u00BF\u00D7.png", "\u00BF\u00D7.png")]
    [InlineData("가", "\u1100\u1161")]
    [InlineData("각", "\u1100\u1161\u11A8")]
    [InlineData("힣", "\u1112\u1175\u11C2")]
    [InlineData("사진-한글.png", "\u1109\u1161\u110C\u1175\u11AB-\u1112\u1161\u11AB\u1100\u1173\u11AF.png")]
    [InlineData("\uABFF\uD7A4", "\uABFF\uD7A4")]
    [InlineData("Ǖber ẞ", "U\u0308\u0304ber ẞ")]
    [InlineData("がぱ", "\u304B\u3099\u306F\u309A")]
    [InlineData("\u1112\u1161\u11AB", "\u1112\u1161\u11AB")]
    public void Decompose_gives_the_canonical_decomposition(string name, string expected) =>
        Assert.Equal(expected, UnicodeNames.Decompose(name));

    [Theory]
    [InlineData("x\u1100.png", true)]
    [InlineData("x\u11FF.png", true)]
    [InlineData("e\u0300.png", true)]
    [InlineData("e\u036F.png", true)]
    [InlineData("\u304B\u3099", true)]
    [InlineData("\u306F\u309A", true)]
    [InlineData("x\u10FF.png", false)]
    [InlineData("x\u1200.png", false)]
    [InlineData("x\u02FF.png", false)]
    [InlineData("x\u0370.png", false)]
    [InlineData("\u3098\u309B", false)]
    [InlineData("한글.png", false)]
    [InlineData("café.png", false)]
    [InlineData("logo.png", false)]
    public void LooksDecomposed_finds_conjoining_jamo_and_combining_marks(string name, bool expected) =>
        Assert.Equal(expected, UnicodeNames.LooksDecomposed(name));
}
