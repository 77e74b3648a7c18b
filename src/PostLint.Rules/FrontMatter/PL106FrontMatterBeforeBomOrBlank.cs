using PostLint.Diagnostics;
using PostLint.Documents;
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
        RuleCategory.FrontMatter, Severity.Error);

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
                context.Report(dashes, $"front matter starts after {Describe(post.Text.AsSpan(0, dashes.Start))}; Jekyll reads it only at the very start of the file: delete what comes before ---");
            }

            return;
        }

        // Jekyll strips a BOM when it reads a post, but decides whether any other file is a page by its first raw bytes.
        if (post.Source.HasBom && post.Site.Kind == SiteKind.Jekyll && post.FrontMatter.Kind == FrontMatterKind.Yaml && !IsPostOrDraft(post))
        {
            context.Report(new TextRange(0, 0), "file starts with a byte order mark; Jekyll copies this page unprocessed, front matter and all: save it as UTF-8 without BOM");
        }
    }

    private static bool IsPostOrDraft(Post post)
    {
        var segments = SitePaths.RelativeToSource(post).Split('/');
        return segments.Contains("_posts") || segments.Contains("_drafts");
    }

    /// <summary>Names what precedes the dashes: blank lines, spaces, or an invisible character.</summary>
    private static string Describe(ReadOnlySpan<char> prefix)
    {
        foreach (var c in prefix)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '\uFEFF' ? "a byte order mark (U+FEFF)" : $"an invisible character (U+{(int)c:X4})";
            }
        }

        var lines = prefix.Count('\n') + prefix.Count('\r') - prefix.Count("\r\n");
        return lines switch
        {
            0 => "spaces",
            1 => "a blank line",
            _ => $"{lines} blank lines",
        };
    }
}
