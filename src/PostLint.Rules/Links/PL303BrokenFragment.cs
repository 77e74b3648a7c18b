using System.Buffers;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Links;

/// <summary>Flags <c>#fragment</c> links into the same page that match no id the page will have. Docs: PL303BrokenFragment.md.</summary>
public sealed class PL303BrokenFragment : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL303", "broken-fragment", "A #fragment link matches no heading or id of the page",
        RuleCategory.Links, Severity.Warning);

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

    private static string Message(string written, string fragment, PageAnchors anchors)
    {
        var head = written == "#" + fragment
            ? $"link '{written}' matches no heading or id of this page"
            : $"link '{written}' (#{fragment}) matches no heading or id of this page";
        return head + Fragments.NearMiss(fragment, anchors);
    }
}
