using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a Jekyll post or Hugo content page with no front matter. Docs: PL101FrontMatterMissing.md.</summary>
public sealed class PL101FrontMatterMissing : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL101", "front-matter-missing", "A post has no front matter",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "글에 front matter가 없습니다" };

    private static readonly Message PageMissing = new(
        "page has no front matter; start the file with a --- block holding at least its title, closed by ---",
        "페이지에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요");

    private static readonly Message PostMissing = new(
        "post has no front matter; start the file with a --- block holding at least its title, closed by ---",
        "글에 front matter가 없습니다. 파일 맨 앞에 적어도 title을 적은 --- 블록을 넣고 ---로 닫으세요");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // An unclosed `---` not followed by a key is a thematic break: the post still has no front matter.
        if (!SitePaths.IsPost(post) ||
            (post.FrontMatter is { } fm && (fm.IsClosed || DisplacedFrontMatter.StartsWithKey(post.Text, fm.Content.Start, fm.Kind == FrontMatterKind.Toml))))
        {
            return;
        }

        if (SitePaths.IsHugoContentPage(post))
        {
            if (HugoFindsFrontMatter(post.Text))
            {
                return;
            }

            context.Report(new TextRange(0, 0), PageMissing.With());
            return;
        }

        // Front matter after blank lines is front-matter-before-bom-or-blank's finding, not a missing one.
        if (DisplacedFrontMatter.Find(post.Text) is not null)
        {
            return;
        }

        context.Report(new TextRange(0, 0), PostMissing.With());
    }

    /// <summary>
    /// Hugo (checked with Hugo 0.111) skips leading spaces, tabs, line breaks and byte order marks, and reads YAML, TOML,
    /// JSON and Org front matter, or one inside an HTML comment. Any other character first (a zero-width or no-break
    /// space, a form feed) starts the content: the page then has no front matter.
    /// </summary>
    private static bool HugoFindsFrontMatter(string text)
    {
        var start = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        return start.StartsWith("---") || start.StartsWith("+++") || start.StartsWith("{") || start.StartsWith("#+") || start.StartsWith("<!--");
    }
}
