using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Lints text with the real engine (built-in catalog, config loader, suppressions) and returns the findings.
/// Use <see cref="LintFile"/> when the rule needs a site on disk (image paths, site config).
/// </summary>
public static class RuleHarness
{
    public static readonly DateTimeOffset FixedNow = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Lints <paramref name="text"/> as if it were the file <paramref name="path"/> of a site with no files.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string text, string path = "_posts/2025-03-01-post.md", string? select = null)
    {
        var settings = Settings(select, null);
        var linter = new Linter(settings, new SiteLocator(null, Path.GetTempPath()));
        var full = Path.Combine(Path.GetTempPath(), "postlint-virtual", path);
        return linter.LintText(new LintTarget(path, full), new SourceText(text)).Diagnostics;
    }

    /// <summary>Lints <paramref name="text"/> as the file <paramref name="path"/> of a Jekyll site with default settings (kramdown, GFM input).</summary>
    public static IReadOnlyList<Diagnostic> LintJekyll(string text, string path = "_posts/2025-03-01-post.md", string? select = null)
    {
        using var site = new TempSite();
        site.Write(path, text);
        return LintFile(site, path, select);
    }

    /// <summary>Lints a file of a <see cref="TempSite"/>, with the site's <c>.postlint.yml</c> if it has one.</summary>
    public static IReadOnlyList<Diagnostic> LintFile(TempSite site, string relativePath, string? select = null)
    {
        var config = Path.Combine(site.Root, ConfigLoader.FileName);
        var settings = Settings(select, File.Exists(config) ? config : null);
        var linter = new Linter(settings, new SiteLocator(null, site.Root));
        var full = Path.Combine(site.Root, relativePath);
        return linter.LintFile(new LintTarget(relativePath.Replace('\\', '/'), full)).Diagnostics;
    }

    /// <summary>
    /// Lints files of a <see cref="TempSite"/> in one run of the engine (one state per rule, shared by every file, on
    /// <paramref name="parallelism"/> threads), as the command line does; each file's findings by its relative path.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> LintRun(TempSite site, IEnumerable<string> relativePaths, string? select = null, int parallelism = 2)
    {
        var settings = Settings(select, null) with { MaxParallelism = parallelism };
        var linter = new Linter(settings, new SiteLocator(null, site.Root));
        var targets = relativePaths.Select(p => new LintTarget(p.Replace('\\', '/'), Path.Combine(site.Root, p))).ToList();
        return linter.Run(targets).Files.ToDictionary(f => f.Path, f => f.Diagnostics);
    }

    /// <summary>The engine as <see cref="LintFile"/> runs it on a <see cref="TempSite"/>, for code that lints again (fixing).</summary>
    public static Linter LinterFor(TempSite site, string? select = null) => new(Settings(select, null), new SiteLocator(null, site.Root));

    /// <summary>
    /// Settings loaded once, as the command line loads them: each rule's state is made by the load, and <c>--drafts</c>
    /// is applied afterwards (<c>settings with { Drafts = true }</c>), so one state may serve both.
    /// </summary>
    public static LintSettings SettingsFor(string? select = null) => Settings(select, null);

    /// <summary>"LINE:COL RULE-NAME" for each finding, for compact assertions.</summary>
    public static string[] Brief(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Rule.Name}").ToArray();

    private static LintSettings Settings(string? select, string? config)
    {
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(BuiltInRules.CreateCatalog(), config, config, select is null ? null : [select], [], errors);
        Assert.Empty(errors);
        return new LintSettings
        {
            Catalog = settings.Catalog,
            ActiveRules = settings.ActiveRules,
            Enabled = settings.Enabled,
            ConfigPath = settings.ConfigPath,
            Include = settings.Include,
            Exclude = settings.Exclude,
            Now = FixedNow,
            MaxParallelism = 1,
        };
    }
}
