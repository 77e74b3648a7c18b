using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Engine;
using PostLint.Localization;

namespace PostLint.Reporting;

/// <summary>
/// One line per finding, <c>PATH:LINE:COL: SEVERITY ID NAME: MESSAGE</c>, then a summary line. Messages that hold
/// line breaks are folded onto one line so every finding stays one line (grep and problem matchers rely on it).
/// </summary>
public sealed class TextReporter : IStreamingReporter
{
    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options) =>
        ReportStream.WriteAll(this, run, output, options);

    /// <inheritdoc/>
    public ReportStream Open(TextWriter output, ReportOptions options, IReadOnlyList<string> paths) => new Report(output, options);

    private sealed class Report(TextWriter output, ReportOptions options) : ReportStream
    {
        private readonly StringBuilder _line = new();

        public override void Add(FileResult file)
        {
            foreach (var d in file.Diagnostics)
            {
                var sb = _line.Clear();
                sb.Append(file.Path).Append(':').Append(d.Start.Line).Append(':').Append(d.Start.Column).Append(": ");
                var severity = d.Severity.ToName();
                if (options.Color)
                {
                    sb.Append(SeverityColor(d.Severity)).Append(severity).Append(Reset);
                }
                else
                {
                    sb.Append(severity);
                }

                sb.Append(' ').Append(d.Rule.Id).Append(' ').Append(d.Rule.Name).Append(": ").Append(OneLine(d.MessageIn(options.Language)));
                output.WriteLine(sb.ToString());
                if (options.ShowSource && file.Source is { } source)
                {
                    SourceSnippet.Write(output, source, d, options.Color, options.Language);
                }
            }
        }

        public override void Finish(LintRun run)
        {
            if (!options.Quiet)
            {
                output.WriteLine(Summary(run, options.Language));
            }
        }
    }

    /// <summary>The summary line: counts per severity, files with findings, files checked, and the time.</summary>
    public static string Summary(LintRun run) => Summary(run, Language.English);

    /// <summary>The summary line in <paramref name="language"/>.</summary>
    public static string Summary(LintRun run, Language language)
    {
        var counts = run.Counts;
        var seconds = run.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        object fixable = counts switch
        {
            { SafeFixes: > 0, UnsafeFixes: > 0 } => CoreMessages.FixableBoth.With(counts.SafeFixes, counts.UnsafeFixes),
            { SafeFixes: > 0 } => CoreMessages.FixableSafe.With(counts.SafeFixes),
            { UnsafeFixes: > 0 } => CoreMessages.FixableUnsafe.With(counts.UnsafeFixes),
            _ => "",
        };
        return CoreMessages.Summary.Format(
            language,
            Count(counts.Errors, CoreMessages.OneError, CoreMessages.Errors),
            Count(counts.Warnings, CoreMessages.OneWarning, CoreMessages.Warnings),
            Count(counts.Infos, CoreMessages.OneInfo, CoreMessages.Infos),
            Count(run.FilesWithFindings, CoreMessages.OneFile, CoreMessages.Files),
            run.Files.Count,
            fixable,
            seconds);
    }

    private static Localized Count(int n, Message one, Message many) => (n == 1 ? one : many).With(n);

    /// <summary>The ANSI escape that starts a severity's colour: bold red, yellow or cyan.</summary>
    public static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[1;31m",
        Severity.Warning => "\u001b[1;33m",
        _ => "\u001b[1;36m",
    };

    /// <summary>The ANSI escape that ends a colour.</summary>
    public const string Reset = "\u001b[0m";

    /// <summary>Folds CR and LF into spaces.</summary>
    public static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r') ? message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') : message;
}

/// <summary>
/// ruff-style context: the source line, a caret under the range, and the fix title as <c>help:</c>. Carets line up in
/// a terminal: tabs expand to 4-column stops, East Asian wide characters (Hangul, CJK) and emoji take two columns,
/// combining marks and joiners none, and a grapheme cluster (a flag, a family emoji, jamo) counts once.
/// </summary>
public static class SourceSnippet
{
    private const int TabSize = 4;

    /// <summary>Writes the context of <paramref name="d"/>, with the carets in its severity's colour when <paramref name="color"/>.</summary>
    public static void Write(TextWriter output, Documents.SourceText source, Diagnostic d, bool color, Language language = Language.English)
    {
        var line = d.Start.Line;
        var raw = source.GetLineText(line);
        var start = Math.Clamp(d.Start.Column - 1, 0, raw.Length);
        var end = d.End.Line == line ? Math.Clamp(d.End.Column - 1, start, raw.Length) : raw.Length;
        var (shown, lead, width) = Layout(raw, start, end);
        var gutter = line.ToString(CultureInfo.InvariantCulture);
        var pad = new string(' ', gutter.Length);
        var carets = new string('^', Math.Max(1, width));
        output.WriteLine($"{pad} |");
        output.WriteLine($"{gutter} | {shown}".TrimEnd());
        output.WriteLine($"{pad} | {new string(' ', lead)}{(color ? TextReporter.SeverityColor(d.Severity) + carets + TextReporter.Reset : carets)}");
        if (d.Fix is { } fix)
        {
            output.WriteLine($"{pad} = help: {TextReporter.OneLine(fix.TitleIn(language))}");
        }

        output.WriteLine();
    }

    /// <summary>
    /// The line as a terminal shows it (tabs expanded, control characters as U+FFFD), the display columns before
    /// <paramref name="start"/>, and the display width of [<paramref name="start"/>, <paramref name="end"/>).
    /// Offsets are UTF-16 indexes into <paramref name="line"/>; a cluster the range touches counts whole.
    /// </summary>
    public static (string Shown, int Lead, int Width) Layout(string line, int start, int end)
    {
        var sb = new StringBuilder(line.Length + 8);
        int column = 0, lead = -1, width = 0;
        var i = 0;
        while (i < line.Length)
        {
            var length = StringInfo.GetNextTextElementLength(line.AsSpan(i));
            var cluster = line.AsSpan(i, length);
            int w;
            if (cluster is ['\t'])
            {
                w = TabSize - (column % TabSize);
                sb.Append(' ', w);
            }
            else if (char.IsControl(cluster[0]))
            {
                w = 1;
                sb.Append('\uFFFD');
            }
            else
            {
                w = ClusterWidth(cluster);
                sb.Append(cluster);
            }

            if (lead < 0 && i + length > start)
            {
                lead = column;
            }

            if (i < end && i + length > start)
            {
                width += w;
            }

            column += w;
            i += length;
        }

        return (sb.ToString(), lead < 0 ? column : lead, width);
    }

    /// <summary>Terminal columns of <paramref name="text"/>, as <see cref="Layout"/> counts them.</summary>
    public static int DisplayWidth(string text) => Layout(text, text.Length, text.Length).Lead;

    /// <summary>0 for a cluster of marks or joiners only, 2 when it holds a wide character or an emoji, else 1.</summary>
    private static int ClusterWidth(ReadOnlySpan<char> cluster)
    {
        bool visible = false, wide = false;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var v = rune.Value;
            if (v == 0xFE0F || IsWide(v) || v is >= 0x1F1E6 and <= 0x1F1FF)
            {
                wide = true;
                visible = true;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            visible = true;
        }

        return !visible ? 0 : wide ? 2 : 1;
    }

    /// <summary>East Asian Wide and Fullwidth code points, and the emoji that terminals draw two columns wide.</summary>
    private static bool IsWide(int v) =>
        v is >= 0x1100 and <= 0x115F or >= 0x231A and <= 0x231B or >= 0x2329 and <= 0x232A or >= 0x23E9 and <= 0x23EC
            or 0x23F0 or 0x23F3 or >= 0x25FD and <= 0x25FE or >= 0x2614 and <= 0x2615 or >= 0x2648 and <= 0x2653
            or 0x267F or 0x2693 or 0x26A1 or >= 0x26AA and <= 0x26AB or >= 0x26BD and <= 0x26BE or >= 0x26C4 and <= 0x26C5
            or 0x26CE or 0x26D4 or 0x26EA or >= 0x26F2 and <= 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705
            or >= 0x270A and <= 0x270B or 0x2728 or 0x274C or 0x274E or >= 0x2753 and <= 0x2755 or 0x2757
            or >= 0x2795 and <= 0x2797 or 0x27B0 or 0x27BF or >= 0x2B1B and <= 0x2B1C or 0x2B50 or 0x2B55
            or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE10 and <= 0xFE19 or >= 0xFE30 and <= 0xFE6F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x16FE0 and <= 0x16FE4 or >= 0x17000 and <= 0x18D08 or >= 0x1B000 and <= 0x1B2FF or 0x1F004 or 0x1F0CF
            or 0x1F18E or >= 0x1F191 and <= 0x1F19A or >= 0x1F200 and <= 0x1F251 or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F680 and <= 0x1F6FF or >= 0x1F7E0 and <= 0x1F7EB or >= 0x1F90C and <= 0x1F9FF or >= 0x1FA70 and <= 0x1FAFF
            or >= 0x20000 and <= 0x2FFFD or >= 0x30000 and <= 0x3FFFD;
}
