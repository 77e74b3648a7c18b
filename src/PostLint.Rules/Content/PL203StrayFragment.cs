using System.Buffers;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;

namespace PostLint.Rules.Content;

/// <summary>Flags a leftover piece of text that is not part of any sentence, like a lone <c>도</c> under a heading. Docs: PL203StrayFragment.md.</summary>
public sealed class PL203StrayFragment : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL203", "stray-fragment", "A leftover fragment of text that is not part of any sentence",
        RuleCategory.Content, Severity.Warning)
    {
        KoreanTitle = "어느 문장에도 속하지 않고 남은 텍스트 조각이 있습니다",
        Options =
        [
            new OptionSpec("max-hangul", OptionKind.Integer, "Longest Hangul-only paragraph, in letters, that can be a fragment"),
            new OptionSpec("max-latin", OptionKind.Integer, "Longest Latin-only paragraph, in letters, that can be a fragment"),
            new OptionSpec("allow", OptionKind.StringList, "Short paragraphs that are never fragments"),
        ],
    };

    private static readonly Message Particle = new(
        "stray fragment '{text}': a particle or ending standing alone; finish the sentence or remove it",
        "남은 조각 '{text}': 조사나 어미만 홀로 있습니다. 문장을 마치거나 지우세요");

    private static readonly Message BoundWord = new(
        "stray fragment '{text}': a word that never stands without the words around it; finish the sentence or remove it",
        "남은 조각 '{text}': 앞뒤 말 없이 홀로 쓰지 않는 말입니다. 문장을 마치거나 지우세요");

    private static readonly Message Connective = new(
        "stray fragment '{text}': a connective alone as a paragraph between two paragraphs; join it to the sentence it begins or remove it",
        "남은 조각 '{text}': 두 문단 사이에 접속어만 한 문단으로 있습니다. 이어지는 문장과 합치거나 지우세요");

    private static readonly Message Jamo = new(
        "stray fragment '{text}': bare Hangul jamo, not a word; finish the word or remove it",
        "남은 조각 '{text}': 단어가 아닌 한글 자모만 있습니다. 단어를 완성하거나 지우세요");

    private static readonly Message TooShort = new(
        "stray fragment '{text}': a paragraph too short to be a sentence; finish it, remove it, or add it to 'allow'",
        "남은 조각 '{text}': 문장이 되기에는 너무 짧은 문단입니다. 문장을 마치거나, 지우거나, 'allow'에 추가하세요");

    private static readonly Message LimitRange = new(
        "{name} must be a whole number from 0 to 20",
        "{name}{은} 0에서 20 사이의 정수여야 합니다");

    /// <summary>Default of <c>max-hangul</c>.</summary>
    public const int DefaultMaxHangul = 2;

    /// <summary>Default of <c>max-latin</c>.</summary>
    public const int DefaultMaxLatin = 3;

    /// <summary>The longest neighbouring paragraph that still counts as a short piece of a run.</summary>
    private const int ShortLineLength = 20;

    private static readonly char[] SentenceEnd = ['.', '!', '?', '。', '…', ':', '：'];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record State(
        int MaxHangul, int MaxLatin, HashSet<string> Particles, HashSet<string> BoundWords, HashSet<string> Labels, HashSet<string> Nouns,
        HashSet<string> Connectives, HashSet<string> Allow, HashSet<char> ExpressiveJamo)
    {
        /// <summary>
        /// The characters of the particles, bound words and connectives, and <c>&amp;</c> (an entity can write one): a
        /// line without them is none of these.
        /// </summary>
        public SearchValues<char> ParticleChars { get; } = SearchValues.Create([.. Particles.Concat(BoundWords).Concat(Connectives).SelectMany(p => p).Append('&').Distinct()]);

        public int LongestParticle { get; } = Particles.Concat(BoundWords).Select(p => p.Length).DefaultIfEmpty(0).Max();

        private readonly bool _hangulParticles = Particles.Concat(BoundWords).Concat(Connectives).All(p => p.All(c => c is >= '\uAC00' and <= '\uD7A3'));

        /// <summary>Whether <paramref name="text"/> holds a particle's letter (for Hangul particles: any syllable, a faster search).</summary>
        public bool MayHoldParticle(ReadOnlySpan<char> text) => _hangulParticles
            ? text.IndexOfAnyInRange('\uAC00', '\uD7A3') >= 0 || text.Contains('&')
            : text.ContainsAny(ParticleChars);

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup { get; } = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundWordLookup { get; } = BoundWords.GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup { get; } = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectiveLookup { get; } = Connectives.GetAlternateLookup<ReadOnlySpan<char>>();

        public int LongestNoun { get; } = Nouns.Select(n => n.Length).DefaultIfEmpty(0).Max();

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AllowLookup { get; } = Allow.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var maxHangul = setup.Options.GetInt("max-hangul", DefaultMaxHangul);
        var maxLatin = setup.Options.GetInt("max-latin", DefaultMaxLatin);
        foreach (var (name, value) in new[] { ("max-hangul", maxHangul), ("max-latin", maxLatin) })
        {
            if (value < 0 || value > 20)
            {
                setup.Error(setup.Options.Node(name), LimitRange.With(name));
            }
        }

        var particles = new HashSet<string>(StringComparer.Ordinal);
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var connectives = new HashSet<string>(StringComparer.Ordinal);
        var jamo = new HashSet<char>();
        if (Pack.LoadBuiltIn("fragments/korean.yml", setup) is { } korean)
        {
            PackShape.Check(korean, "fragments", ["particles", "bound-words", "labels", "nouns", "connectives", "expressive-jamo"], setup);
            particles.UnionWith(korean.Strings("particles", setup).Select(s => s.Value.Trim()));
            bound.UnionWith(korean.Strings("bound-words", setup).Select(s => s.Value.Trim()));
            labels.UnionWith(korean.Strings("labels", setup).Select(s => s.Value.Trim()));
            nouns.UnionWith(korean.Strings("nouns", setup).Select(s => s.Value.Trim()));
            connectives.UnionWith(korean.Strings("connectives", setup).Select(s => s.Value.Trim()));

            // Anywhere but between two paragraphs a connective on its own is quiet, as it was among the labels.
            labels.UnionWith(connectives);
            foreach (var s in korean.Strings("expressive-jamo", setup))
            {
                if (s.Value.Length != 1 || !IsJamo(s.Value[0]))
                {
                    setup.Error(korean.ErrorAt(s, $"'{s.Value}' is not a single Hangul jamo"));
                    continue;
                }

                jamo.Add(s.Value[0]);
            }
        }

        if (Pack.LoadBuiltIn("fragments/english.yml", setup) is { } english)
        {
            PackShape.Check(english, "fragments", ["labels"], setup);
            labels.UnionWith(english.Strings("labels", setup).Select(s => s.Value.Trim()));
        }

        var allow = new HashSet<string>(setup.Options.GetStringList("allow", []).Select(Normalise), StringComparer.OrdinalIgnoreCase);
        return new State(maxHangul, maxLatin, particles, bound, labels, nouns, connectives, allow, jamo);
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        var html = HtmlRegions.Of(post);
        var document = post.Document;
        var blocks = new List<Block>(document.Count);
        for (var k = 0; k < document.Count; k++)
        {
            var b = document[k];
            if (!post.IsInFrontMatter(b.Span.Start) && b is not (YamlFrontMatterBlock or LinkReferenceDefinitionGroup or FootnoteGroup or HtmlBlock { Type: HtmlBlockType.Comment }))
            {
                blocks.Add(b);
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            // Only paragraphs of the post itself: list items, quotes, table cells and footnotes hold short text on purpose.
            // Plain null checks, not 'is not { } v' guards: those leave a mutant that Stryker cannot compile (CS0165).
            var paragraph = blocks[i] as ParagraphBlock;
            if (paragraph is null || html.Contains(paragraph.Span.Start) || !MayHoldFragment(post, paragraph, state))
            {
                continue;
            }

            var visible = VisibleText.Of(post, paragraph);
            if (visible is null)
            {
                continue;
            }

            if (state.Allow.Count > 0 && state.Allow.Contains(Normalise(visible.Text)))
            {
                continue;
            }

            var reported = false;
            foreach (var (start, length) in visible.TrimmedLines())
            {
                var line = visible.Text.AsSpan(start, length);
                if (length == 0 || (state.Allow.Count > 0 && state.AllowLookup.Contains(line)))
                {
                    continue;
                }

                if (length <= state.LongestParticle && state.ParticleLookup.Contains(line))
                {
                    context.Report(visible.RangeOf(start, start + length), Particle.With(line.ToString()));
                    reported = true;
                }
                else if (length <= state.LongestParticle && state.BoundWordLookup.Contains(line))
                {
                    context.Report(visible.RangeOf(start, start + length), BoundWord.With(line.ToString()));
                    reported = true;
                }
                else if (IsJamo(line[0]) && IsBareJamo(line, state))
                {
                    context.Report(visible.RangeOf(start, start + length), Jamo.With(line.ToString()));
                    reported = true;
                }
            }

            if (!reported && ConnectiveOf(visible, state) is { } connective && BetweenParagraphs(post, html, blocks, i))
            {
                var first = visible.TrimmedLines().First(l => l.Length > 0);
                context.Report(visible.RangeOf(first.Start, first.Start + first.Length), Connective.With(connective));
            }
            else if (!reported && IsShortFragment(visible, state) && NextToProse(blocks, i) && !IntroducesNext(post, blocks, i)
                && !IsShortLine(post, blocks, i - 1) && !IsShortLine(post, blocks, i + 1) && !NamesNext(post, blocks, i, visible, state))
            {
                var first = visible.TrimmedLines().First(l => l.Length > 0);
                var last = visible.TrimmedLines().Last(l => l.Length > 0);
                context.Report(visible.RangeOf(first.Start, last.Start + last.Length),
                    TooShort.With(Normalise(visible.Text)));
            }
        }

        CheckNestedJamo(post, html, state, context);
    }

    /// <summary>
    /// Bare jamo lines in the prose that the paragraph loop does not see: list items, quotes (a lazy continuation line
    /// included), headings, footnotes and paragraphs inside them. Table cells are left alone: a cell of <c>ㅇ</c> or
    /// <c>ㄴ</c> is often a deliberate yes or no.
    /// </summary>
    private static void CheckNestedJamo(Post post, HtmlRegions html, State state, RuleContext context)
    {
        var text = post.Text;
        var from = Math.Min(post.BodyStart, text.Length);
        if (!HasJamo(text.AsSpan(from)))
        {
            return;
        }

        foreach (var block in post.Document.Descendants<LeafBlock>())
        {
            if (block.Inline is null || (block is ParagraphBlock && block.Parent is MarkdownDocument) || InTable(block)
                || post.IsInFrontMatter(block.Span.Start) || html.Contains(block.Span.Start))
            {
                continue;
            }

            var range = Post.RangeOf(block);
            var start = Math.Clamp(range.Start, 0, text.Length);
            if (!HasJamo(text.AsSpan(start, Math.Clamp(range.End, start, text.Length) - start)))
            {
                continue;
            }

            var visible = VisibleText.Of(post, block);
            if (visible is null)
            {
                continue;
            }

            foreach (var (s, length) in visible.TrimmedLines())
            {
                var line = visible.Text.AsSpan(s, length);
                if (length > 0 && IsJamo(line[0]) && IsBareJamo(line, state) && !(state.Allow.Count > 0 && state.AllowLookup.Contains(line)))
                {
                    context.Report(visible.RangeOf(s, s + length), Jamo.With(line.ToString()));
                }
            }
        }
    }

    private static bool InTable(Block block)
    {
        for (var b = block.Parent; b is not null; b = b.Parent)
        {
            if (b is Markdig.Extensions.Tables.TableCell)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The connective a paragraph is made of (plain text, one line, a comma after it allowed), or null.</summary>
    private static string? ConnectiveOf(VisibleText visible, State state)
    {
        if (visible.Kinds != InlineKinds.None || state.Connectives.Count == 0)
        {
            return null;
        }

        var text = visible.Text.AsSpan().Trim();
        var word = text.Length > 0 && text[^1] == ',' ? text[..^1].TrimEnd() : text;
        return word.Length > 0 && state.ConnectiveLookup.TryGetValue(word, out var found) ? found : null;
    }

    /// <summary>
    /// Whether the paragraph at <paramref name="index"/> stands between two paragraphs of prose: neither neighbour is a
    /// short line (short paragraphs in a row are structure) nor raw HTML.
    /// </summary>
    private static bool BetweenParagraphs(Post post, HtmlRegions html, List<Block> blocks, int index)
    {
        bool Prose(int j) => j >= 0 && j < blocks.Count && blocks[j] is ParagraphBlock p && !html.Contains(p.Span.Start)
            && VisibleText.Of(post, p) is { } v && v.LettersOutsideLinks > 0 && !IsShortLine(post, blocks, j);
        return Prose(index - 1) && Prose(index + 1);
    }

    /// <summary>
    /// Whether a short paragraph is a small heading over the paragraph it names: made of listed nouns (<c>복습</c>,
    /// <c>형식</c>, <c>구현방안</c>) with a paragraph of prose right after it.
    /// </summary>
    private static bool NamesNext(Post post, List<Block> blocks, int index, VisibleText visible, State state)
    {
        if (!IsNounPhrase(visible.Text, state))
        {
            return false;
        }

        for (var j = index + 1; j < blocks.Count; j++)
        {
            if (blocks[j] is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                continue;
            }

            return blocks[j] is ParagraphBlock p && VisibleText.Of(post, p) is { } next && next.Text.Any(char.IsLetter);
        }

        return false;
    }

    /// <summary>Whether every word of <paramref name="text"/> is a listed noun or listed nouns written together.</summary>
    private static bool IsNounPhrase(string text, State state)
    {
        var any = false;
        foreach (var range in text.AsSpan().SplitAny(" \t\n\r"))
        {
            var word = text.AsSpan(range);
            if (word.Length == 0)
            {
                continue;
            }

            if (!IsCompoundOfNouns(word, state))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether <paramref name="word"/> splits into listed nouns (<c>구현방안</c> = <c>구현</c> + <c>방안</c>).</summary>
    private static bool IsCompoundOfNouns(ReadOnlySpan<char> word, State state)
    {
        if (word.Length > 64)
        {
            return false;
        }

        // reachable[k]: the first k letters split into nouns.
        Span<bool> reachable = stackalloc bool[word.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - state.LongestNoun); start < end && !reachable[end]; start++)
            {
                reachable[end] = reachable[start] && state.NounLookup.Contains(word[start..end]);
            }
        }

        return reachable[word.Length];
    }

    /// <summary>
    /// A cheap look at the source before the paragraph's text is built: a fragment needs a short paragraph, a bare
    /// jamo somewhere, or a short line that holds a particle's letters.
    /// </summary>
    private static bool MayHoldFragment(Post post, ParagraphBlock paragraph, State state)
    {
        var range = Post.RangeOf(paragraph);
        var from = Math.Clamp(range.Start, 0, post.Text.Length);
        var source = post.Text.AsSpan(from, Math.Clamp(range.End, from, post.Text.Length) - from);
        var particles = state.MayHoldParticle(source);
        var jamo = HasJamo(source);
        if (!particles && !jamo)
        {
            // Without a particle's letter, jamo or an entity that could write one, only a short fragment of plain
            // letters can be reported, and each of its letters is a letter of the source: a paragraph with more
            // letters than the limits allow holds none (most paragraphs, found after a few words).
            var limit = Math.Max(state.MaxHangul, state.MaxLatin);
            var count = 0;
            foreach (var c in source)
            {
                if (char.IsLetter(c) && ++count > limit)
                {
                    return false;
                }
            }
        }

        var shortParagraph = (8 * Math.Max(state.MaxHangul, state.MaxLatin)) + 32;
        if (source.Length <= shortParagraph || jamo)
        {
            return true;
        }

        // A particle needs a short line with its letters; a short fragment (letters and emphasis only) needs a
        // paragraph that is short once white space is left out.
        var shortLine = false;
        foreach (var line in source.EnumerateLines())
        {
            if (line.Trim().Length <= 16)
            {
                if (particles && line.ContainsAny(state.ParticleChars))
                {
                    return true;
                }

                shortLine = true;
            }
        }

        if (!shortLine)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in source)
        {
            letters += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return letters <= shortParagraph;
    }

    /// <summary>
    /// A paragraph of plain letters only (no digits, punctuation, emoji, code, links or markup), not all emphasised,
    /// with at most <c>max-hangul</c> Hangul or <c>max-latin</c> Latin letters; mixed text counts every letter
    /// against the smaller limit. Known labels, acronyms and text of jamo alone are not fragments.
    /// </summary>
    private static bool IsShortFragment(VisibleText visible, State state)
    {
        if ((visible.Kinds & ~InlineKinds.Emphasis) != InlineKinds.None || visible.LettersOutsideEmphasis == 0)
        {
            return false;
        }

        int hangul = 0, latin = 0, jamo = 0;
        foreach (var c in visible.Text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (IsHangulSyllable(c) || IsJamo(c))
            {
                hangul++;
                jamo += IsJamo(c) ? 1 : 0;
            }
            else if (IsLatinLetter(c))
            {
                latin++;
            }
            else
            {
                return false;
            }
        }

        if (jamo == hangul && latin == 0)
        {
            // Text of jamo only is judged by the jamo check alone (ㅋㅋ is deliberate, ㅋ is not).
            return false;
        }

        if (hangul == 0 && latin >= 2 && visible.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // An acronym on its own (API, DB, URL) labels what follows; deletions leave lower-case debris.
            return false;
        }

        var fits = hangul > 0 && latin > 0 ? hangul + latin <= Math.Min(state.MaxHangul, state.MaxLatin)
            : hangul > 0 ? hangul <= state.MaxHangul
            : latin > 0 && latin <= state.MaxLatin;
        return fits && !state.Labels.Contains(Normalise(visible.Text));
    }

    /// <summary>
    /// Whether the block after the paragraph is something a short label introduces: a code block, list, table, quote,
    /// HTML, an image or a template tag. A following heading, rule, prose paragraph or the end of the post is not.
    /// </summary>
    private static bool IntroducesNext(Post post, List<Block> blocks, int index)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            switch (blocks[j])
            {
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                    continue;
                case HeadingBlock or ThematicBreakBlock:
                    return false;
                case ParagraphBlock p:
                    var next = VisibleText.Of(post, p);
                    if (next is null)
                    {
                        return false;
                    }

                    var first = next.Text.TrimStart();
                    if ((next.Kinds & ~InlineKinds.Attributes) == InlineKinds.None && first.Length > 0 && first.TrimEnd().All(c => c == VisibleText.Masked || char.IsWhiteSpace(c)))
                    {
                        // A kramdown attribute list on its own ({: .notice}) styles the paragraph before it.
                        continue;
                    }

                    return first.Length == 0 || first[0] == VisibleText.Masked || next.LettersOutsideLinks == 0 || !next.Text.Any(char.IsLetter);
                default:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a paragraph is next to the short one. A short paragraph that is all there is between two headings (or
    /// in the whole post) is a terse note — "## Combination" over "조합" — not a leftover among sentences.
    /// </summary>
    private static bool NextToProse(List<Block> blocks, int index) =>
        (index > 0 && blocks[index - 1] is ParagraphBlock) || (index + 1 < blocks.Count && blocks[index + 1] is ParagraphBlock);

    /// <summary>
    /// Whether the block at <paramref name="index"/> is a paragraph of one short line that is not a sentence. Short
    /// paragraphs in a row are structure — a table pasted without its grid, a vertical list, verse — not a leftover.
    /// </summary>
    private static bool IsShortLine(Post post, List<Block> blocks, int index)
    {
        var p = index >= 0 && index < blocks.Count ? blocks[index] as ParagraphBlock : null;
        var v = p is null ? null : VisibleText.Of(post, p);
        if (v is null)
        {
            return false;
        }

        // "좋았다." and "See below." are sentences; "/product?id=?" is not.
        var text = v.Text.Trim();
        var sentence = text.Length > 0 && SentenceEnd.Contains(text[^1]) && text.Any(c => char.IsWhiteSpace(c) || IsHangulSyllable(c));
        return text.Length is > 0 and <= ShortLineLength && !text.Contains('\n', StringComparison.Ordinal) && !sentence;
    }

    /// <summary>Every character <see cref="IsJamo"/> accepts.</summary>
    private static readonly SearchValues<char> JamoRanges = SearchValues.Create([.. Range('\u3131', '\u318E'), .. Range('\u1100', '\u11FF'), .. Range('\uA960', '\uA97F'), .. Range('\uD7B0', '\uD7FF')]);

    /// <summary>Whether <paramref name="text"/> holds a jamo; text without characters from U+1100 up (most of it) is ruled out by a range search.</summary>
    private static bool HasJamo(ReadOnlySpan<char> text) => text.IndexOfAnyExceptInRange('\0', '\u10FF') >= 0 && text.ContainsAny(JamoRanges);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

    private static bool IsBareJamo(ReadOnlySpan<char> line, State state)
    {
        var count = 0;
        var expressive = true;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!IsJamo(c))
            {
                return false;
            }

            count++;
            expressive &= state.ExpressiveJamo.Contains(c);
        }

        // Two or more of ㅋ, ㅎ, ㅠ … write laughter or tears on purpose.
        return count > 0 && !(expressive && count >= 2);
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsJamo(char c) => c is (>= '\u3131' and <= '\u318E') or (>= '\u1100' and <= '\u11FF') or (>= '\uA960' and <= '\uA97F') or (>= '\uD7B0' and <= '\uD7FF');

    private static bool IsLatinLetter(char c) => c < '\u0250' && char.IsLetter(c);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
