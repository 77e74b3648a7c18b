using System.Diagnostics;
using System.Text;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Git;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint [PATHS]</c>: finds the files, lints them and writes the report.</summary>
public static class LintCommand
{
    /// <summary>Runs a lint and returns the exit code.</summary>
    public static int Run(LintRequest request, CliEnvironment env)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var cwd = env.CurrentDirectory;
        string? configPath;
        if (request.Config is not null)
        {
            configPath = Path.GetFullPath(Path.Combine(cwd, request.Config));
            if (Directory.Exists(configPath))
            {
                var inside = Path.Combine(request.Config, ConfigLoader.FileName).Replace('\\', '/');
                env.Error.WriteLine(File.Exists(Path.Combine(configPath, ConfigLoader.FileName))
                    ? CliMessages.ConfigIsFolder.Format(env.Language, request.Config, inside)
                    : CliMessages.ConfigIsFolderWithout.Format(env.Language, request.Config, ConfigLoader.FileName));
                return ExitCodes.Error;
            }

            if (!File.Exists(configPath))
            {
                env.Error.WriteLine(CliMessages.ConfigMissing.Format(env.Language, request.Config));
                return ExitCodes.Error;
            }
        }
        else
        {
            configPath = null; // each file's nearest .postlint.yml
        }

        if (CheckRequest(request, env) is { } usage)
        {
            env.Error.WriteLine(CliMessages.Prefixed.Format(env.Language, usage));
            return ExitCodes.Error;
        }

        DateTimeOffset? fixedNow = null;
        var nowText = env.Environment(NowVariable);
        if (!string.IsNullOrWhiteSpace(nowText))
        {
            if (!TryParseNow(nowText, out var now))
            {
                env.Error.WriteLine(CliMessages.BadNow.Format(env.Language, NowVariable, nowText));
                return ExitCodes.Error;
            }

            fixedNow = now;
        }

        var floor = env.Environment(FloorVariable) == "1";
        LintSettings Adjust(LintSettings s)
        {
            if (fixedNow is { } now)
            {
                s = s with { Now = now };
            }

            if (request.Drafts)
            {
                // --drafts adds to every config's drafts: it never turns them off.
                s = s with { Drafts = true };
            }

            // The performance floor: find, read and parse every file exactly as a lint does, with no rule active.
            return floor ? s with { ActiveRules = [], Enabled = new Dictionary<string, Severity>() } : s;
        }

        var configs = new ConfigSet(catalog, cwd, configPath, request.Select, request.Ignore, Adjust);
        if (PrintConfigErrors(configs, env))
        {
            return ExitCodes.Error;
        }

        configPath = configs.PrimaryPath;
        var settings = configs.Primary;
        var displayConfig = configPath is null ? null : Relative(cwd, configPath);
        var configDir = configPath is null ? cwd : Path.GetDirectoryName(configPath)!;
        var selections = new System.Collections.Concurrent.ConcurrentDictionary<string, FileSelection>(StringComparer.Ordinal);
        FileSelection SelectionFor(string fullPath)
        {
            var config = configs.ConfigFor(fullPath);
            return selections.GetOrAdd(config ?? "", c =>
            {
                var s = configs.For(fullPath);
                return new FileSelection(s.Include, s.Exclude, c.Length == 0 ? cwd : Path.GetDirectoryName(c)!);
            });
        }

        var discovery = new FileDiscovery(cwd, SelectionFor, request.ForceExclude);
        IReadOnlyList<LintTarget> targets = [];
        IReadOnlyList<(LintTarget Target, SourceText Text)>? staged = null;
        if (request.Staged)
        {
            staged = ReadStaged(request, discovery, env);
            if (staged is null)
            {
                return ExitCodes.Error;
            }
        }
        else if (IsStdin(request))
        {
            staged = ReadStdin(request, env);
            if (staged is null)
            {
                return ExitCodes.Error;
            }
        }
        else
        {
            var missing = new List<string>();
            var notes = new List<Localization.Localized>();
            targets = discovery.Find(request.Paths, missing, notes);
            foreach (var note in notes)
            {
                env.Error.WriteLine(CliMessages.Prefixed.Format(env.Language, note));
            }

            foreach (var m in missing)
            {
                env.Error.WriteLine((m.StartsWith('-') && m != "-" ? CliMessages.UnknownOption : CliMessages.NoMatch).Format(env.Language, m));
            }

            if (missing.Count > 0)
            {
                return ExitCodes.Error;
            }

            if (targets.Count == 0 && notes.Count == 0)
            {
                var where = request.Paths.Count == 0 ? "." : string.Join("', '", request.Paths);
                env.Error.WriteLine(settings.Include.Count > 0
                    ? CliMessages.NoFilesIncluded.Format(env.Language, where, displayConfig, string.Join(", ", settings.Include))
                    : CliMessages.NoFiles.Format(env.Language, where));
            }
        }

        // Every config that applies was read while the files were found: stop on its errors before linting.
        foreach (var target in staged?.Select(t => t.Target) ?? targets)
        {
            configs.For(target.FullPath);
            configs.CountUse(target.FullPath);
        }

        if (PrintConfigErrors(configs, env))
        {
            return ExitCodes.Error;
        }

        var used = configs.Used;
        if (used.Count == 1 && used[0].Config.Length > 0 && request.Config is null)
        {
            // One config applies to every file: it is the run's (its baseline, its folder).
            configPath = used[0].Config;
            settings = configs.For(configPath);
            configDir = Path.GetDirectoryName(configPath)!;
        }
        else if (used.Count > 1 && !request.Quiet)
        {
            var shown = used.Select(u => CliMessages.ConfigUse.Format(env.Language, u.Config.Length == 0 ? (object)CliMessages.ConfigDefaults.With() : configs.Display(u.Config), FixRunner.Files(u.Files)));
            env.Error.WriteLine(CliMessages.ConfigsApply.Format(env.Language, used.Count, string.Join(", ", shown)));
        }

        var sites = new SiteLocator(request.SiteRoot is null ? null : Path.GetFullPath(Path.Combine(cwd, request.SiteRoot)), configDir, discovery.FoldersWithoutSiteConfig);
        var linter = new Linter(settings, sites, used.Count > 1 ? configs.For : null);
        using var progress = env.ErrorIsTerminal ? new Progress(env.Error, staged?.Count ?? targets.Count, env.Language) : null;
        if (progress is not null)
        {
            linter.FileDone += progress.Update;
        }

        var options = new ReportOptions
        {
            Color = UseColor(request, env),
            Language = env.Language,
            Quiet = request.Quiet,
            ShowSource = request.ShowSource,
            Version = App.Version,
            Rules = settings.Catalog.Descriptors.Where(d => configs.All.Any(s => s.IsEnabled(d))).ToArray(),
            RuleDocs = rule => settings.Catalog.GetDoc(rule, env.Language),
            RepositoryRoot = ReportPaths.FindRepositoryRoot(cwd),
            SarifCategory = request.SarifCategory,
            GitHub = GitHubContext.FromEnvironment(env.Environment),
        };
        IReporter reporter = request.Format switch
        {
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "github" => new GitHubReporter(),
            _ => new TextReporter(),
        };

        if (reporter is IStreamingReporter streaming && IsReportOnly(request, settings) && (progress is null || request.Output is not null || !env.OutputIsTerminal))
        {
            var paths = (staged?.Select(s => s.Target.DisplayPath) ?? targets.Select(t => t.DisplayPath)).Order(Linter.PathOrder).ToArray();
            return LintStreaming(request, env, cwd, linter, targets, staged, streaming, options, paths, progress);
        }

        var run = staged is null ? linter.Run(targets) : linter.Run(staged);
        progress?.Dispose();
        if (FixRunner.AfterLint(request, settings, linter, ref run, configDir, env) is { } done)
        {
            return done; // --diff printed, or 'postlint baseline' wrote; --fix and --baseline changed the run
        }

        if (request.Output is not null)
        {
            if (!WriteFile(env, cwd, request.Output, append: false, w => reporter.Write(run, w, options with { Color = false })))
            {
                return ExitCodes.Error;
            }
        }
        else
        {
            reporter.Write(run, env.Out, options);
        }

        if (request.SarifFile is not null && !WriteFile(env, cwd, request.SarifFile, append: false, w => new SarifReporter().Write(run, w, options)))
        {
            return ExitCodes.Error;
        }

        // GitHub shows ten annotations per severity and step; the job summary lists them all.
        if (request.Format == "github" && env.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary
            && !WriteFile(env, cwd, summary, append: true, w => GitHubReporter.WriteSummary(run, w, options)))
        {
            return ExitCodes.Error;
        }

        return ExitCodes.For(run, ParseFailLevel(request.FailLevel));
    }

    /// <summary>
    /// Whether the run only reports: no fix, diff or baseline (each needs every finding once the run is over), and
    /// one report (no <c>--sarif-file</c>).
    /// </summary>
    private static bool IsReportOnly(LintRequest request, LintSettings settings) =>
        request.Fixing is { Write: BaselineWrite.None, Diff: false, Fix: false, Baseline: null } && settings.Baseline is null && request.SarifFile is null;

    /// <summary>
    /// Lints and writes the report as files finish, in path order: the run keeps no finding once it is written, so
    /// neither memory nor the collector's work grows with the findings, and no report is left to write after the run.
    /// The output is the same as a report written at the end.
    /// </summary>
    private static int LintStreaming(
        LintRequest request, CliEnvironment env, string cwd, Linter linter, IReadOnlyList<LintTarget> targets,
        IReadOnlyList<(LintTarget Target, SourceText Text)>? staged, IStreamingReporter reporter, ReportOptions options,
        string[] paths, IDisposable? progress)
    {
        StreamWriter? file = null;
        if (request.Output is not null)
        {
            try
            {
                file = new StreamWriter(Path.GetFullPath(Path.Combine(cwd, request.Output)), false, new UTF8Encoding(false));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine(CliMessages.CannotWrite.Format(env.Language, request.Output, ex.Message));
                return ExitCodes.Error;
            }
        }

        using (file)
        {
            var output = file ?? env.Out;
            var report = reporter.Open(output, file is null ? options : options with { Color = false }, paths);
            Exception? failed = null;
            void Add(FileResult result)
            {
                if (failed is not null)
                {
                    return;
                }

                try
                {
                    report.Add(result);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failed = ex;
                }
            }

            var run = staged is null ? linter.Run(targets, Add) : linter.Run(staged, Add);
            progress?.Dispose();
            try
            {
                if (failed is null)
                {
                    report.Finish(run);
                    output.Flush();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed = ex;
            }

            if (failed is not null)
            {
                env.Error.WriteLine(request.Output is null
                    ? CliMessages.CannotWriteOutput.Format(env.Language, failed.Message)
                    : CliMessages.CannotWrite.Format(env.Language, request.Output, failed.Message));
                return ExitCodes.Error;
            }

            return ExitCodes.For(run, ParseFailLevel(request.FailLevel));
        }
    }

    /// <summary>Prints every config error; true when there was one.</summary>
    private static bool PrintConfigErrors(ConfigSet configs, CliEnvironment env)
    {
        var errors = configs.Errors;
        foreach (var e in errors)
        {
            env.Error.WriteLine(e.ToString(env.Language));
        }

        return errors.Count > 0;
    }

    /// <summary>
    /// The first problem of a request that the parser cannot see (a missing folder, an output file in a missing
    /// folder, standard input with an option that needs files), or null when it can run.
    /// </summary>
    private static Localization.Localized? CheckRequest(LintRequest request, CliEnvironment env)
    {
        var cwd = env.CurrentDirectory;
        if (request.SiteRoot is { } root)
        {
            var full = Path.GetFullPath(Path.Combine(cwd, root));
            if (!Directory.Exists(full))
            {
                return (File.Exists(full) ? CliMessages.SiteRootIsFile : CliMessages.SiteRootMissing).With(root);
            }
        }

        foreach (var (option, path) in new[] { ("--output", request.Output), ("--sarif-file", request.SarifFile), ("--baseline", request.Fixing.Write == BaselineWrite.None ? null : request.Fixing.Baseline) })
        {
            if (path is not null && OutputProblem(cwd, path) is { } problem)
            {
                return CliMessages.OutputProblem.With(option, path, problem);
            }
        }

        if (request.Paths.Contains("-"))
        {
            if (request.Paths.Count > 1)
            {
                return CliMessages.StdinNotAlone.With();
            }

            if (request.Staged || request.Fixing.Fix || request.Fixing.Diff || request.Fixing.Write != BaselineWrite.None)
            {
                return CliMessages.StdinWrites.With();
            }
        }
        else if (request.StdinFilename is not null)
        {
            return CliMessages.StdinFilenameAlone.With();
        }

        return null;
    }

    /// <summary>Why a report cannot be written at <paramref name="path"/> (a folder, or in a folder that does not exist), or null.</summary>
    private static Localization.Localized? OutputProblem(string cwd, string path)
    {
        var full = Path.GetFullPath(Path.Combine(cwd, path));
        if (Directory.Exists(full))
        {
            return CliMessages.OutputIsFolder.With();
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            var shown = Path.GetDirectoryName(path);
            return CliMessages.OutputFolderMissing.With(string.IsNullOrEmpty(shown) ? folder : shown.Replace('\\', '/'));
        }

        return null;
    }

    private static bool IsStdin(LintRequest request) => request.Paths is ["-"];

    /// <summary>Standard input as one file: placed at <c>--stdin-filename</c> (its site, config and name), else named <c>-</c>.</summary>
    private static IReadOnlyList<(LintTarget Target, SourceText Text)>? ReadStdin(LintRequest request, CliEnvironment env)
    {
        byte[] bytes;
        try
        {
            using var input = env.OpenInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            env.Error.WriteLine(CliMessages.StdinUnreadable.Format(env.Language, ex.Message));
            return null;
        }

        var cwd = env.CurrentDirectory;
        var full = Path.GetFullPath(Path.Combine(cwd, request.StdinFilename ?? "-"));
        var display = request.StdinFilename is null ? "-" : Relative(cwd, full);
        return [(new LintTarget(display, full), SourceText.FromBytes(bytes))];
    }

    /// <summary>Benchmark mode: <c>POSTLINT_FLOOR=1</c> reads and parses every file but runs no rule.</summary>
    public const string FloorVariable = "POSTLINT_FLOOR";

    /// <summary>The environment variable that fixes the run's clock (for reproducible reports and tests).</summary>
    public const string NowVariable = "POSTLINT_NOW";

    /// <summary>
    /// Reads <c>POSTLINT_NOW</c>: an ISO 8601 date (<c>2025-06-01</c>) or date-time (<c>2025-06-01T12:00:00+09:00</c>);
    /// a value without a zone is UTC.
    /// </summary>
    public static bool TryParseNow(string text, out DateTimeOffset now)
    {
        string[] formats =
        [
            "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
            "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        ];
        return DateTimeOffset.TryParseExact(
            text.Trim().Replace(' ', 'T'),
            formats,
            System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal,
            out now);
    }

    /// <summary>The staged Markdown files and their staged text, or null after printing why they cannot be read.</summary>
    private static IReadOnlyList<(LintTarget Target, SourceText Text)>? ReadStaged(LintRequest request, FileDiscovery discovery, CliEnvironment env)
    {
        try
        {
            var repository = GitRepository.Open(env.CurrentDirectory);
            if (repository is null)
            {
                env.Error.WriteLine(CliMessages.StagedOutsideGit.Format(env.Language, env.CurrentDirectory));
                return null;
            }

            return StagedSource.Read(repository, request.Paths, discovery);
        }
        catch (GitException ex)
        {
            env.Error.WriteLine(CliMessages.StagedFailed.Format(env.Language, ex.Message));
            return null;
        }
    }

    /// <summary>The severity <c>--fail-level</c> names; null for <c>never</c>.</summary>
    public static Severity? ParseFailLevel(string text) => text == "never" ? null : SeverityNames.TryParse(text, out var s) ? s : Severity.Error;

    private static bool WriteFile(CliEnvironment env, string cwd, string path, bool append, Action<TextWriter> write)
    {
        try
        {
            using var writer = new StreamWriter(Path.GetFullPath(Path.Combine(cwd, path)), append, new UTF8Encoding(false));
            write(writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(CliMessages.CannotWrite.Format(env.Language, path, ex.Message));
            return false;
        }
    }

    private static bool UseColor(LintRequest request, CliEnvironment env) => request.Color switch
    {
        "always" => true,
        "never" => false,
        _ => request.Output is null && env.OutputIsTerminal && string.IsNullOrEmpty(env.Environment("NO_COLOR")),
    };

    private static string Relative(string cwd, string path) => Path.GetRelativePath(cwd, path).Replace('\\', '/');

    /// <summary>A progress line on a terminal's standard error, shown only when a run passes one second.</summary>
    private sealed class Progress : IDisposable
    {
        private readonly TextWriter _error;
        private readonly int _total;
        private readonly Localization.Language _language;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _lastShown;
        private bool _shown;

        public Progress(TextWriter error, int total, Localization.Language language)
        {
            _error = error;
            _total = total;
            _language = language;
        }

        public void Update(int done)
        {
            var ms = _watch.ElapsedMilliseconds;
            if (ms < 1000 || ms - Interlocked.Read(ref _lastShown) < 200)
            {
                return;
            }

            Interlocked.Exchange(ref _lastShown, ms);
            lock (this)
            {
                _shown = true;
                _error.Write("\r" + CliMessages.Progress.Format(_language, done, _total));
                _error.Flush();
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                if (_shown)
                {
                    _error.Write("\r\u001b[K");
                    _error.Flush();
                    _shown = false;
                }
            }
        }
    }
}
