using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary><c>postlint --staged</c> against real git repositories: the index is linted, not the work tree.</summary>
public class StagedTests
{
    // A Korean post whose template date was never filled in: PL201 at 4:19.
    private const string Draft = """
        ---
        title: "러스트로 만드는 작은 웹 서버"
        categories: [Rust]
        last_modified_at: YYYY-MM-DD
        ---

        ## 들어가며
        표준 라이브러리만으로 HTTP 요청을 처리해 봅니다.

        """;

    private const string Finished = """
        ---
        title: "러스트로 만드는 작은 웹 서버"
        categories: [Rust]
        last_modified_at: 2025-03-04
        ---

        ## 들어가며
        표준 라이브러리만으로 HTTP 요청을 처리해 봅니다.

        """;

    private const string Post = "_posts/2025-03-04-rust-web-server.md";

    private static TempSite Repo()
    {
        var site = new TempSite();
        GitCli.Init(site);
        return site;
    }

    [Fact]
    public void Lints_the_staged_content_when_the_work_tree_was_fixed_afterwards()
    {
        using var site = Repo();
        site.Write(Post, Draft);
        GitCli.Run(site.Root, "add", Post);
        site.Write(Post, Finished);

        var staged = site.Run("--staged");
        Assert.Equal(1, staged.ExitCode);
        Assert.Equal([$"{Post}:4:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-04"], staged.Findings);
        Assert.Contains("(1 checked", staged.Out, StringComparison.Ordinal);

        // The work tree itself is clean.
        Assert.Equal(0, site.Run(Post).ExitCode);
    }

    [Fact]
    public void Staged_fix_leaves_a_file_with_unstaged_changes_alone_and_says_why()
    {
        using var site = Repo();
        site.Write(Post, Draft);
        GitCli.Run(site.Root, "add", Post);
        site.Write(Post, Finished);

        var result = site.Run("--staged", "--fix", "--unsafe-fixes");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{Post}:4:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-04"], result.Findings);
        Assert.Contains($"postlint: {Post}: not fixed: it has unstaged changes, and --staged --fix fixes a file only when the work tree holds what is staged; stage or stash those changes, then run it again\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("postlint: nothing fixed\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(Draft.ReplaceLineEndings("\n"), GitCli.Run(site.Root, "show", ":" + Post).ReplaceLineEndings("\n"));
        Assert.Equal(Finished, File.ReadAllText(Path.Combine(site.Root, Post)));
    }

    [Fact]
    public void Staged_fix_fixes_the_index_and_the_work_tree_when_they_agree()
    {
        using var site = Repo();
        site.Write(Post, Draft);
        site.Write("_posts/2025-03-05-other.md", Draft);
        GitCli.Run(site.Root, "add", Post);

        var result = site.Run("--staged", "--fix", "--unsafe-fixes");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Findings);
        Assert.Contains("postlint: fixed 1 finding in 1 file\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("postlint: --staged --fix: the fixes are staged and in the work tree (1 file)\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(Finished.ReplaceLineEndings("\n"), GitCli.Run(site.Root, "show", ":" + Post).ReplaceLineEndings("\n"));
        Assert.Equal(Finished, File.ReadAllText(Path.Combine(site.Root, Post)));

        // Nothing is left unstaged, and a file that was not staged is not touched.
        Assert.Equal($"A  {Post}\n?? _config.yml\n?? _posts/2025-03-05-other.md\n", GitCli.Run(site.Root, "status", "--porcelain", "--untracked-files=all"));
        Assert.Equal(Draft, File.ReadAllText(Path.Combine(site.Root, "_posts/2025-03-05-other.md")));
    }

    [Fact]
    public void Passes_when_the_staged_content_is_clean_even_if_the_work_tree_is_not()
    {
        using var site = Repo();
        site.Write(Post, Finished);
        GitCli.Run(site.Root, "add", Post);
        site.Write(Post, Draft);

        var staged = site.Run("--staged");
        Assert.Equal(0, staged.ExitCode);
        Assert.Empty(staged.Findings);
        Assert.Equal(1, site.Run(Post).ExitCode);
    }

    [Fact]
    public void Only_staged_markdown_files_are_linted_after_the_first_commit()
    {
        using var site = Repo();
        site.Write("_posts/2025-03-01-old.md", Draft);
        site.Write(Post, Finished);
        GitCli.Run(site.Root, "add", ".");
        GitCli.Run(site.Root, "commit", "-q", "-m", "first posts");

        // Nothing staged: the committed draft is not re-checked.
        var nothing = site.Run("--staged");
        Assert.Equal(0, nothing.ExitCode);
        Assert.Contains("(0 checked", nothing.Out, StringComparison.Ordinal);

        site.Write(Post, Draft);
        site.Write("notes.txt", "last_modified_at: YYYY-MM-DD\n");
        GitCli.Run(site.Root, "add", Post, "notes.txt");
        var result = site.Run("--staged", "--quiet");
        Assert.Equal([$"{Post}:4:19"], result.Findings.Select(l => string.Join(':', l.Split(':').Take(3))));
    }

    [Fact]
    public void A_renamed_file_is_reported_under_its_new_name_and_a_deleted_file_is_skipped()
    {
        using var site = Repo();
        site.Write("_posts/2025-03-01-old-name.md", Draft);
        site.Write("_posts/2025-03-02-gone.md", Draft);
        GitCli.Run(site.Root, "add", ".");
        GitCli.Run(site.Root, "commit", "-q", "-m", "drafts");

        GitCli.Run(site.Root, "mv", "_posts/2025-03-01-old-name.md", "_posts/2025-03-05-new-name.md");
        GitCli.Run(site.Root, "rm", "-q", "_posts/2025-03-02-gone.md");
        var result = site.Run("--staged");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["_posts/2025-03-05-new-name.md:4:19: error PL201 placeholder-date: last_modified_at is the placeholder 'YYYY-MM-DD'; write the real date, e.g. 2025-03-05"], result.Findings);
        Assert.Contains("(1 checked", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_are_relative_to_the_current_folder_and_limit_the_staged_files()
    {
        using var site = Repo();
        site.Write(Post, Draft);
        site.Write("_drafts/idea.md", Draft);
        GitCli.Run(site.Root, "add", ".");

        var fromPosts = CliRunner.Run(Path.Combine(site.Root, "_posts"), "--staged", "--quiet");
        Assert.Equal(["../_drafts/idea.md:4:19", "2025-03-04-rust-web-server.md:4:19"], fromPosts.Findings.Select(l => string.Join(':', l.Split(':').Take(3))));

        var limited = site.Run("--staged", "--quiet", "_drafts");
        Assert.Equal(["_drafts/idea.md:4:19"], limited.Findings.Select(l => string.Join(':', l.Split(':').Take(3))));
    }

    [Fact]
    public void Config_excludes_apply_to_staged_files()
    {
        using var site = Repo();
        site.Write(".postlint.yml", "exclude: [\"_drafts/**\"]\n");
        site.Write(Post, Draft);
        site.Write("_drafts/idea.md", Draft);
        site.Write("node_modules/pkg/readme.md", Draft);
        GitCli.Run(site.Root, "add", "-f", ".");

        var result = site.Run("--staged", "--quiet");
        Assert.Equal([$"{Post}:4:19"], result.Findings.Select(l => string.Join(':', l.Split(':').Take(3))));
    }

    [Fact]
    public void Hangul_and_spaces_in_paths_survive_the_round_trip_through_git()
    {
        using var site = Repo();
        const string path = "_posts/2025-03-04-러스트 웹 서버.md";
        site.Write(path, Draft);
        GitCli.Run(site.Root, "add", ".");

        var result = site.Run("--staged", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.Equal([path], doc.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Outside_a_git_work_tree_is_a_clear_error_with_exit_2()
    {
        using var site = new TempSite();
        site.Write(Post, Draft);
        var result = site.Run("--staged");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"postlint: --staged lints what git would commit, but '{site.Root}' is not inside a git work tree\n", result.Error);
    }
}
