using System.CommandLine;

namespace PostLint.Cli;

/// <summary>Every command-line option, declared once.</summary>
public static partial class CliOptions
{
    /// <summary>The report formats <c>--format</c> accepts.</summary>
    public static readonly string[] Formats = ["text", "json", "sarif", "github"];

    /// <summary>The name of the paths argument, as help shows it (<c>&lt;paths&gt;</c>).</summary>
    public const string PathsName = "paths";

    /// <summary>Files, folders or globs to lint.</summary>
    public static Argument<string[]> Paths() => new(PathsName)
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Files, folders or globs to lint (default: the current folder)",
    };

    /// <summary><c>--config FILE</c>.</summary>
    public static readonly Option<string?> Config = new("--config", "-c") { Description = "Config file (default: the nearest .postlint.yml above each file, up to the git root)", HelpName = "FILE" };

    /// <summary><c>--format</c>.</summary>
    public static readonly Option<string> Format = CreateFormat();

    /// <summary><c>--output FILE</c>.</summary>
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Write the report to FILE instead of standard output", HelpName = "FILE" };

    /// <summary><c>--sarif-file FILE</c>.</summary>
    public static readonly Option<string?> SarifFile = new("--sarif-file") { Description = "Also write the report as SARIF 2.1.0 to FILE, whatever --format is", HelpName = "FILE" };

    /// <summary><c>--sarif-category NAME</c>.</summary>
    public static readonly Option<string> SarifCategory = new("--sarif-category")
    {
        Description = "The SARIF automationDetails.id category, to tell several uploads for one commit apart",
        HelpName = "NAME",
        DefaultValueFactory = _ => "postlint",
    };

    /// <summary><c>--fail-level</c>.</summary>
    public static readonly Option<string> FailLevel = CreateFailLevel();

    /// <summary><c>--select RULES</c>.</summary>
    public static readonly Option<string[]> Select = new("--select")
    {
        Description = "Run only these rules (ids, names or categories, comma separated)",
        HelpName = "RULES",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--ignore RULES</c>.</summary>
    public static readonly Option<string[]> Ignore = new("--ignore") { Description = "Do not run these rules (ids, names or categories, comma separated)", HelpName = "RULES" };

    /// <summary><c>--site-root DIR</c>.</summary>
    public static readonly Option<string?> SiteRoot = new("--site-root") { Description = "The site's root folder (default: detected from _config.yml, hugo.toml, astro.config.*)", HelpName = "DIR" };

    /// <summary><c>--stdin-filename PATH</c>: where the text read from standard input (<c>postlint -</c>) belongs.</summary>
    public static readonly Option<string?> StdinFilename = new("--stdin-filename")
    {
        Description = "With '-' as the path: lint standard input as if it were this file (its site, config and name)",
        HelpName = "PATH",
    };

    /// <summary><c>--drafts</c>.</summary>
    public static readonly Option<bool> Drafts = new("--drafts")
    {
        Description = "Lint drafts as the site builds them with drafts (jekyll serve --drafts, hugo -D): work in progress is reported there too",
    };

    /// <summary><c>--color</c>.</summary>
    public static readonly Option<string> Color = CreateColor();

    /// <summary><c>--quiet</c>.</summary>
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print findings only, no summary line" };

    /// <summary><c>--show-source</c>.</summary>
    public static readonly Option<bool> ShowSource = new("--show-source") { Description = "Show the source line and a caret under each finding" };

    /// <summary><c>--staged</c>.</summary>
    public static readonly Option<bool> Staged = new("--staged")
    {
        Description = "Lint the staged content of staged Markdown files (what git would commit); PATHS become git pathspecs",
    };

    /// <summary><c>--force-exclude</c>.</summary>
    public static readonly Option<bool> ForceExclude = new("--force-exclude")
    {
        Description = "Apply the config's include and exclude to files named on the command line too (for pre-commit)",
    };

    /// <summary><c>install-hook --force</c>.</summary>
    public static readonly Option<bool> HookForce = new("--force")
    {
        Description = "Replace a pre-commit hook PostLint did not write (it is kept as pre-commit.postlint-backup)",
    };

    /// <summary><c>rules --format</c>.</summary>
    public static readonly Option<string> RulesFormat = CreateRulesFormat();

    private static Option<string> CreateFormat()
    {
        var o = new Option<string>("--format", "-f") { Description = "Report format: text, json, sarif (SARIF 2.1.0) or github (Actions annotations)", DefaultValueFactory = _ => "text" };
        o.AcceptOnlyFromAmong(Formats);
        return o;
    }

    private static Option<string> CreateFailLevel()
    {
        var o = new Option<string>("--fail-level") { Description = "Lowest severity that makes the exit code 1", DefaultValueFactory = _ => "error" };
        o.AcceptOnlyFromAmong("error", "warning", "info", "never");
        return o;
    }

    private static Option<string> CreateColor()
    {
        var o = new Option<string>("--color") { Description = "Colour the text report (auto honours NO_COLOR and pipes)", DefaultValueFactory = _ => "auto" };
        o.AcceptOnlyFromAmong("auto", "always", "never");
        return o;
    }

    private static Option<string> CreateRulesFormat()
    {
        var o = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        o.AcceptOnlyFromAmong("text", "markdown");
        return o;
    }
}
