using PostLint.Documents;
using PostLint.Localization;
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
    /// <summary>
    /// The message in every language, when it comes from the message catalog; <see cref="Message"/> is its English
    /// text. Null for a message that exists in English only.
    /// </summary>
    public Localized? Text { get; init; }

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string MessageIn(Language language) => language == Language.English || Text is null ? Message : Text.In(language);

    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(Severity severity) => severity == Severity ? this : this with { Severity = severity };
}
