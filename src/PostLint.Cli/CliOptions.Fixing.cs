using System.CommandLine;

namespace PostLint.Cli;

/// <summary>The options of fixing and of the baseline (kept apart from the report options).</summary>
public static partial class CliOptions
{
    /// <summary><c>--fix</c>.</summary>
    public static readonly Option<bool> Fix = new("--fix") { Description = "Apply safe fixes to the files, then report what remains" };

    /// <summary><c>--unsafe-fixes</c>.</summary>
    public static readonly Option<bool> UnsafeFixes = new("--unsafe-fixes") { Description = "With --fix or --diff, also apply fixes that may change meaning" };

    /// <summary><c>--diff</c>.</summary>
    public static readonly Option<bool> Diff = new("--diff") { Description = "Print a unified diff of what --fix would change and write nothing (exit 1 when there is a diff)" };

    /// <summary><c>--baseline FILE</c>.</summary>
    public static readonly Option<string?> Baseline = new("--baseline") { Description = "Hide the findings recorded in this baseline file (see 'postlint baseline')", HelpName = "FILE" };

    /// <summary><c>baseline --baseline FILE</c>: where <c>postlint baseline</c> writes.</summary>
    public static readonly Option<string?> BaselineOutput = new("--baseline") { Description = "The baseline file to write (default: the config's 'baseline:', else .postlint-baseline.json beside the config file)", HelpName = "FILE" };

    /// <summary><c>baseline --prune</c>.</summary>
    public static readonly Option<bool> Prune = new("--prune") { Description = "Only drop entries that no longer occur; add no new ones" };

    /// <summary>Adds the fixing and baseline options to the lint command, with their checks.</summary>
    public static void AddFixing(Command command)
    {
        command.Options.Add(Fix);
        command.Options.Add(UnsafeFixes);
        command.Options.Add(Diff);
        command.Options.Add(Baseline);
        command.Validators.Add(result =>
        {
            if (result.GetValue(UnsafeFixes) && !result.GetValue(Fix) && !result.GetValue(Diff))
            {
                result.AddError(CliMessages.UnsafeFixesAlone.English);
            }

            // --diff prints a patch and writes nothing: an option that writes or reports would be silently ignored.
            if (result.GetValue(Diff))
            {
                if (result.GetValue(Fix))
                {
                    result.AddError(CliMessages.DiffWithFix.English);
                }

                if (result.GetResult(Format) is { Implicit: false } && result.GetValue(Format) != "text")
                {
                    result.AddError(CliMessages.DiffWithFormat.Format(Localization.Language.English, result.GetValue(Format)));
                }

                if (result.GetValue(SarifFile) is not null)
                {
                    result.AddError(CliMessages.DiffWithSarif.English);
                }
            }
        });
    }
}
