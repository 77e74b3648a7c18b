namespace PostLint.Diagnostics;

/// <summary>How serious a finding is, lowest first.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a run unless <c>--fail-level info</c>.</summary>
    Info = 0,

    /// <summary>Probably wrong.</summary>
    Warning = 1,

    /// <summary>Wrong: will embarrass the author once published.</summary>
    Error = 2,
}

/// <summary>Parsing and printing severities as they appear in config, CLI and reports.</summary>
public static class SeverityNames
{
    /// <summary>The lower-case name (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Parses a lower-case severity name.</summary>
    public static bool TryParse(string text, out Severity severity)
    {
        switch (text)
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "info":
                severity = Severity.Info;
                return true;
            default:
                severity = default;
                return false;
        }
    }
}
