using PostLint.Sites;

namespace PostLint.Tests.Sites;

/// <summary>Renderer names as messages show them, and which renderers follow CommonMark's block rules.</summary>
public class MarkdownRendererTests
{
    [Theory]
    [InlineData(MarkdownRenderer.CmarkGfm, "cmark-gfm", false)]
    [InlineData(MarkdownRenderer.KramdownGfm, "kramdown (GFM input)", true)]
    [InlineData(MarkdownRenderer.Kramdown, "kramdown", true)]
    [InlineData(MarkdownRenderer.Goldmark, "Goldmark", false)]
    [InlineData(MarkdownRenderer.AstroRemark, "Astro's remark", false)]
    public void Each_renderer_has_its_name_and_family(MarkdownRenderer renderer, string name, bool kramdown)
    {
        Assert.Equal(name, renderer.DisplayName());
        Assert.Equal(kramdown, renderer.IsKramdown());
        Assert.Equal(!kramdown, renderer.IsCommonMark());
    }
}
