using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Reporting;
using PostLint.Localization;
using PostLint.Rules;

namespace PostLint.Tests.Reporting;

public class SarifReporterTests
{
    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static JsonElement RenderCanned(SarifReporter? reporter = null, PostLint.Reporting.ReportOptions? options = null) =>
        Run(CannedRun.Render(reporter ?? new SarifReporter(), CannedRun.Create(), options ?? CannedRun.Options()));

    [Fact]
    public void Log_has_schema_version_and_one_run()
    {
        var sarif = CannedRun.Render(new SarifReporter(), CannedRun.Create(), CannedRun.Options());
        var root = JsonDocument.Parse(sarif).RootElement;
        Assert.Equal(SarifReporter.SchemaUri, root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(1, root.GetProperty("runs").GetArrayLength());
        var run = root.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal("postlint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("PostLint", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("semanticVersion").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_that_ran_is_listed_with_help_and_results_point_at_their_rule()
    {
        var run = RenderCanned();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(CannedRun.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("markdown").GetString()));
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Single(rule.GetProperty("properties").GetProperty("tags").EnumerateArray());
        }

        var date = rules[3];
        Assert.Equal("CannedDate", date.GetProperty("name").GetString());
        Assert.Equal("error", date.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("content", date.GetProperty("properties").GetProperty("tags")[0].GetString());
        Assert.Equal(
            "Flags a last_modified_at that still holds YYYY-MM-DD, a value left from a post template (https://example.com/template).",
            date.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains("    last_modified_at: YYYY-MM-DD", date.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("```yaml", date.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("note", rules[5].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty("postlint/v1").GetString());
            Assert.False(result.GetProperty("partialFingerprints").TryGetProperty("primaryLocationLineHash", out _));
        }
    }

    [Fact]
    public void Levels_map_every_severity()
    {
        var results = RenderCanned().GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["error", "warning", "note"], results.Select(r => r.GetProperty("level").GetString()));
    }

    [Fact]
    public void Locations_are_percent_encoded_uris_relative_to_the_root_with_full_regions()
    {
        var result = RenderCanned().GetProperty("results")[1];
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        Assert.Equal("_posts/2025-03-01-%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88%20%EC%A0%95%EB%A6%AC.md", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.True(Uri.IsWellFormedUriString(artifact.GetProperty("uri").GetString(), UriKind.Relative));
        var region = physical.GetProperty("region");
        Assert.Equal((7, 5, 7, 8), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("확작성", region.GetProperty("snippet").GetProperty("text").GetString());
        var context = physical.GetProperty("contextRegion");
        Assert.Equal((7, 1, 7, 27), (context.GetProperty("startLine").GetInt32(), context.GetProperty("startColumn").GetInt32(), context.GetProperty("endLine").GetInt32(), context.GetProperty("endColumn").GetInt32()));
        Assert.Equal("\t😀 확작성 덕분에 100%, 정말: 빠르다.", context.GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Context_region_grows_when_the_region_is_whole_lines_and_is_left_out_when_it_cannot()
    {
        var multi = RenderCanned().GetProperty("results")[2].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(8, multi.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(10, multi.GetProperty("region").GetProperty("endLine").GetInt32());
        Assert.Equal(7, multi.GetProperty("contextRegion").GetProperty("startLine").GetInt32());
        Assert.Equal(11, multi.GetProperty("contextRegion").GetProperty("endLine").GetInt32());

        var source = new SourceText("only line");
        var d = Linter.Make(source, CannedRun.TableRule, Severity.Info, "whole file", new TextRange(0, source.Length));
        var run = new LintRun([new FileResult("a.md", "/r/a.md", source, [d])], TimeSpan.Zero);
        var physical = Run(CannedRun.Render(new SarifReporter(), run, new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" }))
            .GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.False(physical.TryGetProperty("contextRegion", out _));
        Assert.Equal("only line", physical.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
    }

    [Fact]
    public void Fixes_are_replacements_of_the_same_artifact()
    {
        var results = RenderCanned().GetProperty("results").EnumerateArray().ToArray();
        var fix = Assert.Single(results[1].GetProperty("fixes").EnumerateArray());
        Assert.Equal("Replace with '확장성'", fix.GetProperty("description").GetProperty("text").GetString());
        Assert.Equal("safe", fix.GetProperty("properties").GetProperty("safety").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal(
            results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
            change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        var deleted = replacement.GetProperty("deletedRegion");
        Assert.Equal((7, 5, 7, 8), (deleted.GetProperty("startLine").GetInt32(), deleted.GetProperty("startColumn").GetInt32(), deleted.GetProperty("endLine").GetInt32(), deleted.GetProperty("endColumn").GetInt32()));
        Assert.Equal("확장성", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal("unsafe", results[0].GetProperty("fixes")[0].GetProperty("properties").GetProperty("safety").GetString());
        Assert.False(results[2].TryGetProperty("fixes", out _));
    }

    [Fact]
    public void A_pure_deletion_has_no_inserted_content()
    {
        var source = new SourceText("a  b\n");
        var d = Linter.Make(source, CannedRun.SpellingRule, Severity.Warning, "two spaces", new TextRange(1, 3), Fix.Replace("Remove a space", new TextRange(1, 2), ""));
        var run = new LintRun([new FileResult("a.md", "/r/a.md", source, [d])], TimeSpan.Zero);
        var replacement = Run(CannedRun.Render(new SarifReporter(), run, new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" }))
            .GetProperty("results")[0].GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.False(replacement.TryGetProperty("insertedContent", out _));
        Assert.Equal(2, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.Equal(3, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public void Unreadable_files_are_tool_notifications_not_results()
    {
        var run = RenderCanned();
        Assert.DoesNotContain(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PL001");
        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray());
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", note.GetProperty("level").GetString());
        Assert.Equal("cannot read the file: Access to the path '_drafts/locked.md' is denied.", note.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("PL001", note.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal(0, note.GetProperty("associatedRule").GetProperty("index").GetInt32());
        Assert.Equal("_drafts/locked.md", note.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void A_clean_run_succeeds_with_an_empty_results_array()
    {
        var run = Run(CannedRun.Render(new SarifReporter(), new LintRun([], TimeSpan.Zero), new PostLint.Reporting.ReportOptions { Rules = CannedRun.Rules }));
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.False(run.GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _));
        Assert.Equal(CannedRun.Rules.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public void No_absolute_path_of_the_machine_appears()
    {
        var sarif = CannedRun.Render(new SarifReporter(), CannedRun.Create(), CannedRun.Options());
        Assert.DoesNotContain(CannedRun.Root, sarif, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/", sarif, StringComparison.Ordinal);
        Assert.DoesNotContain("file://", sarif, StringComparison.Ordinal);
        var bases = Run(sarif).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");
        Assert.False(bases.TryGetProperty("uri", out _));
    }

    [Fact]
    public void Category_option_sets_the_automation_id()
    {
        Assert.Equal("docs/", RenderCanned(options: CannedRun.Options() with { SarifCategory = "docs" }).GetProperty("automationDetails").GetProperty("id").GetString());
        Assert.Equal("blog/ko/", SarifReporter.AutomationId("blog/ko/"));
        Assert.Equal("postlint/", SarifReporter.AutomationId("  "));
    }

    [Fact]
    public void Version_control_provenance_only_with_a_github_context()
    {
        var with = RenderCanned().GetProperty("versionControlProvenance")[0];
        Assert.Equal("https://github.com/octo/blog", with.GetProperty("repositoryUri").GetString());
        Assert.Equal("main", with.GetProperty("branch").GetString());
        Assert.Equal("%SRCROOT%", with.GetProperty("mappedTo").GetProperty("uriBaseId").GetString());
        Assert.False(RenderCanned(options: CannedRun.Options(withGitHub: false)).TryGetProperty("versionControlProvenance", out _));
    }

    [Fact]
    public void Past_the_result_limit_the_most_severe_are_kept_and_a_notification_says_so()
    {
        var run = RenderCanned(new SarifReporter { MaxResults = 2 });
        Assert.Equal(["PL901", "PL902"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        var notes = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
        Assert.Equal(2, notes.Length);
        Assert.Equal("warning", notes[1].GetProperty("level").GetString());
        Assert.Equal(
            "Kept the 2 most severe of 3 results and left out 1: GitHub code scanning accepts at most 2 results per run. Run postlint with --format text or json to see them all.",
            notes[1].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void Past_the_size_limit_results_are_dropped_least_severe_first()
    {
        // Many findings of every severity; a 20 kB gzip budget keeps only part of them.
        var text = string.Concat(Enumerable.Range(0, 600).Select(i => $"줄 {i} 확작성 {Guid.NewGuid():N}\n"));
        var source = new SourceText(text);
        var diagnostics = Enumerable.Range(0, 600).Select(i =>
        {
            var start = source.GetLineStart(i + 1);
            var severity = (Severity)(i % 3);
            return Linter.Make(source, severity == Severity.Error ? CannedRun.DateRule : severity == Severity.Warning ? CannedRun.SpellingRule : CannedRun.TableRule, severity, $"finding {i} {Guid.NewGuid():N}", new TextRange(start, start + 3));
        }).ToArray();
        var lintRun = new LintRun([new FileResult("big.md", "/r/big.md", source, diagnostics)], TimeSpan.Zero);
        var reporter = new SarifReporter { MaxGzippedBytes = 20_000 };
        var bytes = reporter.Render(lintRun, new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" });
        using var gz = new MemoryStream();
        using (var z = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Optimal, true))
        {
            z.Write(bytes);
        }

        Assert.True(gz.Length <= 20_000, $"gzipped {gz.Length} bytes");
        var run = Run(System.Text.Encoding.UTF8.GetString(bytes));
        var levels = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ToArray();
        Assert.InRange(levels.Length, 1, 599);
        Assert.Equal(Math.Min(200, levels.Length), levels.Count(l => l == "error"));
        var message = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString();
        Assert.Contains("GitHub code scanning accepts at most 20000 bytes of gzip-compressed SARIF", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_descriptions_are_cut_on_text_element_boundaries()
    {
        var title = new string('가', 1022) + "👍🏽" + " tail";
        var rule = CannedRun.TableRule with { Title = title };
        var run = Run(CannedRun.Render(new SarifReporter(), new LintRun([], TimeSpan.Zero), new PostLint.Reporting.ReportOptions { Rules = [rule] }));
        var text = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("shortDescription").GetProperty("text").GetString()!;
        Assert.Equal(new string('가', 1022) + "…", text);
    }

    [Theory]
    [InlineData("abcdef", 4, "abc…")]
    [InlineData("abc", 3, "abc")]
    [InlineData("ab😀cd", 4, "ab…")]
    [InlineData("ab😀cd", 5, "ab😀…")]
    [InlineData("한국어", 2, "한…")]
    [InlineData("e\u0301e\u0301e\u0301", 4, "e\u0301…")]
    [InlineData("\u1112\u1161\u11AB\u1100\u1173\u11AF", 5, "\u1112\u1161\u11AB…")]
    [InlineData("👨‍👩‍👧xyz", 10, "👨‍👩‍👧x…")]
    [InlineData("👨‍👩‍👧x", 8, "…")]
    public void Truncate_keeps_text_elements_whole(string text, int max, string expected)
    {
        var cut = RuleDocText.Truncate(text, max);
        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public void Rules_without_a_doc_fall_back_to_the_title_and_help_uri()
    {
        var rules = RenderCanned().GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var pl002 = rules[1];
        Assert.Equal("A suppression comment names an unknown rule", pl002.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Contains(pl002.GetProperty("helpUri").GetString()!, pl002.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement RunOf(PostLint.Reporting.ReportOptions? options, SarifReporter? reporter, params FileResult[] files) =>
        Run(CannedRun.Render(reporter ?? new SarifReporter(), new LintRun(files, TimeSpan.Zero), options ?? new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" }));

    private static FileResult FileWith(string text, params (RuleDescriptor Rule, string Message, int Start, int End)[] findings)
    {
        var source = new SourceText(text);
        return new FileResult("a.md", "/r/a.md", source, findings.Select(f => Linter.Make(source, f.Rule, f.Rule.DefaultSeverity, f.Message, new TextRange(f.Start, f.End))).ToArray());
    }

    [Fact]
    public void A_rule_that_failed_on_a_readable_file_is_a_notification_not_a_result()
    {
        var run = RunOf(null, null, FileWith("# a\n", (EngineRules.InternalError, "rule PL999 failed: boom", 0, 3), (CannedRun.TableRule, "t", 0, 3)));
        Assert.Equal(["PL903"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        var note = Assert.Single(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("PL003", note.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal("rule PL999 failed: boom", note.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void An_empty_message_is_replaced_by_the_rule_title()
    {
        var result = RunOf(null, null, FileWith("# a\n", (CannedRun.TableRule, " ", 0, 3))).GetProperty("results")[0];
        Assert.Equal(CannedRun.TableRule.Title, result.GetProperty("message").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("a\nb\n", 0, 2, 1, 2)]
    [InlineData("a\nb\nc\n", 2, 3, 1, 3)]
    [InlineData("a\nb", 2, 3, 1, 2)]
    public void A_region_of_whole_lines_gets_the_lines_around_it_as_context(string text, int start, int end, int contextStart, int contextEnd)
    {
        var physical = RunOf(null, null, FileWith(text, (CannedRun.TableRule, "t", start, end)))
            .GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(contextStart, physical.GetProperty("contextRegion").GetProperty("startLine").GetInt32());
        Assert.Equal(contextEnd, physical.GetProperty("contextRegion").GetProperty("endLine").GetInt32());
    }

    [Fact]
    public void Past_the_result_limit_the_first_of_equal_severity_are_kept()
    {
        var run = RunOf(null, new SarifReporter { MaxResults = 2 }, FileWith("a\nb\nc\n", (CannedRun.TableRule, "first", 0, 1), (CannedRun.TableRule, "second", 2, 3), (CannedRun.TableRule, "third", 4, 5)));
        Assert.Equal(["first", "second"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("text").GetString()));
    }

    [Fact]
    public void Only_a_branch_ref_names_a_branch()
    {
        var options = CannedRun.Options() with { GitHub = new GitHubContext("https://github.com", "octo/blog", "0123456789abcdef0123456789abcdef01234567", "refs/tags/v1.0") };
        var provenance = RenderCanned(options: options).GetProperty("versionControlProvenance")[0];
        Assert.False(provenance.TryGetProperty("branch", out _));
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", provenance.GetProperty("revisionId").GetString());
    }

    [Fact]
    public void A_korean_log_says_so_and_takes_each_rule_s_description_from_the_korean_section_else_the_english_one()
    {
        Assert.False(RenderCanned().TryGetProperty("language", out _));
        var korean = RenderCanned(options: CannedRun.Options() with { Language = Language.Korean });
        Assert.Equal("ko-KR", korean.GetProperty("language").GetString());

        // The canned docs are English only: their "What it does" section, in a Korean log too.
        var rules = korean.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var date = rules.Single(r => r.GetProperty("id").GetString() == "PL901");
        Assert.StartsWith("Flags ", date.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);

        // A doc with both sections gives the section of the log's language.
        const string both = "# PL903 canned-table\n\n## 하는 일\n표의 칸 수를 봅니다.\n\n## What it does\nChecks cell counts.\r\n";
        var options = new PostLint.Reporting.ReportOptions { Rules = [CannedRun.TableRule], RuleDocs = _ => both };
        string Description(Language language) => Run(CannedRun.Render(new SarifReporter(), new LintRun([], TimeSpan.Zero), options with { Language = language }))
            .GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("fullDescription").GetProperty("text").GetString()!;
        Assert.Equal("표의 칸 수를 봅니다.", Description(Language.Korean));
        Assert.Equal("Checks cell counts.", Description(Language.English));

        // Its Markdown help is the doc with LF line breaks and one final line break.
        var help = Run(CannedRun.Render(new SarifReporter(), new LintRun([], TimeSpan.Zero), options)).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("help");
        Assert.Equal(both.Replace("\r\n", "\n"), help.GetProperty("markdown").GetString());
    }

    /// <summary>A file of <paramref name="count"/> findings, a third of each severity, with messages that do not compress (hashes of their number).</summary>
    private static LintRun ManyFindings(int count)
    {
        static string Noise(int i) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)));
        var text = string.Concat(Enumerable.Range(0, count).Select(i => $"줄 {i} {Noise(i)}\n"));
        var source = new SourceText(text);
        var diagnostics = Enumerable.Range(0, count).Select(i =>
        {
            var start = source.GetLineStart(i + 1);
            var severity = (Severity)(i % 3);
            var rule = severity == Severity.Error ? CannedRun.DateRule : severity == Severity.Warning ? CannedRun.SpellingRule : CannedRun.TableRule;
            return Linter.Make(source, rule, severity, $"finding {i} {Noise(-i)}", new TextRange(start, start + 3));
        }).ToArray();
        return new LintRun([new FileResult("big.md", "/r/big.md", source, diagnostics)], TimeSpan.Zero);
    }

    private static long GzippedLength(byte[] bytes)
    {
        using var gz = new MemoryStream();
        using (var z = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Optimal, true))
        {
            z.Write(bytes);
        }

        return gz.Length;
    }

    [Fact]
    public void Past_the_size_limit_one_proportional_cut_with_a_margin_keeps_the_most_severe()
    {
        // 600 findings gzip to some 45 kB; a 20 kB budget keeps 0.9 x 20/45 of them, errors first, in one cut.
        var bytes = new SarifReporter { MaxGzippedBytes = 20_000 }.Render(ManyFindings(600), new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" });
        var results = Run(System.Text.Encoding.UTF8.GetString(bytes)).GetProperty("results").EnumerateArray().ToArray();
        Assert.InRange(GzippedLength(bytes), 15_000, 20_000);
        Assert.Equal(["error"], results.Select(r => r.GetProperty("level").GetString()).Distinct());
        Assert.Equal(
            Enumerable.Range(0, results.Length).Select(i => (3 * i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            results.Select(r => r.GetProperty("message").GetProperty("text").GetString()!.Split(' ')[1]));
        var whole = GzippedLength(new SarifReporter().Render(ManyFindings(600), new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" }));
        Assert.Equal((int)(600 * (20_000 / (double)whole) * 0.9), results.Length);
    }

    [Fact]
    public void The_size_limit_is_named_in_megabytes_when_it_is_whole_ones()
    {
        var bytes = new SarifReporter { MaxGzippedBytes = 1_000_000 }.Render(ManyFindings(24_000), new PostLint.Reporting.ReportOptions { RepositoryRoot = "/r" });
        Assert.True(GzippedLength(bytes) <= 1_000_000);
        var message = Run(System.Text.Encoding.UTF8.GetString(bytes)).GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString();
        Assert.Contains("GitHub code scanning accepts at most 1 MB of gzip-compressed SARIF", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_options_the_log_names_version_0_0_0_and_the_postlint_category()
    {
        var run = Run(CannedRun.Render(new SarifReporter(), new LintRun([], TimeSpan.Zero), new PostLint.Reporting.ReportOptions()));
        Assert.Equal("0.0.0", run.GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
        Assert.Equal("postlint/", run.GetProperty("automationDetails").GetProperty("id").GetString());
    }
}

