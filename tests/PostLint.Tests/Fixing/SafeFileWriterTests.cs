using System.Text;
using PostLint.Fixing;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Fixing;

public class SafeFileWriterTests
{
    private static readonly byte[] Before = Encoding.UTF8.GetBytes("---\ndate: TBD\n---\n본문\n");
    private static readonly byte[] After = Encoding.UTF8.GetBytes("---\ndate: 2025-03-01\n---\n본문\n");

    [Fact]
    public void Replaces_the_file_and_leaves_no_temporary_file()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        Assert.Equal(WriteStatus.Written, SafeFileWriter.Replace(path, Before, After).Status);
        Assert.Equal(After, File.ReadAllBytes(path));
        Assert.Equal(["a.md"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_left_alone()
    {
        using var site = new TempSite("none");
        var edited = Encoding.UTF8.GetBytes("---\ndate: TBD\n---\n본문을 다른 곳에서 고쳤습니다\n");
        var path = site.WriteBytes("_posts/a.md", edited);
        var result = SafeFileWriter.Replace(path, Before, After);
        Assert.Equal(WriteStatus.ChangedOnDisk, result.Status);
        Assert.Equal("the file changed on disk after it was read", result.Reason?.ToString());
        Assert.Equal(edited, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_left_alone()
    {
        using var site = new TempSite("none");
        var sameLength = Encoding.UTF8.GetBytes("---\ndate: TBA\n---\n본문\n");
        var path = site.WriteBytes("_posts/a.md", sameLength);
        Assert.Equal(WriteStatus.ChangedOnDisk, SafeFileWriter.Replace(path, Before, After).Status);
        Assert.Equal(sameLength, File.ReadAllBytes(path));
    }

    [Fact]
    public void Permissions_are_kept()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        if (OperatingSystem.IsWindows())
        {
            // Windows has no mode bits to keep; the write itself must still work.
            Assert.Equal(WriteStatus.Written, SafeFileWriter.Replace(path, Before, After).Status);
            Assert.Equal(After, File.ReadAllBytes(path));
            return;
        }

        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(path, mode);
        Assert.Equal(WriteStatus.Written, SafeFileWriter.Replace(path, Before, After).Status);
        Assert.Equal(mode, File.GetUnixFileMode(path));
        Assert.Equal(After, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_read_only_file_is_left_alone()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        }

        var result = SafeFileWriter.Replace(path, Before, After);
        Assert.Equal(WriteStatus.ReadOnly, result.Status);
        Assert.Equal(Before, File.ReadAllBytes(path));
        File.SetAttributes(path, FileAttributes.Normal);
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        using var site = new TempSite("none");
        var target = site.WriteBytes("drafts/real.md", Before);
        var link = Path.Combine(site.Root, "_posts", "linked.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, target);
        Assert.Equal(WriteStatus.Written, SafeFileWriter.Replace(link, Before, After).Status);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(After, File.ReadAllBytes(target));
    }

    [Fact]
    public void A_chain_of_links_stays_whole_and_the_last_target_is_fixed()
    {
        using var site = new TempSite("none");
        var target = site.WriteBytes("drafts/real.md", Before);
        var middle = Path.Combine(site.Root, "drafts", "middle.md");
        var link = Path.Combine(site.Root, "_posts", "linked.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(middle, target);
        File.CreateSymbolicLink(link, middle);
        Assert.Equal(WriteStatus.Written, SafeFileWriter.Replace(link, Before, After).Status);
        Assert.Equal(middle, new FileInfo(link).LinkTarget);
        Assert.Equal(target, new FileInfo(middle).LinkTarget);
        Assert.Equal(After, File.ReadAllBytes(target));
    }

    [Fact]
    public void A_file_removed_since_it_was_read_is_not_written_again()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        File.Delete(path);
        var result = SafeFileWriter.Replace(path, Before, After);
        Assert.Equal(WriteStatus.ChangedOnDisk, result.Status);
        Assert.Equal("the file changed on disk after it was read", result.Reason!.ToString());
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Root, "_posts")));
    }

    [Fact]
    public void A_loop_of_links_cannot_be_read_again_and_is_left_alone()
    {
        using var site = new TempSite("none");
        var a = Path.Combine(site.Root, "a.md");
        var b = Path.Combine(site.Root, "b.md");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        var result = SafeFileWriter.Replace(a, Before, After);
        Assert.Equal(WriteStatus.ChangedOnDisk, result.Status);
        Assert.StartsWith("the file cannot be read again: ", result.Reason!.ToString(), StringComparison.Ordinal);
        Assert.Equal([a, b], Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_too_long_for_the_temporary_file_fails_and_leaves_the_file_as_it_was()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/" + new string('a', 220) + ".md", Before);
        var result = SafeFileWriter.Replace(path, Before, After);
        Assert.Equal(WriteStatus.Failed, result.Status);
        Assert.StartsWith("cannot write the file: ", result.Reason!.ToString(), StringComparison.Ordinal);
        Assert.Equal(Before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void While_the_new_bytes_go_in_only_the_owner_can_read_them()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        const UnixFileMode everyoneReads = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, everyoneReads);
        }

        var seen = new List<string>();
        var result = SafeFileWriter.Replace(path, Before, After, (step, temp) =>
        {
            if (step == WriteStep.Written)
            {
                Assert.Equal(After, File.ReadAllBytes(temp));
                seen.Add(OperatingSystem.IsWindows() ? "written" : File.GetUnixFileMode(temp).ToString());
            }
        });
        Assert.Equal(WriteStatus.Written, result.Status);
        Assert.Equal([OperatingSystem.IsWindows() ? "written" : (UnixFileMode.UserRead | UnixFileMode.UserWrite).ToString()], seen);
        Assert.Equal(After, File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(everyoneReads, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_file_changed_while_the_new_bytes_were_written_is_left_alone_and_no_temporary_file_stays()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        var edited = Encoding.UTF8.GetBytes("---\ndate: TBD\n---\n본문\n에디터가 저장한 줄\n");
        var result = SafeFileWriter.Replace(path, Before, After, (step, _) =>
        {
            if (step == WriteStep.Written)
            {
                File.WriteAllBytes(path, edited);
            }
        });
        Assert.Equal(WriteStatus.ChangedOnDisk, result.Status);
        Assert.Equal("the file changed on disk after it was read", result.Reason!.ToString());
        Assert.Equal(edited, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_file_replaced_by_a_folder_just_before_the_rename_fails_and_no_temporary_file_stays()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        var result = SafeFileWriter.Replace(path, Before, After, (step, _) =>
        {
            if (step == WriteStep.Renaming)
            {
                File.Delete(path);
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "keep.md"), "# 남을 파일\n");
            }
        });
        Assert.Equal(WriteStatus.Failed, result.Status);
        Assert.StartsWith("cannot write the file: ", result.Reason!.ToString(), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
        Assert.Equal("# 남을 파일\n", File.ReadAllText(Path.Combine(path, "keep.md")));
    }

    [Fact]
    public void A_file_removed_before_its_permissions_are_read_is_not_written_again()
    {
        using var site = new TempSite("none");
        var path = site.WriteBytes("_posts/a.md", Before);
        var steps = new List<WriteStep>();
        var result = SafeFileWriter.Replace(path, Before, After, (step, _) =>
        {
            steps.Add(step);
            File.Delete(path);
        });
        Assert.Equal([WriteStep.Checked], steps);
        Assert.Equal(WriteStatus.Failed, result.Status);
        Assert.StartsWith("cannot read the file's permissions: ", result.Reason!.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }
}
