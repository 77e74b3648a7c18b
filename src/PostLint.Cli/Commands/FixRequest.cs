using System.CommandLine;

namespace PostLint.Cli.Commands;

/// <summary>What <c>postlint baseline</c> does with the baseline file.</summary>
public enum BaselineWrite
{
    /// <summary>Not the baseline command: lint (and use a baseline if one is named).</summary>
    None,

    /// <summary>Record every current finding.</summary>
    Write,

    /// <summary>Drop entries that no longer occur.</summary>
    Prune,
}

/// <summary>The fixing and baseline part of a lint request: <c>--fix</c>, <c>--unsafe-fixes</c>, <c>--diff</c>, <c>--baseline</c>.</summary>
public sealed record FixRequest
{
    /// <summary><c>--fix</c>.</summary>
    public bool Fix { get; init; }

    /// <summary><c>--unsafe-fixes</c>.</summary>
    public bool UnsafeFixes { get; init; }

    /// <summary><c>--diff</c>.</summary>
    public bool Diff { get; init; }

    /// <summary><c>--baseline FILE</c> as given (relative to the current folder), or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>Set by <c>postlint baseline</c>.</summary>
    public BaselineWrite Write { get; init; }

    /// <summary>Reads the options from a parse result of the lint command.</summary>
    public static FixRequest From(ParseResult parse) => new()
    {
        Fix = parse.GetValue(CliOptions.Fix),
        UnsafeFixes = parse.GetValue(CliOptions.UnsafeFixes),
        Diff = parse.GetValue(CliOptions.Diff),
        Baseline = parse.GetValue(CliOptions.Baseline),
    };
}
