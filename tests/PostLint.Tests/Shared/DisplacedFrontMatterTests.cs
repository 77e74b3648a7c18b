using PostLint.Rules.Shared;

namespace PostLint.Tests.Shared;

/// <summary>
/// DisplacedFrontMatter: a front matter block that Jekyll does not see because whitespace or invisible characters come
/// before its opening <c>---</c> (Jekyll reads front matter only at the very start: <c>\A---\s*\n</c>).
/// </summary>
public class DisplacedFrontMatterTests
{
    private static string? Found(string text) => DisplacedFrontMatter.Find(text) is { } r ? $"{r.Start}..{r.End}:{text[r.Start..r.End]}" : null;

    [Theory]
    [InlineData("\n---\ntitle: x\n---\nbody\n", "1..4:---")]
    [InlineData("  \t\n\n---\ntitle: x\n---\n", "5..8:---")]
    [InlineData("\uFEFF---\ntitle: 제목\n---\n", "1..4:---")]
    [InlineData("\u200B\u2060---\ntitle: x\n...\n", "2..5:---")] // closed by `...`, as YAML ends a document
    [InlineData("\n---  \ntitle: x\n--- \t\n", "1..4:---")]
    [InlineData("\n---\ntitle: x\n---", "1..4:---")] // closing line at the end of the file, no line break
    [InlineData("\n---\ntitle: x\n---\r", "1..4:---")]
    [InlineData("\n---\n\ntitle: x\n---\n", "1..4:---")] // a blank line before the first key
    [InlineData("\n---\n# 주석\n# comment\ntitle: x\n---\n", "1..4:---")] // comment lines before it
    [InlineData("\r\n---\r\n# c\r\ntitle: x\r\n---\r\n", "2..5:---")]
    [InlineData("\n---\n\"external help file\": x.xml\n---\n", "1..4:---")]
    public void A_block_after_blank_or_invisible_characters_is_found(string text, string expected)
    {
        Assert.Equal(expected, Found(text));
    }

    [Theory]
    [InlineData("---\ntitle: x\n---\n")] // at offset 0 it is front matter, not displaced
    [InlineData("\n---\ntitle: x\n")] // never closed
    [InlineData("\n---\ntitle: x")] // never closed, no line break at the end
    [InlineData("\n---\ntitle: y\n--- x\n")] // `--- x` closes nothing
    [InlineData("\n--- x\ntitle: y\n---\n")] // nor opens
    [InlineData("\nabc\ntitle: x\n---\n")] // three characters are not dashes
    [InlineData("\n--\ntitle: x\n---\n")]
    [InlineData("\n---\nSome text, not a key.\n---\n")] // a thematic break, a paragraph and a Setext heading
    [InlineData("\n---\n# comment\n\ntitle: x\n---\n")] // a blank line after a `#` line: the `#` is a heading
    [InlineData("\n---\n\u3000\ntitle: x\n---\n")] // an ideographic space is not blank to YAML
    [InlineData("\n---\u3000\ntitle: x\n---\n")]
    [InlineData("text\n---\ntitle: x\n---\n")]
    [InlineData("\n \n\t")]
    [InlineData("")]
    public void Anything_else_is_not_displaced_front_matter(string text)
    {
        Assert.Null(Found(text));
    }

    [Theory]
    [InlineData("title: x\n", 0, 0)]
    [InlineData("\n\ntitle: x", 0, 2)]
    [InlineData(" \n\t\ntitle: x", 0, 4)]
    [InlineData("# a\n# b\ntitle: x", 0, 8)]
    [InlineData("\n# a\ntitle: x", 0, 5)]
    [InlineData("# c\n\ntitle: x", 0, -1)]
    [InlineData("# c\r\n\r\ntitle: x", 0, -1)]
    [InlineData("# c\r\ntitle: x", 0, 5)]
    [InlineData("\n\n", 0, -1)]
    [InlineData("# only a comment\n", 0, -1)]
    [InlineData("", 0, -1)]
    [InlineData("---\nkey: v\n", 4, 4)]
    public void FirstContentLine_skips_blank_lines_then_comment_lines(string text, int start, int expected)
    {
        Assert.Equal(expected, DisplacedFrontMatter.FirstContentLine(text, start));
    }

    [Theory]
    [InlineData("title: x\n", false, true)]
    [InlineData("\n# note\nms.date: 2024-01-01\n", false, true)]
    [InlineData("'my key' : v\n", false, true)]
    [InlineData("tags:\n  - a\n", false, true)]
    [InlineData("본문입니다\n", false, false)]
    [InlineData("http://example.com\n", false, false)]
    [InlineData("title = 'x'\n", true, true)]
    [InlineData("\n[params]\n", true, true)]
    [InlineData("title: x\n", true, false)]
    [InlineData("Some prose.\n", true, false)]
    [InlineData("\n\n", false, false)]
    [InlineData("\n\n", true, false)]
    public void StartsWithKey_reads_the_first_content_line_as_yaml_or_toml(string text, bool toml, bool expected)
    {
        Assert.Equal(expected, DisplacedFrontMatter.StartsWithKey(text, 0, toml));
    }

    [Theory]
    [InlineData("title:", true)]
    [InlineData("title: x", true)]
    [InlineData("last_modified_at:\tx", true)]
    [InlineData("\"quoted key\": x", true)]
    [InlineData("title:x", false)] // YAML needs a space after the colon
    [InlineData("1title: x", false)]
    [InlineData("제목: x", false)]
    [InlineData(" title: x", false)]
    public void IsKeyLine_knows_a_key_as_people_write_them(string line, bool expected)
    {
        Assert.Equal(expected, DisplacedFrontMatter.IsKeyLine(line));
    }
}
