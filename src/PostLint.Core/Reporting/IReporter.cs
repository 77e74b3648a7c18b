using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>How a report is rendered.</summary>
public sealed record ReportOptions
{
    /// <summary>Use ANSI colours.</summary>
    public bool Color { get; init; }

    /// <summary>Omit the summary line.</summary>
    public bool Quiet { get; init; }

    /// <summary>Show the source line and a caret under each finding.</summary>
    public bool ShowSource { get; init; }

    /// <summary>The tool's version, for formats that record it.</summary>
    public string Version { get; init; } = "0.0.0";
}

/// <summary>Renders a run. Reporters are pure: same run, same output.</summary>
public interface IReporter
{
    /// <summary>Writes the report of <paramref name="run"/>.</summary>
    void Write(LintRun run, TextWriter output, ReportOptions options);
}
