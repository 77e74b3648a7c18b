using System.Text.Json;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Tests.Cli;
using PostLint.Tests.Infrastructure;
using PostLint.Tests.Reporting;

namespace PostLint.Tests.Localization;

/// <summary>
/// The reports, the rule list, the docs and the errors in Korean, snapshot-tested: <c>LANG=ko_KR.UTF-8</c> gives
/// Korean, <c>--lang en</c> the English bytes of <c>samples/expected/report.txt</c>.
/// </summary>
public partial class KoreanReportTests
{
    private const string Dir = "tests/PostLint.Tests/Localization/Snapshots/";

    private static readonly Dictionary<string, string> Korean = new() { ["LANG"] = "ko_KR.UTF-8" };

    [GeneratedRegex(@"\(\d+\.\d\d초\)$", RegexOptions.Multiline)]
    private static partial Regex Time();

    /// <summary>A Korean report with the summary's time normalised.</summary>
    public static string Normalise(string report) => Time().Replace(report.Replace("\r\n", "\n"), "(0.00초)");

    [Fact]
    public void Samples_report_in_korean_matches_the_expected_korean_report()
    {
        var result = CliRunner.Run(Repo.Root, Korean, false, "samples/blog");
        var actual = Normalise(result.Out);
        var expectedPath = Repo.Path("samples", "expected", "report.ko.txt");
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(Normalise(File.ReadAllText(expectedPath)), actual);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        var english = System.Text.RegularExpressions.Regex.Match(File.ReadAllLines(Repo.Path("samples", "expected", "report.txt"))[^1], @"^(\d+) errors?, (\d+) warnings?, 0 infos in 18 files \(19 checked; (\d+) fixable with --fix, (\d+) more").Groups;
        Assert.EndsWith($"파일 19개 중 18개에서 오류 {english[1]}개, 경고 {english[2]}개, 정보 0개를 찾았습니다. --fix로 {english[3]}개, --unsafe-fixes로 {english[4]}개를 더 고칠 수 있습니다(0.00초)\n", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_en_gives_the_english_report_whatever_the_locale()
    {
        var result = CliRunner.Run(Repo.Root, Korean, false, "samples/blog", "--lang", "en");
        Assert.Equal(SamplesEndToEndTests.Normalise(File.ReadAllText(Repo.Path("samples", "expected", "report.txt"))), SamplesEndToEndTests.Normalise(result.Out));
    }

    [Fact]
    public void The_korean_report_has_the_english_report_s_findings_in_the_same_order()
    {
        var english = File.ReadAllLines(Repo.Path("samples", "expected", "report.txt"));
        var korean = File.ReadAllLines(Repo.Path("samples", "expected", "report.ko.txt"));
        Assert.Equal(english.Length, korean.Length);
        for (var i = 0; i < english.Length - 1; i++)
        {
            // path:line:col: severity id name: stay the same; the message is translated.
            var head = english[i][..(english[i].IndexOf(": ", english[i].IndexOf(" PL", StringComparison.Ordinal), StringComparison.Ordinal) + 2)];
            Assert.StartsWith(head, korean[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rules_in_korean() =>
        SnapshotFile.Match(Dir + "rules.ko.txt", CliRunner.Run(Path.GetTempPath(), Korean, false, "rules").Out);

    [Fact]
    public void Rules_in_english_with_lang_en_are_the_english_table()
    {
        var english = CliRunner.Run(Path.GetTempPath(), "rules").Out;
        Assert.Equal(english, CliRunner.Run(Path.GetTempPath(), Korean, false, "rules", "--lang", "en").Out);
        Assert.StartsWith("ID     NAME", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_in_korean() =>
        SnapshotFile.Match(Dir + "help.ko.txt", CliRunner.Run(Path.GetTempPath(), Korean, false, "--help").Out);

    [Theory]
    [MemberData(nameof(MessageCatalogTests.RuleCatalogIds), MemberType = typeof(MessageCatalogTests))]
    public void Explain_prints_the_doc_in_the_chosen_language(string id)
    {
        var d = BuiltInRules.CreateCatalog().Find(id)!;
        var korean = CliRunner.Run(Path.GetTempPath(), Korean, false, "explain", id);
        var english = CliRunner.Run(Path.GetTempPath(), Korean, false, "explain", id, "--lang", "en");
        Assert.Equal(0, korean.ExitCode);
        Assert.Equal(BuiltInRules.GetDoc(d, Language.English) + "\n", english.Out);
        Assert.Equal((BuiltInRules.GetDoc(d, Language.Korean) ?? BuiltInRules.GetDoc(d, Language.English)) + "\n", korean.Out);
    }

    [Fact]
    public void Config_error_in_korean()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  placeholder-dat: error\n  stray-fragment: loud\ninclud: [\"**/*.md\"]\n");
        site.Write("a.md", "---\ntitle: a\n---\n\n본문입니다.\n");
        var korean = CliRunner.Run(site.Root, Korean, false, "a.md");
        var english = CliRunner.Run(site.Root, Korean, false, "a.md", "--lang", "en");
        Assert.Equal(2, korean.ExitCode);
        Assert.Equal(
            ".postlint.yml:4:1: 알 수 없는 키 'includ'입니다. 다음 중 하나를 쓰세요: rules, include, exclude, max-file-size, baseline, lang, drafts\n" +
            ".postlint.yml:2:3: 알 수 없는 규칙 'placeholder-dat'입니다. 'placeholder-date'를 쓰려던 것인가요? (규칙 목록은 'postlint rules'로 확인하세요)\n" +
            ".postlint.yml:3:19: 잘못된 심각도 'loud'입니다. off, info, warning, error 중 하나를 쓰세요\n",
            Sorted(korean.Error));
        Assert.Equal(
            ".postlint.yml:4:1: unknown key 'includ'; expected one of: rules, include, exclude, max-file-size, baseline, lang, drafts\n" +
            ".postlint.yml:2:3: unknown rule 'placeholder-dat'; did you mean 'placeholder-date'? (run 'postlint rules' for the list)\n" +
            ".postlint.yml:3:19: invalid severity 'loud'; expected one of: off, info, warning, error\n",
            Sorted(english.Error));
    }

    [Fact]
    public void Usage_errors_in_korean()
    {
        var result = CliRunner.Run(Path.GetTempPath(), Korean, false, "--format", "xml");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("postlint: 인수 'xml'은 쓸 수 없습니다. 다음 중 하나를 쓰세요:", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("사용법은 'postlint --help'로 확인하세요.\n", result.Error, StringComparison.Ordinal);
        Assert.Equal("postlint: 'explain' 명령에 필요한 인수가 없습니다.\n사용법은 'postlint --help'로 확인하세요.\n", CliRunner.Run(Path.GetTempPath(), Korean, false, "explain").Error);
        Assert.Equal("postlint: --unsafe-fixes는 --fix나 --diff와 함께 쓸 때만 적용됩니다\n사용법은 'postlint --help'로 확인하세요.\n", CliRunner.Run(Path.GetTempPath(), Korean, false, "--unsafe-fixes").Error);
        Assert.Equal("postlint: 'nowhere/*.md'에 맞는 파일이나 폴더가 없습니다\n", CliRunner.Run(Path.GetTempPath(), Korean, false, "nowhere/*.md").Error);
    }

    [Fact]
    public void Sarif_in_korean_keeps_ids_names_and_keys()
    {
        var file = Path.Combine(Path.GetTempPath(), $"postlint-ko-{Guid.NewGuid():N}.sarif");
        try
        {
            var ko = CliRunner.Run(Repo.Root, Korean, false, "samples/blog", "--format", "text", "--sarif-file", file);
            var text = Normalise(ko.Out).Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).ToArray();
            using var sarif = JsonDocument.Parse(File.ReadAllText(file));
            var run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal("ko-KR", run.GetProperty("language").GetString());
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
            var catalog = BuiltInRules.CreateCatalog();
            foreach (var rule in rules)
            {
                var d = catalog.Find(rule.GetProperty("id").GetString()!)!;
                Assert.Equal(d.TitleIn(Language.Korean), rule.GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal(catalog.GetDoc(d, Language.Korean)!.TrimEnd() + "\n", rule.GetProperty("help").GetProperty("markdown").GetString());
            }

            // Every result's message is the Korean report's message for the same place and rule.
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var message = result.GetProperty("message").GetProperty("text").GetString()!;
                var id = result.GetProperty("ruleId").GetString()!;
                Assert.Contains(text, l => l.Contains($" {id} ", StringComparison.Ordinal) && l.EndsWith(": " + message.Replace('\n', ' '), StringComparison.Ordinal));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Canned_text_report_in_korean() =>
        SnapshotFile.Match(Dir + "canned.ko.text.txt", CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { Language = Language.Korean, ShowSource = true }));

    [Fact]
    public void Canned_sarif_in_korean() =>
        SnapshotFile.Match(Dir + "canned.ko.sarif", CannedRun.Render(new SarifReporter(), CannedRun.Create(), CannedRun.Options() with { Language = Language.Korean }));

    [Fact]
    public void Canned_github_annotations_and_job_summary_in_korean()
    {
        var options = CannedRun.Options() with { Language = Language.Korean };
        var summary = new StringWriter { NewLine = "\n" };
        GitHubReporter.WriteSummary(CannedRun.Create(), summary, options);
        SnapshotFile.Match(Dir + "canned.ko.github.txt", CannedRun.Render(new GitHubReporter(), CannedRun.Create(), options) + "\n" + summary);
    }

    private static string Sorted(string lines) =>
        string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(l => l.StartsWith(".postlint.yml:4", StringComparison.Ordinal)).ThenBy(l => l, StringComparer.Ordinal).Select(l => l + "\n"));
}
