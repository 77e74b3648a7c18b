using PostLint.Configuration;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Documents;

/// <summary>A run's pages: a page a rule reads for another page and the run's lint of it share one read and one parse.</summary>
public class RunPagesTests
{
    private static readonly object Key = new();

    private static (RunPages Pages, LintTarget[] Targets) Table(TempSite site, params string[] files)
    {
        var targets = files.Select(f => new LintTarget(f, Path.Combine(site.Root, f))).ToArray();
        return (new RunPages(targets, new SiteLocator(null, site.Root), _ => LintSettings.DefaultMaxFileSize), targets);
    }

    [Fact]
    public void A_page_read_for_a_view_before_the_run_lints_it_is_linted_as_that_post()
    {
        using var site = new TempSite("none");
        site.Write("docs/a.md", "[설치](b.md#설치-방법)\n");
        site.Write("docs/b.md", "# 안내\n\n## 설치 방법\n");
        var (pages, targets) = Table(site, "docs/a.md", "docs/b.md");
        Post? seen = null;
        var view = pages.View(targets[1].FullPath, Key, post => seen = post);

        var parked = pages.Begin(targets[1].FullPath);
        Assert.NotNull(parked);
        Assert.Same(view, parked!.Post);
        Assert.Equal("docs/b.md", parked.Post.Path);
        Assert.Equal(File.ReadAllBytes(targets[1].FullPath), parked.Bytes);
        Assert.Same(seen, parked.Post.Shared(Key));
        Assert.Null(pages.Begin(targets[1].FullPath));

        // The view stays once the run has taken the post.
        Assert.Same(view, pages.View<Post>(targets[1].FullPath, Key, _ => throw new InvalidOperationException("computed twice")));
    }

    [Fact]
    public void A_view_computed_while_the_run_linted_the_page_is_kept_and_others_are_read_again()
    {
        using var site = new TempSite("none");
        site.Write("docs/a.md", "# A\n\n[위](#a)\n");
        site.Write("docs/b.md", "# B\n");
        var (pages, targets) = Table(site, "docs/a.md", "docs/b.md");
        _ = pages.View(targets[1].FullPath, Key, post => post); // the key is known to the run from here on
        Assert.NotNull(pages.Begin(targets[1].FullPath));

        Assert.Null(pages.Begin(targets[0].FullPath));
        var linted = new Post("docs/a.md", targets[0].FullPath, SourceText.FromBytes(File.ReadAllBytes(targets[0].FullPath)), Site.Plain(site.Root));
        var anchors = linted.GetShared(Key, _ => new object());
        pages.Linted(linted);
        Assert.Same(anchors, pages.View<object>(targets[0].FullPath, Key, _ => throw new InvalidOperationException("read again")));

        // Linted without the view: read again, and not kept for the run, which has linted it.
        var other = new RunPages(targets, new SiteLocator(null, site.Root), _ => LintSettings.DefaultMaxFileSize);
        _ = other.View(targets[1].FullPath, Key, post => post);
        Assert.Null(other.Begin(targets[0].FullPath));
        other.Linted(new Post("docs/a.md", targets[0].FullPath, SourceText.FromBytes(File.ReadAllBytes(targets[0].FullPath)), Site.Plain(site.Root)));
        var read = other.View(targets[0].FullPath, Key, post => post);
        Assert.Equal("# A\n\n[위](#a)\n", read!.Text);
        Assert.Null(other.Begin(targets[0].FullPath));
    }

    [Fact]
    public void A_page_outside_the_run_is_read_but_not_kept_and_a_missing_or_too_large_one_has_no_view()
    {
        using var site = new TempSite("none");
        site.Write("docs/a.md", "[밖](../outside.md#x)\n");
        site.Write("outside.md", "# X\n");
        site.Write("docs/big.md", "# 큰 문서\n" + new string('가', 400));
        var targets = new[] { new LintTarget("docs/a.md", Path.Combine(site.Root, "docs/a.md")), new LintTarget("docs/big.md", Path.Combine(site.Root, "docs/big.md")) };
        var pages = new RunPages(targets, new SiteLocator(null, site.Root), t => t.FullPath.EndsWith("big.md", StringComparison.Ordinal) ? 1000 : LintSettings.DefaultMaxFileSize);
        var outside = Path.Combine(site.Root, "outside.md");

        Assert.Equal("outside.md", pages.View(outside, Key, post => post)!.Path);
        Assert.Null(pages.Begin(outside));
        Assert.Null(pages.View(Path.Combine(site.Root, "docs/none.md"), Key, post => post));
        Assert.Null(pages.View(targets[1].FullPath, Key, post => post));
        Assert.Null(pages.Begin(targets[1].FullPath));
    }

    [Fact]
    public void A_run_lints_a_page_read_ahead_for_a_link_exactly_as_one_it_reads_itself()
    {
        using var site = new TempSite("none");
        site.Write("a.md", "# 처음\n\n[안내](docs/guide.md#설치-방법) [없는 절](docs/guide.md#설치)\n");
        site.Write("docs/guide.md", "# 안내\n\n## 설치 방법\n\nTODO 오타 teh\n\n## 빈 절\n\n## 끝\n\n끝.\n");
        site.Write("z.md", "[안내](docs/guide.md#끝) [없음](docs/guide.md#시작)\n");
        string[] files = ["a.md", "docs/guide.md", "z.md"];

        var alone = files.ToDictionary(f => f, f => RuleHarness.Brief(RuleHarness.LintFile(site, f)));
        Assert.Single(alone["a.md"], b => b.EndsWith(" broken-link", StringComparison.Ordinal));
        Assert.Single(alone["z.md"], b => b.EndsWith(" broken-link", StringComparison.Ordinal));
        foreach (var parallelism in new[] { 1, 2 })
        {
            var run = RuleHarness.LintRun(site, files, null, parallelism);
            foreach (var file in files)
            {
                Assert.Equal(alone[file], RuleHarness.Brief(run[file]));
            }
        }
    }
}
