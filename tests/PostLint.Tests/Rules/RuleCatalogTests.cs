using System.Text.RegularExpressions;
using PostLint.Cli.Commands;
using PostLint.Diagnostics;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

/// <summary>Meta-tests over every rule: identity, docs, registration, and behaviour on degenerate posts.</summary>
public partial class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in BuiltInRules.CreateCatalog().Descriptors)
        {
            data.Add(d.Id);
        }

        return data;
    }

    [GeneratedRegex("^PL[0-9]{3}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)*$")]
    private static partial Regex NameShape();

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_and_name_are_well_formed_and_match_the_category_block(string id)
    {
        var d = BuiltInRules.CreateCatalog().Find(id)!;
        Assert.Matches(IdShape(), d.Id);
        Assert.Matches(NameShape(), d.Name);
        Assert.Equal((int)d.Category, d.Id[2] - '0');
        Assert.False(d.Name.StartsWith("no-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_exists_beside_the_code_with_the_fixed_outline(string id)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var d = catalog.Find(id)!;
        var doc = catalog.GetDoc(d);
        Assert.NotNull(doc);
        Assert.StartsWith($"# {d.Id} {d.Name}\n", doc, StringComparison.Ordinal);
        var headings = doc!.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var expected = new List<string> { "## What it does", "## Why it matters", "## Example", "## Use instead", "## Options" };
        if (d.Fix != FixAvailability.None)
        {
            expected.Add("## Fix");
        }

        expected.Add("## Suppress");
        Assert.Equal(expected, headings);
        foreach (var option in d.Options)
        {
            Assert.Contains($"`{option.Name}`", doc, StringComparison.Ordinal);
        }

        var onDisk = Directory.GetFiles(Repo.Path("src", "PostLint.Rules"), d.DocFileName, SearchOption.AllDirectories);
        var file = Assert.Single(onDisk);
        Assert.Equal(d.Category.ToString(), Path.GetFileName(Path.GetDirectoryName(file)));
    }

    [Fact]
    public void Every_rule_type_is_registered_exactly_once()
    {
        var types = typeof(BuiltInRules).Assembly.GetTypes().Where(t => typeof(IRule).IsAssignableFrom(t) && !t.IsAbstract).ToArray();
        var registered = BuiltInRules.All.Select(r => r.GetType()).ToArray();
        Assert.Equal(types.OrderBy(t => t.Name), registered.OrderBy(t => t.Name));
        Assert.Equal(registered.Length, registered.Distinct().Count());
        Assert.Equal(BuiltInRules.All.Select(r => r.Descriptor.Id).Order(StringComparer.Ordinal), BuiltInRules.All.Select(r => r.Descriptor.Id));
    }

    [Fact]
    public void Rule_class_names_start_with_their_id_and_match_the_name()
    {
        foreach (var rule in BuiltInRules.All)
        {
            Assert.Equal(Path.GetFileNameWithoutExtension(rule.Descriptor.DocFileName), rule.GetType().Name);
            Assert.Equal(rule.Descriptor.Category.ToString(), rule.GetType().Namespace!.Split('.')[^1]);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n---\n")]
    [InlineData("---\ntitle: only front matter\n---")]
    [InlineData("# Heading\n\nNo front matter here.\n")]
    [InlineData("---\n")]
    [InlineData("\uFEFF")]
    public void Rules_do_not_throw_on_degenerate_posts(string text)
    {
        var found = RuleHarness.Lint(text, "notes/page.md", "all");
        Assert.DoesNotContain(found, d => d.Rule.Id == "PL003");
    }

    [Fact]
    public void Rules_report_nothing_on_a_large_clean_post()
    {
        var body = string.Concat(Enumerable.Range(0, 300).Select(i => $"## 섹션 {i}\n\n이 문단은 깨끗한 본문입니다. This paragraph is clean text number {i}.\n\n"));
        var found = RuleHarness.Lint("---\ntitle: \"큰 글\"\ndate: 2025-03-01\n---\n\n" + body, "_posts/2025-03-01-big.md", "all");
        Assert.Empty(found);
    }

    [Fact]
    public void Readme_rules_table_matches_the_catalog()
    {
        var readme = File.ReadAllText(Repo.Path("src", "PostLint.Rules", "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("<!-- rules-table:start -->\n", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- rules-table:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "src/PostLint.Rules/README.md has no rules table markers");
        var table = readme[(start + "<!-- rules-table:start -->\n".Length)..end];
        Assert.Equal(RulesCommand.Markdown(BuiltInRules.CreateCatalog()), table);
    }

    [Fact]
    public void Help_uri_points_at_the_doc_beside_the_code()
    {
        var d = BuiltInRules.CreateCatalog().Find("PL201")!;
        Assert.Equal(RuleCatalog.ProjectUri + "/blob/main/src/PostLint.Rules/Content/PL201PlaceholderDate.md", d.HelpUri);
    }

    [Theory]
    [InlineData("PL001", "file-unreadable", "The file could not be read as text", "파일을 텍스트로 읽을 수 없습니다", "error", true)]
    [InlineData("PL002", "unknown-rule-in-suppression", "A suppression comment names an unknown rule", "억제 주석에 알 수 없는 규칙이 있습니다", "warning", false)]
    [InlineData("PL003", "internal-error", "A rule failed on this file", "이 파일에서 규칙이 실패했습니다", "error", true)]
    [InlineData("PL004", "file-not-text", "The file is binary, not text", "텍스트가 아닌 바이너리 파일입니다", "error", true)]
    [InlineData("PL005", "file-too-large", "The file is larger than the size limit", "파일이 크기 한도보다 큽니다", "error", true)]
    [InlineData("PL006", "invalid-utf8", "The file is not valid UTF-8", "파일이 올바른 UTF-8이 아닙니다", "error", false)]
    [InlineData("PL007", "markdown-too-deep", "Markdown is nested too deeply to check", "Markdown이 너무 깊이 중첩되어 검사할 수 없습니다", "error", true)]
    [InlineData("PL008", "site-config-unreadable", "Part of the site's generator config could not be read", "사이트 생성기 설정의 일부를 읽을 수 없습니다", "warning", false)]
    public void Engine_findings_have_their_name_titles_and_severity(string id, string name, string title, string koreanTitle, string severity, bool alwaysReported)
    {
        var d = BuiltInRules.CreateCatalog().Find(name)!;
        Assert.Equal(
            (id, name, title, koreanTitle, severity, alwaysReported, "meta"),
            (d.Id, d.Name, d.TitleIn(PostLint.Localization.Language.English), d.TitleIn(PostLint.Localization.Language.Korean), d.DefaultSeverity.ToName(), d.IsAlwaysReported, d.CategoryName));
        Assert.Contains(d, EngineRules.All);
    }

    [Fact]
    public void Docs_live_under_the_project_home()
    {
        Assert.Equal(RuleCatalog.ProjectUri + "/blob/main/src/PostLint.Rules/", RuleCatalog.DocsBaseUri);
        Assert.StartsWith("https://", RuleCatalog.ProjectUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_doc_reads_without_a_byte_order_mark()
    {
        Assert.Equal("# PL201 제목\n", BuiltInRules.DocText("\uFEFF# PL201 제목\n"u8));
        Assert.Equal("# PL201 제목\n", BuiltInRules.DocText("# PL201 제목\n"u8));
        Assert.Equal("", BuiltInRules.DocText("\uFEFF"u8));
        Assert.StartsWith("# PL201 placeholder-date\n", BuiltInRules.GetDoc(new PostLint.Rules.Content.PL201PlaceholderDate().Descriptor), StringComparison.Ordinal);
    }
}
