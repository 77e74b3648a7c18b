using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>How an image is written in the body.</summary>
public enum ImageSyntax
{
    /// <summary><c>![alt](path)</c>.</summary>
    Markdown,

    /// <summary><c>![alt][ref]</c> with <c>[ref]: path</c>.</summary>
    MarkdownReference,

    /// <summary><c>![alt]({{ site.baseurl }}/path)</c>: Liquid runs before Markdown in Jekyll, so this is an image there
    /// although CommonMark sees text (a destination cannot hold spaces).</summary>
    MarkdownLiquid,

    /// <summary>An HTML <c>&lt;img&gt;</c> (or <c>&lt;source srcset&gt;</c>) tag.</summary>
    Html,
}

/// <summary>One path an image refers to (an image with <c>srcset</c> has several).</summary>
/// <param name="Url">The path as the generator sees it: Markdown escapes and HTML entities decoded.</param>
/// <param name="Range">The path text in the file.</param>
public sealed record ImagePath(string Url, TextRange Range);

/// <summary>An image in the body of a post.</summary>
/// <param name="Syntax">How it is written.</param>
/// <param name="Range">The whole image (<c>![…](…)</c> or the tag).</param>
/// <param name="Alt">The alt text; null for an HTML tag with no <c>alt</c> attribute.</param>
/// <param name="Paths">The paths it loads (none for a tag without <c>src</c> and <c>srcset</c>).</param>
/// <param name="TagName">For HTML: the tag's name in lower case.</param>
/// <param name="InlineHtml">For HTML: the tag is inline HTML inside a paragraph (kramdown reads it as span-level HTML and
/// rewrites its attributes), not an HTML block that renderers pass through as written.</param>
public sealed record PostImage(ImageSyntax Syntax, TextRange Range, string? Alt, IReadOnlyList<ImagePath> Paths, string? TagName = null, bool InlineHtml = false);

/// <summary>
/// The images of a post's body, found once and shared by the image rules: Markdown inline and reference images,
/// Jekyll's Liquid-built Markdown images, and HTML <c>&lt;img&gt;</c> / <c>&lt;source srcset&gt;</c> tags in HTML blocks and
/// inline HTML (not in comments, scripts or code). Ranges are file offsets.
/// </summary>
public static partial class PostImages
{
    private static readonly object Key = new();

    [GeneratedRegex(@"<(?<name>img|source)(?=[\s/>])(?<attrs>(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImgTag();

    [GeneratedRegex(@"\s+(?<name>[^\s""'>/=]+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<uq>[^\s""'=<>`]+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<!--.*?-->|<(script|style|textarea|title)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    internal static partial Regex OpaqueHtml();

    // ![alt](dest "title") where dest holds Liquid output tags, possibly with spaces inside them.
    [GeneratedRegex(@"!\[(?<alt>[^\]\n]*)\]\(\s*(?<url>(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|[^\s(){}])*(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\})(?:\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|[^\s(){}])*)(?:\s+""[^""\n]*"")?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidImage();

    // kramdown's extensions: {::comment} … {:/comment} renders nothing; {::nomarkdown} … {:/nomarkdown} passes its text
    // through unparsed (an <img> tag in it is still HTML, a Markdown image is text).
    [GeneratedRegex(@"\{::(?<name>comment|nomarkdown)\}.*?\{:/(?:\k<name>)?\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    internal static partial Regex KramdownExtension();

    /// <summary>The images of <paramref name="post"/>'s body, in source order.</summary>
    public static IReadOnlyList<PostImage> Get(Post post) => post.GetShared(Key, Find);

    private static List<PostImage> Find(Post post)
    {
        var images = new List<PostImage>();
        var text = post.Text;
        var body = text.AsSpan(Math.Min(post.BodyStart, text.Length));
        if (!body.Contains("![", StringComparison.Ordinal) && !body.ContainsAny(AsciiWords.ImageTags))
        {
            // No image syntax at all: spare the Markdown parse.
            return images;
        }

        Walk(post, post.Document, images);
        images.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        if (post.Site.Renderer.IsKramdown() && body.Contains("{::", StringComparison.Ordinal))
        {
            foreach (Match m in KramdownExtension().Matches(text, Math.Min(post.BodyStart, text.Length)))
            {
                var comment = m.Groups["name"].Value == "comment";
                images.RemoveAll(i => i.Range.Start >= m.Index && i.Range.Start < m.Index + m.Length && (comment || i.Syntax != ImageSyntax.Html));
            }
        }

        return images;
    }

    /// <summary>
    /// Visits the blocks in document order, and the inline content only of a block whose source holds image syntax
    /// (most paragraphs of a post with images hold none).
    /// </summary>
    private static void Walk(Post post, Block block, List<PostImage> images)
    {
        var text = post.Text;
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(post, child, images);
                }

                break;
            case HtmlBlock html when !html.Span.IsEmpty:
                var range = Post.RangeOf(html);
                AddHtml(text, range.Start, range.End, images);
                break;
            case LeafBlock { Inline: { } inline } leaf when !leaf.Span.IsEmpty && leaf.Span.Start < text.Length:
                var source = text.AsSpan(leaf.Span.Start, Math.Min(leaf.Span.Length, text.Length - leaf.Span.Start));
                if (leaf is ParagraphBlock or HeadingBlock && LiquidRegions.HasOpener(source))
                {
                    AddLiquid(post, leaf, images);
                }

                if (source.Contains("![", StringComparison.Ordinal) || source.ContainsAny(AsciiWords.ImageTags))
                {
                    Inlines(post, inline, images);
                }

                break;
        }
    }

    private static void Inlines(Post post, ContainerInline container, List<PostImage> images)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link:
                    AddMarkdown(post, link, images);
                    break;
                case HtmlInline html when !html.Span.IsEmpty:
                    var r = Post.RangeOf(html);
                    AddHtml(post.Text, r.Start, r.End, images, inline: true);
                    break;
            }

            if (inline is ContainerInline child)
            {
                Inlines(post, child, images);
            }
        }
    }

    private static void AddMarkdown(Post post, LinkInline link, List<PostImage> images)
    {
        var alt = AltText(link);
        var range = Post.RangeOf(link);
        if (link.Reference is { } definition)
        {
            var paths = definition.UrlSpan.IsEmpty ? [] : new[] { new ImagePath(definition.Url ?? "", UrlRange(post.Text, definition.UrlSpan)) };
            images.Add(new PostImage(ImageSyntax.MarkdownReference, range, alt, paths));
            return;
        }

        var urlRange = link.UrlSpan.IsEmpty ? EmptyUrlRange(post.Text, range) : UrlRange(post.Text, link.UrlSpan);
        images.Add(new PostImage(ImageSyntax.Markdown, range, alt, [new ImagePath(link.Url ?? "", urlRange)]));
    }

    /// <summary>The alt text: the image's inline content as plain text.</summary>
    private static string AltText(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var child in container.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The URL's source text, without the angle brackets of <c>&lt;dest&gt;</c>.</summary>
    internal static TextRange UrlRange(string text, Markdig.Syntax.SourceSpan span)
    {
        var start = span.Start;
        var end = Math.Min(span.End + 1, text.Length);
        if (end - start >= 2 && text[start] == '<' && text[end - 1] == '>')
        {
            start++;
            end--;
        }

        return new TextRange(start, end);
    }

    /// <summary>For <c>![alt]()</c>: the empty range between the parentheses.</summary>
    private static TextRange EmptyUrlRange(string text, TextRange image)
    {
        var open = text.LastIndexOf("](", image.End - 1, image.Length, StringComparison.Ordinal);
        return open < 0 ? new TextRange(image.Start, image.Start) : new TextRange(open + 2, open + 2);
    }

    private static void AddHtml(string text, int start, int end, List<PostImage> images, bool inline = false)
    {
        if (!text.AsSpan(start, end - start).ContainsAny(AsciiWords.ImageTags))
        {
            return;
        }

        var slice = text[start..end];
        var opaque = OpaqueHtml().Matches(slice);
        foreach (Match tag in ImgTag().Matches(slice))
        {
            if (opaque.Any(o => tag.Index >= o.Index && tag.Index < o.Index + o.Length))
            {
                continue;
            }

            var name = tag.Groups["name"].Value.ToLowerInvariant();
            string? alt = null;
            var paths = new List<ImagePath>();
            var attrs = tag.Groups["attrs"];
            foreach (Match attribute in Attribute().Matches(attrs.Value))
            {
                var attrName = attribute.Groups["name"].Value.ToLowerInvariant();
                var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"] : attribute.Groups["sq"].Success ? attribute.Groups["sq"] : attribute.Groups["uq"];
                var valueStart = start + attrs.Index + value.Index;
                switch (attrName)
                {
                    case "alt":
                        alt ??= value.Success ? WebUtility.HtmlDecode(value.Value) : "";
                        break;
                    case "src" when name == "img":
                        paths.Add(new ImagePath(WebUtility.HtmlDecode(value.Value), value.Success ? new TextRange(valueStart, valueStart + value.Length) : new TextRange(start + tag.Index, start + tag.Index)));
                        break;
                    case "srcset" when value.Success:
                        foreach (var (offset, length) in SrcsetUrls(value.Value))
                        {
                            paths.Add(new ImagePath(WebUtility.HtmlDecode(value.Value.Substring(offset, length)), new TextRange(valueStart + offset, valueStart + offset + length)));
                        }

                        break;
                }
            }

            images.Add(new PostImage(ImageSyntax.Html, new TextRange(start + tag.Index, start + tag.Index + tag.Length), alt, paths, name, inline));
        }
    }

    /// <summary>The URLs of a <c>srcset</c> value (HTML's candidate-string parsing), as offsets into the value.</summary>
    public static List<(int Offset, int Length)> SrcsetUrls(string value)
    {
        var urls = new List<(int, int)>();
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && (char.IsWhiteSpace(value[i]) || value[i] == ','))
            {
                i++;
            }

            if (i >= value.Length)
            {
                break;
            }

            var urlStart = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            var urlEnd = i;
            var endedWithComma = false;
            while (urlEnd > urlStart && value[urlEnd - 1] == ',')
            {
                urlEnd--;
                endedWithComma = true;
            }

            if (urlEnd > urlStart)
            {
                urls.Add((urlStart, urlEnd - urlStart));
            }

            if (!endedWithComma)
            {
                // Skip the descriptors up to the next comma outside parentheses.
                var depth = 0;
                while (i < value.Length && (value[i] != ',' || depth > 0))
                {
                    depth += value[i] == '(' ? 1 : value[i] == ')' ? -1 : 0;
                    i++;
                }
            }
        }

        return urls;
    }

    private static void AddLiquid(Post post, LeafBlock leaf, List<PostImage> images)
    {
        var text = post.Text;
        var start = leaf.Span.Start;
        var end = Math.Min(leaf.Span.End + 1, text.Length);
        var taken = new List<TextRange>();
        foreach (var inline in leaf.Inline!.Descendants())
        {
            if (inline is CodeInline or LinkInline { IsImage: true } or HtmlInline)
            {
                taken.Add(Post.RangeOf(inline));
            }
        }

        foreach (Match m in LiquidImage().Matches(text[start..end]))
        {
            var range = new TextRange(start + m.Index, start + m.Index + m.Length);
            if (taken.Any(t => t.Overlaps(range)))
            {
                continue;
            }

            var url = m.Groups["url"];
            images.Add(new PostImage(ImageSyntax.MarkdownLiquid, range, m.Groups["alt"].Value, [new ImagePath(url.Value, new TextRange(start + url.Index, start + url.Index + url.Length))]));
        }
    }
}
