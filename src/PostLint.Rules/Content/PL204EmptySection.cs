using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Content;

/// <summary>Flags a heading with nothing under it before the next heading of the same or a higher level, or the end of the post. Docs: PL204EmptySection.md.</summary>
public sealed partial class PL204EmptySection : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL204", "empty-section", "A heading has no content before the next heading of the same or a higher level",
        RuleCategory.Content, Severity.Warning)
    { KoreanTitle = "제목 아래에 내용 없이 같은 수준이나 더 높은 수준의 제목이 이어집니다", SkipsDrafts = true };

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private static readonly Message EndsAfter = new(
        "section '{title}' is empty: the post ends right after its heading; write its content or remove the heading",
        "제목 '{title}' 아래에 내용이 없습니다. 제목 바로 뒤에서 글이 끝납니다. 내용을 쓰거나 제목을 지우세요");

    private static readonly Message HeadingFollows = new(
        "section '{title}' is empty: the heading '{next}' follows directly; write its content or remove the heading",
        "제목 '{title}' 아래에 내용이 없습니다. 바로 다음에 제목 '{next}'{이} 옵니다. 내용을 쓰거나 제목을 지우세요");

    private static readonly Message NoText = new("{marks}(no text)", "{marks}(텍스트 없음)");

    [GeneratedRegex(@"\btoc\b|tocstop|doctoc|MarkdownTOC", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TocMarker();

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // The blocks in file order, in a list each worker thread reuses (cleared after use, so no post is kept).
        var items = t_items ??= [];
        try
        {
            Check(post, context, items);
        }
        finally
        {
            items.Clear();
        }
    }

    [ThreadStatic]
    private static List<(int Start, Block Block, bool IsHeading)>? t_items;

    private static void Check(Post post, RuleContext context, List<(int Start, Block Block, bool IsHeading)> items)
    {
        var liquid = LiquidRegions.Of(post);
        var html = HtmlRegions.Of(post);
        foreach (var block in post.Document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup:
                    break;
                case FootnoteGroup group:
                    // Footnote definitions render at the end of the page, but a section holding only them is not empty.
                    foreach (var footnote in group.OfType<Footnote>())
                    {
                        items.Add((footnote.Span.Start, footnote, false));
                    }

                    break;
                case var _ when post.IsInFrontMatter(block.Span.Start):
                    break;
                case HeadingBlock heading:
                    // A heading inside {% highlight %} or kramdown's raw <pre> is text shown to the reader: content.
                    items.Add((heading.Span.Start, heading, !liquid.Contains(heading.Span.Start) && !html.Contains(heading.Span.Start)));
                    break;
                default:
                    if (!IsInvisible(post, block))
                    {
                        items.Add((block.Span.Start, block, false));
                    }

                    break;
            }
        }

        // Top-level blocks come in file order; footnote definitions, gathered at the end, need sorting in.
        var sorted = true;
        for (var i = 1; i < items.Count && sorted; i++)
        {
            sorted = items[i - 1].Start <= items[i].Start;
        }

        if (!sorted)
        {
            items.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var first = items.FindIndex(item => item.IsHeading);
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsHeading)
            {
                continue;
            }

            var heading = (HeadingBlock)items[i].Block;
            if (heading.Level == 1 && i == first)
            {
                // The first heading of a post, at level 1, is the page's title, not a section.
                continue;
            }

            var range = Post.RangeOf(heading);
            if (i + 1 == items.Count)
            {
                context.Report(range, EndsAfter.With(Title(post, heading)));
            }
            else if (items[i + 1] is { IsHeading: true, Block: HeadingBlock next } && next.Level <= heading.Level)
            {
                context.Report(range, HeadingFollows.With(Title(post, heading), Title(post, next)));
            }
        }
    }

    /// <summary>Blocks a reader does not see: HTML comments (except table-of-contents markers that tools fill in) and
    /// paragraphs holding only a kramdown attribute list such as <c>{: .no_toc}</c>.</summary>
    private static bool IsInvisible(Post post, Block block) => block switch
    {
        HtmlBlock { Type: HtmlBlockType.Comment } html => !TocMarker().IsMatch(Source(post, html)),
        ParagraphBlock p => Source(post, p).TrimStart().StartsWith("{:", StringComparison.Ordinal)
            && VisibleText.Of(post, p) is { } v && (v.Kinds & ~InlineKinds.Attributes) == InlineKinds.None
            && v.Kinds != InlineKinds.None && v.Text.All(c => c == VisibleText.Masked || char.IsWhiteSpace(c)),
        _ => false,
    };

    private static ReadOnlySpan<char> Source(Post post, MarkdownObject node)
    {
        var range = Post.RangeOf(node);
        var start = Math.Clamp(range.Start, 0, post.Text.Length);
        return post.Text.AsSpan(start, Math.Clamp(range.End, start, post.Text.Length) - start);
    }

    /// <summary>The heading as the message shows it: its marks and text, or words saying it has no text.</summary>
    private static object Title(Post post, HeadingBlock heading)
    {
        var text = heading.Inline is { } inline && !inline.Span.IsEmpty ? Source(post, inline).ToString() : "";
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var marks = heading.IsSetext ? "" : new string('#', heading.Level) + " ";
        if (text.Length == 0)
        {
            return NoText.With(marks);
        }

        text = text.Length <= 50 ? text : text[..49] + "…";
        return marks + text;
    }
}
