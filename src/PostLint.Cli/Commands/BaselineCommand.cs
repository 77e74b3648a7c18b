using System.CommandLine;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint baseline [PATHS] [--prune]</c>: lints like <c>postlint</c>, then records the findings instead of reporting them.</summary>
public static class BaselineCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var paths = CliOptions.Paths();
        var command = new Command("baseline", "Record the current findings in .postlint-baseline.json, so later runs with --baseline report only new ones")
        {
            paths,
            CliOptions.Prune,
            CliOptions.BaselineOutput,
            CliOptions.Config,
            CliOptions.Select,
            CliOptions.Ignore,
            CliOptions.SiteRoot,
        };
        command.SetAction(parse =>
        {
            var request = new LintRequest
            {
                Paths = parse.GetValue(paths) ?? [],
                Config = parse.GetValue(CliOptions.Config),
                Select = parse.GetResult(CliOptions.Select) is null ? null : parse.GetValue(CliOptions.Select),
                Ignore = parse.GetValue(CliOptions.Ignore) ?? [],
                SiteRoot = parse.GetValue(CliOptions.SiteRoot),
                Quiet = true,
                Fixing = new FixRequest
                {
                    Baseline = parse.GetValue(CliOptions.BaselineOutput),
                    Write = parse.GetValue(CliOptions.Prune) ? BaselineWrite.Prune : BaselineWrite.Write,
                },
            };
            return LintCommand.Run(request, env);
        });
        return command;
    }
}
