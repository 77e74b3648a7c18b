using Markdig.Syntax;
using PostLint.Diagnostics;
using PostLint.Documents;

namespace PostLint.Tests.Documents;

/// <summary>Half-open ranges, the UTF-8 check that names the first bad character, and severity names.</summary>
public class TextRangeTests
{
    [Theory]
    [InlineData(2, 5, 1, false)]
    [InlineData(2, 5, 2, true)]
    [InlineData(2, 5, 4, true)]
    [InlineData(2, 5, 5, false)]
    [InlineData(3, 3, 3, false)]
    public void A_range_holds_its_start_and_not_its_end(int start, int end, int offset, bool contains)
    {
        Assert.Equal(contains, new TextRange(start, end).Contains(offset));
        Assert.Equal(end - start, new TextRange(start, end).Length);
    }

    [Theory]
    [InlineData(2, 5, 5, 7, false)]
    [InlineData(2, 5, 4, 7, true)]
    [InlineData(2, 5, 0, 2, false)]
    [InlineData(2, 5, 0, 3, true)]
    [InlineData(2, 5, 3, 4, true)]
    [InlineData(2, 5, 0, 9, true)]
    public void Ranges_overlap_when_they_share_an_offset(int s1, int e1, int s2, int e2, bool overlap)
    {
        Assert.Equal(overlap, new TextRange(s1, e1).Overlaps(new TextRange(s2, e2)));
        Assert.Equal(overlap, new TextRange(s2, e2).Overlaps(new TextRange(s1, e1)));
    }

    [Fact]
    public void Any_of_sorted_ranges_contains_an_offset_exactly_when_one_does()
    {
        TextRange[] ranges = [new(2, 4), new(6, 7), new(10, 15), new(15, 16), new(20, 30)];
        for (var offset = -1; offset <= 31; offset++)
        {
            Assert.Equal(ranges.Any(r => r.Contains(offset)), TextRange.AnyContains(ranges, offset));
        }

        Assert.False(TextRange.AnyContains([], 0));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x62 }, -1)]
    [InlineData(new byte[0], -1)]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0xEF }, 0)]
    [InlineData(new byte[] { 0xEF, 0xBB }, 0)]
    [InlineData(new byte[] { 0x61, 0xC3 }, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xFF }, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0x61, 0xFF }, 0)]
    [InlineData(new byte[] { 0xEA, 0xB0, 0x80, 0x61, 0xFF }, 2)]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xFF }, 2)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xF0, 0x9F, 0x98, 0x80, 0xC0, 0x80 }, 2)]
    public void The_first_invalid_byte_is_named_by_the_utf16_offset_of_its_character(byte[] bytes, int offset) =>
        Assert.Equal(offset, Utf8Validation.FirstInvalidChar(bytes));

    [Theory]
    [InlineData("error", Severity.Error)]
    [InlineData("warning", Severity.Warning)]
    [InlineData("info", Severity.Info)]
    public void Severities_read_and_write_their_names(string name, Severity severity)
    {
        Assert.True(SeverityNames.TryParse(name, out var parsed));
        Assert.Equal(severity, parsed);
        Assert.Equal(name, severity.ToName());
    }

    [Theory]
    [InlineData("Error")]
    [InlineData("off")]
    [InlineData("")]
    [InlineData("note")]
    public void Other_words_are_no_severity(string name)
    {
        Assert.False(SeverityNames.TryParse(name, out var parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void A_diagnostic_at_another_severity_is_a_copy_and_at_its_own_the_same()
    {
        var source = new SourceText("abc");
        var d = PostLint.Engine.Linter.Make(source, PostLint.Rules.EngineRules.InternalError, Severity.Error, "m", new TextRange(0, 1));
        Assert.Same(d, d.WithSeverity(Severity.Error));
        var warning = d.WithSeverity(Severity.Warning);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(d with { Severity = Severity.Warning }, warning);
    }

    private static PostLint.Documents.Post Post(string text) =>
        new("a.md", "/s/a.md", new SourceText(text), PostLint.Sites.Site.Plain("/s"));

    [Fact]
    public void A_pipe_table_needs_its_delimiter_row()
    {
        Assert.Empty(Post("a | b\nc | d\n").Document.Descendants<Markdig.Extensions.Tables.Table>());
        Assert.Single(Post("a | b\n--|--\nc | d\n").Document.Descendants<Markdig.Extensions.Tables.Table>());
    }

    [Fact]
    public void The_body_starts_after_the_front_matter_block()
    {
        Assert.Equal(13, Post("---\na: 1\n---\n\nbody\n").BodyStart);
        Assert.Equal(0, Post("body\n").BodyStart);
        var post = Post("# a\n");
        Assert.Same(post.Document, post.Document);
    }

    [Fact]
    public void A_shared_view_is_made_once_per_key()
    {
        var post = Post("# a\n");
        object first = new(), second = new();
        var calls = 0;
        var one = post.GetShared(first, _ => { calls++; return new List<int> { 1 }; });
        Assert.Same(one, post.GetShared(first, _ => { calls++; return new List<int> { 2 }; }));
        Assert.NotSame(one, post.GetShared(second, _ => { calls++; return new List<int> { 3 }; }));
        Assert.Equal(2, calls);
        Assert.Same(one, post.Shared(first));
        Assert.Null(post.Shared(new object()));
        Assert.Null(Post("x").Shared(first));
    }

    [Fact]
    public void A_node_s_range_is_half_open_and_an_empty_span_is_empty()
    {
        var post = Post("# Title\n\ntext\n");
        var heading = post.Document.Descendants<Markdig.Syntax.HeadingBlock>().Single();
        Assert.Equal(new TextRange(0, 7), PostLint.Documents.Post.RangeOf(heading));
        Assert.Equal(new TextRange(5, 5), PostLint.Documents.Post.RangeOf(new Markdig.Syntax.ParagraphBlock { Span = new Markdig.Syntax.SourceSpan(5, 4) }));
    }
}

