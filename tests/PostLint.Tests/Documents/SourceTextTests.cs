using PostLint.Documents;

namespace PostLint.Tests.Documents;

public class SourceTextTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 3, 1)]
    [InlineData("a\r\nb\r\nc", 6, 3, 1)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\r\nb\nc\rd", 7, 4, 1)]
    [InlineData("ab\n", 3, 2, 1)]
    public void Offsets_map_to_lines_for_every_line_ending(string text, int offset, int line, int column)
    {
        var source = new SourceText(text);
        Assert.Equal(new LinePosition(line, column), source.GetPosition(offset));
    }

    [Fact]
    public void Columns_count_utf16_code_units_so_hangul_is_one_and_emoji_two()
    {
        var source = new SourceText("한글 x\n😀y");
        Assert.Equal(new LinePosition(1, 4), source.GetPosition(3));
        Assert.Equal(new LinePosition(2, 3), source.GetPosition(7));
        Assert.Equal(new LinePosition(2, 4), source.GetPosition(8));
    }

    [Fact]
    public void Bom_is_not_part_of_the_text_and_does_not_shift_columns()
    {
        var source = SourceText.FromBytes([0xEF, 0xBB, 0xBF, (byte)'-', (byte)'-', (byte)'-', (byte)'\n', (byte)'x']);
        Assert.True(source.HasBom);
        Assert.Equal("---\nx", source.Text);
        Assert.Equal(new LinePosition(2, 1), source.GetPosition(4));
    }

    [Fact]
    public void Line_text_excludes_the_line_break()
    {
        var source = new SourceText("one\r\ntwo\rthree\n");
        Assert.Equal("one", source.GetLineText(1));
        Assert.Equal("two", source.GetLineText(2));
        Assert.Equal("three", source.GetLineText(3));
        Assert.Equal("", source.GetLineText(4));
        Assert.Equal(4, source.LineCount);
    }

    [Fact]
    public void Offset_past_the_end_is_clamped_to_the_last_position()
    {
        var source = new SourceText("ab");
        Assert.Equal(new LinePosition(1, 3), source.GetPosition(99));
    }

    [Theory]
    [InlineData("a\nb\n", "\n")]
    [InlineData("a\r\nb\r\nc\n", "\r\n")]
    [InlineData("a\rb\r", "\r")]
    [InlineData("abc", "\n")]
    [InlineData("a\r\nb\n", "\n")]
    [InlineData("a\r\nb\r", "\r\n")]
    [InlineData("a\rb\n", "\n")]
    [InlineData("a\nb\nc\r", "\n")]
    [InlineData("a\rb\r\nc\r", "\r")]
    [InlineData("a\rb\rc\r\nd\r\ne\r\n", "\r\n")]
    public void Dominant_line_ending_is_the_most_common(string text, string expected)
    {
        Assert.Equal(expected, new SourceText(text).DominantLineEnding);
    }

    [Fact]
    public void Excerpt_keeps_positions_and_the_kept_lines_and_nothing_else()
    {
        var whole = new SourceText("제목\r\n둘째 줄\n셋째 줄\n넷째\n다섯째\n여섯째\n일곱째", hasBom: true);
        var excerpt = whole.Excerpt([(2, 2), (3, 3), (6, 9)]);

        Assert.True(excerpt.IsExcerpt);
        Assert.True(excerpt.HasBom);
        Assert.Equal(whole.Length, excerpt.Length);
        Assert.Equal(whole.LineCount, excerpt.LineCount);
        for (var offset = 0; offset <= whole.Length; offset++)
        {
            // Lines 9 (clamped to 7), 6, 3 and 2 are kept, and the start of line 4, where the first run ends.
            if (whole.GetPosition(offset).Line is 2 or 3 or 6 or 7 || offset == whole.GetLineStart(4))
            {
                Assert.Equal(whole.GetPosition(offset), excerpt.GetPosition(offset));
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => excerpt.GetPosition(offset));
            }
        }

        Assert.Equal(whole.GetLineStart(4), excerpt.GetNextLineStart(3));
        Assert.Throws<InvalidOperationException>(() => excerpt.GetLineStart(5));

        foreach (var line in new[] { 2, 3, 6, 7 })
        {
            Assert.Equal(whole.GetLineText(line), excerpt.GetLineText(line));
            Assert.Equal(whole.GetLineEnd(line), excerpt.GetLineEnd(line));
        }

        // Lines 2 and 3 touch, so one slice may span both.
        Assert.Equal("둘째 줄\n셋째", excerpt.Slice(whole.GetLineStart(2), whole.GetLineStart(3) + 2).ToString());
        Assert.Throws<InvalidOperationException>(() => excerpt.GetLineText(1));
        Assert.Throws<InvalidOperationException>(() => excerpt.Slice(whole.GetLineStart(3), whole.GetLineStart(5)).ToString());
        Assert.Throws<InvalidOperationException>(() => excerpt.Text);
    }

    [Fact]
    public void Excerpt_of_the_last_line_reaches_the_end_of_the_text()
    {
        var whole = new SourceText("a\nb\n");
        var excerpt = whole.Excerpt([(3, 3)]);
        Assert.Equal("", excerpt.Slice(whole.Length, whole.Length).ToString());
        Assert.Equal("", excerpt.GetLineText(3));
    }

    [Fact]
    public void Excerpt_of_touching_and_overlapping_ranges_keeps_each_line_once()
    {
        var whole = new SourceText("하나\n둘\r\n셋\n넷\n다섯\n");
        var excerpt = whole.Excerpt([(4, 5), (2, 3), (3, 4), (9, 9)]);

        Assert.Equal(whole.LineCount, excerpt.LineCount);
        for (var line = 2; line <= whole.LineCount; line++)
        {
            Assert.Equal(whole.GetLineText(line), excerpt.GetLineText(line));
            Assert.Equal(whole.GetLineStart(line), excerpt.GetLineStart(line));
            Assert.Equal(whole.GetNextLineStart(line), excerpt.GetNextLineStart(line));
        }

        Assert.Equal(whole.Text[whole.GetLineStart(2)..], excerpt.Slice(whole.GetLineStart(2), whole.Length).ToString());
        Assert.Equal(new LinePosition(6, 1), excerpt.GetPosition(whole.Length));
        Assert.Throws<InvalidOperationException>(() => excerpt.GetPosition(1));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "", true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "A", true)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0x41 }, "\uFFFDA", false)]
    [InlineData(new byte[] { 0xEF, 0x41, 0xBF }, "\uFFFDA\uFFFD", false)]
    [InlineData(new byte[] { 0x41, 0x42, 0xBF }, "AB\uFFFD", false)]
    [InlineData(new byte[] { 0xEF }, "\uFFFD", false)]
    [InlineData(new byte[] { 0xEF, 0xBB }, "\uFFFD", false)]
    [InlineData(new byte[0], "", false)]
    public void Only_a_whole_utf8_bom_is_taken_off(byte[] bytes, string text, bool bom)
    {
        var source = SourceText.FromBytes(bytes);
        Assert.Equal((text, bom), (source.Text, source.HasBom));
    }

    [Fact]
    public void Lines_past_the_last_are_the_last_line()
    {
        var source = new SourceText("첫째\n둘째\n셋째");
        Assert.Equal((3, 6), (source.LineCount, source.GetLineStart(3)));
        Assert.Equal(6, source.GetLineStart(99));
        Assert.Equal(8, source.GetLineEnd(99));
        Assert.Equal(0, source.GetLineStart(0));
        Assert.Equal("셋째", source.GetLineText(4));
    }

    [Fact]
    public void An_excerpt_leaves_out_ranges_written_backwards()
    {
        var whole = new SourceText("1\n2\n3\n4\n5\n");
        var excerpt = whole.Excerpt([(4, 2), (5, 5)]);
        Assert.Equal("5", excerpt.GetLineText(5));
        Assert.Throws<InvalidOperationException>(() => excerpt.GetLineText(3));
        Assert.Throws<InvalidOperationException>(() => excerpt.Excerpt([(5, 5)]));
    }
}
