using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

public class OwnRepositoryTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static Site SiteAt(string root, string? url = null, string? repository = null) =>
        new(SiteKind.Jekyll, root, root, "", url, null) { Repository = repository };

    private static OwnRepository? Find(TempSite site, string? url = null, string? repository = null, string sub = "") =>
        OwnRepository.Find(SiteAt(Path.Combine(site.Root, sub), url, repository), Path.Combine(site.Root, sub));

    private static string Sorted(IReadOnlySet<string>? branches) =>
        branches is null ? "(null)" : string.Join(",", branches.Order(StringComparer.Ordinal));

    // ParseUrl

    [Theory]
    [InlineData("https://raw.githubusercontent.com/me/blog/main/assets/img/logo.png", "me|blog|main|assets/img/logo.png|False")]
    [InlineData("http://raw.githubusercontent.com/me/blog/main/logo.png", "me|blog|main|logo.png|False")]
    [InlineData("https://RAW.GitHubUserContent.com/Me/Blog/main/a/B.png", "Me|Blog|main|a/B.png|False")]
    [InlineData("https://raw.githubusercontent.com/me/blog/refs/heads/gh-pages/img/a.png", "me|blog|gh-pages|img/a.png|False")]
    [InlineData("https://raw.githubusercontent.com/me/blog/refs/heads", "me|blog|refs|heads|False")]
    [InlineData("https://raw.githubusercontent.com/me/blog/main/heads/a.png", "me|blog|main|heads/a.png|False")]
    [InlineData("https://raw.githubusercontent.com/me/blog/main/%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7/%EC%82%AC%EC%A7%84%201.png", "me|blog|main|스크린샷/사진 1.png|False")]
    [InlineData("https://raw.githubusercontent.com/me/blog/caf%C3%A9/a.png", "me|blog|café|a.png|False")]
    [InlineData("https://github.com/me/blog/raw/main/img/a.png", "me|blog|main|img/a.png|False")]
    [InlineData("https://www.github.com/me/blog/raw/main/img/a.png", "me|blog|main|img/a.png|False")]
    [InlineData("https://github.com/me/blog/blob/main/img/a.png", "me|blog|main|img/a.png|True")]
    [InlineData("https://github.com/me/blog/blob/main/img/a.png?raw=true", "me|blog|main|img/a.png|False")]
    [InlineData("https://github.com/me/blog/blob/main/img/a.png?v=2&raw=true", "me|blog|main|img/a.png|False")]
    [InlineData("https://github.com/me/blog/blob/main/img/a.png?raw=truly", "me|blog|main|img/a.png|True")]
    [InlineData("https://github.com/me/blog/raw/main/img/a.png?raw=false", "me|blog|main|img/a.png|False")]
    [InlineData("https://github.com/me/blog/blob/refs/heads/dev/a.png", "me|blog|dev|a.png|True")]
    public void ParseUrl_reads_owner_name_branch_path_and_blob(string url, string expected)
    {
        var u = OwnRepository.ParseUrl(url);
        Assert.NotNull(u);
        Assert.Equal(expected, $"{u.Owner}|{u.Name}|{u.Branch}|{u.Path}|{u.Blob}");
    }

    [Theory]
    [InlineData("/assets/img/logo.png")]
    [InlineData("ftp://raw.githubusercontent.com/me/blog/main/logo.png")]
    [InlineData("https://example.com/me/blog/raw/main/logo.png")]
    [InlineData("https://gist.github.com/me/blog/raw/main/logo.png")]
    [InlineData("https://github.com/me/blog/tree/main/logo.png")]
    [InlineData("https://github.com/me/blog/raw/main")]
    [InlineData("https://github.com/me/blog/raw")]
    [InlineData("https://raw.githubusercontent.com/me/blog/main")]
    [InlineData("https://raw.githubusercontent.com/me/blog/refs/heads/main")]
    public void ParseUrl_refuses_what_is_not_a_file_in_a_repository(string url) =>
        Assert.Null(OwnRepository.ParseUrl(url));

    // Find: what names the repository

    [Fact]
    public void Nothing_names_a_repository_without_config_url_or_git()
    {
        using var site = new TempSite();
        Assert.Null(Find(site));
        Assert.Null(Find(site, url: "https://example.com", repository: "not a repository"));
    }

    [Theory]
    [InlineData("Me/Notes")]
    [InlineData("https://github.com/Me/Notes.git")]
    [InlineData("git@github.com:me/notes")]
    public void Configured_repository_names_it_ignoring_case(string repository)
    {
        using var site = new TempSite();
        var own = Find(site, repository: repository)!;
        Assert.True(own.Is("me", "notes"));
        Assert.True(own.Is("ME", "Notes"));
        Assert.False(own.Is("me", "notes2"));
        Assert.False(own.Is("other", "notes"));
        Assert.Equal(site.Root, own.WorkTree);
        Assert.Null(own.Branches);
        Assert.Null(own.Head);
    }

    [Theory]
    [InlineData("https://Oracle-Blog.github.io")]
    [InlineData("oracle-blog.github.io")]
    [InlineData("http://oracle-blog.github.io/blog/")]
    public void User_site_url_names_the_repository_of_that_name(string url)
    {
        using var site = new TempSite();
        var own = Find(site, url: url)!;
        Assert.True(own.Is("oracle-blog", "oracle-blog.github.io"));
        Assert.False(own.Is("oracle-blog", "blog"));
        Assert.False(own.Is("oracle-blog", "oracle-blog"));
    }

    [Fact]
    public void A_site_url_that_is_not_a_user_site_names_nothing()
    {
        using var site = new TempSite();
        Assert.Null(Find(site, url: "https://blog.example.com"));
    }

    // Find: git, read from files

    private static void Git(TempSite site, string dir, string config, string head = "ref: refs/heads/main\n", params string[] refs)
    {
        site.Write(dir + "/HEAD", head);
        site.Write(dir + "/config", config);
        foreach (var r in refs)
        {
            site.Write(dir + "/" + r, Sha + "\n");
        }
    }

    [Fact]
    public void Origin_on_github_names_the_repository_and_git_tells_branches_and_head()
    {
        using var site = new TempSite();
        Git(site, ".git",
            "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/other/fork.git\n[remote \"origin\"]\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n\turl = git@github.com:Me/Blog.git\n[branch \"main\"]\n\tremote = origin\n",
            "ref: refs/heads/main\n",
            "refs/heads/main", "refs/heads/feature/새기능", "refs/remotes/origin/HEAD", "refs/remotes/origin/gh-pages", "refs/remotes/upstream/theirs");
        site.Write("docs/_config.yml", "title: t\n");
        var own = Find(site, sub: "docs")!;
        Assert.True(own.Is("me", "blog"));
        Assert.False(own.Is("other", "fork"));
        Assert.Equal(site.Root, own.WorkTree);
        Assert.Equal("main", own.Head);
        Assert.Equal("feature/새기능,gh-pages,main", Sorted(own.Branches));
    }

    [Fact]
    public void Indented_sections_of_the_config_are_sections()
    {
        using var site = new TempSite();
        Git(site, ".git", "  [remote \"origin\"]  \n\tfetch = +refs/heads/*:refs/remotes/origin/*\n  [remote \"upstream\"]\n\turl = https://github.com/other/fork.git\n", "ref: refs/heads/main\n", "refs/heads/main");
        Assert.Null(Find(site));
        site.Write(".git/config", "\t[remote \"origin\"]\n\turl = https://github.com/me/blog\n");
        Assert.True(Find(site)!.Is("me", "blog"));
    }

    [Fact]
    public void An_origin_off_github_names_nothing_but_the_site_url_still_does()
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://gitlab.com/me/blog.git\n", "ref: refs/heads/main\n", "refs/heads/main");
        Assert.Null(Find(site));
        var own = Find(site, url: "https://me.github.io")!;
        Assert.True(own.Is("me", "me.github.io"));
        Assert.False(own.Is("me", "blog"));
        Assert.Equal("main", own.Head);
        Assert.Equal("main", Sorted(own.Branches));
    }

    [Fact]
    public void Packed_refs_add_local_origin_and_tag_names_only()
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://github.com/me/blog\n", "ref: refs/heads/main\n", "refs/heads/main");
        site.Write(".git/packed-refs",
            "# pack-refs with: peeled fully-peeled sorted\n"
            + "# refs/heads/commented\n"
            + Sha + " refs/heads/packed\n"
            + Sha + " refs/remotes/origin/HEAD\n"
            + Sha + " refs/remotes/origin/drafts\n"
            + Sha + " refs/remotes/upstream/theirs\n"
            + Sha + " refs/tags/v1.0\n"
            + "^" + Sha + "\n"
            + "^" + Sha + " refs/heads/peeled\n"
            + "refs/heads/nosha\n"
            + Sha + " refs/pull/1/head\n"
            + Sha + " refs\n");
        Assert.Equal("drafts,main,packed,v1.0", Sorted(Find(site)!.Branches));
    }

    [Fact]
    public void Checked_out_branch_counts_before_its_first_commit()
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://github.com/me/blog\n", "ref: refs/heads/새글\n", "refs/heads/main", "refs/tags/v1");
        var own = Find(site)!;
        Assert.Equal("새글", own.Head);
        Assert.Equal("main,v1,새글", Sorted(own.Branches));
    }

    [Fact]
    public void Detached_head_without_refs_tells_no_branches()
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://github.com/me/blog\n", Sha + "\n");
        var own = Find(site)!;
        Assert.Null(own.Head);
        Assert.Null(own.Branches);
        Assert.Equal(site.Root, own.WorkTree);
    }

    [Fact]
    public void Refs_without_a_head_file_are_still_branches()
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://github.com/me/blog\n", "", "refs/heads/main");
        File.Delete(Path.Combine(site.Root, ".git", "HEAD"));
        var own = Find(site)!;
        Assert.Null(own.Head);
        Assert.Equal("main", Sorted(own.Branches));
    }

    [Fact]
    public void A_worktree_reads_its_own_head_and_the_common_dir_config_and_refs()
    {
        using var site = new TempSite();
        Git(site, "main/.git", "[remote \"origin\"]\n\turl = https://github.com/me/blog.git\n", "ref: refs/heads/main\n", "refs/heads/main", "refs/heads/draft");
        site.Write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/draft\n");
        site.Write("main/.git/worktrees/wt/commondir", "../..\n");
        site.Write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");
        site.Write("wt/blog/_config.yml", "title: t\n");
        var own = Find(site, sub: "wt/blog")!;
        Assert.True(own.Is("me", "blog"));
        Assert.Equal(Path.Combine(site.Root, "wt"), own.WorkTree);
        Assert.Equal("draft", own.Head);
        Assert.Equal("draft,main", Sorted(own.Branches));
    }

    [Theory]
    [InlineData("")]
    [InlineData("gitdir-../real.git\n")]
    public void A_git_file_that_names_no_git_dir_ends_the_search(string content)
    {
        using var site = new TempSite();
        Git(site, ".git", "[remote \"origin\"]\n\turl = https://github.com/me/outer\n", "ref: refs/heads/outer\n", "refs/heads/outer");
        Git(site, "real.git", "[remote \"origin\"]\n\turl = https://github.com/me/real\n", "ref: refs/heads/real\n", "refs/heads/real");
        site.Write("blog/.git", content);
        var own = Find(site, url: "https://me.github.io", sub: "blog")!;
        Assert.True(own.Is("me", "me.github.io"));
        Assert.False(own.Is("me", "outer"));
        Assert.False(own.Is("me", "real"));
        Assert.Equal(Path.Combine(site.Root, "blog"), own.WorkTree);
        Assert.Null(own.Head);
        Assert.Null(own.Branches);
    }
}
