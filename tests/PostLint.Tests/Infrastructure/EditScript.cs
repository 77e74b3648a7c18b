using System.Text.RegularExpressions;
using PostLint.Diagnostics;

namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Applies fixes to text the way <c>--fix</c> will (edits sorted by offset, applied from the end, overlapping edits
/// skipped), so fix tests can check the exact output and re-lint it. Also reads <c>&lt;!-- expect: PLnnn @-N --&gt;</c>
/// markers from fixtures.
/// </summary>
public static partial class EditScript
{
    /// <summary>The text after applying the fixes of <paramref name="diagnostics"/> of the given safety.</summary>
    public static string Apply(string text, IEnumerable<Diagnostic> diagnostics, FixSafety safety = FixSafety.Safe)
    {
        var edits = diagnostics
            .Where(d => d.Fix is { } f && (f.Safety == FixSafety.Safe || safety == FixSafety.Unsafe))
            .SelectMany(d => d.Fix!.Edits)
            .OrderBy(e => e.Range.Start)
            .ThenBy(e => e.Range.End)
            .ToList();
        var kept = new List<TextEdit>();
        var end = -1;
        foreach (var edit in edits)
        {
            if (edit.Range.Start < end)
            {
                continue;
            }

            kept.Add(edit);
            end = Math.Max(edit.Range.End, edit.Range.Start + 1);
        }

        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var e = kept[i];
            text = text[..e.Range.Start] + e.NewText + text[e.Range.End..];
        }

        return text;
    }

    [GeneratedRegex(@"<!-- expect: (?<ids>PL[0-9]{3}(?:\s*,\s*PL[0-9]{3})*)(?:\s+@(?<offset>[-+][0-9]+))? -->")]
    private static partial Regex Marker();

    /// <summary>The (rule id, line) pairs the fixture's markers expect, sorted.</summary>
    public static IReadOnlyList<string> Expectations(string text)
    {
        var found = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Marker().Matches(lines[i]))
            {
                var line = i + 1 + (m.Groups["offset"].Success ? int.Parse(m.Groups["offset"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
                foreach (var id in m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                {
                    found.Add($"{line} {id}");
                }
            }
        }

        return found.Order(StringComparer.Ordinal).ToArray();
    }
}
