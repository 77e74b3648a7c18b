using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Links;

/// <summary>Flags body images without alt text. Docs: PL302ImageAltMissing.md.</summary>
public sealed class PL302ImageAltMissing : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL302", "image-alt-missing", "An image has no alt text",
        RuleCategory.Links, Severity.Warning)
    {
        Options =
        [
            new OptionSpec("allow-empty-html-alt", OptionKind.Boolean, "Accept alt=\"\" on HTML images as a deliberate mark of a decorative image"),
        ],
    };

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record State(bool AllowEmptyHtmlAlt);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) => new State(setup.Options.GetBool("allow-empty-html-alt", true));

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        foreach (var image in PostImages.Get(post))
        {
            if (image.Syntax == ImageSyntax.Html)
            {
                // <source> inside <picture> takes its alt from the <img>; only <img> carries one.
                if (image.TagName != "img")
                {
                    continue;
                }

                if (image.Alt is null)
                {
                    context.Report(image.Range, "<img> has no alt attribute; add alt=\"...\" describing the image, or alt=\"\" if it is only decoration");
                }
                else if (image.Alt.Trim().Length == 0 && !state.AllowEmptyHtmlAlt)
                {
                    context.Report(image.Range, "<img> has an empty alt attribute; describe the image in alt=\"...\"");
                }

                continue;
            }

            if (image.Alt is null || image.Alt.Trim().Length == 0)
            {
                var path = image.Paths.Count > 0 ? post.Text[image.Paths[0].Range.Start..image.Paths[0].Range.End] : "";
                var example = image.Syntax == ImageSyntax.MarkdownReference ? "![description][ref]" : $"![description]({(path.Length is > 0 and <= 60 ? path : "...")})";
                context.Report(image.Range, $"image has no alt text; describe it for readers who cannot see it: {example}");
            }
        }
    }
}
