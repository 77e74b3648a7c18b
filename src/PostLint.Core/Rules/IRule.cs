using PostLint.Documents;

namespace PostLint.Rules;

/// <summary>
/// A rule checks one post and reports. It never reads other rules' configuration, suppressions or output settings,
/// and never applies its own fixes: the engine does. Rules are stateless and run on many posts in parallel.
/// </summary>
public interface IRule
{
    /// <summary>The rule's identity and metadata.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Called once per run, before any file is linted, with the rule's validated options. Returns per-run state
    /// (compiled patterns, word lists) that <see cref="RuleContext.State{T}"/> hands back on every check.
    /// Problems with options are reported through <see cref="RuleSetup.Error"/>.
    /// </summary>
    object? Prepare(RuleSetup setup) => null;

    /// <summary>Checks one post, reporting through <paramref name="context"/>.</summary>
    void Check(Post post, RuleContext context);
}
