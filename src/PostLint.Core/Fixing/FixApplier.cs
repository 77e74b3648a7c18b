using System.Text;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;

namespace PostLint.Fixing;

/// <summary>An edit that a pass applied, in the coordinates of the text the pass started from.</summary>
/// <param name="Range">The replaced range of the pass's input text.</param>
/// <param name="NewText">The inserted text, its line breaks already turned into the file's.</param>
public readonly record struct AppliedEdit(TextRange Range, string NewText);

/// <summary>The result of one pass over a text.</summary>
/// <param name="Text">The text after the pass (the input itself when nothing applied).</param>
/// <param name="Applied">The fixes applied, in file order.</param>
/// <param name="Edits">Their edits, sorted by start.</param>
/// <param name="Skipped">The number of selected fixes left out because they overlap an applied fix or are malformed.</param>
public sealed record FixPass(string Text, IReadOnlyList<Fix> Applied, IReadOnlyList<AppliedEdit> Edits, int Skipped);

/// <summary>The result of fixing one text until nothing changes.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Final">The lint of <paramref name="Text"/>: what remains to report.</param>
/// <param name="Applied">The number of fixes applied over all passes.</param>
/// <param name="Passes">The number of passes that changed the text.</param>
public sealed record FixedText(string Text, FileResult Final, int Applied, int Passes)
{
    /// <summary>Whether the text differs from the one linted first.</summary>
    public bool Changed { get; init; }
}

/// <summary>
/// Applies fixes to a decoded text (offsets index <see cref="SourceText.Text"/>, which excludes the byte order mark).
/// One pass takes the selected fixes — safe ones, unsafe ones only when asked — sorts them by start, keeps each fix
/// whose edits overlap neither each other nor an edit already kept, and applies the kept edits from the end of the text
/// backwards. <see cref="FixUntilStable"/> lints the result again and repeats until nothing changes, at most
/// <see cref="MaxPasses"/> times. Line breaks inside inserted text take the line ending of the line being edited, and
/// the final line break (or its absence) is kept.
/// </summary>
public static class FixApplier
{
    /// <summary>The most passes one text gets (ruff allows 100; posts need far fewer).</summary>
    public const int MaxPasses = 10;

    /// <summary>Whether <paramref name="fix"/> is applied: safe fixes always, unsafe ones only with <paramref name="includeUnsafe"/>.</summary>
    public static bool IsSelected(Fix fix, bool includeUnsafe) => fix.Safety == FixSafety.Safe || includeUnsafe;

    /// <summary>The selected fixes of a file's diagnostics, in diagnostic order.</summary>
    public static IEnumerable<Fix> SelectedFixes(IEnumerable<Diagnostic> diagnostics, bool includeUnsafe) =>
        diagnostics.Select(d => d.Fix).OfType<Fix>().Where(f => f.Edits.Count > 0 && IsSelected(f, includeUnsafe));

    /// <summary>
    /// Fixes <paramref name="first"/>'s text: applies a pass, lints the result with <paramref name="relint"/>, and
    /// repeats until a pass changes nothing, the text comes back to an earlier state, or <see cref="MaxPasses"/> passes ran.
    /// </summary>
    /// <param name="first">The lint of the text as read.</param>
    /// <param name="relint">Lints a new text of the same file.</param>
    /// <param name="includeUnsafe">Whether unsafe fixes apply.</param>
    public static FixedText FixUntilStable(FileResult first, Func<SourceText, FileResult> relint, bool includeUnsafe)
    {
        var original = first.Source;
        if (original is null)
        {
            return new FixedText("", first, 0, 0);
        }

        var current = first;
        var source = original;
        var applied = 0;
        var passes = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal) { source.Text };
        while (passes < MaxPasses)
        {
            var pass = ApplyPass(source, SelectedFixes(current.Diagnostics, includeUnsafe));
            if (pass.Applied.Count == 0 || !seen.Add(pass.Text))
            {
                // Nothing to apply, nothing changed, or two fixes undo each other: stop with the last lint.
                break;
            }

            passes++;
            applied += pass.Applied.Count;
            source = new SourceText(pass.Text, original.HasBom);
            current = relint(source);
        }

        return new FixedText(source.Text, current, applied, passes) { Changed = source.Text != original.Text };
    }

    /// <summary>
    /// Applies one pass of <paramref name="fixes"/> to <paramref name="source"/>. A fix is skipped when one of its edits
    /// lies outside the text, splits a CRLF pair or a surrogate pair, overlaps another of its edits, or touches an edit
    /// of a fix kept before it.
    /// </summary>
    public static FixPass ApplyPass(SourceText source, IEnumerable<Fix> fixes)
    {
        var candidates = fixes
            .Select((fix, index) => (Fix: fix, Index: index, Edits: fix.Edits.OrderBy(e => e.Range.Start).ThenBy(e => e.Range.End).ToArray()))
            .Where(c => c.Edits.Length > 0)
            .OrderBy(c => c.Edits[0].Range.Start)
            .ThenBy(c => c.Edits[^1].Range.End)
            .ThenBy(c => c.Index)
            .ToList();
        var skipped = 0;
        while (true)
        {
            var pass = TryPass(source, candidates, ref skipped, out var endingBreaker);
            if (pass is not null)
            {
                return pass;
            }

            // The fix owning the last edit would add or remove the file's final line break outside its own text:
            // leave it out rather than change what the file ends with.
            candidates.RemoveAll(c => ReferenceEquals(c.Fix, endingBreaker));
            skipped++;
        }
    }

    private static FixPass? TryPass(SourceText source, List<(Fix Fix, int Index, TextEdit[] Edits)> candidates, ref int skipped, out Fix? endingBreaker)
    {
        var text = source.Text;
        endingBreaker = null;
        var kept = new List<Fix>();
        var edits = new List<(AppliedEdit Edit, Fix Owner)>();
        var skippedHere = 0;
        foreach (var (fix, _, fixEdits) in candidates)
        {
            if (!IsWellFormed(text, fixEdits) || edits.Any(e => fixEdits.Any(f => Touches(e.Edit.Range, f.Range))))
            {
                skippedHere++;
                continue;
            }

            var mine = fixEdits.Select(e => new AppliedEdit(e.Range, WithLineEnding(e.NewText, LineEndingAt(source, e.Range.Start)))).ToArray();
            if (mine.All(e => e.Range.Length == e.NewText.Length && string.CompareOrdinal(text, e.Range.Start, e.NewText, 0, e.NewText.Length) == 0))
            {
                // A fix that rewrites text to itself is no fix; dropping it keeps the loop from spinning.
                continue;
            }

            kept.Add(fix);
            edits.AddRange(mine.Select(e => (e, fix)));
        }

        if (kept.Count == 0)
        {
            skipped += skippedHere;
            return new FixPass(text, [], [], skipped);
        }

        // Fixes never touch and a fix's own edits never overlap, so by start (then end, for an insertion before a
        // replacement at one offset) is the order of the text.
        edits.Sort((a, b) => (a.Edit.Range.Start, a.Edit.Range.End).CompareTo((b.Edit.Range.Start, b.Edit.Range.End)));

        // Keep the final line break or its absence. Only an edit reaching the end of the text can change it.
        var last = edits[^1];
        if (last.Edit.Range.End == text.Length)
        {
            var had = EndsWithLineBreak(text);
            var has = EndsWithLineBreak(Apply(text, edits.Select(e => e.Edit).ToList()));
            if (had && !has)
            {
                edits[^1] = (last.Edit with { NewText = last.Edit.NewText + source.DominantLineEnding }, last.Owner);
            }
            else if (!had && has)
            {
                edits[^1] = (last.Edit with { NewText = last.Edit.NewText.TrimEnd('\r', '\n') }, last.Owner);
            }
        }

        var applied = edits.Select(e => e.Edit).ToList();
        var result = Apply(text, applied);
        if (EndsWithLineBreak(result) != EndsWithLineBreak(text))
        {
            endingBreaker = last.Owner;
            return null;
        }

        skipped += skippedHere;
        return new FixPass(result, kept, applied, skipped);
    }

    /// <summary>Applies sorted, non-overlapping edits from the end of the text backwards.</summary>
    private static string Apply(string text, List<AppliedEdit> edits)
    {
        var sb = new StringBuilder(text);
        for (var i = edits.Count - 1; i >= 0; i--)
        {
            var e = edits[i];
            sb.Remove(e.Range.Start, e.Range.Length).Insert(e.Range.Start, e.NewText);
        }

        return sb.ToString();
    }

    private static bool EndsWithLineBreak(string text) => text.Length > 0 && text[^1] is '\n' or '\r';

    /// <summary>
    /// The line break used by the line holding <paramref name="offset"/>; for the last line, which has none, the file's
    /// dominant one.
    /// </summary>
    public static string LineEndingAt(SourceText source, int offset)
    {
        var line = source.GetLineIndex(Math.Clamp(offset, 0, source.Length)) + 1;
        var end = source.GetLineEnd(line);
        var text = source.Text;
        if (end < text.Length)
        {
            return text[end] == '\r' ? end + 1 < text.Length && text[end + 1] == '\n' ? "\r\n" : "\r" : "\n";
        }

        return source.DominantLineEnding;
    }

    /// <summary>Rewrites every line break (LF, CRLF or CR) in <paramref name="text"/> as <paramref name="lineEnding"/>.</summary>
    public static string WithLineEnding(string text, string lineEnding)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                sb.Append(lineEnding);
            }
            else if (c == '\n')
            {
                sb.Append(lineEnding);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Why a file must not be fixed, or null when it may be: its bytes must decode to the text and encode back to the
    /// same bytes (so invalid UTF-8 is never rewritten as U+FFFD), and its front matter must be closed and valid YAML.
    /// </summary>
    public static Localized? CannotFix(ReadOnlySpan<byte> bytes, SourceText source)
    {
        if (!RoundTrips(bytes, source))
        {
            return CoreMessages.FixNotUtf8.With();
        }

        var fm = FrontMatter.Find(source.Text);
        if (fm is null)
        {
            return null;
        }

        if (!fm.IsClosed)
        {
            return CoreMessages.FixFrontMatterOpen.With();
        }

        return fm.Error is null ? null : CoreMessages.FixFrontMatterInvalid.With();
    }

    /// <summary>The bytes to write for <paramref name="text"/>: the BOM when the file had one, then strict UTF-8.</summary>
    /// <exception cref="EncoderFallbackException">The text holds a lone surrogate.</exception>
    public static byte[] Encode(string text, bool bom)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var count = strict.GetByteCount(text);
        var bytes = new byte[count + (bom ? 3 : 0)];
        if (bom)
        {
            bytes[0] = 0xEF;
            bytes[1] = 0xBB;
            bytes[2] = 0xBF;
        }

        strict.GetBytes(text, 0, text.Length, bytes, bom ? 3 : 0);
        return bytes;
    }

    private static bool RoundTrips(ReadOnlySpan<byte> bytes, SourceText source)
    {
        try
        {
            return Encode(source.Text, source.HasBom).AsSpan().SequenceEqual(bytes);
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(string text, TextEdit[] edits)
    {
        for (var i = 0; i < edits.Length; i++)
        {
            var r = edits[i].Range;
            if (r.Start < 0 || r.End > text.Length || r.Start > r.End || SplitsPair(text, r.Start) || SplitsPair(text, r.End))
            {
                return false;
            }

            if (i > 0)
            {
                var p = edits[i - 1].Range;
                // Overlapping edits, or two insertions at one offset, have no defined order.
                if (p.Overlaps(r) || (p.Start == r.Start && p.Length == 0 && r.Length == 0) || r.Start < p.End)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Fixes from different rules must not even touch: an insertion at the end of a replacement is ambiguous.</summary>
    private static bool Touches(TextRange a, TextRange b) => a.Start <= b.End && b.Start <= a.End;

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length &&
        ((text[offset - 1] == '\r' && text[offset] == '\n') || (char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])));
}
