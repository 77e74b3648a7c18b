using System.CommandLine;
using PostLint.Lsp;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint lsp</c>: the language server, on standard input and output.</summary>
public static class LspCommand
{
    /// <summary>Accepted and ignored: standard input and output are the only transport, and some clients pass it.</summary>
    private static readonly Option<bool> Stdio = new("--stdio") { Description = "Talk over standard input and output (the default and only transport)" };

    /// <summary>The <c>lsp</c> command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("lsp", "Run the language server for editors (LSP over standard input and output)") { Stdio };
        command.SetAction(_ => Run(env));
        return command;
    }

    private static int Run(CliEnvironment env)
    {
        Func<DateTimeOffset>? now = null;
        if (env.Environment(LintCommand.NowVariable) is { Length: > 0 } nowText)
        {
            if (!LintCommand.TryParseNow(nowText, out var fixedNow))
            {
                env.Error.WriteLine(CliMessages.BadNow.Format(env.Language, LintCommand.NowVariable, nowText));
                return ExitCodes.Error;
            }

            now = () => fixedNow;
        }

        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return new LspServer(input, output, env.Error, now).Run();
    }
}
