using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.FrontMatter;

/// <summary>
/// Flags front matter Jekyll does not read because of what comes before it: blank lines, spaces or invisible
/// characters before <c>---</c>, or a byte order mark on a page. Docs: PL106FrontMatterBeforeBomOrBlank.md.
/// </summary>
public sealed class PL106FrontMatterBeforeBomOrBlank : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL106", "front-matter-before-bom-or-blank", "Something before the front matter hides it from Jekyll",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "front matter 앞의 내용 때문에 Jekyll이 front matter를 읽지 못합니다" };

    private static readonly Message Displaced = new(
        "front matter starts after {what}; Jekyll reads it only at the very start of the file: delete what comes before ---",
        "front matter가 {what} 뒤에서 시작합니다. Jekyll은 파일 맨 앞에 있는 front matter만 읽습니다. --- 앞의 내용을 지우세요");

    private static readonly Message PageBom = new(
        "file starts with a byte order mark; Jekyll copies this page unprocessed, front matter and all: save it as UTF-8 without BOM",
        "파일이 바이트 순서 표시(BOM)로 시작합니다. Jekyll은 이 페이지를 처리하지 않고 front matter까지 그대로 복사합니다. BOM 없는 UTF-8로 저장하세요");

    private static readonly Message ByteOrderMark = new("a byte order mark (U+FEFF)", "바이트 순서 표시(U+FEFF)");

    private static readonly Message Invisible = new("an invisible character (U+{code})", "보이지 않는 문자(U+{code})");

    private static readonly Message Spaces = new("spaces", "공백");

    private static readonly Message BlankLine = new("a blank line", "빈 줄");

    private static readonly Message BlankLines = new("{n} blank lines", "빈 줄 {n}개");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // Hugo and Astro skip a byte order mark and leading whitespace themselves.
        if (!SitePaths.IsJekyllLike(post.Site))
        {
            return;
        }

        if (post.FrontMatter is null)
        {
            if (DisplacedFrontMatter.Find(post.Text) is { } dashes)
            {
                context.Report(dashes, Displaced.With(Describe(post.Text.AsSpan(0, dashes.Start))));
            }

            return;
        }

        // Jekyll strips a BOM when it reads a post, but decides whether any other file is a page by its first raw bytes.
        if (post.Source.HasBom && post.Site.Kind == SiteKind.Jekyll && post.FrontMatter.Kind == FrontMatterKind.Yaml && !IsPostOrDraft(post))
        {
            context.Report(new TextRange(0, 0), PageBom.With());
        }
    }

    private static bool IsPostOrDraft(Post post)
    {
        var segments = SitePaths.RelativeToSource(post).Split('/');
        return segments.Contains("_posts") || segments.Contains("_drafts");
    }

    /// <summary>Names what precedes the dashes: blank lines, spaces, or an invisible character.</summary>
    private static Localized Describe(ReadOnlySpan<char> prefix)
    {
        foreach (var c in prefix)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '\uFEFF' ? ByteOrderMark.With() : Invisible.With(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        var lines = prefix.Count('\n') + prefix.Count('\r') - prefix.Count("\r\n");
        return lines switch
        {
            0 => Spaces.With(),
            1 => BlankLine.With(),
            _ => BlankLines.With(lines),
        };
    }
}
