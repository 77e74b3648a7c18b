using System.CommandLine;

namespace PostLint.Cli.Commands;

/// <summary>The parsed options of a lint run (immutable; the command line is read once).</summary>
public sealed record LintRequest
{
    /// <summary>Files, folders or globs.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary><c>--config</c>.</summary>
    public string? Config { get; init; }

    /// <summary><c>--format</c>.</summary>
    public string Format { get; init; } = "text";

    /// <summary><c>--output</c>.</summary>
    public string? Output { get; init; }

    /// <summary><c>--sarif-file</c>.</summary>
    public string? SarifFile { get; init; }

    /// <summary><c>--sarif-category</c>.</summary>
    public string SarifCategory { get; init; } = "postlint";

    /// <summary><c>--fail-level</c>.</summary>
    public string FailLevel { get; init; } = "error";

    /// <summary><c>--select</c> (null when not given).</summary>
    public IReadOnlyList<string>? Select { get; init; }

    /// <summary><c>--ignore</c>.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary><c>--site-root</c>.</summary>
    public string? SiteRoot { get; init; }

    /// <summary><c>--stdin-filename</c>.</summary>
    public string? StdinFilename { get; init; }

    /// <summary><c>--drafts</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary><c>--color</c>.</summary>
    public string Color { get; init; } = "auto";

    /// <summary><c>--quiet</c>.</summary>
    public bool Quiet { get; init; }

    /// <summary><c>--show-source</c>.</summary>
    public bool ShowSource { get; init; }

    /// <summary><c>--fix</c>, <c>--unsafe-fixes</c>, <c>--diff</c>, <c>--baseline</c> (see FixRunner.cs).</summary>
    public FixRequest Fixing { get; init; } = new();
    /// <summary><c>--staged</c>.</summary>
    public bool Staged { get; init; }

    /// <summary><c>--force-exclude</c>.</summary>
    public bool ForceExclude { get; init; }

    /// <summary>Reads the request from a parse result.</summary>
    public static LintRequest From(ParseResult parse, Argument<string[]> paths) => new()
    {
        Paths = parse.GetValue(paths) ?? [],
        Config = parse.GetValue(CliOptions.Config),
        Format = parse.GetValue(CliOptions.Format) ?? "text",
        Output = parse.GetValue(CliOptions.Output),
        SarifFile = parse.GetValue(CliOptions.SarifFile),
        SarifCategory = parse.GetValue(CliOptions.SarifCategory) ?? "postlint",
        FailLevel = parse.GetValue(CliOptions.FailLevel) ?? "error",
        Select = parse.GetResult(CliOptions.Select) is null ? null : parse.GetValue(CliOptions.Select),
        Ignore = parse.GetValue(CliOptions.Ignore) ?? [],
        SiteRoot = parse.GetValue(CliOptions.SiteRoot),
        StdinFilename = parse.GetValue(CliOptions.StdinFilename),
        Drafts = parse.GetValue(CliOptions.Drafts),
        Color = parse.GetValue(CliOptions.Color) ?? "auto",
        Quiet = parse.GetValue(CliOptions.Quiet),
        ShowSource = parse.GetValue(CliOptions.ShowSource),
        Fixing = FixRequest.From(parse),
        Staged = parse.GetValue(CliOptions.Staged),
        ForceExclude = parse.GetValue(CliOptions.ForceExclude),
    };
}
