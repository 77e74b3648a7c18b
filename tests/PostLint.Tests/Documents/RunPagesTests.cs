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
    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void A_page_of_exactly_the_size_limit_has_a_view(int size, bool viewed)
    {
        using var site = new TempSite("none");
        site.Write("docs/a.md", new string('a', size));
        var targets = new[] { new LintTarget("docs/a.md", Path.Combine(site.Root, "docs/a.md")) };
        var pages = new RunPages(targets, new SiteLocator(null, site.Root), _ => 1000);
        Assert.Equal(viewed, pages.View(targets[0].FullPath, Key, post => post) is not null);
    }

    [Fact]
    public void A_folder_where_a_page_should_be_has_no_view()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, "docs", "a.md"));
        var (pages, targets) = Table(site, "docs/a.md");
        Assert.Null(pages.View(targets[0].FullPath, Key, post => post));
    }

    [Fact]
    public void Posts_read_ahead_wait_for_their_lint_only_while_their_text_fits_the_budget()
    {
        using var site = new TempSite("none");
        var half = (int)(RunPages.ParkedBudget / 2);
        site.Write("a.md", new string('a', half));
        site.Write("b.md", new string('b', half));
        site.Write("c.md", "c");
        site.Write("d.md", new string('d', half));
        var targets = new[] { "a.md", "b.md", "c.md", "d.md" }.Select(f => new LintTarget(f, Path.Combine(site.Root, f))).ToArray();
        var pages = new RunPages(targets, new SiteLocator(null, site.Root), _ => RunPages.ParkedBudget * 2);

        // a and b fill the budget exactly: both wait. c does not fit: it is read again when linted.
        Assert.NotNull(pages.View(targets[0].FullPath, Key, post => post));
        Assert.NotNull(pages.View(targets[1].FullPath, Key, post => post));
        Assert.NotNull(pages.View(targets[2].FullPath, Key, post => post));
        Assert.Null(pages.Begin(targets[2].FullPath));

        // The budget c took for a moment was given back, and a's lint gives back a's: d, as large as a, fits again.
        Assert.Equal(half, pages.Begin(targets[0].FullPath)!.Post.Text.Length);
        Assert.NotNull(pages.View(targets[3].FullPath, Key, post => post));
        Assert.Equal(half, pages.Begin(targets[3].FullPath)!.Post.Text.Length);
        Assert.Equal(half, pages.Begin(targets[1].FullPath)!.Post.Text.Length);
    }

    [Fact]
    public void Each_key_has_its_own_view_of_a_page_and_both_are_kept()
    {
        using var site = new TempSite("none");
        site.Write("a.md", "# A\n");
        var (pages, targets) = Table(site, "a.md");
        object first = new(), second = new();
        var one = pages.View(targets[0].FullPath, first, post => new List<string> { "one" });
        var two = pages.View(targets[0].FullPath, second, post => new List<string> { "two" });
        Assert.Equal(["one"], one!);
        Assert.Equal(["two"], two!);
        Assert.Same(one, pages.View<List<string>>(targets[0].FullPath, first, _ => throw new InvalidOperationException("computed twice")));
        Assert.Same(two, pages.View<List<string>>(targets[0].FullPath, second, _ => throw new InvalidOperationException("computed twice")));
    }

    [Fact]
    public void Views_of_every_key_asked_for_are_kept_from_a_lint()
    {
        using var site = new TempSite("none");
        site.Write("a.md", "# A\n");
        site.Write("b.md", "# B\n");
        var (pages, targets) = Table(site, "a.md", "b.md");
        object first = new(), second = new();
        _ = pages.View(targets[1].FullPath, first, post => post);
        _ = pages.View(targets[1].FullPath, second, post => post);
        _ = pages.View(targets[1].FullPath, first, post => post); // asked again: still two keys

        Assert.Null(pages.Begin(targets[0].FullPath));
        var linted = new Post("a.md", targets[0].FullPath, SourceText.FromBytes(File.ReadAllBytes(targets[0].FullPath)), Site.Plain(site.Root));
        var viewOne = linted.GetShared(first, _ => new object());
        var viewTwo = linted.GetShared(second, _ => new object());
        pages.Linted(linted);
        Assert.Same(viewOne, pages.View<object>(targets[0].FullPath, first, _ => throw new InvalidOperationException("read again")));
        Assert.Same(viewTwo, pages.View<object>(targets[0].FullPath, second, _ => throw new InvalidOperationException("read again")));
    }

    [Fact]
    public void Each_key_has_its_own_view_of_a_page_outside_the_run_and_neither_is_computed_twice()
    {
        using var site = new TempSite("none");
        site.Write("a.md", "# A\n");
        site.Write("outside.md", "# 밖\n");
        var (pages, _) = Table(site, "a.md");
        var outside = Path.Combine(site.Root, "outside.md");
        object first = new(), second = new();
        var one = pages.View(outside, first, post => new List<string> { "one" });
        var two = pages.View(outside, second, post => new List<string> { "two" });
        Assert.Same(one, pages.View<List<string>>(outside, first, _ => throw new InvalidOperationException("computed twice")));
        Assert.Same(two, pages.View<List<string>>(outside, second, _ => throw new InvalidOperationException("computed twice")));
    }

    [Fact]
    public void A_page_that_cannot_be_opened_has_no_view()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, "docs"));
        var (pages, targets) = Table(site, "docs/a.md");

        // A socket where the page should be: it exists, but opening it to read fails (ENXIO on Linux).
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(targets[0].FullPath));
        Assert.True(File.Exists(targets[0].FullPath));
        Assert.Null(pages.View(targets[0].FullPath, Key, post => post));
        Assert.Null(pages.Begin(targets[0].FullPath));
    }
}
