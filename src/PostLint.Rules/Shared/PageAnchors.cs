using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>What gives a page an id.</summary>
public enum AnchorKind
{
    /// <summary>A heading's generated id.</summary>
    Heading,

    /// <summary>An id written by hand: kramdown's <c>{#id}</c> or IAL, Goldmark's <c>{#id}</c>.</summary>
    Explicit,

    /// <summary>An HTML <c>id</c> or <c>name</c> attribute.</summary>
    Html,

    /// <summary>A footnote or footnote reference.</summary>
    Footnote,
}

/// <summary>One id of a page.</summary>
/// <param name="Id">The id as the HTML holds it.</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Text">For a heading: its text as the reader sees it.</param>
/// <param name="Offset">Where it is written in the file.</param>
public sealed record Anchor(string Id, AnchorKind Kind, string Text, int Offset);

/// <summary>A heading of the page, with the text each renderer reads.</summary>
/// <param name="Text">The rendered text (what the reader sees).</param>
/// <param name="Source">The source line of its text (without an explicit <c>{#id}</c>).</param>
/// <param name="Offset">Where the heading starts.</param>
/// <param name="Id">Its id on this site.</param>
/// <param name="Explicit">Whether the id is written by hand.</param>
public sealed record PageHeading(string Text, string Source, int Offset, string? Id, bool Explicit);

/// <summary>
/// The ids a post's page will have, as the site's renderer writes them: heading ids (<see cref="HeadingIds"/>), ids
/// written by hand, HTML <c>id</c>/<c>name</c> attributes and footnotes. Computed once per post and shared.
/// </summary>
public sealed partial class PageAnchors
{
    private static readonly object Key = new();

    private readonly Dictionary<string, Anchor> _ids = new(StringComparer.Ordinal);

    /// <summary>The site's scheme, or null when PostLint cannot know the ids (then nothing is checked).</summary>
    public HeadingIdScheme? Scheme { get; private set; }

    /// <summary>The ids, each with what made it (the first, for an id made twice).</summary>
    public IReadOnlyDictionary<string, Anchor> Ids => _ids;

    /// <summary>The headings in document order.</summary>
    public List<PageHeading> Headings { get; } = [];

    /// <summary>
    /// Why some ids cannot be known (a heading built by Liquid or a shortcode, a Hugo shortcode that may write ids
    /// (<see cref="HugoShortcodes"/>), transliterated ids of non-ASCII text), or null. A fragment that matches nothing is then not reported.
    /// </summary>
    public string? Uncertain { get; private set; }

    [GeneratedRegex(@"<[A-Za-z][A-Za-z0-9-]*(?=[\s/>])(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*\s*/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s(?<name>id|name)\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s""'=<>`]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    // kramdown: `## Text {#id}` (a space or tab before it, at the end).
    [GeneratedRegex(@"[\t ]\{#(?<id>[\p{L}_:][\p{L}\p{Mn}\p{Mc}\p{Nd}_:.\-]*)\}$", RegexOptions.CultureInvariant)]
    private static partial Regex KramdownHeaderId();

    // Goldmark: `## Text {#id .class key=value}` at the end of the heading.
    [GeneratedRegex(@"\s*\{(?<attrs>(?:\s*(?:#[^\s#.{}=]+|\.[^\s#.{}=]+|[A-Za-z_:][\w:.-]*(?:=(?:""[^""]*""|'[^']*'|[^\s{}]+))?))+)\s*\}$", RegexOptions.CultureInvariant)]
    private static partial Regex GoldmarkAttributes();

    // kramdown's IAL: `{: #id .class}` on its own line (a block IAL) or after a span; `{::options}` and the like are not IALs.
    [GeneratedRegex(@"\{:(?![:/])[^{}\n]*?#(?<id>[^\s#.{}""']+)[^{}\n]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex KramdownIal();

    // Goldmark's block attributes (`{#id}` on its own line, with parser.attribute.block).
    [GeneratedRegex(@"^[ \t]{0,3}\{[^{}\n]*?#(?<id>[^\s#.{}""']+)[^{}\n]*\}[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex GoldmarkBlockAttributes();

    // A definition list's description line (Goldmark's definition list extension): ": text" after its term.
    [GeneratedRegex(@"^ {0,3}:[ \t]+\S", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex DefinitionLine();

    /// <summary>The page ids of <paramref name="post"/>, computed on first use.</summary>
    public static PageAnchors Of(Post post) => post.GetShared(Key, Build);

    /// <summary>
    /// The page ids of another page of the run, at <paramref name="fullPath"/>: computed once per run, from the post the run
    /// lints there when it has them already or will lint it next; null when the page cannot be read.
    /// </summary>
    public static PageAnchors? Of(RunPages pages, string fullPath) => pages.View(fullPath, Key, Build);

    private static PageAnchors Build(Post post)
    {
        var anchors = new PageAnchors { Scheme = HeadingIds.For(post.Site) };
        if (anchors.Scheme is not { } scheme)
        {
            return anchors;
        }

        var text = post.Text;
        var bodyStart = Math.Min(post.BodyStart, text.Length);
        var numbering = new HeadingIds.Numbering(scheme);
        var liquid = post.Site.Kind is SiteKind.Jekyll or SiteKind.Hugo;
        foreach (var heading in post.Document.Descendants<HeadingBlock>())
        {
            if (heading.Span.Start < bodyStart)
            {
                continue;
            }

            var (source, sourceStart, lines) = SourceOf(text, heading);
            var kramdown = scheme.Style is HeadingIdStyle.KramdownGfm or HeadingIdStyle.Kramdown || (scheme.Style == HeadingIdStyle.None && post.Site.Kind == SiteKind.Jekyll);
            if (kramdown && lines > 1)
            {
                // kramdown's Setext heading is one line: two lines above the underline are a paragraph and a rule.
                continue;
            }

            var rendered = RenderedText(heading, scheme);
            string? explicitId = null;
            if (kramdown)
            {
                if (KramdownHeaderId().Match(source) is { Success: true } m)
                {
                    explicitId = m.Groups["id"].Value;
                    source = source[..m.Index].TrimEnd();
                    rendered = StripSuffix(rendered, m.Value);
                }
                else if (IalAfter(text, heading) is { } ial)
                {
                    explicitId = ial;
                }
            }
            else if (scheme.Attributes && GoldmarkAttributes().Match(source) is { Success: true } g)
            {
                source = source[..g.Index];
                rendered = StripSuffix(rendered, g.Value.Trim());
                foreach (var attr in g.Groups["attrs"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (attr.StartsWith('#'))
                    {
                        explicitId = attr[1..];
                    }
                }
            }

            if (liquid && LiquidRegions.HasOpener(source))
            {
                anchors.Uncertain ??= "a heading is built by a template";
            }

            string? id;
            if (explicitId is not null)
            {
                id = explicitId;
                numbering.Explicit(id);
                anchors.Add(new Anchor(id, AnchorKind.Explicit, rendered.Trim(), sourceStart));
            }
            else if (scheme.Style == HeadingIdStyle.None)
            {
                id = null;
            }
            else
            {
                if (scheme.Transliterated && !Ascii.IsValid(source))
                {
                    anchors.Uncertain ??= "kramdown transliterates the non-ASCII text of headings (transliterated_header_ids)";
                }

                id = numbering.Next(scheme.FromSource ? source : rendered);
                anchors.Add(new Anchor(id, AnchorKind.Heading, rendered.Trim(), sourceStart));
                if (scheme.Style == HeadingIdStyle.GitHubView)
                {
                    anchors.Add(new Anchor("user-content-" + id, AnchorKind.Heading, rendered.Trim(), sourceStart));
                }
            }

            anchors.Headings.Add(new PageHeading(rendered.Trim(), source, sourceStart, id, explicitId is not null));
        }

        if (scheme.DefinitionTermIds && DefinitionLine().IsMatch(text.AsSpan(bodyStart)))
        {
            anchors.Uncertain ??= "Hugo gives the terms of definition lists ids (autoDefinitionTermID), which PostLint does not model";
        }

        AddFootnotes(post, scheme, anchors);
        AddWrittenIds(post, anchors, bodyStart);
        if (HugoShortcodes.WritingIds(post.Site, text, bodyStart) is { } shortcode)
        {
            anchors.Uncertain ??= "the shortcode " + shortcode + " may write ids";
        }

        return anchors;
    }

    private void Add(Anchor anchor) => _ids.TryAdd(anchor.Id, anchor);

    /// <summary>The heading's text as written (from its first to its last inline), where it starts, and on how many lines.</summary>
    private static (string Text, int Start, int Lines) SourceOf(string text, HeadingBlock heading)
    {
        if (heading.Inline?.FirstChild is not { } first)
        {
            return ("", heading.Span.Start, 1);
        }

        var last = heading.Inline.LastChild!;
        var start = Math.Clamp(first.Span.Start, 0, text.Length);
        var end = Math.Clamp(last.Span.End + 1, start, text.Length);
        var source = text[start..end];
        var lines = 1;
        if (heading.IsSetext)
        {
            // Goldmark reads the last line of a multi-line Setext heading.
            var nl = source.LastIndexOf('\n');
            lines += source.AsSpan().TrimEnd("\r\n").Count('\n');
            source = nl >= 0 ? source[(nl + 1)..] : source;
        }

        return (source.Trim(' ', '\t', '\r', '\n'), start, lines);
    }

    private static string StripSuffix(string rendered, string suffix)
    {
        var trimmed = rendered.TrimEnd();
        return trimmed.EndsWith(suffix, StringComparison.Ordinal) ? trimmed[..^suffix.Length].TrimEnd() : trimmed;
    }

    /// <summary>A kramdown block IAL on the line right after the heading (<c>{: #id}</c>): its id.</summary>
    private static string? IalAfter(string text, HeadingBlock heading)
    {
        var end = text.IndexOf('\n', Math.Min(heading.Span.End, text.Length - 1 < 0 ? 0 : text.Length - 1));
        if (end < 0)
        {
            return null;
        }

        var next = text.IndexOf('\n', end + 1);
        var line = text[(end + 1)..(next < 0 ? text.Length : next)].Trim();
        return line.StartsWith("{:", StringComparison.Ordinal) && line.EndsWith('}') && KramdownIal().Match(line) is { Success: true } m ? m.Groups["id"].Value : null;
    }

    /// <summary>The heading's text as the renderer writes it (what github-slugger and kramdown-parser-gfm read).</summary>
    private static string RenderedText(HeadingBlock heading, HeadingIdScheme scheme)
    {
        var sb = new StringBuilder();
        if (heading.Inline is { } inline)
        {
            Append(inline, sb, scheme);
        }

        return sb.ToString();
    }

    private static void Append(ContainerInline container, StringBuilder sb, HeadingIdScheme scheme)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(Typography(literal.Content.ToString(), scheme));
                    break;
                case CodeInline code:
                    // kramdown's own input with auto_id_stripping reads text elements only.
                    if (!(scheme.Style == HeadingIdStyle.Kramdown && scheme.Stripping))
                    {
                        sb.Append(code.Content);
                    }

                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    sb.Append('\n');
                    break;
                case LinkInline { IsImage: true }:
                    // An image has no text (kramdown, hast's toString, GitHub's text of the node).
                    break;
                case ContainerInline child:
                    Append(child, sb, scheme);
                    break;
            }
        }
    }

    /// <summary>
    /// Dashes the renderer turns into typographic ones before the id is made, which then drop out as punctuation:
    /// kramdown reads <c>---</c> and <c>--</c> (greedily), Astro's smartypants exactly <c>--</c>.
    /// </summary>
    private static string Typography(string text, HeadingIdScheme scheme)
    {
        var kramdown = scheme.Style is HeadingIdStyle.KramdownGfm || (scheme.Style == HeadingIdStyle.Kramdown && scheme.Stripping);
        var astro = scheme.Style == HeadingIdStyle.GitHubSlugger;
        if ((!kramdown && !astro) || !text.Contains("--", StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] != '-')
            {
                sb.Append(text[i++]);
                continue;
            }

            var run = 0;
            while (i < text.Length && text[i] == '-')
            {
                run++;
                i++;
            }

            var left = kramdown ? (run % 3 == 2 ? 0 : run % 3) : (run == 2 ? 0 : run);
            sb.Append('-', left);
        }

        return sb.ToString();
    }

    private static void AddFootnotes(Post post, HeadingIdScheme scheme, PageAnchors anchors)
    {
        foreach (var group in post.Document.Descendants<FootnoteGroup>())
        {
            foreach (var block in group)
            {
                var footnote = block as Footnote;
                var label = footnote?.Label?.TrimStart('^') ?? "";
                if (footnote is null || label.Length == 0)
                {
                    continue;
                }

                var offset = footnote.Span.Start;
                string[] ids = scheme.Style switch
                {
                    HeadingIdStyle.KramdownGfm or HeadingIdStyle.Kramdown or HeadingIdStyle.None when post.Site.Kind == SiteKind.Jekyll => ["fn:" + label, "fnref:" + label],
                    HeadingIdStyle.GoldmarkGitHub or HeadingIdStyle.GoldmarkGitHubAscii or HeadingIdStyle.GoldmarkBlackfriday or HeadingIdStyle.None =>
                        footnote.Order > 0 ? ["fn:" + footnote.Order, "fnref:" + footnote.Order] : [],
                    HeadingIdStyle.GitHubSlugger => ["user-content-fn-" + label.ToLowerInvariant(), "user-content-fnref-" + label.ToLowerInvariant()],
                    _ => ["fn-" + label, "fnref-" + label, "user-content-fn-" + label, "user-content-fnref-" + label],
                };
                foreach (var id in ids)
                {
                    anchors.Add(new Anchor(id, AnchorKind.Footnote, label, offset));
                }
            }
        }
    }

    /// <summary>
    /// Whether kramdown reads the <c>{:…}</c> at <paramref name="at"/> as an IAL (checked with Jekyll 4.3.1): a block IAL
    /// starts its line (it sets the id of the block before or after it); a span IAL sets the id of the span element it
    /// follows at once (<c>*a*{: #x}</c>, <c>[a](u){: #x}</c>); after plain text it stays text.
    /// </summary>
    private static bool IsKramdownIal(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        return text.AsSpan(lineStart, at - lineStart).IsWhiteSpace() || text[at - 1] is '*' or '_' or '`' or ')' or ']' or '>';
    }

    /// <summary>Whether the Goldmark block attribute line at <paramref name="at"/> sits right below a paragraph, list or quote
    /// line (Hugo 0.111: not after a blank line, not before the block, not below a heading).</summary>
    private static bool FollowsBlock(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        if (lineStart < 2)
        {
            return false;
        }

        var previousStart = text.LastIndexOf('\n', lineStart - 2) + 1;
        var previous = text.AsSpan(previousStart, lineStart - 1 - previousStart).Trim();
        return previous.Length > 0 && previous[0] != '#';
    }

    /// <summary>HTML <c>id</c>/<c>name</c> attributes and explicit ids outside headings (kramdown IALs, Goldmark block attributes).</summary>
    private static void AddWrittenIds(Post post, PageAnchors anchors, int bodyStart)
    {
        var text = post.Text;
        var body = text.AsSpan(bodyStart);
        var liquid = post.Site.Kind is SiteKind.Jekyll or SiteKind.Hugo;
        if (body.Contains('<'))
        {
            foreach (Match tag in Tag().Matches(text, bodyStart))
            {
                foreach (Match attr in IdAttribute().Matches(tag.Value))
                {
                    var value = WebUtility.HtmlDecode(attr.Groups["v"].Value);
                    if (liquid && LiquidRegions.HasOpener(value))
                    {
                        // <h2 id="{{ tag[0] }}"> in a loop over the site's tags: ids PostLint cannot know.
                        anchors.Uncertain ??= "an id is built by a template";
                        continue;
                    }

                    if (value.Length > 0)
                    {
                        anchors.Add(new Anchor(value, AnchorKind.Html, "", tag.Index + attr.Index));
                    }
                }
            }
        }

        if (!body.Contains('{'))
        {
            return;
        }

        var kramdown = post.Site.Kind == SiteKind.Jekyll;
        if (kramdown || anchors.Scheme?.BlockAttributes == true)
        {
            foreach (Match m in (kramdown ? KramdownIal() : GoldmarkBlockAttributes()).Matches(text, bodyStart))
            {
                if (kramdown ? IsKramdownIal(text, m.Index) : FollowsBlock(text, m.Index))
                {
                    anchors.Add(new Anchor(m.Groups["id"].Value, AnchorKind.Explicit, "", m.Index));
                }
            }
        }

        if (kramdown && body.Contains("{:toc}", StringComparison.Ordinal))
        {
            // kramdown's table of contents: <ul id="markdown-toc"> with an entry id per heading.
            anchors.Add(new Anchor("markdown-toc", AnchorKind.Html, "", bodyStart));
            foreach (var heading in anchors.Headings.Where(h => h.Id is not null))
            {
                anchors.Add(new Anchor("markdown-toc-" + heading.Id, AnchorKind.Html, "", heading.Offset));
            }
        }
    }
}
