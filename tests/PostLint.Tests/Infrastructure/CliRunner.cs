using PostLint.Cli;

namespace PostLint.Tests.Infrastructure;

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Report lines without the summary line.</summary>
    public IReadOnlyList<string> Findings => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+ errors?, \d+ warnings?, \d+ infos? in \d+ files? \(\d+ checked") && !l.EndsWith("초)", StringComparison.Ordinal)).ToArray();
}

/// <summary>Runs the CLI in-process with captured streams and a given working folder.</summary>
public static class CliRunner
{
    public static CliResult Run(string cwd, params string[] args) => Run(cwd, new Dictionary<string, string>(), false, args);

    /// <summary>Runs with environment variables and, when <paramref name="terminal"/>, standard output taken for a terminal.</summary>
    public static CliResult Run(string cwd, IReadOnlyDictionary<string, string> environment, bool terminal, params string[] args) =>
        RunWithInput(cwd, environment, terminal, [], args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static CliResult RunWithInput(string cwd, byte[] input, params string[] args) =>
        RunWithInput(cwd, new Dictionary<string, string>(), false, input, args);

    private static CliResult RunWithInput(string cwd, IReadOnlyDictionary<string, string> environment, bool terminal, byte[] input, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment(output, error, cwd, terminal, false, name => environment.GetValueOrDefault(name))
        {
            OpenInput = () => new MemoryStream(input, writable: false),
        };
        var code = App.Run(args, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
