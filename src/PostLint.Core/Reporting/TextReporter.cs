using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// One line per finding, <c>PATH:LINE:COL: SEVERITY ID NAME: MESSAGE</c>, then a summary line. Messages that hold
/// line breaks are folded onto one line so every finding stays one line (grep and problem matchers rely on it).
/// </summary>
public sealed class TextReporter : IReporter
{
    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options)
    {
        var sb = new StringBuilder();
        foreach (var (file, d) in run.All)
        {
            sb.Clear();
            sb.Append(file.Path).Append(':').Append(d.Start.Line).Append(':').Append(d.Start.Column).Append(": ");
            var severity = d.Severity.ToName();
            if (options.Color)
            {
                sb.Append(d.Severity switch { Severity.Error => "\u001b[1;31m", Severity.Warning => "\u001b[1;33m", _ => "\u001b[1;36m" })
                  .Append(severity).Append("\u001b[0m");
            }
            else
            {
                sb.Append(severity);
            }

            sb.Append(' ').Append(d.Rule.Id).Append(' ').Append(d.Rule.Name).Append(": ").Append(OneLine(d.Message));
            output.WriteLine(sb.ToString());
            if (options.ShowSource && file.Source is { } source)
            {
                SourceSnippet.Write(output, source, d, options.Color);
            }
        }

        if (!options.Quiet)
        {
            output.WriteLine(Summary(run));
        }
    }

    /// <summary>The summary line: counts per severity, files with findings, files checked, and the time.</summary>
    public static string Summary(LintRun run)
    {
        int errors = run.Count(Severity.Error), warnings = run.Count(Severity.Warning), infos = run.Count(Severity.Info);
        var withFindings = run.Files.Count(f => f.Diagnostics.Count > 0);
        var seconds = run.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} in {Plural(withFindings, "file")} ({run.Files.Count} checked) in {seconds}s";
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>Folds CR and LF into spaces.</summary>
    public static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r') ? message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') : message;
}

/// <summary>ruff-style context: the source line, a caret under the range, and the fix title as <c>help:</c>.</summary>
public static class SourceSnippet
{
    /// <summary>Writes the context of <paramref name="d"/>.</summary>
    public static void Write(TextWriter output, Documents.SourceText source, Diagnostic d, bool color)
    {
        var line = d.Start.Line;
        var text = source.GetLineText(line).Replace('\t', ' ');
        var gutter = line.ToString(CultureInfo.InvariantCulture);
        var pad = new string(' ', gutter.Length);
        output.WriteLine($"{pad} |");
        output.WriteLine($"{gutter} | {text}");
        var startCol = d.Start.Column - 1;
        var endCol = d.End.Line == line ? d.End.Column - 1 : text.Length;
        var lead = DisplayWidth(text.AsSpan(0, Math.Min(startCol, text.Length)));
        var width = Math.Max(1, DisplayWidth(text.AsSpan(Math.Min(startCol, text.Length), Math.Max(0, Math.Min(endCol, text.Length) - Math.Min(startCol, text.Length)))));
        var carets = new string('^', width);
        output.WriteLine($"{pad} | {new string(' ', lead)}{(color ? "\u001b[1;31m" + carets + "\u001b[0m" : carets)}");
        if (d.Fix is { } fix)
        {
            output.WriteLine($"{pad} = help: {fix.Title}");
        }
    }

    /// <summary>Terminal columns of <paramref name="text"/>: East Asian wide characters (Hangul, CJK) take two.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            width += IsWide(v) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(int v) =>
        v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF or >= 0x20000 and <= 0x3FFFD;
}
