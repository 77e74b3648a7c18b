using System.Buffers;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Links;

/// <summary>Flags <c>#fragment</c> links into the same page that match no id the page will have. Docs: PL303BrokenFragment.md.</summary>
public sealed class PL303BrokenFragment : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL303", "broken-fragment", "A #fragment link matches no heading or id of the page",
        RuleCategory.Links, Severity.Warning)
    {
        KoreanTitle = "#fragment 링크가 페이지의 어떤 제목이나 id와도 맞지 않습니다",
    };

    private static readonly Message NoId = new(
        "link '{written}' matches no heading or id of this page{near}",
        "링크 '{written}'에 맞는 제목이나 id가 이 페이지에 없습니다{near}");

    private static readonly Message NoIdDecoded = new(
        "link '{written}' (#{fragment}) matches no heading or id of this page{near}",
        "링크 '{written}'(#{fragment})에 맞는 제목이나 id가 이 페이지에 없습니다{near}");

    /// <summary>How a link into the same page starts: <c>](#</c>, <c>(&lt;#</c>, <c>]: #</c>, <c>href="#</c>.</summary>
    private static readonly SearchValues<string> FragmentStarts = SearchValues.Create(["(#", "(<#", ": #", ":#", "\"#", "'#", "=#"], StringComparison.Ordinal);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) => new LayoutIds();

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.Text.AsSpan(Math.Min(post.BodyStart, post.Text.Length)).IndexOfAny(FragmentStarts) < 0)
        {
            // No link into the page: spare the link walk.
            return;
        }

        PageAnchors? anchors = null;
        foreach (var link in PostLinks.Get(post))
        {
            if (link.Url.Length < 2 || link.Url[0] != '#' || link.Url.Contains("{{", StringComparison.Ordinal) || link.Url.Contains("{%", StringComparison.Ordinal))
            {
                continue;
            }

            var raw = link.Url[1..];
            var fragment = Fragments.Decode(raw);
            anchors ??= PageAnchors.Of(post);
            if (anchors.Scheme is null)
            {
                return;
            }

            if (Fragments.Leads(raw, fragment, anchors, post.Site, context.State<LayoutIds>()))
            {
                continue;
            }

            var written = post.Text[link.Range.Start..link.Range.End];
            context.Report(link.Range, Message(written, fragment, anchors));
        }
    }

    private static Localized Message(string written, string fragment, PageAnchors anchors) =>
        written == "#" + fragment
            ? NoId.With(written, Fragments.NearMiss(fragment, anchors))
            : NoIdDecoded.With(written, fragment, Fragments.NearMiss(fragment, anchors));
}
