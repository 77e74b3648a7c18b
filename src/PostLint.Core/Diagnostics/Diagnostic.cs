using PostLint.Documents;
using PostLint.Rules;

namespace PostLint.Diagnostics;

/// <summary>
/// A finding: which rule, how severe, where (file offsets plus the 1-based positions computed from them by
/// <see cref="SourceText"/>), what is wrong, and an optional fix.
/// </summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    TextRange Range,
    LinePosition Start,
    LinePosition End,
    Fix? Fix = null)
{
    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(Severity severity) => severity == Severity ? this : this with { Severity = severity };
}
