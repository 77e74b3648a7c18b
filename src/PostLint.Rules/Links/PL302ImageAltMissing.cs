using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
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
        KoreanTitle = "이미지에 대체 텍스트가 없습니다",
        Options =
        [
            new OptionSpec("allow-empty-html-alt", OptionKind.Boolean, "Accept alt=\"\" on HTML images as a deliberate mark of a decorative image"),
        ],
    };

    private static readonly Message NoAltAttribute = new(
        "<img> has no alt attribute; add alt=\"...\" describing the image, or alt=\"\" if it is only decoration",
        "<img>에 alt 속성이 없습니다. 이미지를 설명하는 alt=\"...\"를 넣거나, 장식용 이미지라면 alt=\"\"를 넣으세요");

    private static readonly Message EmptyAltAttribute = new(
        "<img> has an empty alt attribute; describe the image in alt=\"...\"",
        "<img>의 alt 속성이 비어 있습니다. alt=\"...\"에 이미지를 설명하세요");

    private static readonly Message NoAltText = new(
        "image has no alt text; describe it for readers who cannot see it: {example}",
        "이미지에 대체 텍스트가 없습니다. 이미지를 볼 수 없는 독자를 위해 설명을 쓰세요: {example}");

    private static readonly Message ReferenceExample = new("![description][ref]", "![이미지 설명][ref]");

    private static readonly Message InlineExample = new("![description]({path})", "![이미지 설명]({path})");

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
                    context.Report(image.Range, NoAltAttribute.With());
                }
                else if (image.Alt.Trim().Length == 0 && !state.AllowEmptyHtmlAlt)
                {
                    context.Report(image.Range, EmptyAltAttribute.With());
                }

                continue;
            }

            if (image.Alt is null || image.Alt.Trim().Length == 0)
            {
                var path = image.Paths.Count > 0 ? post.Text[image.Paths[0].Range.Start..image.Paths[0].Range.End] : "";
                var example = image.Syntax == ImageSyntax.MarkdownReference ? ReferenceExample.With() : InlineExample.With(path.Length is > 0 and <= 60 ? path : "...");
                context.Report(image.Range, NoAltText.With(example));
            }
        }
    }
}
