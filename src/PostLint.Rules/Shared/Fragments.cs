using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>
/// Whether a <c>#fragment</c> leads somewhere on a page (<see cref="PageAnchors"/>), and what to say when it does not:
/// shared by the link rules for the same page and for other pages.
/// </summary>
public static class Fragments
{
    /// <summary>Characters that are invisible in an id (left from an emoji, a copy from a word processor).</summary>
    private static readonly char[] Invisible = ['\uFE0F', '\uFE0E', '\u200D', '\u200B', '\u200C', '\u2060', '\uFEFF'];

    private static readonly Message InvisibleInHeading = new(
        "; the heading '{text}' has the id '{id}', which holds an invisible {names} (an emoji's variation selector) that {renderer} keeps: write '#{id}', or remove the emoji from the heading",
        ". 제목 '{text}'의 id는 '{id}'입니다. {renderer}{이} 이모지의 보이지 않는 이형 선택자 {names}{을} 남깁니다. '#{id}'{으로} 쓰거나 제목에서 이모지를 지우세요");

    private static readonly Message InvisibleInElement = new(
        "; the element has the id '{id}', which holds an invisible {names} (an emoji's variation selector) that {renderer} keeps: write '#{id}'",
        ". 요소의 id는 '{id}'입니다. {renderer}{이} 보이지 않는 문자 {names}{을} 남깁니다. '#{id}'{으로} 쓰세요");

    private static readonly Message OtherRenderer = new(
        ": '{fragment}' is the id {other} makes of the heading '{text}', but {renderer} makes '{id}'; write '#{id}'",
        ". '{fragment}'{은} {other}{이} 제목 '{text}'에 붙이는 id입니다. {renderer}{은} '{id}'{을} 붙이니 '#{id}'{으로} 쓰세요");

    private static readonly Message DidYouMeanHeading = new(
        "; did you mean '#{id}' (the heading '{text}')?",
        ". 제목 '{text}'의 '#{id}'{을} 쓰려던 것인가요?");

    private static readonly Message DidYouMeanFootnote = new(
        "; did you mean '#{id}' (footnote [^{label}])?",
        ". 각주 [^{label}]의 '#{id}'{을} 쓰려던 것인가요?");

    private static readonly Message DidYouMean = new(
        "; did you mean '#{id}'?",
        ". '#{id}'{을} 쓰려던 것인가요?");

    /// <summary>The fragment as the browser compares it: percent-decoded (UTF-8).</summary>
    public static string Decode(string raw)
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

    /// <summary>
    /// What to say after "no such id" for <paramref name="fragment"/> on a page with <paramref name="anchors"/>: the id the
    /// renderer really makes when the fragment nearly matches (an invisible U+FE0F, another renderer's id, letter case,
    /// a typo), a message starting with "; " or ": ", or "" when nothing is close.
    /// </summary>
    public static object NearMiss(string fragment, PageAnchors anchors)
    {
        var scheme = anchors.Scheme!;

        // An invisible character in the id (U+FE0F after an emoji): the writer cannot see why the link fails.
        var visible = Strip(fragment);
        foreach (var anchor in anchors.Ids.Values)
        {
            if (anchor.Id.IndexOfAny(Invisible) >= 0 && Strip(anchor.Id) == visible)
            {
                var names = string.Join(", ", anchor.Id.Where(c => Invisible.Contains(c)).Distinct().Select(c => $"U+{(int)c:X4}"));
                return anchor.Kind == AnchorKind.Heading
                    ? InvisibleInHeading.With(anchor.Text, Encode(anchor.Id), names, scheme.RendererName)
                    : InvisibleInElement.With(Encode(anchor.Id), names, scheme.RendererName);
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
                    return OtherRenderer.With(fragment, other.RendererName, heading.Text, scheme.RendererName, Encode(heading.Id));
                }
            }
        }

        // Declared before the test, so that the test's mutants compile.
        var near = Closest(fragment, anchors);
        if (near is not null)
        {
            return near.Kind switch
            {
                AnchorKind.Heading or AnchorKind.Explicit when near.Text.Length > 0 => DidYouMeanHeading.With(Encode(near.Id), near.Text),
                AnchorKind.Footnote => DidYouMeanFootnote.With(Encode(near.Id), near.Text),
                _ => DidYouMean.With(Encode(near.Id)),
            };
        }

        return "";
    }

    /// <summary>The id closest to <paramref name="fragment"/>: the same but for letter case or normalization, else a small edit distance.</summary>
    private static Anchor? Closest(string fragment, PageAnchors anchors)
    {
        Anchor? best = null;
        var bestDistance = int.MaxValue;
        // Compared decomposed (UnicodeNames): with invariant globalization string.Normalize returns its input unchanged.
        var decomposed = UnicodeNames.Decompose(fragment);
        foreach (var anchor in anchors.Ids.Values)
        {
            if (anchor.Id.StartsWith("user-content-", StringComparison.Ordinal))
            {
                continue;
            }

            if (UnicodeNames.Decompose(anchor.Id).Equals(decomposed, StringComparison.OrdinalIgnoreCase))
            {
                return anchor;
            }

            var distance = SiteFiles.EditDistance(fragment, anchor.Id);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (anchor, distance);
            }
        }

        if (best is not null && bestDistance <= Math.Clamp(fragment.Length / 4, 1, 3))
        {
            return best;
        }

        // A heading's id cut short (the first words of the heading): the one id that starts with it.
        var longer = anchors.Ids.Values.Where(a => a.Kind is AnchorKind.Heading or AnchorKind.Explicit && !a.Id.StartsWith("user-content-", StringComparison.Ordinal)
            && a.Id.StartsWith(fragment + "-", StringComparison.Ordinal)).Take(2).ToList();
        return longer.Count == 1 ? longer[0] : null;
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

    /// <summary>
    /// Whether <c>#</c><paramref name="raw"/> leads somewhere on a page with <paramref name="anchors"/>: an id of the page
    /// (as written or percent-decoded), <c>top</c>, an id the site's layouts write, or a page whose ids are not all known.
    /// </summary>
    public static bool Leads(string raw, string fragment, PageAnchors anchors, Site site, LayoutIds layouts) =>
        anchors.Ids.ContainsKey(fragment) || anchors.Ids.ContainsKey(raw) || fragment.Equals("top", StringComparison.OrdinalIgnoreCase)
        || anchors.Uncertain is not null || layouts.Of(site).Contains(fragment);
}

/// <summary>The ids each site's layouts and includes write (<c>id="main"</c>), read once per site and run.</summary>
public sealed partial class LayoutIds
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _bySite = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\bid\s*=\s*[""'](?<id>[^""'{}<>\s]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutId();

    /// <summary>The ids the layouts of <paramref name="site"/> write.</summary>
    public HashSet<string> Of(Site site) =>
        _bySite.GetOrAdd(site.Root, _ =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            string[] folders = site.Kind switch
            {
                SiteKind.Jekyll => [Path.Combine(site.Source, "_layouts"), Path.Combine(site.Source, "_includes")],
                SiteKind.Hugo => [.. HugoLayouts.Folders(site.Root)],
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
