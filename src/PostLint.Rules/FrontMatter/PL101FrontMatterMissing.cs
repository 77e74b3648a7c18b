using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a Jekyll post or Hugo content page with no front matter. Docs: PL101FrontMatterMissing.md.</summary>
public sealed class PL101FrontMatterMissing : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL101", "front-matter-missing", "A post has no front matter",
        RuleCategory.FrontMatter, Severity.Error);

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

            context.Report(new TextRange(0, 0), "page has no front matter; start the file with a --- block holding at least its title, closed by ---");
            return;
        }

        // Front matter after blank lines is front-matter-before-bom-or-blank's finding, not a missing one.
        if (DisplacedFrontMatter.Find(post.Text) is not null)
        {
            return;
        }

        context.Report(new TextRange(0, 0), "post has no front matter; start the file with a --- block holding at least its title, closed by ---");
    }

    /// <summary>Hugo skips leading whitespace and reads YAML, TOML, JSON and Org front matter, or one inside an HTML comment.</summary>
    private static bool HugoFindsFrontMatter(string text)
    {
        var start = text.AsSpan().TrimStart();
        while (start.Length > 0 && DisplacedFrontMatter.IsBlankOrInvisible(start[0]))
        {
            start = start[1..];
        }

        return start.StartsWith("---") || start.StartsWith("+++") || start.StartsWith("{") || start.StartsWith("#+") || start.StartsWith("<!--");
    }
}
