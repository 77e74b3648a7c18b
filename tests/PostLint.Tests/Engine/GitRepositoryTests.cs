using System.IO.Compression;
using System.Text;
using PostLint.Git;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Engine;

/// <summary>The git plumbing of --staged and the hook, against a real git repository.</summary>
public class GitRepositoryTests
{
    private static (TempSite Site, GitRepository Repo) Repository()
    {
        var site = new TempSite("none");
        GitCli.Init(site);
        return (site, GitRepository.Open(site.Root)!);
    }

    private static string[] Brief(IEnumerable<StagedFile> files) => files.Select(f => $"{f.OldPath}>{f.Path} {f.BlobId.Length}").ToArray();

    /// <summary>
    /// Writes the loose object file of <paramref name="id"/> as git stores one ("&lt;type&gt; &lt;size&gt;\0&lt;content&gt;", zlib
    /// compressed), whatever the id's real content, so tests can make the corrupt objects git still answers for.
    /// </summary>
    private static void WriteLooseObject(TempSite site, string id, byte[] stored, int? keepBytes = null)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(stored);
        }

        site.WriteBytes(Path.Combine(".git", "objects", id[..2], id[2..]), compressed.ToArray()[..(keepBytes ?? (int)compressed.Length)]);
    }

    [Fact]
    public void A_repository_opens_from_any_folder_of_its_work_tree_and_not_from_outside_or_its_git_folder()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.Write("blog/_posts/a.md", "글\n");
        Assert.Equal(site.Root, repo.TopLevel);
        Assert.Equal(site.Root, GitRepository.Open(Path.Combine(site.Root, "blog", "_posts"))!.TopLevel);
        Assert.Null(GitRepository.Open(Path.Combine(site.Root, ".git")));

        using var outside = new TempSite("none");
        Assert.Null(GitRepository.Open(outside.Root));
    }

    [Fact]
    public void Opening_a_folder_that_does_not_exist_is_a_git_error_that_names_it()
    {
        using var site = new TempSite("none");
        var gone = Path.Combine(site.Root, "gone");
        var ex = Assert.Throws<GitException>(() => GitRepository.Open(gone));
        Assert.StartsWith("cannot run git: ", ex.Message);
        Assert.Contains($"'{gone}'", ex.Message);
    }

    [Fact]
    public void Staged_files_before_the_first_commit_are_every_regular_file_with_its_blob()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.Write("a.md", "가\n");
        site.Write("한글 제목.md", "나\n");
        site.Write("run.sh", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            // Staged as 100755, an executable regular file.
            File.SetUnixFileMode(Path.Combine(site.Root, "run.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.CreateSymbolicLink(Path.Combine(site.Root, "link.md"), "a.md");
        GitCli.Run(site.Root, "add", "-A");

        var staged = repo.StagedFiles([]);
        Assert.Equal([">a.md 40", ">run.sh 40", ">한글 제목.md 40"], Brief(staged));
        Assert.Equal(GitCli.Run(site.Root, "rev-parse", ":a.md").Trim(), staged[0].BlobId);
        Assert.Equal([">a.md 40"], Brief(repo.StagedFiles(["a.md"])));
    }

    [Fact]
    public void Staged_files_after_a_commit_are_the_added_modified_and_renamed_ones()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.Write("old.md", "이름을 바꿀 글입니다. 내용은 그대로 둡니다.\n둘째 줄입니다.\n");
        site.Write("same.md", "그대로\n");
        site.Write("edit.md", "고치기 전\n");
        site.Write("gone.md", "지울 글\n");
        GitCli.Run(site.Root, "add", "-A");
        GitCli.Run(site.Root, "commit", "-q", "-m", "first");

        GitCli.Run(site.Root, "mv", "old.md", "new.md");
        site.Write("edit.md", "고친 뒤\n");
        site.Write("added.md", "새 글\n");
        File.Delete(Path.Combine(site.Root, "gone.md"));
        GitCli.Run(site.Root, "add", "-A");

        Assert.Equal([">added.md 40", ">edit.md 40", "old.md>new.md 40"], Brief(repo.StagedFiles([])));
    }

    [Fact]
    public void A_bad_pathspec_is_a_git_error_with_gits_message()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var ex = Assert.Throws<GitException>(() => repo.StagedFiles([":(nosuchmagic)a.md"]));
        Assert.StartsWith("git diff --cached failed: fatal: ", ex.Message);
        Assert.DoesNotContain("\n", ex.Message.TrimEnd());
    }

    [Fact]
    public void Blobs_are_read_in_the_order_asked_whatever_their_bytes()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.WriteBytes("a.md", Encoding.UTF8.GetBytes("첫 줄\n\n셋째 줄\n"));
        site.WriteBytes("empty.md", []);
        site.WriteBytes("bin.md", [0x00, 0x0A, 0xFF, 0x0A]);
        GitCli.Run(site.Root, "add", "-A");
        var ids = repo.StagedFiles([]).ToDictionary(f => f.Path, f => f.BlobId);

        var blobs = repo.ReadBlobs([ids["bin.md"], ids["empty.md"], ids["a.md"], ids["bin.md"]]);
        Assert.Equal(4, blobs.Count);
        Assert.Equal(new byte[] { 0x00, 0x0A, 0xFF, 0x0A }, blobs[0]);
        Assert.Empty(blobs[1]);
        Assert.Equal("첫 줄\n\n셋째 줄\n", Encoding.UTF8.GetString(blobs[2]));
        Assert.Equal(blobs[0], blobs[3]);
        Assert.Empty(repo.ReadBlobs([]));
    }

    [Fact]
    public void A_missing_blob_is_a_git_error_that_names_it()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var id = new string('0', 39) + "1";
        var ex = Assert.Throws<GitException>(() => repo.ReadBlobs([id]));
        Assert.Equal($"git cat-file --batch could not read blob {id}: '{id} missing'", ex.Message);
    }

    [Fact]
    public void Only_blobs_are_read_a_tree_or_a_commit_is_a_git_error_that_names_it()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.Write("a.md", "가\n");
        GitCli.Run(site.Root, "add", "-A");
        GitCli.Run(site.Root, "commit", "-q", "-m", "first");
        var tree = GitCli.Run(site.Root, "rev-parse", "HEAD^{tree}").Trim();
        var commit = GitCli.Run(site.Root, "rev-parse", "HEAD").Trim();

        var ex = Assert.Throws<GitException>(() => repo.ReadBlobs([tree]));
        Assert.Equal($"git cat-file --batch could not read blob {tree}: '{tree} tree 32'", ex.Message);
        ex = Assert.Throws<GitException>(() => repo.ReadBlobs([commit]));
        Assert.Equal($"git cat-file --batch could not read blob {commit}: '{commit} commit {GitCli.Run(site.Root, "cat-file", "-s", commit).Trim()}'", ex.Message);
    }

    [Theory]
    [InlineData(100)] // far more than the 5 bytes git then writes
    [InlineData(6)] // one more: the '\n' that ends git's answer would be read as the blob's last byte
    [InlineData(4)] // fewer: the blob's last byte would be left out
    [InlineData(int.MaxValue)] // the end of the content would not fit in an int
    public void A_corrupt_object_stating_another_size_than_its_content_is_a_git_error_that_names_it(int stated)
    {
        var (site, repo) = Repository();
        using var _ = site;
        var id = "ab" + new string('0', 38);
        WriteLooseObject(site, id, Encoding.ASCII.GetBytes($"blob {stated}\0short"));

        // git answers with the stated size, then the 5 bytes, then '\n', and exits 0.
        var ex = Assert.Throws<GitException>(() => repo.ReadBlobs([id]));
        Assert.Equal($"git cat-file --batch could not read blob {id}: '{id} blob {stated}'", ex.Message);
    }

    [Fact]
    public void A_corrupt_object_whose_stated_size_swallows_the_next_answer_ends_the_read_before_that_blob()
    {
        var (site, repo) = Repository();
        using var _ = site;
        site.Write("a.md", "가\n");
        GitCli.Run(site.Root, "add", "-A");
        var next = repo.StagedFiles([]).Single().BlobId;
        var id = "ab" + new string('0', 38);

        // git answers "<id> blob <size>\nx\n" and then "<next> blob 4\n가\n\n": the stated size takes in all of it but the
        // last '\n', so the next answer is read as the end of this blob.
        var nextAnswer = $"{next} blob 4\n".Length + 4 + 1;
        WriteLooseObject(site, id, Encoding.ASCII.GetBytes($"blob {1 + nextAnswer}\0x"));
        var ex = Assert.Throws<GitException>(() => repo.ReadBlobs([id, next]));
        Assert.Equal($"git cat-file --batch ended before blob {next}", ex.Message);
    }

    [Fact]
    public void An_object_git_cannot_inflate_is_a_git_error_with_gits_message()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var id = "ab" + new string('0', 38);
        WriteLooseObject(site, id, [.. Encoding.ASCII.GetBytes("blob 200\0"), .. Enumerable.Range(0, 200).Select(b => (byte)b)], keepBytes: 40);

        var ex = Assert.Throws<GitException>(() => repo.ReadBlobs([id]));
        Assert.StartsWith("git cat-file --batch failed: ", ex.Message);
        Assert.EndsWith($"fatal: unable to stream {id} to stdout", ex.Message);
    }

    [Fact]
    public void A_repository_removed_after_opening_is_a_git_error_for_its_hooks_folder_and_its_blobs()
    {
        var (site, repo) = Repository();
        using var _ = site;
        Directory.Delete(Path.Combine(site.Root, ".git"), recursive: true);

        var ex = Assert.Throws<GitException>(() => repo.HooksDirectory());
        Assert.StartsWith("git rev-parse --git-path hooks failed: fatal: not a git repository", ex.Message);
        ex = Assert.Throws<GitException>(() => repo.ReadBlobs(["ab" + new string('0', 38)]));
        Assert.StartsWith("git cat-file --batch failed: fatal: not a git repository", ex.Message);
    }

    [Fact]
    public void Unstaged_changes_are_found_by_literal_path_and_staging_them_clears_them()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var star = site.Write("posts/a*.md", "별\n");
        var plain = site.Write("posts/ab.md", "보통\n");
        var other = site.Write("posts/c.md", "그대로\n");
        GitCli.Run(site.Root, "add", "-A");
        Assert.Empty(repo.WithUnstagedChanges([star, plain, other]));

        File.WriteAllText(star, "별 고침\n");
        File.WriteAllText(plain, "보통 고침\n");
        Assert.Equal([star], repo.WithUnstagedChanges([star, other]).ToArray());
        Assert.Equal([star, plain], repo.WithUnstagedChanges([star, plain, other]).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(repo.WithUnstagedChanges([]));

        repo.Stage([star]);
        Assert.Equal([plain], repo.WithUnstagedChanges([star, plain]).ToArray());
        repo.Stage([]);
        Assert.Equal([plain], repo.WithUnstagedChanges([star, plain]).ToArray());
    }

    [Fact]
    public void Asking_for_changes_outside_the_work_tree_is_a_git_error()
    {
        var (site, repo) = Repository();
        using var _ = site;
        using var outside = new TempSite("none");
        var ex = Assert.Throws<GitException>(() => repo.WithUnstagedChanges([outside.Write("a.md", "밖\n")]));
        Assert.StartsWith("git diff failed: fatal: ", ex.Message);
    }

    [Fact]
    public void Staging_a_path_git_refuses_is_a_git_error()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var ex = Assert.Throws<GitException>(() => repo.Stage([Path.Combine(site.Root, "none.md")]));
        Assert.StartsWith("git add failed: fatal: pathspec ':(literal)none.md' did not match any files", ex.Message);
    }

    [Fact]
    public void Staging_nothing_runs_no_git_add_so_an_index_another_git_has_locked_is_no_error()
    {
        var (site, repo) = Repository();
        using var _ = site;
        var post = site.Write("a.md", "글\n");
        var lockFile = site.Write(Path.Combine(".git", "index.lock"), "");

        repo.Stage([]);
        var ex = Assert.Throws<GitException>(() => repo.Stage([post]));
        Assert.StartsWith($"git add failed: fatal: Unable to create '{lockFile}': File exists.", ex.Message);
    }

    [Fact]
    public void The_hooks_folder_is_the_repositorys_or_core_hooksPath()
    {
        var (site, repo) = Repository();
        using var _ = site;
        Assert.Equal(Path.Combine(site.Root, ".git", "hooks"), repo.HooksDirectory());
        GitCli.Run(site.Root, "config", "core.hooksPath", ".githooks");
        Assert.Equal(Path.Combine(site.Root, ".githooks"), repo.HooksDirectory());
        GitCli.Run(site.Root, "config", "core.hooksPath", "/tmp/postlint-hooks");
        Assert.Equal("/tmp/postlint-hooks", repo.HooksDirectory());
    }
}
