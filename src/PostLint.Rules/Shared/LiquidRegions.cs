using System.Text.RegularExpressions;
using PostLint.Documents;

namespace PostLint.Rules.Shared;

/// <summary>
/// Ranges of a post whose content is not prose because a template tag wraps it: Liquid <c>{% highlight %}</c>,
/// <c>{% raw %}</c>, <c>{% comment %}</c>, <c>{% capture %}</c> blocks and Hugo's <c>{{&lt; highlight &gt;}}</c> /
/// <c>{{&lt; code &gt;}}</c> shortcodes, tags included. Markdig knows none of them, so code inside
/// <c>{% highlight %}</c> arrives as paragraphs and headings; rules skip or mask what lies in these ranges.
/// </summary>
public sealed partial class LiquidRegions
{
    private static readonly object SharedKey = new();

    private readonly TextRange[] _ranges;

    private LiquidRegions(TextRange[] ranges) => _ranges = ranges;

    /// <summary>The ranges, in file order, not overlapping.</summary>
    public IReadOnlyList<TextRange> Ranges => _ranges;

    [GeneratedRegex(@"\{%-?\s*(highlight|raw|comment|capture)\b.*?-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LiquidOpen();

    [GeneratedRegex(@"\{\{[<%]\s*(highlight|code)\b.*?[>%]\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HugoOpen();

    // The closing tag of each opener, source-generated like the openers: built with new Regex at first use, the six
    // closers cost a one-post run more than finding the regions did.
    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidEndHighlight();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidEndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidEndComment();

    [GeneratedRegex(@"\{%-?\s*endcapture\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidEndCapture();

    [GeneratedRegex(@"\{\{[<%]\s*/\s*highlight\s*[>%]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex HugoEndHighlight();

    [GeneratedRegex(@"\{\{[<%]\s*/\s*code\s*[>%]\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex HugoEndCode();

    private static Regex LiquidCloser(string name) => name switch
    {
        "highlight" => LiquidEndHighlight(),
        "raw" => LiquidEndRaw(),
        "comment" => LiquidEndComment(),
        _ => LiquidEndCapture(),
    };

    private static Regex HugoCloser(string name) => name == "highlight" ? HugoEndHighlight() : HugoEndCode();

    /// <summary>What every region starts with (one search instead of one per opener).</summary>
    private static readonly System.Buffers.SearchValues<string> Openers = System.Buffers.SearchValues.Create(["{%", "{{"], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> holds a Liquid (or Go template) opener, <c>{%</c> or <c>{{</c>.</summary>
    public static bool HasOpener(ReadOnlySpan<char> text) => text.IndexOfAny(Openers) >= 0;

    /// <summary>The regions of <paramref name="post"/>'s body, computed once per post.</summary>
    public static LiquidRegions Of(Post post) => post.GetShared(SharedKey, Find);

    /// <summary>Whether <paramref name="offset"/> lies inside a region.</summary>
    public bool Contains(int offset)
    {
        return TextRange.AnyContains(_ranges, offset);
    }

    private static LiquidRegions Find(Post post)
    {
        var text = post.Text;
        var start = post.BodyStart;
        if (start >= text.Length || !HasOpener(text.AsSpan(start)))
        {
            return new LiquidRegions([]);
        }

        var ranges = new List<TextRange>();
        var unclosed = new HashSet<string>(StringComparer.Ordinal);
        var at = start;
        while (at < text.Length)
        {
            var liquid = LiquidOpen().Match(text, at);
            var hugo = HugoOpen().Match(text, at);
            var open = !liquid.Success ? hugo : !hugo.Success ? liquid : liquid.Index <= hugo.Index ? liquid : hugo;
            if (!open.Success)
            {
                break;
            }

            var name = open.Groups[1].Value;
            var key = (open == liquid ? "%" : "<") + name;
            var end = unclosed.Contains(key) ? Match.Empty : (open == liquid ? LiquidCloser(name) : HugoCloser(name)).Match(text, open.Index + open.Length);
            if (!end.Success)
            {
                // An unclosed tag: only the tag itself is template syntax; what follows stays prose.
                unclosed.Add(key);
                at = open.Index + open.Length;
                continue;
            }

            ranges.Add(new TextRange(open.Index, end.Index + end.Length));
            at = end.Index + end.Length;
        }

        return new LiquidRegions(ranges.ToArray());
    }
}
