using System.Text;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Engine;

/// <summary>
/// The engine itself, called as the command line calls it: how a file's bytes are read and judged (size, UTF-16,
/// NUL bytes, invalid UTF-8), what a failing rule leaves, which severity a finding gets, what a result keeps of its
/// text, and which configs a run reports.
/// </summary>
public class LinterTests
{
    private const string Post = "---\ntitle: 글\ndate: 2025-01-01\n---\n본문입니다.\n";

    /// <summary>A rule that reports what it is told to, or throws.</summary>
    private sealed class ProbeRule(RuleDescriptor descriptor, Action<Post, RuleContext> check) : IRule
    {
        public RuleDescriptor Descriptor { get; } = descriptor;

        public void Check(Post post, RuleContext context) => check(post, context);
    }

    private static readonly RuleDescriptor Probe = new("PL901", "probe", "A probe", RuleCategory.Content, Severity.Warning);

    private static LintSettings Settings(IEnumerable<ActiveRule>? rules = null, long maxFileSize = LintSettings.DefaultMaxFileSize, bool invalidUtf8 = true, bool siteConfig = true)
    {
        var enabled = new Dictionary<string, Severity>
        {
            [EngineRules.UnknownSuppressionRule.Id] = Severity.Warning,
        };
        if (invalidUtf8)
        {
            enabled[EngineRules.InvalidUtf8.Id] = Severity.Error;
        }

        if (siteConfig)
        {
            enabled[EngineRules.SiteConfigUnreadable.Id] = Severity.Warning;
        }

        var active = (rules ?? []).ToList();
        foreach (var a in active)
        {
            enabled[a.Rule.Descriptor.Id] = a.Severity;
        }

        return new LintSettings
        {
            Catalog = BuiltInRules.CreateCatalog(),
            ActiveRules = active,
            Enabled = enabled,
            Now = RuleHarness.FixedNow,
            MaxFileSize = maxFileSize,
            MaxParallelism = 1,
        };
    }

    private static FileResult LintBytes(byte[] bytes, LintSettings? settings = null)
    {
        using var site = new TempSite();
        var full = site.WriteBytes("_posts/2025-01-01-a.md", bytes);
        return new Linter(settings ?? Settings(), new SiteLocator(null, site.Root)).LintFile(new LintTarget("_posts/2025-01-01-a.md", full));
    }

    private static string[] Lines(FileResult result) =>
        result.Diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity} {d.Rule.Id}: {d.Message}").ToArray();

    [Theory]
    [InlineData(1024, 1024, 0)]
    [InlineData(1025, 1024, 1)]
    public void A_file_of_exactly_the_size_limit_is_linted_and_one_byte_more_is_not(int size, long limit, int skipped)
    {
        var bytes = Encoding.UTF8.GetBytes(Post + new string('a', size - Encoding.UTF8.GetByteCount(Post)));
        var result = LintBytes(bytes, Settings(maxFileSize: limit));
        Assert.Equal(skipped, result.Diagnostics.Count(d => d.Rule == EngineRules.FileTooLarge));
        Assert.Equal(skipped == 1, result.Failed);
    }

    [Theory]
    [InlineData(1536, 1024, "the file is 1.5 KB, over the 1 KB limit; raise 'max-file-size' in the config to lint it")]
    [InlineData(3 * 1024 * 1024 / 2, 1024 * 1024, "the file is 1.5 MB, over the 1 MB limit; raise 'max-file-size' in the config to lint it")]
    [InlineData(1024 * 1024, 1024 * 1024 - 1, "the file is 1 MB, over the 1024 KB limit; raise 'max-file-size' in the config to lint it")]
    [InlineData(1100, 1000, "the file is 1.1 KB, over the 1 KB limit; raise 'max-file-size' in the config to lint it")]
    [InlineData(1310720, 1024 * 1024, "the file is 1.3 MB, over the 1 MB limit; raise 'max-file-size' in the config to lint it")]
    public void A_file_over_the_limit_gives_both_sizes_in_KB_or_MB(int size, long limit, string message)
    {
        var result = LintBytes(Enumerable.Repeat((byte)'a', size).ToArray(), Settings(maxFileSize: limit));
        Assert.Equal([$"1:1-1:1 Error PL005: {message}"], Lines(result));
        Assert.Null(result.Source);
        Assert.Equal(message, result.Diagnostics[0].Text!.ToString());
    }

    [Fact]
    public void A_skipped_file_reports_in_Korean_too()
    {
        var result = LintBytes(Enumerable.Repeat((byte)'a', 2048).ToArray(), Settings(maxFileSize: 1024));
        Assert.Equal("파일 크기 2 KB가 한도 1 KB를 넘습니다. 검사하려면 설정의 'max-file-size'를 늘리세요", result.Diagnostics[0].Text!.In(Language.Korean));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x2D })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x2D, 0x00 })]
    public void Either_UTF16_byte_order_mark_makes_the_file_UTF16(byte[] bytes)
    {
        Assert.Equal(["1:1-1:1 Error PL004: the file is UTF-16, not UTF-8; re-save it as UTF-8 to lint it"], Lines(LintBytes(bytes)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0x41 })]
    [InlineData(new byte[] { 0xFE, 0xFE, 0x41 })]
    [InlineData(new byte[] { 0xFF, 0x41, 0xFE })]
    [InlineData(new byte[] { 0xFE })]
    public void Other_high_bytes_at_the_start_are_invalid_UTF8_from_the_first_byte(byte[] bytes)
    {
        Assert.Equal(["1:1-1:2 Error PL006: invalid UTF-8 bytes; re-save the file as UTF-8 (the rest was linted with U+FFFD in their place)"], Lines(LintBytes(bytes)));
    }

    [Fact]
    public void An_invalid_last_byte_is_reported_on_that_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("가나\n다").Append((byte)0xFF).ToArray();
        var result = LintBytes(bytes);
        Assert.Equal(["2:2-2:3 Error PL006: invalid UTF-8 bytes; re-save the file as UTF-8 (the rest was linted with U+FFFD in their place)"], Lines(result));
        Assert.Equal("다\uFFFD", result.Source!.GetLineText(2));
    }

    [Fact]
    public void Invalid_UTF8_is_not_reported_when_its_rule_is_off_and_the_file_is_still_linted()
    {
        var result = LintBytes([0x41, 0xFF, 0x0A], Settings(invalidUtf8: false));
        Assert.Empty(result.Diagnostics);
        Assert.False(result.Failed);
    }

    [Fact]
    public void Invalid_UTF8_is_sorted_among_the_rules_findings()
    {
        var rule = new ProbeRule(Probe, (post, context) =>
        {
            context.Report(new TextRange(0, 1), "first");
            context.Report(new TextRange(post.Source.Length - 1, post.Source.Length), "last");
        });
        var result = LintBytes([0x61, 0x0A, 0xFF, 0x0A, 0x62], Settings([new ActiveRule(rule, Severity.Warning, false, null)]));
        Assert.Equal(
        [
            "1:1-1:2 Warning PL901: first",
            "2:1-2:2 Error PL006: invalid UTF-8 bytes; re-save the file as UTF-8 (the rest was linted with U+FFFD in their place)",
            "3:1-3:2 Warning PL901: last",
        ], Lines(result));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7999)]
    public void A_NUL_byte_in_the_first_8000_bytes_makes_the_file_binary(int at)
    {
        var bytes = Enumerable.Repeat((byte)'a', 9000).ToArray();
        bytes[at] = 0;
        Assert.Equal(["1:1-1:1 Error PL004: the file is binary (it holds NUL bytes), not Markdown; skipped"], Lines(LintBytes(bytes)));
    }

    [Fact]
    public void A_NUL_byte_after_the_first_8000_bytes_is_text()
    {
        var bytes = Enumerable.Repeat((byte)'a', 9000).ToArray();
        bytes[8000] = 0;
        var result = LintBytes(bytes);
        Assert.False(result.Failed);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_file_that_is_gone_is_reported_as_gone()
    {
        using var site = new TempSite();
        var linter = new Linter(Settings(), new SiteLocator(null, site.Root));
        var result = linter.LintFile(new LintTarget("_posts/none.md", Path.Combine(site.Root, "_posts", "none.md")));
        Assert.Equal(["1:1-1:1 Error PL001: cannot read the file: the file no longer exists"], Lines(result));
        var inMissingFolder = linter.LintFile(new LintTarget("gone/none.md", Path.Combine(site.Root, "gone", "none.md")));
        Assert.Equal(["1:1-1:1 Error PL001: cannot read the file: the file no longer exists"], Lines(inMissingFolder));
        Assert.Equal("파일을 읽을 수 없습니다: 파일이 더 이상 없습니다", inMissingFolder.Diagnostics[0].Text!.In(Language.Korean));
    }

    [Fact]
    public void Another_read_error_gives_the_systems_reason()
    {
        using var site = new TempSite();
        var full = Path.Combine(site.Root, new string('가', 200) + ".md");
        var result = new Linter(Settings(), new SiteLocator(null, site.Root)).LintFile(new LintTarget("long.md", full));
        var line = Assert.Single(Lines(result));
        Assert.StartsWith("1:1-1:1 Error PL001: cannot read the file: ", line);
        Assert.DoesNotContain("no longer exists", line);
        Assert.DoesNotContain("permission denied", line);
    }

    [Fact]
    public void A_folder_named_as_a_file_cannot_be_read()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "folder.md"));
        var result = new Linter(Settings(), new SiteLocator(null, site.Root)).LintFile(new LintTarget("folder.md", Path.Combine(site.Root, "folder.md")));
        Assert.Equal(["1:1-1:1 Error PL001: cannot read the file: permission denied"], Lines(result));
    }

    [Fact]
    public void A_rule_that_throws_leaves_one_internal_error_and_nothing_it_reported_before()
    {
        var rule = new ProbeRule(Probe, (post, context) =>
        {
            context.Report(new TextRange(0, 3), "before the failure");
            throw new InvalidOperationException("boom");
        });
        var result = LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(rule, Severity.Warning, true, null)]));
        Assert.Equal(["1:1-1:1 Error PL003: rule PL901 probe failed: InvalidOperationException: boom; please report this file"], Lines(result));
        Assert.Equal("규칙 PL901 probe가 실패했습니다: InvalidOperationException: boom. 이 파일과 함께 버그를 알려 주세요", result.Diagnostics[0].Text!.In(Language.Korean));
    }

    [Fact]
    public void A_cancellation_inside_a_rule_is_not_an_internal_error()
    {
        var rule = new ProbeRule(Probe, (_, _) => throw new OperationCanceledException());
        Assert.Throws<OperationCanceledException>(() => LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(rule, Severity.Warning, false, null)])));
    }

    [Fact]
    public void A_configured_severity_applies_to_every_finding_and_a_default_one_leaves_the_rules_grading()
    {
        void Check(Post post, RuleContext context)
        {
            context.Report(new TextRange(0, 1), "as graded", severity: Severity.Info);
            context.Report(new TextRange(1, 2), "default");
        }

        var configured = LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(new ProbeRule(Probe, Check), Severity.Error, true, null)]));
        Assert.Equal(["1:1-1:2 Error PL901: as graded", "1:2-1:3 Error PL901: default"], Lines(configured));
        var graded = LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(new ProbeRule(Probe, Check), Severity.Error, false, null)]));
        Assert.Equal(["1:1-1:2 Info PL901: as graded", "1:2-1:3 Warning PL901: default"], Lines(graded));
    }

    [Fact]
    public void A_configured_severity_does_not_change_a_finding_that_is_always_reported()
    {
        var always = Probe with { Id = "PL902", Name = "always", IsAlwaysReported = true };
        var rule = new ProbeRule(always, (_, context) => context.Report(new TextRange(0, 1), "kept as error", severity: Severity.Error));
        var result = LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(rule, Severity.Info, true, null)]));
        Assert.Equal(["1:1-1:2 Error PL902: kept as error"], Lines(result));
    }

    [Fact]
    public void A_result_keeps_the_lines_of_its_findings_and_of_their_fix_edits_and_nothing_when_it_has_none()
    {
        var text = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"line {i}")) + "\n";
        var lineStart = (int line) => text.IndexOf($"line {line}\n", StringComparison.Ordinal);
        var rule = new ProbeRule(Probe, (_, context) =>
            context.Report(new TextRange(lineStart(2), lineStart(2) + 1), "here", Fix.Replace("move", new TextRange(lineStart(10), lineStart(10) + 4), "LINE")));
        var result = LintBytes(Encoding.UTF8.GetBytes(text), Settings([new ActiveRule(rule, Severity.Warning, false, null)]));
        var source = result.Source!;
        Assert.True(source.IsExcerpt);
        Assert.Equal(["line 1", "line 2", "line 3", "line 10"], new[] { 1, 2, 3, 10 }.Select(source.GetLineText).ToArray());
        Assert.Throws<InvalidOperationException>(() => source.GetLineText(6));

        var quiet = LintBytes(Encoding.UTF8.GetBytes(text), Settings());
        Assert.Same(SourceText.NotRetained, quiet.Source);
    }

    [Theory]
    [InlineData("_posts/2025-01-01-a.md", "plugins: [jekyll-archives]", 1)]
    [InlineData("_drafts/a.md", "plugins: [jekyll-archives]", 1)]
    [InlineData("notes/_posts/a.md", "plugins: [jekyll-archives]", 1)]
    [InlineData("notes/a.md", "plugins: [jekyll-archives]", 0)]
    [InlineData("notes/a.md", "plugins: [jekyll-feed]", 1)]
    public void Markdown_without_front_matter_is_linted_only_where_Jekyll_renders_it(string path, string plugins, int findings)
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: test\n" + plugins + "\n");
        var full = site.Write(path, "본문\n");
        var rule = new ProbeRule(Probe, (_, context) => context.Report(new TextRange(0, 1), "seen"));
        var result = new Linter(Settings([new ActiveRule(rule, Severity.Warning, false, null)]), new SiteLocator(null, site.Root)).LintFile(new LintTarget(path, full));
        Assert.Equal(findings, result.Diagnostics.Count);
    }

    [Fact]
    public void A_run_reports_an_unreadable_site_config_once_named_as_its_posts_are()
    {
        using var site = new TempSite("none");
        site.Write("blog/_config.yml", "title: t\nexclude: [a,\n");
        var a = site.Write("blog/_posts/2025-01-01-a.md", Post);
        var b = site.Write("blog/_posts/2025-01-02-b.md", Post);
        var linter = new Linter(Settings(), new SiteLocator(null, site.Root));
        var run = linter.Run([new LintTarget("./blog/_posts/../_posts/2025-01-02-b.md", b), new LintTarget("blog/_posts/2025-01-01-a.md", a)]);
        Assert.Equal(["./blog/_posts/../_posts/2025-01-02-b.md", "blog/_config.yml", "blog/_posts/2025-01-01-a.md"], run.Files.Select(f => f.Path).ToArray());
        var config = run.Files[1];
        Assert.Equal(Path.Combine(site.Root, "blog", "_config.yml"), config.FullPath);
        Assert.Equal(["3:1-3:1 Warning PL008: _config.yml cannot be read from here on (While parsing a node, did not find expected node content); the generator stops on it, and PostLint ignored the rest of the file"], Lines(config));
        Assert.Equal("exclude: [a,", config.Source!.GetLineText(2));
    }

    [Theory]
    [InlineData("../../s/_posts/2025-01-01-a.md", "../../s/_config.yml")]
    [InlineData("s//_posts/./2025-01-01-a.md", "s/_config.yml")]
    public void The_site_config_of_a_single_post_is_named_from_its_display_path(string display, string expected)
    {
        using var site = new TempSite("none");
        site.Write("s/_config.yml", "title: t\nexclude: [a,\n");
        var a = site.Write("s/_posts/2025-01-01-a.md", Post);
        var run = new Linter(Settings(), new SiteLocator(null, site.Root)).Run([new LintTarget(display, a)]);
        Assert.Equal(new[] { expected, display }.Order(StringComparer.Ordinal), run.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_configs_findings_keep_their_ranges_and_come_in_line_order()
    {
        // The baseURL problem is found after the YAML line problem, but sits above it.
        using var site = new TempSite("none");
        site.Write("hugo.yaml", "baseURL: example.org/blog/\ntitle: 블로그\nfoo: bar: baz\nlanguageCode: ko\n");
        var a = site.Write("content/posts/a.md", Post);
        var run = new Linter(Settings(), new SiteLocator(null, site.Root)).Run([new LintTarget("content/posts/a.md", a)]);
        Assert.Equal(["content/posts/a.md", "hugo.yaml"], run.Files.Select(f => f.Path).ToArray());
        Assert.Equal(
            [
                "1:10-1:27 Warning PL008: baseURL 'example.org/blog/' is not an absolute URL such as https://example.org/blog/; PostLint assumed the site is served from /",
                "3:1-3:14 Warning PL008: hugo.yaml is not valid YAML here (While scanning a plain scalar value, found invalid mapping); PostLint ignored 'foo: bar: baz' and read the rest, but the generator may stop on it",
            ],
            Lines(run.Files[1]));
    }

    [Fact]
    public void A_site_config_that_cannot_be_opened_is_reported_at_its_start()
    {
        // A socket named _config.yml: it exists, so the site is Jekyll's, but opening it fails.
        using var site = new TempSite("none");
        var a = site.Write("_posts/2025-01-01-a.md", Post);
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(site.Root, "_config.yml")));
        var run = new Linter(Settings(), new SiteLocator(null, site.Root)).Run([new LintTarget("_posts/2025-01-01-a.md", a)]);
        Assert.Equal(["_config.yml", "_posts/2025-01-01-a.md"], run.Files.Select(f => f.Path).ToArray());
        var line = Assert.Single(Lines(run.Files[0]));
        Assert.StartsWith("1:1-1:1 Warning PL008: cannot read _config.yml: ", line, StringComparison.Ordinal);
        Assert.EndsWith("; PostLint used the generator's defaults", line, StringComparison.Ordinal);
        Assert.Equal("", run.Files[0].Source!.GetLineText(0));
        Assert.Empty(run.Files[1].Diagnostics);
    }

    [Fact]
    public void Rules_run_on_named_background_threads()
    {
        using var site = new TempSite();
        var targets = new[] { "a", "b", "c" }.Select(n => new LintTarget($"_posts/2025-01-01-{n}.md", site.Write($"_posts/2025-01-01-{n}.md", Post))).ToArray();
        var seen = new HashSet<string>();
        var rule = new ProbeRule(Probe, (_, _) =>
        {
            lock (seen)
            {
                seen.Add($"{Thread.CurrentThread.Name} background={Thread.CurrentThread.IsBackground}");
            }
        });
        foreach (var parallelism in new[] { 1, 2 })
        {
            var linter = new Linter(Settings([new ActiveRule(rule, Severity.Warning, false, null)]) with { MaxParallelism = parallelism }, new SiteLocator(null, site.Root));
            Assert.Equal(3, linter.Run(targets).Files.Count);
        }

        Assert.Equal(["postlint-worker background=True"], seen);
    }

    [Fact]
    public void A_site_config_that_is_a_target_or_whose_rule_is_off_is_not_added()
    {
        using var site = new TempSite("none");
        var config = site.Write("_config.yml", "title: t\nexclude: [a,\n");
        var a = site.Write("_posts/2025-01-01-a.md", Post);
        var off = new Linter(Settings(siteConfig: false), new SiteLocator(null, site.Root)).Run([new LintTarget("_posts/2025-01-01-a.md", a)]);
        Assert.Equal(["_posts/2025-01-01-a.md"], off.Files.Select(f => f.Path).ToArray());

        var named = new Linter(Settings(), new SiteLocator(null, site.Root)).Run([new LintTarget("_posts/2025-01-01-a.md", a), new LintTarget("_config.yml", config)]);
        Assert.Equal(["_config.yml", "_posts/2025-01-01-a.md"], named.Files.Select(f => f.Path).ToArray());
    }

    [Fact]
    public void A_run_passes_each_result_to_its_report_in_path_order_and_counts_the_files_done()
    {
        using var site = new TempSite();
        var targets = new[] { "c", "a", "b", "d" }.Select(n => new LintTarget($"_posts/2025-01-01-{n}.md", site.Write($"_posts/2025-01-01-{n}.md", Post))).ToArray();
        var rule = new ProbeRule(Probe, (_, context) => context.Report(new TextRange(0, 1), "seen"));
        var linter = new Linter(Settings([new ActiveRule(rule, Severity.Warning, false, null)]) with { MaxParallelism = 3 }, new SiteLocator(null, site.Root));
        var done = new List<int>();
        linter.FileDone += n => { lock (done) { done.Add(n); } };
        var reported = new List<string>();
        var run = linter.Run(targets, r => reported.Add($"{r.Path} {r.Diagnostics.Count}"));
        Assert.Equal(["_posts/2025-01-01-a.md 1", "_posts/2025-01-01-b.md 1", "_posts/2025-01-01-c.md 1", "_posts/2025-01-01-d.md 1"], reported);
        Assert.Equal([1, 2, 3, 4], done.Order().ToArray());
        Assert.All(run.Files, f => Assert.Empty(f.Diagnostics));
        Assert.Equal(4, run.Files.Sum(f => f.Counts.Warnings));
    }

    [Theory]
    [InlineData("---\ntitle: 글\npublished: false\n---\n본문\n", false, "unrendered")]
    [InlineData("---\ntitle: 글\npublished: false\n---\n본문\n", true, "drafts unrendered")]
    [InlineData("---\ntitle: 글\n---\n본문\n", false, "drafts unrendered")]
    public void Rules_that_skip_drafts_run_on_a_draft_only_when_drafts_are_linted(string text, bool drafts, string ran)
    {
        using var site = new TempSite();
        var full = site.Write("_posts/2025-01-01-a.md", text);
        var seen = new List<string>();
        var skipsDrafts = new ProbeRule(Probe with { SkipsDrafts = true }, (_, _) => seen.Add("drafts"));
        var skipsUnrendered = new ProbeRule(new RuleDescriptor("PL902", "probe-two", "Another probe", RuleCategory.Content, Severity.Warning) { SkipsUnrendered = true }, (_, _) => seen.Add("unrendered"));
        var settings = Settings([new ActiveRule(skipsDrafts, Severity.Warning, false, null), new ActiveRule(skipsUnrendered, Severity.Warning, false, null)]) with { Drafts = drafts };
        new Linter(settings, new SiteLocator(null, site.Root)).LintFile(new LintTarget("_posts/2025-01-01-a.md", full));
        Assert.Equal(ran, string.Join(' ', seen));
    }

    [Fact]
    public void Rules_that_skip_unrendered_pages_do_not_run_on_a_hugo_page_that_is_never_rendered()
    {
        using var site = new TempSite("hugo");
        var never = site.Write("content/posts/never.md", "---\ntitle: 글\nbuild:\n  render: never\n---\n본문\n");
        var always = site.Write("content/posts/always.md", "---\ntitle: 글\n---\n본문\n");
        var seen = new List<string>();
        var rule = new ProbeRule(Probe with { SkipsUnrendered = true }, (post, _) => seen.Add(post.Path));
        var linter = new Linter(Settings([new ActiveRule(rule, Severity.Warning, false, null)]), new SiteLocator(null, site.Root));
        linter.LintFile(new LintTarget("content/posts/never.md", never));
        linter.LintFile(new LintTarget("content/posts/always.md", always));
        Assert.Equal(["content/posts/always.md"], seen);
    }

    [Fact]
    public void Suppressions_silence_rules_but_not_what_is_always_reported_and_unknown_rules_are_named()
    {
        using var site = new TempSite();
        // The reporting probe borrows a built-in rule's id: a suppression names rules of the catalog.
        var full = site.Write("_posts/2025-01-01-a.md", "---\ntitle: 글\n---\n첫 줄 <!-- postlint-disable-line PL202 -->\n둘째 줄 <!-- postlint-disable-line PL977 -->\n");
        var reporter = new ProbeRule(new RuleDescriptor("PL202", "placeholder-text", "A probe", RuleCategory.Content, Severity.Warning), (post, context) =>
        {
            foreach (var word in new[] { "첫", "둘째" })
            {
                context.Report(new TextRange(post.Text.IndexOf(word, StringComparison.Ordinal), post.Text.IndexOf(word, StringComparison.Ordinal) + word.Length), word);
            }
        });
        var thrower = new ProbeRule(new RuleDescriptor("PL902", "probe-two", "Another probe", RuleCategory.Content, Severity.Warning), (_, _) => throw new InvalidOperationException("boom"));
        LintSettings With(bool unknownOn)
        {
            var settings = Settings([new ActiveRule(reporter, Severity.Warning, false, null), new ActiveRule(thrower, Severity.Warning, false, null)]);
            var enabled = new Dictionary<string, Severity>(settings.Enabled);
            if (!unknownOn)
            {
                enabled.Remove(EngineRules.UnknownSuppressionRule.Id);
            }

            return settings with { Enabled = enabled };
        }

        var on = new Linter(With(true), new SiteLocator(null, site.Root)).LintFile(new LintTarget("_posts/2025-01-01-a.md", full));
        Assert.Equal(
            [
                "1:1-1:1 Error PL003: rule PL902 probe-two failed: InvalidOperationException: boom; please report this file",
                "5:1-5:3 Warning PL202: 둘째",
                "5:33-5:38 Warning PL002: unknown rule 'PL977' in suppression comment",
            ],
            Lines(on));
        var off = new Linter(With(false), new SiteLocator(null, site.Root)).LintFile(new LintTarget("_posts/2025-01-01-a.md", full));
        Assert.Equal(Lines(on).Where(l => !l.Contains("PL002", StringComparison.Ordinal)), Lines(off));
    }

    [Fact]
    public void Findings_at_one_place_are_ordered_by_their_end_then_their_message()
    {
        var rule = new ProbeRule(Probe, (post, context) =>
        {
            var at = post.BodyStart;
            context.Report(new TextRange(at, at + 3), "b");
            context.Report(new TextRange(at, at + 1), "b");
            context.Report(new TextRange(at, at + 1), "a");
            context.Report(new TextRange(0, 1), "z");
        });
        var result = LintBytes(Encoding.UTF8.GetBytes(Post), Settings([new ActiveRule(rule, Severity.Warning, false, null)]));
        Assert.Equal(["1:1-1:2 Warning PL901: z", "5:1-5:2 Warning PL901: a", "5:1-5:2 Warning PL901: b", "5:1-5:4 Warning PL901: b"], Lines(result));
    }

    [Fact]
    public void A_run_cancelled_before_it_starts_throws_instead_of_returning_files_not_linted()
    {
        using var site = new TempSite();
        var a = site.Write("_posts/2025-01-01-a.md", Post);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var linter = new Linter(Settings(), new SiteLocator(null, site.Root));
        Assert.Throws<OperationCanceledException>(() => linter.Run([new LintTarget("_posts/2025-01-01-a.md", a)], null, cancelled.Token));
    }

    [Fact]
    public void A_worker_failure_outside_the_rules_stops_the_run_with_its_cause()
    {
        using var site = new TempSite();
        var a = site.Write("_posts/2025-01-01-a.md", Post);
        var linter = new Linter(Settings(), new SiteLocator(null, site.Root));
        var ex = Assert.Throws<InvalidOperationException>(() => linter.Run([new LintTarget("_posts/2025-01-01-a.md", a)], _ => throw new FormatException("report failed")));
        Assert.Equal("lint worker failed", ex.Message);
        Assert.Equal("report failed", Assert.IsType<FormatException>(ex.InnerException).Message);
    }
}

/// <summary>POSTLINT_DEBUG=1 adds a failing rule's stack trace: it changes the process's environment, so it runs alone.</summary>
[Collection(nameof(ProcessEnvironment))]
public class LinterDebugTests
{
    [Fact]
    public void POSTLINT_DEBUG_adds_the_stack_trace_to_an_internal_error()
    {
        var rule = new ThrowingRule();
        var settings = new LintSettings
        {
            Catalog = BuiltInRules.CreateCatalog(),
            ActiveRules = [new ActiveRule(rule, Severity.Warning, false, null)],
            Enabled = new Dictionary<string, Severity> { [rule.Descriptor.Id] = Severity.Warning },
            MaxParallelism = 1,
        };
        var linter = new Linter(settings, new SiteLocator(null, Path.GetTempPath()));
        var target = new LintTarget("a.md", Path.Combine(Path.GetTempPath(), "postlint-virtual", "a.md"));
        Environment.SetEnvironmentVariable("POSTLINT_DEBUG", "1");
        try
        {
            var message = linter.LintText(target, new SourceText("글\n")).Diagnostics.Single().Message;
            Assert.StartsWith("rule PL901 probe failed: InvalidOperationException: boom; please report this file\n   at ", message);
            Assert.Contains(nameof(ThrowingRule), message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("POSTLINT_DEBUG", null);
        }

        Assert.Equal("rule PL901 probe failed: InvalidOperationException: boom; please report this file", linter.LintText(target, new SourceText("글\n")).Diagnostics.Single().Message);
    }

    private sealed class ThrowingRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("PL901", "probe", "A probe", RuleCategory.Content, Severity.Warning);

        public void Check(Post post, RuleContext context) => throw new InvalidOperationException("boom");
    }
}
