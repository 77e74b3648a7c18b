namespace PostLint.Sites;

/// <summary>The program that turns a post's Markdown body into the HTML readers see.</summary>
public enum MarkdownRenderer
{
    /// <summary>
    /// GitHub's cmark-gfm, as GitHub shows a Markdown file (a folder with no generator), and Jekyll with
    /// <c>markdown: CommonMarkGhPages</c> or <c>CommonMark</c>.
    /// </summary>
    CmarkGfm,

    /// <summary>kramdown with its GFM input (<c>kramdown-parser-gfm</c>): Jekyll's default, also with no <c>kramdown:</c> key.</summary>
    KramdownGfm,

    /// <summary>kramdown's own syntax (<c>kramdown: input: kramdown</c> in Jekyll's config).</summary>
    Kramdown,

    /// <summary>Goldmark, Hugo's renderer (CommonMark with GFM tables, strikethrough, autolinks and task lists).</summary>
    Goldmark,

    /// <summary>Astro's remark (micromark, CommonMark with remark-gfm).</summary>
    AstroRemark,
}

/// <summary>Names of renderers for messages.</summary>
public static class MarkdownRenderers
{
    /// <summary>The renderer's name as a message shows it (<c>kramdown (GFM input)</c>, <c>Goldmark</c>).</summary>
    public static string DisplayName(this MarkdownRenderer renderer) => renderer switch
    {
        MarkdownRenderer.CmarkGfm => "cmark-gfm",
        MarkdownRenderer.KramdownGfm => "kramdown (GFM input)",
        MarkdownRenderer.Kramdown => "kramdown",
        MarkdownRenderer.Goldmark => "Goldmark",
        _ => "Astro's remark",
    };

    /// <summary>Whether the renderer is kramdown, with either input.</summary>
    public static bool IsKramdown(this MarkdownRenderer renderer) => renderer is MarkdownRenderer.KramdownGfm or MarkdownRenderer.Kramdown;

    /// <summary>Whether the renderer follows CommonMark's block rules (HTML blocks, fences, tables after paragraphs).</summary>
    public static bool IsCommonMark(this MarkdownRenderer renderer) => !renderer.IsKramdown();
}
