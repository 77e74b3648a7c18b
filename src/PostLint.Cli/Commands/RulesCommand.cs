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
        var sb = new System.Text.StringBuilder();
        var nameWidth = catalog.Descriptors.Max(d => d.Name.Length);
        sb.AppendLine($"{"ID",-6} {"NAME".PadRight(nameWidth)} {"CATEGORY",-12} {"SEVERITY",-9} {"FIX",-9} TITLE");
        foreach (var d in catalog.Descriptors)
        {
            sb.AppendLine($"{d.Id,-6} {d.Name.PadRight(nameWidth)} {d.CategoryName,-12} {Default(d),-9} {Fixable(d),-9} {d.Title}");
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
