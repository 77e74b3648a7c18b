using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.Content;

/// <summary>Flags notes to self and template filler (TODO:, lorem ipsum, (작성 중)) left in a post. Docs: PL202PlaceholderText.md.</summary>
public sealed partial class PL202PlaceholderText : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL202", "placeholder-text", "Placeholder text such as TODO, lorem ipsum or (작성 중) is left in a post",
        RuleCategory.Content, Severity.Warning)
    {
        KoreanTitle = "TODO, lorem ipsum, (작성 중) 같은 자리 표시자가 글에 남아 있습니다",
        SkipsDrafts = true,
        Options =
        [
            new OptionSpec("keys", OptionKind.StringList, "Front matter keys whose text is checked (dotted paths reach nested keys)"),
        ],
    };

    /// <summary>The front matter keys checked unless <c>keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys =
        ["title", "subtitle", "excerpt", "description", "summary", "header.caption"];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private static readonly Message InProse = new(
        "placeholder '{text}' left in the post; write the missing content or remove it",
        "자리 표시자 '{text}'{이} 글에 남아 있습니다. 빠진 내용을 쓰거나 지우세요");

    private static readonly Message WholeValue = new(
        "{key} is the placeholder '{text}'; write the real {key}",
        "{key} 값이 자리 표시자 '{text}'입니다. 실제 {key}{을} 쓰세요");

    private static readonly Message InValue = new(
        "{key} contains the placeholder '{text}'; write the missing text or remove it",
        "{key}에 자리 표시자 '{text}'{이} 있습니다. 빠진 내용을 쓰거나 지우세요");

    private sealed record State(PatternSet Patterns, HashSet<string> TableCellValues, IReadOnlyList<string> Keys);

    [GeneratedRegex(@"<[^<>\n]*>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}|\b(?:https?|ftp)://\S+|\bwww\.\S+\.\S+", RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TemplateOrUrl();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var pack = Pack.LoadBuiltIn("placeholders/text.yml", setup);
        if (pack is null)
        {
            return null;
        }

        PackShape.Check(pack, "placeholder-text", ["patterns", "table-cell-values"], setup);
        var patterns = PatternSet.Load(pack, setup, RegexOptions.Multiline);
        var cellValues = new HashSet<string>(pack.Strings("table-cell-values", setup).Select(s => Normalise(s.Value)), StringComparer.OrdinalIgnoreCase);
        return new State(patterns, cellValues, setup.Options.GetStringList("keys", DefaultKeys));
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        CheckFrontMatter(post, state, context);

        // One search over the body for the patterns' required words: most posts hold none, and only blocks that hold
        // one can match (the visible text is a part of the block's source), so the rest are never looked at.
        var text = post.Text;
        var candidates = Candidates(post, state.Patterns);
        if (candidates is { Count: 0 })
        {
            return;
        }

        var html = HtmlRegions.Of(post);
        foreach (var block in post.Document.Descendants<LeafBlock>())
        {
            if (block.Inline is null || block.Span.IsEmpty || (candidates is not null && !HoldsCandidate(candidates, block.Span.Start, block.Span.End + 1))
                || post.IsInFrontMatter(block.Span.Start) || html.Contains(block.Span.Start))
            {
                continue;
            }

            var visible = VisibleText.Of(post, block);
            if (visible is null)
            {
                continue;
            }

            var hits = Hits(visible.Text, state.Patterns);
            if (hits.Count == 0)
            {
                continue;
            }

            var whole = Normalise(visible.Text);
            if (block.Parent is TableCell && state.TableCellValues.Contains(whole))
            {
                continue;
            }

            foreach (var (start, length) in hits)
            {
                var found = visible.Text.Substring(start, length);
                if (block is HeadingBlock && Normalise(found) == whole)
                {
                    // A heading that is only "TODO" names a to-do section.
                    continue;
                }

                context.Report(visible.RangeOf(start, start + length), InProse.With(Show(found)));
            }
        }
    }

    /// <summary>
    /// The offsets in the body where a required word starts, sorted; null when some pattern requires none. Top-level
    /// code and HTML blocks hold no inline content, so the search skips them (much of a documentation page).
    /// </summary>
    private static List<int>? Candidates(Post post, PatternSet patterns)
    {
        if (!patterns.FiltersByWords)
        {
            return null;
        }

        var text = post.Text;
        var from = Math.Min(post.BodyStart, text.Length);
        var all = new List<int>();
        void Search(int start, int end)
        {
            if (end > start)
            {
                foreach (var at in patterns.Candidates(text.AsSpan(start, end - start))!)
                {
                    all.Add(start + at);
                }
            }
        }

        foreach (var block in post.Document)
        {
            if (block is CodeBlock or HtmlBlock && !block.Span.IsEmpty && block.Span.Start >= from)
            {
                Search(from, block.Span.Start);
                from = Math.Min(Math.Max(from, block.Span.End + 1), text.Length);
            }
        }

        Search(from, text.Length);
        return all;
    }

    /// <summary>Whether a sorted list of offsets has one in [start, end).</summary>
    private static bool HoldsCandidate(List<int> sorted, int start, int end)
    {
        var i = sorted.BinarySearch(start);
        i = i >= 0 ? i : ~i;
        return i < sorted.Count && sorted[i] < end;
    }

    private static void CheckFrontMatter(Post post, State state, RuleContext context)
    {
        if (post.FrontMatter?.Root is not { } root)
        {
            return;
        }

        foreach (var key in state.Keys)
        {
            var scalar = root.FindPath(key)?.Value as YScalar;
            if (scalar is null || scalar.IsNull)
            {
                continue;
            }

            var value = scalar.Value;
            if (!state.Patterns.MayAnyMatch(value))
            {
                // None of the patterns' required words: nothing to mask or match.
                continue;
            }

            var chars = value.ToCharArray();
            foreach (var regex in new[] { TemplateOrUrl(), HtmlTag() })
            {
                foreach (Match m in regex.Matches(new string(chars)))
                {
                    Array.Fill(chars, VisibleText.Masked, m.Index, m.Length);
                }
            }

            var raw = post.Text[scalar.Range.Start..scalar.Range.End];
            int? valueStart = raw == value ? scalar.Range.Start
                : raw.Length == value.Length + 2 && raw.AsSpan(1, value.Length).SequenceEqual(value) ? scalar.Range.Start + 1
                : null;
            var whole = scalar.Range;
            while (whole.End > whole.Start && char.IsWhiteSpace(post.Text[whole.End - 1]))
            {
                whole = whole with { End = whole.End - 1 };
            }

            foreach (var (start, length) in Hits(new string(chars), state.Patterns))
            {
                var range = valueStart is { } s ? new TextRange(s + start, s + start + length) : whole;
                var found = Show(value.Substring(start, length));
                context.Report(range, Normalise(value) == Normalise(found) ? WholeValue.With(key, found) : InValue.With(key, found));
            }
        }
    }

    /// <summary>The first match of every pattern, in text order, without overlaps and never touching masked text.</summary>
    private static List<(int Start, int Length)> Hits(string text, PatternSet patterns)
    {
        var hits = new List<(int Start, int Length)>();
        for (var index = 0; index < patterns.Patterns.Count; index++)
        {
            if (!patterns.MayMatch(index, text))
            {
                continue;
            }

            var regex = patterns.Patterns[index].Regex;
            try
            {
                // One finding per pattern and paragraph: a page of lorem ipsum is one problem per paragraph, not forty.
                for (var m = regex.Match(text); m.Success; m = m.NextMatch())
                {
                    var (start, length) = Trim(text, m.Index, m.Length);
                    if (length > 0 && text.IndexOf(VisibleText.Masked, start, length) < 0)
                    {
                        hits.Add((start, length));
                        break;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological paragraph cannot stall the run; it is treated as no match.
            }
        }

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<(int Start, int Length)>();
        foreach (var hit in hits)
        {
            if (kept.Count == 0 || hit.Start >= kept[^1].Start + kept[^1].Length)
            {
                kept.Add(hit);
            }
        }

        return kept;
    }

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    private static string Show(string text)
    {
        var s = Normalise(text);
        return s.Length <= 40 ? s : s[..39] + "…";
    }
}
