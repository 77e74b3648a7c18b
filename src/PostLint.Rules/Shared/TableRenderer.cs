using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>
/// The renderer that shows a post's tables on its site, as the table rules name it: severities follow what it shows,
/// and GitHub's file view (cmark-gfm), where it differs, is worth a warning that says so.
/// </summary>
public readonly struct TableRenderer
{
    private static readonly Message JekyllKramdown = new("Jekyll's kramdown", "Jekyll의 kramdown");

    private static readonly Message GitHubView = new("GitHub's file view", "GitHub의 파일 보기");

    private static readonly Message ShowsTableMessage = new(
        "{name} shows the table, GitHub's file view shows none",
        "{name}{은} 표를 보여 주지만 GitHub의 파일 보기에는 표가 나오지 않습니다");

    private static readonly Message ShowsNoTableMessage = new("{name} shows no table", "{name}에서는 표가 보이지 않습니다");

    private static readonly Message TextAbove = new(
        "this table starts right under a line of text, so {name} shows it as text; put a blank line above the table",
        "이 표는 텍스트 줄 바로 아래에서 시작해서 {name}{이} 텍스트로 보여 줍니다. 표 위에 빈 줄을 넣으세요");

    private static readonly Message LineBelow = new(
        "this line right under the table makes {name} show the whole table as text; put a blank line between them",
        "표 바로 아래의 이 줄 때문에 {name}{이} 표 전체를 텍스트로 보여 줍니다. 표와 이 줄 사이에 빈 줄을 넣으세요");

    private static readonly Message BlankAbove = new("Put a blank line above the table", "표 위에 빈 줄을 넣으세요");

    private static readonly Message BlankBelow = new("Put a blank line under the table", "표 아래에 빈 줄을 넣으세요");

    private TableRenderer(Site site)
    {
        Renderer = site.Renderer;
        Name = Renderer switch
        {
            MarkdownRenderer.KramdownGfm or MarkdownRenderer.Kramdown => JekyllKramdown.With(),
            MarkdownRenderer.Goldmark => "Hugo",
            MarkdownRenderer.AstroRemark => "Astro",
            _ => site.Kind == SiteKind.Jekyll ? "Jekyll" : "GitHub",
        };
    }

    /// <summary>The site's renderer.</summary>
    public MarkdownRenderer Renderer { get; }

    /// <summary>
    /// The name messages give it: <c>GitHub</c>, <c>Hugo</c>, <c>Astro</c>, <c>Jekyll</c> (the same in every language), or
    /// <c>Jekyll's kramdown</c> (a <see cref="Localized"/> piece).
    /// </summary>
    public object Name { get; }

    /// <summary>"GitHub's file view", in the report's language.</summary>
    public static Localized GitHubFileView => GitHubView.With();

    /// <summary>"NAME shows the table, GitHub's file view shows none", in the report's language.</summary>
    public Localized ShowsTable => ShowsTableMessage.With(Name);

    /// <summary>"NAME shows no table", in the report's language.</summary>
    public Localized ShowsNoTable => ShowsNoTableMessage.With(Name);

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
                TextAbove.With(name),
                table.InContainer ? null : BlankLineBefore(text, table.KramdownAttributesStart ?? first.Start, BlankAbove.With()),
                severity);
        }

        if (table.KramdownLineBelow is { } below)
        {
            context.Report(
                below,
                LineBelow.With(name),
                table.InContainer ? null : BlankLineBefore(text, below.Start, BlankBelow.With()),
                severity);
        }
    }

    private static Fix BlankLineBefore(string text, int offset, Localized title)
    {
        var lineStart = PipeTables.LineStart(text, offset);
        var newline = lineStart >= 2 && text[lineStart - 1] == '\n' && text[lineStart - 2] == '\r' ? "\r\n" : lineStart >= 1 && text[lineStart - 1] == '\r' ? "\r" : "\n";
        return Fix.Replace(title, new TextRange(lineStart, lineStart), newline);
    }
}
