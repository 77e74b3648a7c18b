using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>How a link is written in the body.</summary>
public enum LinkSyntax
{
    /// <summary><c>[text](url)</c>.</summary>
    Markdown,

    /// <summary><c>[ref]: url</c>, a reference definition (reported once, there).</summary>
    Definition,

    /// <summary>An HTML <c>&lt;a href&gt;</c> (or <c>&lt;area href&gt;</c>).</summary>
    Html,
}

/// <summary>A link of a post's body.</summary>
/// <param name="Syntax">How it is written.</param>
/// <param name="Url">The URL as the renderer writes it: Markdown escapes and HTML entities decoded.</param>
/// <param name="Range">The URL's text in the file.</param>
public sealed record PostLink(LinkSyntax Syntax, string Url, TextRange Range);

/// <summary>
/// The links of a post's body, found once and shared by the link rules: Markdown inline links, reference definitions and
/// HTML <c>href</c>s in HTML blocks and inline HTML (not in code, comments or scripts). Images are <see cref="PostImages"/>.
/// </summary>
public static partial class PostLinks
{
    private static readonly object Key = new();

    [GeneratedRegex(@"<(?:a|area)(?=[\s/>])(?<attrs>(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorTag();

    [GeneratedRegex(@"\shref\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'=<>`]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();

    /// <summary>The links of <paramref name="post"/>'s body, in source order.</summary>
    public static IReadOnlyList<PostLink> Get(Post post) => post.GetShared(Key, Find);

    private static List<PostLink> Find(Post post)
    {
        var links = new List<PostLink>();
        var text = post.Text;
        var bodyStart = Math.Min(post.BodyStart, text.Length);
        var body = text.AsSpan(bodyStart);
        if (!body.Contains("](", StringComparison.Ordinal) && !body.Contains("]:", StringComparison.Ordinal) && !body.Contains("href", StringComparison.OrdinalIgnoreCase))
        {
            return links;
        }

        Walk(post, post.Document, links);
        links.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        if (post.Site.Renderer.IsKramdown() && body.Contains("{::", StringComparison.Ordinal))
        {
            foreach (Match m in PostImages.KramdownExtension().Matches(text, bodyStart))
            {
                var comment = m.Groups["name"].Value == "comment";
                links.RemoveAll(l => l.Range.Start >= m.Index && l.Range.Start < m.Index + m.Length && (comment || l.Syntax != LinkSyntax.Html));
            }
        }

        return links;
    }

    private static void Walk(Post post, Block block, List<PostLink> links)
    {
        var text = post.Text;
        switch (block)
        {
            case LinkReferenceDefinition definition when !definition.UrlSpan.IsEmpty && definition.Span.Start >= post.BodyStart:
                links.Add(new PostLink(LinkSyntax.Definition, definition.Url ?? "", PostImages.UrlRange(text, definition.UrlSpan)));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(post, child, links);
                }

                break;
            case HtmlBlock html when !html.Span.IsEmpty:
                var range = Post.RangeOf(html);
                AddHtml(text, range.Start, range.End, links);
                break;
            case LeafBlock { Inline: { } inline } leaf when !leaf.Span.IsEmpty && leaf.Span.Start < text.Length:
                var source = text.AsSpan(leaf.Span.Start, Math.Min(leaf.Span.Length, text.Length - leaf.Span.Start));
                if (source.IndexOfAny(']', '<') >= 0)
                {
                    Inlines(post, inline, links);
                }

                break;
        }
    }

    private static void Inlines(Post post, ContainerInline container, List<PostLink> links)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: false, Reference: null } link when !link.UrlSpan.IsEmpty:
                    links.Add(new PostLink(LinkSyntax.Markdown, link.Url ?? "", PostImages.UrlRange(post.Text, link.UrlSpan)));
                    break;
                case HtmlInline html when !html.Span.IsEmpty:
                    var r = Post.RangeOf(html);
                    AddHtml(post.Text, r.Start, r.End, links);
                    break;
            }

            if (inline is ContainerInline child)
            {
                Inlines(post, child, links);
            }
        }
    }

    private static void AddHtml(string text, int start, int end, List<PostLink> links)
    {
        if (!text.AsSpan(start, end - start).Contains("href", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var slice = text[start..end];
        var opaque = PostImages.OpaqueHtml().Matches(slice);
        foreach (Match tag in AnchorTag().Matches(slice))
        {
            if (opaque.Any(o => tag.Index >= o.Index && tag.Index < o.Index + o.Length))
            {
                continue;
            }

            var attrs = tag.Groups["attrs"];
            if (Href().Match(attrs.Value) is { Success: true } href)
            {
                var value = href.Groups["v"];
                var valueStart = start + attrs.Index + value.Index;
                links.Add(new PostLink(LinkSyntax.Html, WebUtility.HtmlDecode(value.Value), new TextRange(valueStart, valueStart + value.Length)));
            }
        }
    }
}
