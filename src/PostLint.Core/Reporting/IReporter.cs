using PostLint.Engine;
using PostLint.Localization;
using PostLint.Rules;

namespace PostLint.Reporting;

/// <summary>How a report is rendered, and what the machine-readable formats need to know about the run.</summary>
public sealed record ReportOptions
{
    /// <summary>Use ANSI colours.</summary>
    public bool Color { get; init; }

    /// <summary>The language of messages, fix titles, the summary and rule descriptions (ids, names, paths and keys never change).</summary>
    public Language Language { get; init; }

    /// <summary>Omit the summary line.</summary>
    public bool Quiet { get; init; }

    /// <summary>Show the source line and a caret under each finding.</summary>
    public bool ShowSource { get; init; }

    /// <summary>The tool's version, for formats that record it.</summary>
    public string Version { get; init; } = "0.0.0";

    /// <summary>
    /// The rules that ran (engine findings included), for SARIF's <c>tool.driver.rules</c>. Rules of findings that are
    /// missing here are added by the reporter.
    /// </summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>Returns a rule's Markdown doc (<see cref="RuleCatalog.GetDoc"/>), or null when there is none.</summary>
    public Func<RuleDescriptor, string?> RuleDocs { get; init; } = _ => null;

    /// <summary>
    /// The absolute path of the repository root (the git work tree's root, else the current folder). SARIF and
    /// GitHub annotations name files relative to it; null means the run's display paths are used as they are.
    /// </summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The SARIF <c>automationDetails.id</c> category (<c>--sarif-category</c>).</summary>
    public string SarifCategory { get; init; } = "postlint";

    /// <summary>Where the run's commit lives on GitHub, for links in the job summary and SARIF provenance; null outside Actions.</summary>
    public GitHubContext? GitHub { get; init; }
}

/// <summary>The commit a run in GitHub Actions checked, from <c>GITHUB_SERVER_URL</c>, <c>GITHUB_REPOSITORY</c>, <c>GITHUB_SHA</c>.</summary>
/// <param name="ServerUrl">e.g. <c>https://github.com</c>.</param>
/// <param name="Repository">owner/name.</param>
/// <param name="Sha">The commit id.</param>
/// <param name="Ref">The branch or tag ref (<c>GITHUB_REF</c>), or null.</param>
public sealed record GitHubContext(string ServerUrl, string Repository, string Sha, string? Ref = null)
{
    /// <summary>The repository's web address, e.g. <c>https://github.com/owner/name</c>.</summary>
    public string RepositoryUrl => ServerUrl.TrimEnd('/') + "/" + Repository;

    /// <summary>The context from environment variables, or null unless all three are set.</summary>
    public static GitHubContext? FromEnvironment(Func<string, string?> environment)
    {
        var server = environment("GITHUB_SERVER_URL");
        var repository = environment("GITHUB_REPOSITORY");
        var sha = environment("GITHUB_SHA");
        if (string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(repository) || string.IsNullOrWhiteSpace(sha))
        {
            return null;
        }

        var gitRef = environment("GITHUB_REF");
        return new GitHubContext(server.Trim(), repository.Trim(), sha.Trim(), string.IsNullOrWhiteSpace(gitRef) ? null : gitRef.Trim());
    }
}

/// <summary>Renders a run. Reporters are pure: same run, same output.</summary>
public interface IReporter
{
    /// <summary>Writes the report of <paramref name="run"/>.</summary>
    void Write(LintRun run, TextWriter output, ReportOptions options);
}

/// <summary>A reporter that can write its report file by file, while the run goes on.</summary>
public interface IStreamingReporter : IReporter
{
    /// <summary>
    /// Starts a report of a run over <paramref name="paths"/> (every file to check, in path order). The files then
    /// come to <see cref="ReportStream.Add"/> in that order, and <see cref="ReportStream.Finish"/> ends the report.
    /// </summary>
    ReportStream Open(TextWriter output, ReportOptions options, IReadOnlyList<string> paths);
}

/// <summary>A report being written: the same bytes as <see cref="IReporter.Write"/> of the finished run.</summary>
public abstract class ReportStream
{
    /// <summary>Writes a file's findings.</summary>
    public abstract void Add(FileResult file);

    /// <summary>Ends the report; <paramref name="run"/> is the finished run, whose files may be released.</summary>
    public abstract void Finish(LintRun run);

    /// <summary>Writes a finished run through a stream: what <see cref="IReporter.Write"/> does for a streaming reporter.</summary>
    public static void WriteAll(IStreamingReporter reporter, LintRun run, TextWriter output, ReportOptions options)
    {
        var stream = reporter.Open(output, options, run.Files.Select(f => f.Path).ToArray());
        foreach (var file in run.Files)
        {
            stream.Add(file);
        }

        stream.Finish(run);
    }
}
