using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Rules;

namespace PostLint.Tests.Reporting;

/// <summary>
/// One run every reporter is snapshot-tested on: every severity, a multi-line range, fixes (safe and unsafe), a path
/// with a space and Hangul, a message with <c>%</c>, <c>,</c>, <c>:</c> and a line break, a file that could not be
/// read (its message quotes the machine's absolute path), and a clean file. Rules and docs are the test's own, so the
/// snapshots change only when a reporter does.
/// </summary>
public static class CannedRun
{
    /// <summary>The repository root the run pretends to have (a GitHub runner's checkout).</summary>
    public const string Root = "/home/runner/work/blog/blog";

    public const string PostPath = "_posts/2025-03-01-컨테이너 정리.md";

    public static readonly RuleDescriptor DateRule = new(
        "PL901", "canned-date", "A front matter date is a template placeholder", RuleCategory.Content, Severity.Error, FixAvailability.Sometimes);

    public static readonly RuleDescriptor SpellingRule = new(
        "PL902", "canned-spelling", "A word is misspelt", RuleCategory.Spelling, Severity.Warning, FixAvailability.Always);

    public static readonly RuleDescriptor TableRule = new(
        "PL903", "canned-table", "A table row has the wrong number of cells", RuleCategory.Tables, Severity.Info);

    public const string PostText =
        "---\n" +
        "title: \"컨테이너 정리\"\n" +
        "last_modified_at: YYYY-MM-DD\n" +
        "---\n" +
        "\n" +
        "## 개요 😀\n" +
        "\t😀 확작성 덕분에 100%, 정말: 빠르다.\n" +
        "| 항목 | 설명 |\n" +
        "|---|\n" +
        "| 가 | 나 |\n";

    public static IReadOnlyList<RuleDescriptor> Rules { get; } = [EngineRules.FileUnreadable, EngineRules.UnknownSuppressionRule, EngineRules.InternalError, DateRule, SpellingRule, TableRule];

    public static string? Doc(RuleDescriptor rule) => rule.Id switch
    {
        "PL001" => """
            # PL001 file-unreadable
            Category: meta · Default severity: error · Fix: none · Options: none

            ## What it does
            Reports a file that could not be read.

            ## Suppress
            It cannot be suppressed.
            """,
        "PL901" => """
            # PL901 canned-date
            Category: content · Default severity: error · Fix: sometimes (unsafe) · Options: none

            ## What it does
            Flags a `last_modified_at` that still holds `YYYY-MM-DD`,
            a value left from a [post template](https://example.com/template).

            ## Example
            ```yaml
            last_modified_at: YYYY-MM-DD
            ```

            ## Fix
            Unsafe: writes the date from the file name.
            """,
        "PL902" => """
            # PL902 canned-spelling
            Category: spelling · Default severity: warning · Fix: always · Options: none

            ## What it does
            Flags common misspellings:

            - Korean words such as 확작성 (확장성)
            - product names such as Github (GitHub)
            """,
        "PL903" => """
            # PL903 canned-table
            Category: tables · Default severity: info · Fix: none · Options: none

            ## What it does
            Flags a table whose delimiter row has fewer cells than its header.
            """,
        _ => null,
    };

    public static LintRun Create()
    {
        var source = new SourceText(PostText);
        var date = Find(PostText, "YYYY-MM-DD");
        var typo = Find(PostText, "확작성");
        var tableStart = PostText.IndexOf("| 항목", StringComparison.Ordinal);
        var table = new TextRange(tableStart, PostText.Length - 1);
        FileResult post = new(
            PostPath,
            Root + "/" + PostPath,
            source,
            [
                Linter.Make(source, DateRule, Severity.Error, "last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-01", date,
                    Fix.Replace("Replace with 2025-03-01", date, "2025-03-01", FixSafety.Unsafe)),
                Linter.Make(source, SpellingRule, Severity.Warning, "'확작성' is misspelt: 100%, really, write '확장성'\nor add it to the dictionary", typo,
                    Fix.Replace("Replace with '확장성'", typo, "확장성")),
                Linter.Make(source, TableRule, Severity.Info, "the delimiter row has 1 cell, the header 2 | add the missing cell", table),
            ]);
        var locked = Linter.Unreadable(
            new LintTarget("_drafts/locked.md", Root + "/_drafts/locked.md"), $"Access to the path '{Root}/_drafts/locked.md' is denied.");
        FileResult about = new("about.md", Root + "/about.md", new SourceText("# About\n"), []);
        return new LintRun([locked, post, about], TimeSpan.FromMilliseconds(420));
    }

    public static ReportOptions Options(bool withGitHub = true) => new()
    {
        Version = "1.2.3",
        Rules = Rules,
        RuleDocs = Doc,
        RepositoryRoot = Root,
        GitHub = withGitHub ? new GitHubContext("https://github.com", "octo/blog", "0123456789abcdef0123456789abcdef01234567", "refs/heads/main") : null,
    };

    public static string Render(IReporter reporter, LintRun run, ReportOptions options)
    {
        var output = new StringWriter { NewLine = "\n" };
        reporter.Write(run, output, options);
        return output.ToString();
    }

    private static TextRange Find(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new TextRange(start, start + value.Length);
    }
}
