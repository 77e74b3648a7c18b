using PostLint.Diagnostics;
using PostLint.Rules;

namespace PostLint.Configuration;

/// <summary>A rule that will run, with its effective severity and prepared state.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Severity">Effective severity.</param>
/// <param name="IsSeverityConfigured">Whether the user set the severity (it then applies to every finding).</param>
/// <param name="State">What <see cref="IRule.Prepare"/> returned.</param>
public sealed record ActiveRule(IRule Rule, Severity Severity, bool IsSeverityConfigured, object? State);

/// <summary>The resolved, immutable settings of one run: defaults, then the config file, then the command line.</summary>
public sealed record LintSettings
{
    /// <summary>The catalog the settings were resolved against.</summary>
    public required RuleCatalog Catalog { get; init; }

    /// <summary>The rules that run, in catalog order.</summary>
    public required IReadOnlyList<ActiveRule> ActiveRules { get; init; }

    /// <summary>Severity of each enabled descriptor, engine findings included, by id.</summary>
    public required IReadOnlyDictionary<string, Severity> Enabled { get; init; }

    /// <summary>The config file used, or null.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Globs (relative to the config folder) that limit which files are linted; empty means all.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs (relative to the config folder) of files never linted.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The baseline file named by the config's <c>baseline:</c> key (absolute), or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>The language the config's <c>lang:</c> asks for, or null when it does not say.</summary>
    public Localization.Language? Language { get; init; }

    /// <summary>The run's clock, fixed so output is deterministic (the CLI reads <c>POSTLINT_NOW</c> to set it).</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>Files larger than this many bytes are reported and skipped (config <c>max-file-size</c>).</summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The default size limit: 10 MB.</summary>
    public const long DefaultMaxFileSize = 10L * 1024 * 1024;

    /// <summary>
    /// Whether drafts are linted as the site builds them with drafts (<c>jekyll serve --drafts</c>, <c>hugo -D</c>):
    /// the rules that leave drafts alone (<see cref="RuleDescriptor.SkipsDrafts"/>) run on them too. The config's
    /// <c>drafts: true</c> or <c>--drafts</c>. A page the site never renders stays left alone.
    /// </summary>
    public bool Drafts { get; init; }

    /// <summary>How many files are linted at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether the descriptor is enabled.</summary>
    public bool IsEnabled(RuleDescriptor rule) => rule.IsAlwaysReported || Enabled.ContainsKey(rule.Id);
}
