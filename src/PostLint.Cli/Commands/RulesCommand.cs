using System.Text;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Rules;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: the catalog as a table.</summary>
public static class RulesCommand
{
    /// <summary>Prints the catalog.</summary>
    public static int Run(string format, CliEnvironment env)
    {
        var catalog = BuiltInRules.CreateCatalog();
        env.Out.Write(format == "markdown" ? Markdown(catalog, env.Language) : Text(catalog, env.Language));
        return ExitCodes.Success;
    }

    /// <summary>The catalog as a Markdown table (for the README).</summary>
    public static string Markdown(RuleCatalog catalog) => Markdown(catalog, Language.English);

    /// <summary>The catalog as a Markdown table in <paramref name="language"/> (ids, names, categories and severities stay as written in config).</summary>
    public static string Markdown(RuleCatalog catalog, Language language)
    {
        var sb = new StringBuilder();
        sb.AppendLine(MarkdownHeader.Format(language));
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var d in catalog.Descriptors)
        {
            sb.AppendLine($"| {d.Id} | `{d.Name}` | {d.CategoryName} | {Default(d)} | {Fixable(d, language)} | {d.TitleIn(language)} |");
        }

        return sb.ToString();
    }

    /// <summary>The Markdown table's header row.</summary>
    public static readonly Message MarkdownHeader = new(
        "| id | name | category | default severity | fixable | description |",
        "| ID | 이름 | 범주 | 기본 심각도 | 수정 | 설명 |");

    private static string Text(RuleCatalog catalog, Language language)
    {
        var header = CliMessages.RulesHeader.Format(language).Split(' ');
        var rows = catalog.Descriptors.Select(d => new[] { d.Id, d.Name, d.CategoryName, Default(d), Fixable(d, language), d.TitleIn(language) }).ToArray();

        // Every column but the last is as wide as its widest cell in terminal columns; Row adds the gap.
        var widths = Enumerable.Range(0, header.Length - 1).Select(c => rows.Append(header).Max(r => SourceSnippet.DisplayWidth(r[c])) + 1).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            Row(sb, row, widths);
        }

        return sb.ToString();
    }

    /// <summary>One line of the text table: each column but the last padded to its width in terminal columns.</summary>
    private static void Row(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            sb.Append(cells[i]).Append(' ', Math.Max(0, widths[i] - SourceSnippet.DisplayWidth(cells[i]))).Append(' ');
        }

        sb.AppendLine(cells[^1]);
    }

    private static string Default(RuleDescriptor d) => d.EnabledByDefault ? d.DefaultSeverity.ToName() : "off";

    private static string Fixable(RuleDescriptor d, Language language) => (d.Fix switch
    {
        FixAvailability.Always => CliMessages.FixAlways,
        FixAvailability.Sometimes => CliMessages.FixSometimes,
        _ => CliMessages.FixNever,
    }).Format(language);
}
