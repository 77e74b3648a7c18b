namespace PostLint.Cli;

/// <summary>The process's streams and surroundings, passed in so commands run the same in tests.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="CurrentDirectory">The working folder.</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal.</param>
/// <param name="Environment">Reads an environment variable.</param>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    string CurrentDirectory,
    bool OutputIsTerminal,
    bool ErrorIsTerminal,
    Func<string, string?> Environment)
{
    /// <summary>Opens standard input (<c>postlint -</c>).</summary>
    public Func<Stream> OpenInput { get; init; } = System.Console.OpenStandardInput;

    /// <summary>The language of messages, help and docs, chosen once per run (see <see cref="CliLanguage.Resolve"/>).</summary>
    public PostLint.Localization.Language Language { get; init; }

    /// <summary>The real process environment.</summary>
    public static CliEnvironment FromProcess(TextWriter output) => new(
        output,
        System.Console.Error,
        Directory.GetCurrentDirectory(),
        !System.Console.IsOutputRedirected,
        !System.Console.IsErrorRedirected,
        System.Environment.GetEnvironmentVariable);
}
