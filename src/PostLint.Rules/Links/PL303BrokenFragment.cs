using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Sites;

namespace PostLint.Rules.Links;

/// <summary>Flags <c>#fragment</c> links into the same page that match no id the page will have. Docs: PL303BrokenFragment.md.</summary>
public sealed partial class PL303BrokenFragment : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL303", "broken-fragment", "A #fragment link matches no heading or id of the page",
        RuleCategory.Links, Severity.Warning);

    /// <summary>Characters that are invisible in an id (left from an emoji, a copy from a word processor).</summary>
    private static readonly char[] Invisible = ['\uFE0F', '\uFE0E', '\u200D', '\u200B', '\u200C', '\u2060', '\uFEFF'];

    /// <summary>How a link into the same page starts: <c>](#</c>, <c>(&lt;#</c>, <c>]: #</c>, <c>href="#</c>.</summary>
    private static readonly SearchValues<string> FragmentStarts = SearchValues.Create(["(#", "(<#", ": #", ":#", "\"#", "'#", "=#"], StringComparison.Ordinal);

    [GeneratedRegex(@"\bid\s*=\s*[""'](?<id>[^""'{}<>\s]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutId();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>Per-run state: the ids each site's layouts write, read once per site.</summary>
    private sealed class State
    {
        public ConcurrentDictionary<string, HashSet<string>> LayoutIds { get; } = new(StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) => new State();

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
            var fragment = Decode(raw);
            anchors ??= PageAnchors.Of(post);
            if (anchors.Scheme is null)
            {
                return;
            }

            if (anchors.Ids.ContainsKey(fragment) || anchors.Ids.ContainsKey(raw) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (anchors.Uncertain is not null || LayoutIds(post, context.State<State>()).Contains(fragment))
            {
                continue;
            }

            var written = post.Text[link.Range.Start..link.Range.End];
            context.Report(link.Range, Message(written, fragment, anchors));
        }
    }

    /// <summary>The fragment as the browser compares it: percent-decoded (UTF-8).</summary>
    private static string Decode(string raw)
    {
        if (!raw.Contains('%', StringComparison.Ordinal))
        {
            return raw;
        }

        try
        {
            return Uri.UnescapeDataString(raw);
        }
        catch (UriFormatException)
        {
            return raw;
        }
    }

    private static string Message(string written, string fragment, PageAnchors anchors)
    {
        var scheme = anchors.Scheme!;
        var head = written == "#" + fragment
            ? $"link '{written}' matches no heading or id of this page"
            : $"link '{written}' (#{fragment}) matches no heading or id of this page";

        // An invisible character in the id (U+FE0F after an emoji): the writer cannot see why the link fails.
        var visible = Strip(fragment);
        foreach (var anchor in anchors.Ids.Values)
        {
            if (anchor.Id.IndexOfAny(Invisible) >= 0 && Strip(anchor.Id) == visible)
            {
                var names = string.Join(", ", anchor.Id.Where(c => Invisible.Contains(c)).Distinct().Select(c => $"U+{(int)c:X4}"));
                var what = anchor.Kind == AnchorKind.Heading ? $"the heading '{anchor.Text}'" : "the element";
                return $"{head}; {what} has the id '{Encode(anchor.Id)}', which holds an invisible {names} (an emoji's variation selector) that {scheme.RendererName} keeps: write '#{Encode(anchor.Id)}', or remove the emoji from the heading";
            }
        }

        // The id another renderer would give a heading (GitHub's view, kramdown with GFM input, Goldmark).
        foreach (var heading in anchors.Headings)
        {
            if (heading.Id is null || heading.Explicit)
            {
                continue;
            }

            foreach (var other in HeadingIds.Common)
            {
                if (other.Style == scheme.Style)
                {
                    continue;
                }

                var id = HeadingIds.Base(other, other.FromSource ? heading.Source : heading.Text);
                if (id.Length > 0 && id == fragment && id != heading.Id)
                {
                    return $"{head}: '{fragment}' is the id {other.RendererName} makes of the heading '{heading.Text}', but {scheme.RendererName} makes '{Encode(heading.Id)}'; write '#{Encode(heading.Id)}'";
                }
            }
        }

        if (Closest(fragment, anchors) is { } near)
        {
            var what = near.Kind switch
            {
                AnchorKind.Heading or AnchorKind.Explicit when near.Text.Length > 0 => $" (the heading '{near.Text}')",
                AnchorKind.Footnote => $" (footnote [^{near.Text}])",
                _ => "",
            };
            return $"{head}; did you mean '#{Encode(near.Id)}'{what}?";
        }

        return head;
    }

    /// <summary>The id closest to <paramref name="fragment"/>: the same but for letter case or normalization, else a small edit distance.</summary>
    private static Anchor? Closest(string fragment, PageAnchors anchors)
    {
        Anchor? best = null;
        var bestDistance = int.MaxValue;
        var nfc = fragment.Normalize(NormalizationForm.FormC);
        foreach (var anchor in anchors.Ids.Values)
        {
            if (anchor.Id.StartsWith("user-content-", StringComparison.Ordinal))
            {
                continue;
            }

            if (anchor.Id.Normalize(NormalizationForm.FormC).Equals(nfc, StringComparison.OrdinalIgnoreCase))
            {
                return anchor;
            }

            var distance = SiteFiles.EditDistance(fragment, anchor.Id);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (anchor, distance);
            }
        }

        return best is not null && bestDistance <= Math.Clamp(fragment.Length / 4, 1, 3) ? best : null;
    }

    private static string Strip(string id) => string.Concat(id.Where(c => !Invisible.Contains(c)));

    /// <summary>The id as a link writes it: invisible characters percent-encoded, so that they can be seen.</summary>
    private static string Encode(string id)
    {
        if (id.IndexOfAny(Invisible) < 0)
        {
            return id;
        }

        var sb = new StringBuilder();
        foreach (var c in id)
        {
            if (Invisible.Contains(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The ids the site's layouts and includes write (<c>id="main"</c>), read once per site.</summary>
    private static HashSet<string> LayoutIds(Post post, State state)
    {
        var site = post.Site;
        return state.LayoutIds.GetOrAdd(site.Root, _ =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            string[] folders = site.Kind switch
            {
                SiteKind.Jekyll => [Path.Combine(site.Source, "_layouts"), Path.Combine(site.Source, "_includes")],
                SiteKind.Hugo => [Path.Combine(site.Root, "layouts"), .. ThemeLayouts(site.Root)],
                SiteKind.Astro => [Path.Combine(site.Root, "src", "layouts"), Path.Combine(site.Root, "src", "components")],
                _ => [],
            };
            foreach (var folder in folders)
            {
                try
                {
                    if (!Directory.Exists(folder))
                    {
                        continue;
                    }

                    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Take(2000))
                    {
                        var info = new FileInfo(file);
                        if (info.Length > 512 * 1024)
                        {
                            continue;
                        }

                        foreach (Match m in LayoutId().Matches(File.ReadAllText(file)))
                        {
                            ids.Add(m.Groups["id"].Value);
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable layout folder only means fewer known ids.
                }
            }

            return ids;
        });
    }

    private static IEnumerable<string> ThemeLayouts(string root)
    {
        try
        {
            var themes = Path.Combine(root, "themes");
            return Directory.Exists(themes) ? Directory.GetDirectories(themes).Select(t => Path.Combine(t, "layouts")).ToArray() : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
