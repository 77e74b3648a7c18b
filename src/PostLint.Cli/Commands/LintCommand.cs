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
            if (!File.Exists(configPath))
            {
                env.Error.WriteLine($"postlint: config file '{request.Config}' does not exist");
                return ExitCodes.Error;
            }
        }
        else
        {
            configPath = ConfigLoader.Discover(cwd);
        }

        var errors = new List<ConfigError>();
        var displayConfig = configPath is null ? null : Relative(cwd, configPath);
        var settings = ConfigLoader.Load(catalog, configPath, displayConfig, request.Select, request.Ignore, errors);
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                env.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Error;
        }

        var configDir = configPath is null ? cwd : Path.GetDirectoryName(configPath)!;
        var discovery = new FileDiscovery(cwd, settings.Include, settings.Exclude, configDir, request.ForceExclude);
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
        else
        {
            var missing = new List<string>();
            targets = discovery.Find(request.Paths, missing);
            foreach (var m in missing)
            {
                env.Error.WriteLine($"postlint: '{m}' matches no file or folder");
            }

            if (missing.Count > 0)
            {
                return ExitCodes.Error;
            }
        }

        var sites = new SiteLocator(request.SiteRoot is null ? null : Path.Combine(cwd, request.SiteRoot), configDir);
        var linter = new Linter(settings, sites);
        using var progress = env.ErrorIsTerminal ? new Progress(env.Error, staged?.Count ?? targets.Count) : null;
        if (progress is not null)
        {
            linter.FileDone += progress.Update;
        }

        var run = staged is null ? linter.Run(targets) : linter.Run(staged);
        progress?.Dispose();

        var options = new ReportOptions
        {
            Color = UseColor(request, env),
            Quiet = request.Quiet,
            ShowSource = request.ShowSource,
            Version = App.Version,
        };
        IReporter reporter = request.Format switch
        {
            "json" => new JsonReporter(),
            _ => new TextReporter(),
        };

        if (request.Output is not null)
        {
            var outPath = Path.GetFullPath(Path.Combine(cwd, request.Output));
            try
            {
                using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
                reporter.Write(run, writer, options with { Color = false });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"postlint: cannot write '{request.Output}': {ex.Message}");
                return ExitCodes.Error;
            }
        }
        else
        {
            reporter.Write(run, env.Out, options);
        }

        return ExitCodes.For(run, ParseFailLevel(request.FailLevel));
    }

    /// <summary>The staged Markdown files and their staged text, or null after printing why they cannot be read.</summary>
    private static IReadOnlyList<(LintTarget Target, SourceText Text)>? ReadStaged(LintRequest request, FileDiscovery discovery, CliEnvironment env)
    {
        try
        {
            var repository = GitRepository.Open(env.CurrentDirectory);
            if (repository is null)
            {
                env.Error.WriteLine($"postlint: --staged lints what git would commit, but '{env.CurrentDirectory}' is not inside a git work tree");
                return null;
            }

            return StagedSource.Read(repository, request.Paths, discovery);
        }
        catch (GitException ex)
        {
            env.Error.WriteLine($"postlint: --staged: {ex.Message}");
            return null;
        }
    }

    /// <summary>The severity <c>--fail-level</c> names; null for <c>never</c>.</summary>
    public static Severity? ParseFailLevel(string text) => text == "never" ? null : SeverityNames.TryParse(text, out var s) ? s : Severity.Error;

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
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private long _lastShown;
        private bool _shown;

        public Progress(TextWriter error, int total)
        {
            _error = error;
            _total = total;
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
                _error.Write($"\rpostlint: {done}/{_total} files");
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
