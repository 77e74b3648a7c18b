using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;

namespace PostLint.Rules;

/// <summary>What a rule sees while it checks one post: its per-run state, the clock, and a way to report.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _sink;
    private readonly object? _state;

    internal RuleContext(RuleDescriptor rule, Severity severity, object? state, Post post, DateTimeOffset now, List<Diagnostic> sink, RunPages? pages = null, bool drafts = false)
    {
        Drafts = drafts;
        Pages = pages;
        Rule = rule;
        Severity = severity;
        _state = state;
        Post = post;
        Now = now;
        _sink = sink;
    }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The effective severity (rules may lower or raise it per finding with <see cref="Report(TextRange, string, Fix?, Severity?)"/>).</summary>
    public Severity Severity { get; }

    /// <summary>The post being checked.</summary>
    public Post Post { get; }

    /// <summary>
    /// The pages of the run, for a rule that reads another page of the site (<see cref="RunPages.View{T}"/>); null when the
    /// post is linted on its own (one text, the editor, a fix).
    /// </summary>
    public RunPages? Pages { get; }

    /// <summary>Whether drafts are linted as the site builds them with drafts (<see cref="Configuration.LintSettings.Drafts"/>): they are then published pages.</summary>
    public bool Drafts { get; }

    /// <summary>The run's clock (fixed per run, so output is deterministic).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The state <see cref="IRule.Prepare"/> returned, cast to its type.</summary>
    public T State<T>()
        where T : class => (T)_state!;

    /// <summary>
    /// Reports a finding over <paramref name="range"/> (file offsets). A rule that grades its findings (an empty date
    /// is a warning, a placeholder date an error) passes <paramref name="severity"/>; it applies while the user has not
    /// configured a severity for the rule, and a configured severity applies to every finding.
    /// </summary>
    public void Report(TextRange range, string message, Fix? fix = null, Severity? severity = null) => Add(range, message, null, fix, severity);

    /// <summary>Reports a finding whose message comes from the message catalog, rendered in the report's language.</summary>
    public void Report(TextRange range, Localized message, Fix? fix = null, Severity? severity = null) => Add(range, message.ToString(), message, fix, severity);

    private void Add(TextRange range, string message, Localized? text, Fix? fix, Severity? severity)
    {
        var source = Post.Source;
        var start = Math.Clamp(range.Start, 0, source.Length);
        var end = Math.Clamp(range.End, start, source.Length);
        var effective = severity ?? Severity;
        _sink.Add(new Diagnostic(Rule, effective, message, new TextRange(start, end), source.GetPosition(start), source.GetPosition(end), fix) { Text = text });
    }
}
