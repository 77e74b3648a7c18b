using System.Diagnostics;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
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
    private readonly Func<string, LintSettings>? _settingsFor;

    /// <summary>Creates a linter for one run.</summary>
    /// <param name="settings">The settings of every file (and the run's parallelism).</param>
    /// <param name="sites">Finds each file's site.</param>
    /// <param name="settingsFor">When given, a file's own settings by its absolute path (its nearest config).</param>
    public Linter(LintSettings settings, SiteLocator sites, Func<string, LintSettings>? settingsFor = null)
    {
        _settings = settings;
        _sites = sites;
        _settingsFor = settingsFor;
    }

    private LintSettings SettingsFor(LintTarget target) => _settingsFor?.Invoke(target.FullPath) ?? _settings;

    /// <summary>Raised after each file with the number of files done so far (for progress display).</summary>
    public event Action<int>? FileDone;

    /// <summary>The stack each lint worker gets: deep nesting in a hostile post must not overflow it.</summary>
    public const int WorkerStackSize = 256 * 1024 * 1024;

    /// <summary>
    /// Lints every target on <see cref="LintSettings.MaxParallelism"/> worker threads with large stacks (a .NET
    /// process cannot catch a stack overflow, so recursion over a deeply nested post needs room); results are sorted
    /// by path.
    /// </summary>
    public LintRun Run(IReadOnlyList<LintTarget> targets, CancellationToken cancellationToken = default) =>
        Run(targets, null, cancellationToken);

    /// <summary>
    /// Lints every target as <see cref="Run(IReadOnlyList{LintTarget}, CancellationToken)"/> does. When
    /// <paramref name="report"/> is given, it gets each file's result in path order as soon as that file and every
    /// file before it are done, one call at a time, and the run keeps only what <see cref="FileResult.Released"/>
    /// keeps: a run's memory and the collector's work then no longer grow with its findings.
    /// </summary>
    public LintRun Run(IReadOnlyList<LintTarget> targets, Action<FileResult>? report, CancellationToken cancellationToken = default)
    {
        var configs = SiteConfigs(targets);
        var ordered = InPathOrder([.. targets, .. configs.Keys], t => t.DisplayPath);
        var pages = new RunPages(targets, _sites, t => SettingsFor(t).MaxFileSize);
        return Run(ordered.Length, i => configs.TryGetValue(ordered[i], out var site) ? LintConfig(ordered[i], site) : LintFile(ordered[i], pages), report, cancellationToken);
    }

    /// <summary>
    /// The generator configs of the targets' sites that PostLint could not read in full, each once, as a target named
    /// the way the targets are (relative to the same folder).
    /// </summary>
    private Dictionary<LintTarget, Site> SiteConfigs(IReadOnlyList<LintTarget> targets)
    {
        var configs = new Dictionary<LintTarget, Site>();
        if (!_settings.IsEnabled(EngineRules.SiteConfigUnreadable))
        {
            return configs;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var site = _sites.Locate(target.FullPath);
            var config = site.ConfigPath;
            if (site.ConfigProblems.Count == 0 || config is null || !seen.Add(config) || targets.Any(t => t.FullPath == config))
            {
                continue;
            }

            // A file's path has a folder part (null only for a root): "" when the display path is a bare name.
            var displayDir = Path.GetDirectoryName(target.DisplayPath.Replace('/', Path.DirectorySeparatorChar))!;
            var relative = Path.GetRelativePath(Path.GetDirectoryName(target.FullPath)!, config);
            configs[new LintTarget(NormalizeDisplay(Path.Combine(displayDir, relative)), config)] = site;
        }

        return configs;
    }

    /// <summary>A display path with <c>.</c> and <c>name/..</c> segments removed and <c>/</c> separators.</summary>
    private static string NormalizeDisplay(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The result for a generator config: what of it could not be read, each where it is.</summary>
    private FileResult LintConfig(LintTarget target, Site site)
    {
        SourceText source;
        try
        {
            source = SourceText.FromBytes(File.ReadAllBytes(target.FullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            source = new SourceText("");
        }

        var severity = _settings.Enabled[EngineRules.SiteConfigUnreadable.Id];
        var diagnostics = site.ConfigProblems
            .Select(p => Make(source, EngineRules.SiteConfigUnreadable, severity, p.Message, new TextRange(Math.Min(p.Range.Start, source.Length), Math.Min(p.Range.End, source.Length))) with { Text = p.Text })
            .ToList();
        diagnostics.Sort(Compare);
        return new FileResult(target.DisplayPath, target.FullPath, Retain(source, diagnostics), diagnostics);
    }

    /// <summary>Lints texts already in memory (staged content), each as its target; results are sorted by path.</summary>
    public LintRun Run(IReadOnlyList<(LintTarget Target, SourceText Text)> texts, Action<FileResult>? report = null, CancellationToken cancellationToken = default)
    {
        var ordered = InPathOrder(texts, t => t.Target.DisplayPath);
        return Run(ordered.Length, i => LintText(ordered[i].Target, ordered[i].Text), report, cancellationToken);
    }

    /// <summary>The order of a run's files and of its report: display paths compared ordinally.</summary>
    public static StringComparer PathOrder => StringComparer.Ordinal;

    // A file's result carries its target's display path, so linting in this order gives results in report order.
    private static T[] InPathOrder<T>(IReadOnlyList<T> items, Func<T, string> path)
    {
        var ordered = items.ToArray();
        Array.Sort(ordered.Select(path).ToArray(), ordered, PathOrder);
        return ordered;
    }

    private LintRun Run(int count, Func<int, FileResult> lint, Action<FileResult>? report, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var results = new FileResult[count];
        var next = -1;
        var done = 0;
        var reported = 0; // results before this index were passed to report; guarded by the lock on results
        Exception? failure = null;
        void Work()
        {
            try
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count && !cancellationToken.IsCancellationRequested)
                {
                    Volatile.Write(ref results[i], lint(i));
                    if (report is not null)
                    {
                        ReportReady();
                    }

                    FileDone?.Invoke(Interlocked.Increment(ref done));
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        }

        // Passes on every result whose predecessors are all passed on. A worker that finds the next result not ready
        // leaves it: the worker that stores it comes here after.
        void ReportReady()
        {
            lock (results)
            {
                while (reported < count && Volatile.Read(ref results[reported]) is { } result)
                {
                    report(result);
                    results[reported++] = result.Released();
                }
            }
        }

        var workers = Math.Clamp(Math.Min(_settings.MaxParallelism, count), 1, 64);
        var threads = new Thread[workers];
        for (var t = 0; t < workers; t++)
        {
            threads[t] = new Thread(Work, WorkerStackSize) { IsBackground = true, Name = "postlint-worker" };
            threads[t].Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            throw new InvalidOperationException("lint worker failed", failure);
        }

        return new LintRun(results, watch.Elapsed);
    }

    /// <summary>Reads and lints one file: too large and binary files are reported and skipped.</summary>
    public FileResult LintFile(LintTarget target) => LintFile(target, null);

    /// <summary>
    /// Reads and lints one file of a run: a post that a rule read ahead for another page (<see cref="RunPages"/>) is
    /// linted as it was read and parsed then.
    /// </summary>
    private FileResult LintFile(LintTarget target, RunPages? pages)
    {
        if (pages?.Begin(target.FullPath) is { } parked)
        {
            return LintBytes(target, parked.Bytes, parked.Post, pages);
        }

        byte[] bytes;
        try
        {
            using var stream = new FileStream(target.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            var length = stream.Length;
            if (length > SettingsFor(target).MaxFileSize)
            {
                return Skipped(target, EngineRules.FileTooLarge, CoreMessages.TooLarge.With(FormatSize(length), FormatSize(SettingsFor(target).MaxFileSize)));
            }

            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                {
                    Array.Resize(ref bytes, read);
                    break;
                }

                read += n;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Skipped(target, EngineRules.FileUnreadable, CoreMessages.CannotRead.With(
                ex is UnauthorizedAccessException ? CoreMessages.PermissionDenied.With() : ex is FileNotFoundException or DirectoryNotFoundException ? CoreMessages.FileGone.With() : ex.Message));
        }

        return LintBytes(target, bytes, null, pages);
    }

    /// <summary>Lints raw file bytes (from disk or the git index): binary content is skipped, invalid UTF-8 reported.</summary>
    public FileResult LintBytes(LintTarget target, ReadOnlySpan<byte> bytes) => LintBytes(target, bytes, null, null);

    /// <summary>Lints a file's bytes, with its post when one was made of them already.</summary>
    private FileResult LintBytes(LintTarget target, ReadOnlySpan<byte> bytes, Post? post, RunPages? pages)
    {
        var probe = bytes[..Math.Min(bytes.Length, 8000)];
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return Skipped(target, EngineRules.FileNotText, CoreMessages.Utf16.With());
        }

        if (probe.IndexOf((byte)0) >= 0)
        {
            return Skipped(target, EngineRules.FileNotText, CoreMessages.Binary.With());
        }

        var source = post?.Source ?? SourceText.FromBytes(bytes);
        var invalidAt = Utf8Validation.FirstInvalidChar(bytes);
        var result = LintText(target, source, post, pages);
        if (invalidAt < 0 || !SettingsFor(target).IsEnabled(EngineRules.InvalidUtf8))
        {
            return result;
        }

        var d = Make(source, EngineRules.InvalidUtf8, SettingsFor(target).Enabled[EngineRules.InvalidUtf8.Id], CoreMessages.InvalidUtf8.With(), new TextRange(invalidAt, Math.Min(invalidAt + 1, source.Length)));
        List<Diagnostic> all = [.. result.Diagnostics, d];
        all.Sort(Compare);
        return result with { Source = Retain(source, all), Diagnostics = all };
    }

    private static string FormatSize(long bytes) => bytes >= 1 << 20
        ? (bytes / (double)(1 << 20)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB";

    /// <summary>Lints text that is already in memory (staged content, tests).</summary>
    public FileResult LintText(LintTarget target, SourceText source) => LintText(target, source, null, null);

    /// <summary>
    /// Lints a post's text. <paramref name="pages"/> is given for a file the run read from disk: its rules may read the
    /// run's other pages, and the views they computed of this one are kept for them.
    /// </summary>
    private FileResult LintText(LintTarget target, SourceText source, Post? parked, RunPages? pages)
    {
        var settings = SettingsFor(target);
        var post = parked ?? new Post(target.DisplayPath, target.FullPath, source, _sites.Locate(target.FullPath));
        if (IsStaticFile(post))
        {
            return new FileResult(target.DisplayPath, target.FullPath, SourceText.NotRetained, []);
        }

        // Every post is parsed (almost every rule needs the tree) so a body the parser refuses is always reported.
        _ = post.Document;
        var raw = new List<Diagnostic>();
        var diagnostics = new List<Diagnostic>();
        bool? draft = null, unrendered = null;
        foreach (var active in settings.ActiveRules)
        {
            raw.Clear();
            var rule = active.Rule;
            if ((rule.Descriptor.SkipsDrafts || rule.Descriptor.SkipsUnrendered) && (unrendered ??= Drafts.IsUnrendered(post)))
            {
                continue;
            }

            if (rule.Descriptor.SkipsDrafts && !settings.Drafts && (draft ??= Drafts.IsDraft(post)))
            {
                continue;
            }

            var severity = active.Severity;
            var context = new RuleContext(rule.Descriptor, active.IsSeverityConfigured ? severity : rule.Descriptor.DefaultSeverity, active.State, post, settings.Now, raw, pages, settings.Drafts);
            try
            {
                rule.Check(post, context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                raw.Clear();
                // POSTLINT_DEBUG=1 adds the stack trace for a bug report; users otherwise never see one.
                var detail = Environment.GetEnvironmentVariable("POSTLINT_DEBUG") == "1" ? "\n" + ex.StackTrace : "";
                raw.Add(Make(source, EngineRules.InternalError, Severity.Error, CoreMessages.RuleFailed.With(rule.Descriptor.Id, rule.Descriptor.Name, ex.GetType().Name, ex.Message, detail), default));
            }

            foreach (var d in raw)
            {
                // A configured severity applies to every finding; otherwise the rule's own grading stands.
                diagnostics.Add(active.IsSeverityConfigured && !d.Rule.IsAlwaysReported ? d.WithSeverity(severity) : d);
            }
        }

        pages?.Linted(post);
        if (post.DocumentError is not null)
        {
            diagnostics.Add(Make(source, EngineRules.MarkdownTooDeep, Severity.Error, CoreMessages.TooDeep.With(), new TextRange(post.BodyStart, post.BodyStart)));
        }

        var suppressions = SuppressionMap.Build(post, settings.Catalog);
        if (settings.IsEnabled(EngineRules.UnknownSuppressionRule))
        {
            foreach (var unknown in suppressions.UnknownRules)
            {
                diagnostics.Add(Make(source, EngineRules.UnknownSuppressionRule, settings.Enabled[EngineRules.UnknownSuppressionRule.Id], CoreMessages.UnknownSuppressionRule.With(unknown.Name), unknown.Range));
            }
        }

        if (!suppressions.IsEmpty)
        {
            diagnostics.RemoveAll(d => !d.Rule.IsAlwaysReported && suppressions.IsSuppressed(d.Rule.Id, d.Start.Line));
        }

        diagnostics.Sort(Compare);

        return new FileResult(target.DisplayPath, target.FullPath, Retain(source, diagnostics), diagnostics);
    }

    /// <summary>
    /// What a result keeps of the text: reporters show the lines of each finding and one line either side (SARIF's
    /// context region), fingerprints hash a finding's line, and JSON and SARIF give the line and column of each fix
    /// edit. Keeping only those lines, not whole files or their line tables, bounds a run's memory by its findings
    /// rather than by the corpus; and what a run keeps to its end, every collection copies or walks. Fixing reads the
    /// file again.
    /// </summary>
    internal static SourceText Retain(SourceText source, IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0 ? SourceText.NotRetained : source.Excerpt(KeptLines(source, diagnostics));

    private static IEnumerable<(int First, int Last)> KeptLines(SourceText source, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            yield return (d.Start.Line - 1, d.End.Line + 1);
            if (d.Fix is { } fix)
            {
                foreach (var edit in fix.Edits)
                {
                    yield return (source.GetPosition(edit.Range.Start).Line, source.GetPosition(edit.Range.End).Line);
                }
            }
        }
    }

    /// <summary>
    /// Whether the site copies the file as it is instead of rendering it: Markdown without front matter, outside
    /// <c>_posts</c> and <c>_drafts</c>, in a Jekyll site built by plain Jekyll (see
    /// <see cref="Site.RendersWithoutFrontMatter"/>). Nothing of it is published as a page, so nothing is reported.
    /// </summary>
    private static bool IsStaticFile(Post post) =>
        post.FrontMatter is null && post.Site is { Kind: SiteKind.Jekyll, RendersWithoutFrontMatter: false } &&
        !post.FullPath.Replace('\\', '/').Split('/').Any(p => p is "_posts" or "_drafts");

    /// <summary>The result for a file that could not be read.</summary>
    public static FileResult Unreadable(LintTarget target, string reason) => Skipped(target, EngineRules.FileUnreadable, CoreMessages.CannotRead.With(reason));

    private static FileResult Skipped(LintTarget target, RuleDescriptor rule, Localized message)
    {
        var d = new Diagnostic(rule, Severity.Error, message.ToString(), default, new LinePosition(1, 1), new LinePosition(1, 1)) { Text = message };
        return new FileResult(target.DisplayPath, target.FullPath, null, [d]);
    }

    /// <summary>Builds a diagnostic with positions computed by <paramref name="source"/>.</summary>
    public static Diagnostic Make(SourceText source, RuleDescriptor rule, Severity severity, string message, TextRange range, Fix? fix = null) =>
        new(rule, severity, message, range, source.GetPosition(range.Start), source.GetPosition(range.End), fix);

    /// <summary>Builds a diagnostic whose message comes from the message catalog.</summary>
    public static Diagnostic Make(SourceText source, RuleDescriptor rule, Severity severity, Localized message, TextRange range, Fix? fix = null) =>
        Make(source, rule, severity, message.ToString(), range, fix) with { Text = message };

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
