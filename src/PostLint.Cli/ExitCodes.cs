using PostLint.Diagnostics;
using PostLint.Engine;

namespace PostLint.Cli;

/// <summary>The process exit codes, and the one function that maps a run to its code.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>Usage or configuration error, a file that could not be read, or an internal error.</summary>
    public const int Error = 2;

    /// <summary>The exit code of a finished run; <paramref name="failLevel"/> null means never fail on findings.</summary>
    public static int For(LintRun run, Severity? failLevel)
    {
        var counts = run.Counts;
        if (counts.ExecutionErrors > 0)
        {
            return Error;
        }

        var atOrAbove = failLevel switch
        {
            null => 0,
            Severity.Error => counts.Errors,
            Severity.Warning => counts.Errors + counts.Warnings,
            _ => counts.Total,
        };
        return atOrAbove > 0 ? Findings : Success;
    }
}
