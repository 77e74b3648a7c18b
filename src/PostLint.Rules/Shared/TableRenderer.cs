using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>
/// The renderer that shows a post's tables on its site, as the table rules name it: severities follow what it shows,
/// and GitHub's file view (cmark-gfm), where it differs, is worth a warning that says so.
/// </summary>
public readonly struct TableRenderer
{
    private TableRenderer(Site site)
    {
        Renderer = site.Renderer;
        Name = Renderer switch
        {
            MarkdownRenderer.KramdownGfm or MarkdownRenderer.Kramdown => "Jekyll's kramdown",
            MarkdownRenderer.Goldmark => "Hugo",
            MarkdownRenderer.AstroRemark => "Astro",
            _ => site.Kind == SiteKind.Jekyll ? "Jekyll" : "GitHub",
        };
    }

    /// <summary>The site's renderer.</summary>
    public MarkdownRenderer Renderer { get; }

    /// <summary>The name messages give it: <c>GitHub</c>, <c>Hugo</c>, <c>Astro</c>, <c>Jekyll's kramdown</c>.</summary>
    public string Name { get; }

    /// <summary>Whether it is kramdown (Jekyll's default).</summary>
    public bool IsKramdown => Renderer.IsKramdown();

    /// <summary>Whether it is Hugo's Goldmark.</summary>
    public bool IsGoldmark => Renderer == MarkdownRenderer.Goldmark;

    /// <summary>Whether it is cmark-gfm itself, so that GitHub's file view is the site.</summary>
    public bool IsGitHub => Renderer == MarkdownRenderer.CmarkGfm;

    /// <summary>The renderer of <paramref name="post"/>'s site.</summary>
    public static TableRenderer Of(Post post) => new(post.Site);

    /// <summary>
    /// Reports a table that kramdown shows as text because no blank line separates it from the text above or below
    /// (<see cref="PipeTable.KramdownShowsText"/>), with a fix that adds the blank line outside lists and quotes.
    /// </summary>
    public static void ReportKramdownText(Post post, PipeTable table, RuleContext context, Severity severity)
    {
        var text = post.Text;
        var name = Of(post).Name;
        if (table.KramdownTextAbove is not null)
        {
            var first = table.FirstRow.Range;
            context.Report(
                first,
                $"this table starts right under a line of text, so {name} shows it as text; put a blank line above the table",
                table.InContainer ? null : BlankLineBefore(text, first.Start, "Put a blank line above the table"),
                severity);
        }

        if (table.KramdownLineBelow is { } below)
        {
            context.Report(
                below,
                $"this line right under the table makes {name} show the whole table as text; put a blank line between them",
                table.InContainer ? null : BlankLineBefore(text, below.Start, "Put a blank line under the table"),
                severity);
        }
    }

    private static Fix BlankLineBefore(string text, int offset, string title)
    {
        var lineStart = PipeTables.LineStart(text, offset);
        var newline = lineStart >= 2 && text[lineStart - 1] == '\n' && text[lineStart - 2] == '\r' ? "\r\n" : lineStart >= 1 && text[lineStart - 1] == '\r' ? "\r" : "\n";
        return Fix.Replace(title, new TextRange(lineStart, lineStart), newline);
    }
}
