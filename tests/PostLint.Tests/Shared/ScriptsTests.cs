using PostLint.Rules.Shared;

namespace PostLint.Tests.Shared;

public class ScriptsTests
{
    [Theory]
    // Hangul syllables 가..힣, and the characters just outside them.
    [InlineData('\uAC00', true)]
    [InlineData('\uD7A3', true)]
    [InlineData('\uABFF', false)]
    [InlineData('\uD7A4', false)]
    // Hangul jamo ᄀ..ᇿ.
    [InlineData('\u1100', true)]
    [InlineData('\u11FF', true)]
    [InlineData('\u10FF', false)]
    [InlineData('\u1200', false)]
    // Compatibility jamo ㄱ, ㆎ (U+3130..U+318F).
    [InlineData('\u3130', true)]
    [InlineData('\u3131', true)]
    [InlineData('\u318F', true)]
    [InlineData('\u312F', false)]
    [InlineData('\u3190', false)]
    // Jamo extended A (U+A960..U+A97F) and B (U+D7B0..U+D7FF).
    [InlineData('\uA960', true)]
    [InlineData('\uA97F', true)]
    [InlineData('\uA95F', false)]
    [InlineData('\uA980', false)]
    [InlineData('\uD7B0', true)]
    [InlineData('\uD7FF', true)]
    [InlineData('\uD7AF', false)]
    // Neither: Latin, kana, CJK ideographs.
    [InlineData('a', false)]
    [InlineData('あ', false)]
    [InlineData('漢', false)]
    public void Hangul_is_syllables_and_every_block_of_jamo(char c, bool hangul) => Assert.Equal(hangul, Scripts.IsHangul(c));

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('0', true)]
    [InlineData('_', true)]
    [InlineData('-', false)]
    [InlineData(' ', false)]
    [InlineData('\u007F', false)] // DEL, the last ASCII character
    [InlineData('\u0080', false)] // the first non-ASCII one, a control character
    [InlineData('\u00A0', false)] // no-break space
    [InlineData('é', true)]
    [InlineData('ß', true)]
    [InlineData('Ω', true)]
    [InlineData('Ж', true)]
    [InlineData('\u052F', true)] // the last letter of Cyrillic Supplement
    [InlineData('\u0531', false)] // Armenian Ա: a letter, past the Latin, Greek and Cyrillic blocks
    [InlineData('\u05D0', false)] // Hebrew א
    [InlineData('\u0300', true)] // combining grave accent
    [InlineData('\u0301', true)]
    [InlineData('\u036F', true)]
    [InlineData('\u0370', true)] // Greek Ͱ, a letter after the combining marks
    [InlineData('\u1E00', true)] // Ḁ, Latin Extended Additional
    [InlineData('\u1EA1', true)] // ạ (Vietnamese)
    [InlineData('\u1EFF', true)]
    [InlineData('\u1DFF', false)] // a combining mark just before the block
    [InlineData('\u1F00', false)] // Greek Extended ἀ, after it
    [InlineData('가', false)]
    [InlineData('あ', false)]
    [InlineData('漢', false)]
    public void Latin_word_characters_are_latin_greek_and_cyrillic_letters_digits_accents_and_underscore(char c, bool latin) =>
        Assert.Equal(latin, Scripts.IsLatinWordChar(c));

    [Theory]
    [InlineData('a', true)]
    [InlineData('7', true)]
    [InlineData('_', true)]
    [InlineData('가', true)]
    [InlineData('漢', true)]
    [InlineData('Ж', true)]
    [InlineData('-', false)]
    [InlineData(' ', false)]
    [InlineData('\u0301', false)] // a combining accent is no letter of its own
    public void Word_characters_are_letters_and_digits_of_any_script(char c, bool word) => Assert.Equal(word, Scripts.IsWordChar(c));
}
