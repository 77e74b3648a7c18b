using System.Globalization;
using System.Text;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>The program that gives a page's headings their ids, and how.</summary>
public enum HeadingIdStyle
{
    /// <summary>The headings get no ids (kramdown's <c>auto_ids: false</c>, Hugo's <c>autoHeadingID = false</c>).</summary>
    None,

    /// <summary>
    /// kramdown with GFM input (kramdown-parser-gfm, Jekyll's default): the heading's text lower-cased, everything but
    /// letters, marks, digits, <c>_</c>, <c>-</c>, spaces and tabs dropped, spaces and tabs made <c>-</c>; a repeated id
    /// gets <c>-1</c>, <c>-2</c>. Hangul stays.
    /// </summary>
    KramdownGfm,

    /// <summary>
    /// kramdown's own input: the heading's source text (its rendered text with <c>auto_id_stripping</c>) with everything
    /// up to the first ASCII letter dropped, then only ASCII letters, digits, spaces and <c>-</c> kept; <c>section</c>
    /// when nothing is left.
    /// </summary>
    Kramdown,

    /// <summary>Hugo's Goldmark, <c>autoHeadingIDType = "github"</c> (the default): the heading's source line.</summary>
    GoldmarkGitHub,

    /// <summary>Hugo's Goldmark, <c>autoHeadingIDType = "github-ascii"</c>: accents dropped, then ASCII only.</summary>
    GoldmarkGitHubAscii,

    /// <summary>Hugo's Goldmark, <c>autoHeadingIDType = "blackfriday"</c>: runs of letters and digits joined by <c>-</c>.</summary>
    GoldmarkBlackfriday,

    /// <summary>Astro's <c>rehypeHeadingIds</c> (github-slugger over the heading's rendered text).</summary>
    GitHubSlugger,

    /// <summary>GitHub's file view (cmark-gfm, then GitHub's table of contents filter): the rendered text, as GitHub's slugs.</summary>
    GitHubView,
}

/// <summary>How one site gives its headings ids: the style and the renderer's settings.</summary>
/// <param name="Style">The algorithm.</param>
/// <param name="Prefix">kramdown's <c>auto_id_prefix</c>.</param>
/// <param name="Stripping">kramdown's <c>auto_id_stripping</c> (always on with GFM input).</param>
/// <param name="Transliterated">kramdown's <c>transliterated_header_ids</c>: non-ASCII text is transliterated, which
/// PostLint does not model; ids of headings with non-ASCII text are then unknown.</param>
/// <param name="Attributes">Whether <c>{#id}</c> after a heading's text sets its id (kramdown; Goldmark's
/// <c>parser.attribute.title</c>, on by default).</param>
/// <param name="BlockAttributes">Whether a <c>{#id}</c> line right below a paragraph, list or quote sets its id
/// (Goldmark's <c>parser.attribute.block</c>, off by default; checked with Hugo 0.111).</param>
/// <param name="DefinitionTermIds">Hugo's <c>parser.autoDefinitionTermID</c> (Hugo 0.144 and later): the terms of
/// definition lists get ids too, which PostLint does not model; a page with a definition list then has unknown ids.</param>
public sealed record HeadingIdScheme(HeadingIdStyle Style, string Prefix = "", bool Stripping = false, bool Transliterated = false, bool Attributes = false, bool BlockAttributes = false, bool DefinitionTermIds = false)
{
    /// <summary>Whether the ids come from the heading's source line (Goldmark, kramdown input) rather than its rendered text.</summary>
    public bool FromSource => Style is HeadingIdStyle.GoldmarkGitHub or HeadingIdStyle.GoldmarkGitHubAscii or HeadingIdStyle.GoldmarkBlackfriday
        || (Style == HeadingIdStyle.Kramdown && !Stripping);

    /// <summary>The renderer's name for messages.</summary>
    public string RendererName => Style switch
    {
        HeadingIdStyle.KramdownGfm => "kramdown (GFM)",
        HeadingIdStyle.Kramdown => "kramdown",
        HeadingIdStyle.GoldmarkGitHub or HeadingIdStyle.GoldmarkGitHubAscii or HeadingIdStyle.GoldmarkBlackfriday => "Goldmark (Hugo)",
        HeadingIdStyle.GitHubSlugger => "Astro",
        HeadingIdStyle.GitHubView => "GitHub",
        _ => "Markdown",
    };
}

/// <summary>
/// Heading ids as each renderer makes them, in one place: which scheme a site uses (from its generator config), and the
/// id of a heading's text under a scheme, with the renderer's numbering of repeated ids. Checked against the real
/// programs by the oracle suite (tests/Oracle).
/// </summary>
public static class HeadingIds
{
    /// <summary>The scheme of <paramref name="site"/>, or null when PostLint cannot know its ids (Jekyll with CommonMark).</summary>
    public static HeadingIdScheme? For(Site site)
    {
        switch (site.Kind)
        {
            case SiteKind.Jekyll:
                if (site.Renderer == MarkdownRenderer.CmarkGfm)
                {
                    return null;
                }

                var kramdown = site.Config?.Get("kramdown") as YMapping;
                if (YBoolean.IsFalse(kramdown?.Get("auto_ids"), yaml11: true))
                {
                    return new HeadingIdScheme(HeadingIdStyle.None, Attributes: true);
                }

                var prefix = YScalar.TextOf(kramdown?.Get("auto_id_prefix")) ?? "";
                var gfm = site.Renderer == MarkdownRenderer.KramdownGfm;
                return new HeadingIdScheme(
                    gfm ? HeadingIdStyle.KramdownGfm : HeadingIdStyle.Kramdown,
                    prefix,
                    Stripping: gfm || YBoolean.IsTrue(kramdown?.Get("auto_id_stripping"), yaml11: true),
                    Transliterated: !gfm && YBoolean.IsTrue(kramdown?.Get("transliterated_header_ids"), yaml11: true),
                    Attributes: true);
            case SiteKind.Hugo:
                var parser = ((site.Config?.GetIgnoringCase("markup") as YMapping)?.GetIgnoringCase("goldmark") as YMapping)?.GetIgnoringCase("parser") as YMapping;
                var attribute = parser?.GetIgnoringCase("attribute") as YMapping;
                var attributes = !YBoolean.IsFalse(attribute?.GetIgnoringCase("title"), yaml11: true);
                var block = YBoolean.Hugo(attribute?.GetIgnoringCase("block")) == true;
                var terms = YBoolean.Hugo(parser?.GetIgnoringCase("autoDefinitionTermID")) == true;
                if (YBoolean.IsFalse(parser?.GetIgnoringCase("autoHeadingID"), yaml11: true))
                {
                    return new HeadingIdScheme(HeadingIdStyle.None, Attributes: attributes, BlockAttributes: block, DefinitionTermIds: terms);
                }

                var type = YScalar.TextOf(parser?.GetIgnoringCase("autoHeadingIDType"))?.Trim().ToLowerInvariant() ?? "github";
                return new HeadingIdScheme(
                    type switch
                    {
                        "github-ascii" => HeadingIdStyle.GoldmarkGitHubAscii,
                        "blackfriday" => HeadingIdStyle.GoldmarkBlackfriday,
                        _ => HeadingIdStyle.GoldmarkGitHub,
                    },
                    Attributes: attributes,
                    BlockAttributes: block,
                    DefinitionTermIds: terms);
            case SiteKind.Astro:
                return new HeadingIdScheme(HeadingIdStyle.GitHubSlugger);
            default:
                return new HeadingIdScheme(HeadingIdStyle.GitHubView);
        }
    }

    /// <summary>The other schemes a writer may have copied an id from (GitHub's view, kramdown with GFM input, Goldmark).</summary>
    public static readonly IReadOnlyList<HeadingIdScheme> Common =
    [
        new(HeadingIdStyle.GitHubView),
        new(HeadingIdStyle.KramdownGfm, Stripping: true),
        new(HeadingIdStyle.Kramdown),
        new(HeadingIdStyle.GoldmarkGitHub),
    ];

    /// <summary>The id of a heading before the renderer makes it unique: <paramref name="text"/> is the source line
    /// for <see cref="HeadingIdScheme.FromSource"/> schemes, the rendered text otherwise.</summary>
    public static string Base(HeadingIdScheme scheme, string text)
    {
        switch (scheme.Style)
        {
            case HeadingIdStyle.KramdownGfm:
            case HeadingIdStyle.GitHubView:
            case HeadingIdStyle.GitHubSlugger:
            {
                var sb = new StringBuilder(text.Length);
                foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
                {
                    if (rune.Value == ' ' || (rune.Value == '\t' && scheme.Style == HeadingIdStyle.KramdownGfm))
                    {
                        sb.Append('-');
                    }
                    else if (rune.Value == '-' || IsWord(rune))
                    {
                        sb.Append(rune.ToString());
                    }
                }

                return sb.ToString();
            }

            case HeadingIdStyle.Kramdown:
            {
                var start = 0;
                while (start < text.Length && !char.IsAsciiLetter(text[start]))
                {
                    start++;
                }

                var sb = new StringBuilder(text.Length - start);
                for (var i = start; i < text.Length; i++)
                {
                    var c = text[i];
                    if (char.IsAsciiLetterOrDigit(c) || c == '-')
                    {
                        sb.Append(char.ToLowerInvariant(c));
                    }
                    else if (c == ' ')
                    {
                        sb.Append('-');
                    }
                }

                return sb.ToString();
            }

            case HeadingIdStyle.GoldmarkGitHub:
            case HeadingIdStyle.GoldmarkGitHubAscii:
            {
                var ascii = scheme.Style == HeadingIdStyle.GoldmarkGitHubAscii;
                var source = ascii ? StripMarks(text) : text;
                var sb = new StringBuilder(source.Length);
                foreach (var rune in source.EnumerateRunes())
                {
                    if (ascii && !rune.IsAscii)
                    {
                        continue;
                    }

                    if (rune.Value is '-' or ' ')
                    {
                        sb.Append('-');
                    }
                    else if (rune.Value == '_' || Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
                    {
                        sb.Append(Rune.ToLowerInvariant(rune).ToString());
                    }
                }

                return sb.ToString();
            }

            case HeadingIdStyle.GoldmarkBlackfriday:
            {
                var sb = new StringBuilder(text.Length);
                var dash = false;
                foreach (var rune in text.EnumerateRunes())
                {
                    if (Rune.IsLetter(rune) || Rune.IsNumber(rune))
                    {
                        if (dash && sb.Length > 0)
                        {
                            sb.Append('-');
                        }

                        dash = false;
                        sb.Append(Rune.ToLowerInvariant(rune).ToString());
                    }
                    else
                    {
                        dash = true;
                    }
                }

                return sb.ToString();
            }

            default:
                return "";
        }
    }

    /// <summary>
    /// Gives a page's headings their ids in document order, numbering repeats as the renderer does. Explicit ids are
    /// passed to <see cref="Explicit"/> in the same order (Goldmark counts them; kramdown does not).
    /// </summary>
    public sealed class Numbering(HeadingIdScheme scheme)
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

        /// <summary>The id of the next heading with <paramref name="text"/> (see <see cref="Base"/>).</summary>
        public string Next(string text)
        {
            var id = Base(scheme, text);
            switch (scheme.Style)
            {
                case HeadingIdStyle.GoldmarkGitHub or HeadingIdStyle.GoldmarkGitHubAscii or HeadingIdStyle.GoldmarkBlackfriday:
                    // Hugo: "heading" for an empty id; a taken id gets the first free -N.
                    if (id.Length == 0)
                    {
                        id = "heading";
                    }

                    if (_taken.Contains(id))
                    {
                        var n = 1;
                        while (_taken.Contains(id + "-" + n.ToString(CultureInfo.InvariantCulture)))
                        {
                            n++;
                        }

                        id = id + "-" + n.ToString(CultureInfo.InvariantCulture);
                    }

                    _taken.Add(id);
                    return id;
                case HeadingIdStyle.GitHubSlugger:
                {
                    // github-slugger: count per original slug, and skip a numbered slug that is taken.
                    var original = id;
                    while (_taken.Contains(id))
                    {
                        _counts[original] = _counts.GetValueOrDefault(original) + 1;
                        id = original + "-" + _counts[original].ToString(CultureInfo.InvariantCulture);
                    }

                    _counts.TryAdd(id, 0);
                    _taken.Add(id);
                    return id;
                }

                default:
                {
                    // kramdown (both inputs) and GitHub: a counter per base id, never checked against other ids.
                    if (scheme.Style == HeadingIdStyle.Kramdown && id.Length == 0)
                    {
                        id = "section";
                    }

                    var count = _counts.GetValueOrDefault(id, -1) + 1;
                    _counts[id] = count;
                    return scheme.Prefix + (count > 0 ? id + "-" + count.ToString(CultureInfo.InvariantCulture) : id);
                }
            }
        }

        /// <summary>Records an id written by hand (Goldmark numbers later headings around it).</summary>
        public void Explicit(string id) => _taken.Add(id);
    }

    /// <summary>Ruby's and GitHub's <c>\p{Word}</c>: letters, marks, decimal digits, letter numbers, connector punctuation.</summary>
    private static bool IsWord(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    /// <summary>
    /// NFD, nonspacing marks removed (Hugo's github-ascii keeps <c>é</c> as <c>e</c>). <see cref="UnicodeNames.Decompose"/>,
    /// not <see cref="string.Normalize()"/>, which returns its input unchanged under invariant globalization; only the
    /// ASCII left is used, so nothing is composed again.
    /// </summary>
    private static string StripMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in UnicodeNames.Decompose(text).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(rune.ToString());
            }
        }

        return sb.ToString();
    }
}
