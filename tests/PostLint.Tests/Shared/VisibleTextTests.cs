using Markdig.Syntax;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Tests.Shared;

/// <summary>The visible text of one block: what is masked, the kinds found, letter counts, file ranges and lines.</summary>
public class VisibleTextTests
{
    private const char M = VisibleText.Masked;

    private static (Post Post, VisibleText Visible) First(string text, SiteKind kind = SiteKind.None)
    {
        var site = kind == SiteKind.None ? Site.Plain("/tmp") : new Site(kind, "/site", "/site", "", null, null);
        var post = new Post("_posts/2025-03-01-a.md", "", new SourceText(text), site);
        return (post, VisibleText.Of(post, post.Document.Descendants<LeafBlock>().First())!);
    }

    private static string Source(Post post, VisibleText visible, int start, int end)
    {
        var r = visible.RangeOf(start, end);
        return post.Text[r.Start..r.End];
    }

    private static string M_(int n) => new(M, n);

    [Fact]
    public void Liquid_output_tags_and_kramdown_attribute_lists_are_masked_character_for_character()
    {
        var (_, v) = First("**굵게** {{ page.title }} 와 {: .notice} 끝\n");
        Assert.Equal($"굵게 {M_(16)} 와 {M_(11)} 끝", v.Text);
        Assert.Equal(InlineKinds.Emphasis | InlineKinds.Template | InlineKinds.Attributes, v.Kinds);
    }

    [Fact]
    public void Bare_urls_are_masked_and_counted_with_autolinks_as_urls()
    {
        var (_, v) = First("<https://a.example> 그리고 https://b.example 끝\n");
        Assert.Equal($"{M_(19)} 그리고 {M_(17)} 끝", v.Text);
        Assert.Equal(InlineKinds.Url, v.Kinds);

        (_, v) = First("**굵게** 주소 https://b.example\n");
        Assert.Equal($"굵게 주소 {M_(17)}", v.Text);
        Assert.Equal(InlineKinds.Emphasis | InlineKinds.Url, v.Kinds);

        // An address-like text that is no URL leaves the kinds alone.
        (_, v) = First("**굵게** 주소 http:// 끝\n");
        Assert.Equal("굵게 주소 http:// 끝", v.Text);
        Assert.Equal(InlineKinds.Emphasis, v.Kinds);
    }

    [Fact]
    public void What_a_liquid_block_wraps_is_masked_whole_as_template()
    {
        // Markdig reads the highlight block as one paragraph; Jekyll renders it as code.
        var (_, v) = First("{% highlight md %}\n**굵게** 글자\n{% endhighlight %}\n", SiteKind.Jekyll);
        Assert.Equal(M_(43), v.Text);
        Assert.Equal(InlineKinds.Emphasis | InlineKinds.Template, v.Kinds);
        Assert.Equal(0, v.LettersOutsideEmphasis);
    }

    [Fact]
    public void Letters_are_counted_outside_emphasis_and_outside_links()
    {
        var (_, v) = First("[링크 둘](u) 밖 **굵게** 끝\n");
        Assert.Equal("링크 둘 밖 굵게 끝", v.Text);
        Assert.Equal(5, v.LettersOutsideEmphasis);
        Assert.Equal(4, v.LettersOutsideLinks);
        Assert.Equal(InlineKinds.Link | InlineKinds.Emphasis, v.Kinds);
    }

    [Fact]
    public void Each_kind_is_recorded_once_however_often_it_occurs()
    {
        var (_, v) = First("[가](a) [나](b) *다* *라* &amp; &lt;\n");
        Assert.Equal("가 나 다 라 & <", v.Text);
        Assert.Equal(InlineKinds.Link | InlineKinds.Emphasis | InlineKinds.Entity, v.Kinds);
    }

    [Fact]
    public void Entities_map_back_to_their_whole_source()
    {
        var (post, v) = First("&amp;&lt;\n");
        Assert.Equal("&<", v.Text);
        Assert.Equal("&amp;", Source(post, v, 0, 1));
        Assert.Equal("&lt;", Source(post, v, 1, 2));
        Assert.Equal("&amp;&lt;", Source(post, v, 0, 2));
    }

    [Fact]
    public void Ranges_are_clamped_to_the_text_and_at_least_one_character_long()
    {
        var (post, v) = First("가나다\n");
        Assert.Equal("가나다", Source(post, v, -5, 99));
        Assert.Equal("나", Source(post, v, 1, 1));
        Assert.Equal("다", Source(post, v, 3, 3));
        Assert.Equal("나다", Source(post, v, 1, 3));
    }

    [Fact]
    public void An_empty_heading_has_an_empty_text_one_empty_line_and_an_empty_range()
    {
        var (_, v) = First("#\n\n가\n");
        Assert.Equal("", v.Text);
        Assert.Equal(default, v.RangeOf(0, 0));
        Assert.Equal([(0, 0)], v.TrimmedLines());
    }

    [Fact]
    public void Lines_are_trimmed_of_white_space_including_no_break_spaces()
    {
        var (_, v) = First("&nbsp;가 나&nbsp;\n");
        Assert.Equal("\u00A0가 나\u00A0", v.Text);
        Assert.Equal([(1, 3)], v.TrimmedLines());

        // A line break written as an entity starts the text with an empty line.
        (_, v) = First("&#10;나\n");
        Assert.Equal("\n나", v.Text);
        Assert.Equal([(0, 0), (1, 1)], v.TrimmedLines());
    }

    [Fact]
    public void A_code_span_over_two_lines_keeps_its_line_break()
    {
        var (post, v) = First("가 `코드\n이어짐` 나\n");
        Assert.Equal($"가 {M_(3)}\n{M_(4)} 나", v.Text);
        Assert.Equal(InlineKinds.Code, v.Kinds);
        Assert.Equal("`코드", Source(post, v, 2, 5));
        Assert.Equal("\n", Source(post, v, 5, 6));
        Assert.Equal([(0, 5), (6, 6)], v.TrimmedLines());
    }

    [Fact]
    public void In_a_code_span_a_crlf_breaks_the_line_once_and_a_lone_cr_breaks_it_too()
    {
        var (post, v) = First("가 `코드\r\n이어짐` 나\r\n");
        Assert.Equal($"가 {M_(4)}\n{M_(4)} 나", v.Text);
        Assert.Equal("\r", Source(post, v, 5, 6));
        Assert.Equal("\n", Source(post, v, 6, 7));

        (post, v) = First("가 `코드\r이어짐` 나\r");
        Assert.Equal($"가 {M_(3)}\n{M_(4)} 나", v.Text);
        Assert.Equal("\r", Source(post, v, 5, 6));
    }

    [Fact]
    public void A_hard_line_break_maps_to_its_line_ending()
    {
        var (post, v) = First("가  \n나\n");
        Assert.Equal("가\n나", v.Text);
        Assert.Equal("\n", Source(post, v, 1, 2));
        Assert.Equal("가  \n나", Source(post, v, 0, 3));
    }

    [Fact]
    public void An_escaped_character_is_shown_without_its_backslash_and_maps_to_itself()
    {
        var (post, v) = First("별표 \\* 와 \\_ 그리고 \\# 끝\n");
        Assert.Equal("별표 * 와 _ 그리고 # 끝", v.Text);
        var star = v.Text.IndexOf('*', StringComparison.Ordinal);
        Assert.Equal("*", Source(post, v, star, star + 1));
        Assert.Equal(post.Text.IndexOf('*', StringComparison.Ordinal), v.RangeOf(star, star + 1).Start);
        var hash = v.Text.IndexOf('#', StringComparison.Ordinal);
        Assert.Equal("# 끝", Source(post, v, hash, v.Text.Length));
        Assert.Equal("별표 \\* 와", Source(post, v, 0, star + 3));
    }

    [Fact]
    public void A_paragraph_longer_than_the_first_buffer_keeps_every_character_and_position()
    {
        // 359 characters: past the builder's first 256 slots.
        var words = string.Join(' ', Enumerable.Range(0, 90).Select(i => i % 2 == 0 ? "가나" : "word"));
        var (post, v) = First(words + "\n");
        Assert.Equal(words, v.Text);
        Assert.Equal(words.Length, v.Text.Length);
        Assert.Equal(words[^4..], Source(post, v, words.Length - 4, words.Length));
        Assert.Equal(words[250..270], Source(post, v, 250, 270));
    }
}
