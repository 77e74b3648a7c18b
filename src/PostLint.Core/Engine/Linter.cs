using System.Diagnostics;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules;
using PostLint.Sites;
using PostLint.Suppressions;
using Diagnostic = PostLint.Diagnostics.Diagnostic;

namespace PostLint.Engine;

/// <summary>
/// Runs the active rules over files in parallel, applies suppressions and severities, and returns results in a
/// deterministic order. A file that cannot be read gets a diagnostic; the run goes on with the others.
/// </summary>
public sealed class Linter
{
    private readonly LintSettings _settings;
    private readonly SiteLocator _sites;

    /// <summary>Creates a linter for one run.</summary>
    public Linter(LintSettings settings, SiteLocator sites)
    {
        _settings = settings;
        _sites = sites;
    }

    /// <summary>Raised after each file with the number of files done so far (for progress display).</summary>
    public event Action<int>? FileDone;

    /// <summary>Lints every target; results are sorted by path.</summary>
    public LintRun Run(IReadOnlyList<LintTarget> targets, CancellationToken cancellationToken = default) =>
        Run(targets.Count, i => LintFile(targets[i]), cancellationToken);

    /// <summary>Lints texts already in memory (staged content), each as its target; results are sorted by path.</summary>
    public LintRun Run(IReadOnlyList<(LintTarget Target, SourceText Text)> texts, CancellationToken cancellationToken = default) =>
        Run(texts.Count, i => LintText(texts[i].Target, texts[i].Text), cancellationToken);

    private LintRun Run(int count, Func<int, FileResult> lint, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var results = new FileResult[count];
        var done = 0;
        Parallel.For(
            0,
            count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _settings.MaxParallelism), CancellationToken = cancellationToken },
            i =>
            {
                results[i] = lint(i);
                var n = Interlocked.Increment(ref done);
                FileDone?.Invoke(n);
            });
        Array.Sort(results, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new LintRun(results, watch.Elapsed);
    }

    /// <summary>Reads and lints one file.</summary>
    public FileResult LintFile(LintTarget target)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(target.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(target, ex is UnauthorizedAccessException ? "permission denied" : ex is FileNotFoundException or DirectoryNotFoundException ? "the file no longer exists" : ex.Message);
        }

        return LintText(target, SourceText.FromBytes(bytes));
    }

    /// <summary>Lints text that is already in memory (staged content, tests).</summary>
    public FileResult LintText(LintTarget target, SourceText source)
    {
        var post = new Post(target.DisplayPath, target.FullPath, source, _sites.Locate(target.FullPath));
        var raw = new List<Diagnostic>();
        var diagnostics = new List<Diagnostic>();
        foreach (var active in _settings.ActiveRules)
        {
            raw.Clear();
            var rule = active.Rule;
            var severity = active.Severity;
            var context = new RuleContext(rule.Descriptor, active.IsSeverityConfigured ? severity : rule.Descriptor.DefaultSeverity, active.State, post, _settings.Now, raw);
            try
            {
                rule.Check(post, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                raw.Clear();
                raw.Add(Make(source, EngineRules.InternalError, Severity.Error, $"rule {rule.Descriptor.Id} {rule.Descriptor.Name} failed: {ex.GetType().Name}: {ex.Message}", default));
            }

            foreach (var d in raw)
            {
                // A configured severity applies to every finding; otherwise the rule's own grading stands.
                diagnostics.Add(active.IsSeverityConfigured && !d.Rule.IsAlwaysReported ? d.WithSeverity(severity) : d);
            }
        }

        var suppressions = SuppressionMap.Build(post, _settings.Catalog);
        if (_settings.IsEnabled(EngineRules.UnknownSuppressionRule))
        {
            foreach (var unknown in suppressions.UnknownRules)
            {
                diagnostics.Add(Make(source, EngineRules.UnknownSuppressionRule, _settings.Enabled[EngineRules.UnknownSuppressionRule.Id], $"unknown rule '{unknown.Name}' in suppression comment", unknown.Range));
            }
        }

        if (!suppressions.IsEmpty)
        {
            diagnostics.RemoveAll(d => !d.Rule.IsAlwaysReported && suppressions.IsSuppressed(d.Rule.Id, d.Start.Line));
        }

        diagnostics.Sort(Compare);
        return new FileResult(target.DisplayPath, target.FullPath, source, diagnostics);
    }

    /// <summary>The result for a file that could not be read.</summary>
    public static FileResult Unreadable(LintTarget target, string reason)
    {
        var d = new Diagnostic(EngineRules.FileUnreadable, Severity.Error, $"cannot read the file: {reason}", default, new LinePosition(1, 1), new LinePosition(1, 1));
        return new FileResult(target.DisplayPath, target.FullPath, null, [d]);
    }

    /// <summary>Builds a diagnostic with positions computed by <paramref name="source"/>.</summary>
    public static Diagnostic Make(SourceText source, RuleDescriptor rule, Severity severity, string message, TextRange range, Fix? fix = null) =>
        new(rule, severity, message, range, source.GetPosition(range.Start), source.GetPosition(range.End), fix);

    /// <summary>Report order within a file: line, column, rule id, end, message.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = a.Start.Line.CompareTo(b.Start.Line);
        if (c == 0) c = a.Start.Column.CompareTo(b.Start.Column);
        if (c == 0) c = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        if (c == 0) c = a.Range.End.CompareTo(b.Range.End);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }
}
