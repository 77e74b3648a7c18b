using PostLint.Diagnostics;
using PostLint.Rules;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: the catalog as a table.</summary>
public static class RulesCommand
{
    /// <summary>Prints the catalog.</summary>
    public static int Run(string format, CliEnvironment env)
    {
        var catalog = BuiltInRules.CreateCatalog();
        env.Out.Write(format == "markdown" ? Markdown(catalog) : Text(catalog));
        return ExitCodes.Success;
    }

    /// <summary>The catalog as a Markdown table (for the README).</summary>
    public static string Markdown(RuleCatalog catalog)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| id | name | category | default severity | fixable | description |");
        sb.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var d in catalog.Descriptors)
        {
            sb.AppendLine($"| {d.Id} | `{d.Name}` | {d.CategoryName} | {Default(d)} | {Fixable(d)} | {d.Title} |");
        }

        return sb.ToString();
    }

    private static string Text(RuleCatalog catalog)
    {
        string[] header = ["ID", "NAME", "CATEGORY", "SEVERITY", "FIX", "TITLE"];
        var rows = catalog.Descriptors.Select(d => new[] { d.Id, d.Name, d.CategoryName, Default(d), Fixable(d), d.Title }).ToArray();

        // Every column but the last is as wide as its widest cell, plus two spaces.
        var widths = Enumerable.Range(0, header.Length - 1).Select(c => rows.Append(header).Max(r => r[c].Length) + 2).ToArray();
        var sb = new System.Text.StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            for (var c = 0; c < widths.Length; c++)
            {
                sb.Append(row[c].PadRight(widths[c]));
            }

            sb.Append(row[^1]).Append('\n');
        }

        return sb.ToString();
    }

    private static string Default(RuleDescriptor d) => d.EnabledByDefault ? d.DefaultSeverity.ToName() : "off";

    private static string Fixable(RuleDescriptor d) => d.Fix switch
    {
        FixAvailability.Always => "yes",
        FixAvailability.Sometimes => "sometimes",
        _ => "no",
    };
}
