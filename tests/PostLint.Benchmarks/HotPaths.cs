using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using PostLint.Configuration;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Benchmarks;

/// <summary>The hot parts of a run on one large Korean post: front matter, Markdig, each rule alone, the whole engine.</summary>
[MemoryDiagnoser]
public class HotPaths
{
    private string _text = "";
    private SourceText _source = null!;
    private Linter _all = null!;
    private Dictionary<string, Linter> _single = new();
    private LintTarget _target = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.All.Select(r => r.Descriptor.Id);

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "PL201";

    [GlobalSetup]
    public void Setup()
    {
        _text = LargePost.Build(sections: 200);
        _source = new SourceText(_text);
        var root = Path.Combine(Path.GetTempPath(), "postlint-bench");
        Directory.CreateDirectory(Path.Combine(root, "_posts"));
        File.WriteAllText(Path.Combine(root, "_config.yml"), "url: https://me.github.io\n");
        _target = new LintTarget("_posts/2025-03-01-big.md", Path.Combine(root, "_posts", "2025-03-01-big.md"));
        var sites = new SiteLocator(null, root);
        _all = new Linter(ConfigLoader.Load(BuiltInRules.CreateCatalog(), null, null, ["all"], [], []), sites);
        foreach (var id in RuleIds)
        {
            _single[id] = new Linter(ConfigLoader.Load(BuiltInRules.CreateCatalog(), null, null, [id], [], []), sites);
        }
    }

    [Benchmark]
    public object? FrontMatterParse() => FrontMatter.Find(_text)?.Root;

    [Benchmark]
    public object MarkdigParse() => Markdown.Parse(_text, Post.Pipeline);

    [Benchmark]
    public object SourceTextLines() => new SourceText(_text);

    [Benchmark]
    public object OneRule() => _single[Rule].LintText(_target, _source);

    [Benchmark]
    public object AllRules() => _all.LintText(_target, _source);
}

/// <summary>A large, realistic Korean and English post.</summary>
public static class LargePost
{
    public static string Build(int sections)
    {
        var sb = new StringBuilder();
        sb.Append("---\ntitle: \"컨테이너와 VM의 이해: 차이점과 활용 사례\"\nexcerpt: \"실무 활용 사례\"\ndate: 2025-03-01 10:00:00 +0900\n")
          .Append("last_modified_at: 2025-03-05\ncategories:\n  - DevOps\ntags:\n  - Container\nheader:\n  teaser: /assets/images/teaser.jpg\n---\n\n");
        for (var i = 0; i < sections; i++)
        {
            sb.Append("## 섹션 ").Append(i).Append(" 컨테이너의 실무 활용\n");
            sb.Append("컨테이너 기술은 빠른 배포와 확장성 덕분에 다양한 환경에서 활용됩니다. Kubernetes를 이용하여 수백 개의 컨테이너를 관리하고, GitHub Actions와 연계합니다.\n\n");
            sb.Append("- Netflix, Uber 등은 컨테이너 기반 마이크로서비스를 운영합니다.\n- 테스트 환경을 컨테이너로 제공하여 `docker run` 으로 검증합니다.\n\n");
            sb.Append("| 비교 항목 | 컨테이너 | VM |\n|:---|:---|:---|\n| 운영 방식 | 커널 공유 | 게스트 OS |\n| 부팅 속도 | 빠름 | 느림 |\n\n");
            sb.Append("![다이어그램](/assets/images/diagram-").Append(i).Append(".png)\n\n");
            sb.Append("```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n```\n\n");
        }

        return sb.ToString();
    }
}
