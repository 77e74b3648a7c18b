using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Engine;
using PostLint.Localization;

namespace PostLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::error file=PATH,line=L,endLine=L,col=C,endColumn=C,title=PL201 placeholder-date::MESSAGE</c>, with
/// <c>warning</c> and <c>notice</c> for the other severities. Columns are sent only for single-line ranges; paths are
/// relative to the repository root, and so are absolute paths quoted in messages. <see cref="WriteSummary"/> renders the Markdown job summary that lists every
/// finding, since GitHub shows at most ten annotations of each severity per step.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    /// <summary>How many annotations of one severity GitHub shows per step.</summary>
    public const int AnnotationsShownPerSeverity = 10;

    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options)
    {
        var sb = new StringBuilder();
        foreach (var (file, d) in run.All)
        {
            sb.Clear();
            sb.Append("::").Append(Command(d.Severity));
            sb.Append(" file=").Append(EscapeProperty(ReportPaths.Relative(file, options.RepositoryRoot)));
            sb.Append(",line=").Append(d.Start.Line.ToString(CultureInfo.InvariantCulture));
            sb.Append(",endLine=").Append(d.End.Line.ToString(CultureInfo.InvariantCulture));
            if (d.Start.Line == d.End.Line)
            {
                sb.Append(",col=").Append(d.Start.Column.ToString(CultureInfo.InvariantCulture));
                sb.Append(",endColumn=").Append(d.End.Column.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(",title=").Append(EscapeProperty($"{d.Rule.Id} {d.Rule.Name}"));
            sb.Append("::").Append(EscapeData(ReportPaths.Scrub(d.MessageIn(options.Language), file, options.RepositoryRoot)));
            output.WriteLine(sb.ToString());
        }

        if (!options.Quiet)
        {
            output.WriteLine(TextReporter.Summary(run, options.Language));
        }

        if (new[] { Severity.Error, Severity.Warning, Severity.Info }.Any(s => run.Count(s) > AnnotationsShownPerSeverity))
        {
            output.WriteLine(CoreMessages.GitHubAnnotationLimit.Format(options.Language, AnnotationsShownPerSeverity));
        }
    }

    /// <summary>The workflow command of a severity: <c>error</c>, <c>warning</c> or <c>notice</c>.</summary>
    public static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF (as the Actions toolkit does).</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command's property value: as <see cref="EscapeData"/>, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>
    /// The Markdown job summary: the counts, a table of counts per rule, and a table of every finding with its
    /// <c>path:line</c> linked to the file at the run's commit when <see cref="ReportOptions.GitHub"/> is known.
    /// </summary>
    public static void WriteSummary(LintRun run, TextWriter output, ReportOptions options)
    {
        var sb = new StringBuilder();
        sb.Append("## PostLint\n\n");
        sb.Append(TextReporter.Summary(run, options.Language)).Append("\n\n");
        var all = run.All.ToArray();
        if (all.Length > 0)
        {
            sb.Append(CoreMessages.GitHubRuleTableHeader.Format(options.Language)).Append("\n| --- | ---: | ---: | ---: |\n");
            foreach (var group in all.GroupBy(x => x.Diagnostic.Rule.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var rule = group.First().Diagnostic.Rule;
                sb.Append("| ").Append(RuleCell(rule));
                foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
                {
                    sb.Append(" | ").Append(group.Count(x => x.Diagnostic.Severity == severity).ToString(CultureInfo.InvariantCulture));
                }

                sb.Append(" |\n");
            }

            sb.Append('\n').Append(CoreMessages.GitHubFindingTableHeader.Format(options.Language)).Append("\n| --- | --- | --- | --- |\n");
            foreach (var (file, d) in all)
            {
                var path = ReportPaths.Relative(file, options.RepositoryRoot);
                var label = EscapeCell(path + ":" + d.Start.Line.ToString(CultureInfo.InvariantCulture));
                sb.Append("| ");
                if (options.GitHub is { } gh && !path.StartsWith("../", StringComparison.Ordinal))
                {
                    var anchor = "#L" + d.Start.Line.ToString(CultureInfo.InvariantCulture);
                    if (d.End.Line > d.Start.Line)
                    {
                        anchor += "-L" + d.End.Line.ToString(CultureInfo.InvariantCulture);
                    }

                    sb.Append('[').Append(label).Append("](").Append(gh.RepositoryUrl).Append("/blob/").Append(Uri.EscapeDataString(gh.Sha))
                      .Append('/').Append(ReportPaths.ToUriReference(path)).Append(anchor).Append(')');
                }
                else
                {
                    sb.Append(label);
                }

                sb.Append(" | ").Append(d.Severity.ToName());
                sb.Append(" | ").Append(RuleCell(d.Rule));
                sb.Append(" | ").Append(EscapeCell(ReportPaths.Scrub(d.MessageIn(options.Language), file, options.RepositoryRoot))).Append(" |\n");
            }

            sb.Append('\n');
        }

        output.Write(sb.ToString());
    }

    /// <summary>
    /// Text made safe for a Markdown table cell: ASCII punctuation that Markdown or HTML would interpret (the pipe
    /// above all) is backslash-escaped and line breaks become <c>&lt;br&gt;</c>.
    /// </summary>
    public static string EscapeCell(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append("<br>");
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                case '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '&' or '!':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string RuleCell(Rules.RuleDescriptor rule) => $"[{rule.Id}]({rule.HelpUri}) {EscapeCell(rule.Name)}";
}
