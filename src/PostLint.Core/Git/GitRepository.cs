using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace PostLint.Git;

/// <summary>A git command failed, or git could not be started.</summary>
public sealed class GitException(string message) : Exception(message);

/// <summary>A file whose added, copied, modified or renamed content is staged in the index.</summary>
/// <param name="Path">The path relative to the top of the work tree, with <c>/</c>.</param>
/// <param name="BlobId">The id of the staged content.</param>
/// <param name="OldPath">For a rename or copy, the path it came from; otherwise null.</param>
public sealed record StagedFile(string Path, string BlobId, string? OldPath);

/// <summary>
/// The git plumbing PostLint needs, run through the <c>git</c> executable: the work tree's top folder, the staged
/// files, their staged bytes and the hooks folder. Commands inherit the environment, so inside a git hook they see
/// the index git is committing (<c>GIT_INDEX_FILE</c>).
/// </summary>
public sealed class GitRepository
{
    private readonly string _directory;

    private GitRepository(string directory, string topLevel)
    {
        _directory = directory;
        TopLevel = topLevel;
    }

    /// <summary>The top folder of the work tree (absolute).</summary>
    public string TopLevel { get; }

    /// <summary>
    /// The repository whose work tree holds <paramref name="directory"/>, or null when it is not inside one (a bare
    /// repository or a <c>.git</c> folder count as outside). Throws <see cref="GitException"/> when git cannot run.
    /// </summary>
    public static GitRepository? Open(string directory)
    {
        var result = Run(directory, ["rev-parse", "--show-toplevel"]);
        if (result.ExitCode != 0)
        {
            return null;
        }

        var top = Encoding.UTF8.GetString(result.Output).TrimEnd('\n', '\r');
        return top.Length == 0 ? null : new GitRepository(directory, Path.GetFullPath(top));
    }

    /// <summary>
    /// The regular files with staged content (added, copied, modified or renamed relative to HEAD, or every staged file
    /// before the first commit), limited to <paramref name="pathspecs"/> (relative to the opening folder) when given.
    /// Deleted files, symbolic links and submodules are left out.
    /// </summary>
    public IReadOnlyList<StagedFile> StagedFiles(IReadOnlyList<string> pathspecs)
    {
        List<string> args = ["diff", "--cached", "--raw", "-z", "--no-abbrev", "-M", "--diff-filter=ACMR", "--no-color", "--no-ext-diff", "--no-relative", "--"];
        args.AddRange(pathspecs);
        var result = Check(Run(_directory, args), "git diff --cached");

        // -z --raw records: ":<old mode> <new mode> <old id> <new id> <status>\0<path>\0" and, for renames and
        // copies, "...<status><score>\0<old path>\0<new path>\0".
        var fields = Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var files = new List<StagedFile>();
        for (var i = 0; i < fields.Length;)
        {
            var meta = fields[i].Split(' ');
            if (meta.Length != 5 || !meta[0].StartsWith(':'))
            {
                throw new GitException($"unexpected output from git diff --cached: '{fields[i]}'");
            }

            var status = meta[4];
            var twoPaths = status.StartsWith('R') || status.StartsWith('C');
            var oldPath = twoPaths ? fields[i + 1] : null;
            var path = fields[i + (twoPaths ? 2 : 1)];
            i += twoPaths ? 3 : 2;
            var newMode = meta[1];
            if (newMode is "100644" or "100755")
            {
                files.Add(new StagedFile(path, meta[3], oldPath));
            }
        }

        return files;
    }

    /// <summary>The bytes of each blob, in the order given, read with one <c>git cat-file --batch</c>.</summary>
    public IReadOnlyList<byte[]> ReadBlobs(IReadOnlyList<string> blobIds)
    {
        if (blobIds.Count == 0)
        {
            return [];
        }

        var input = Encoding.ASCII.GetBytes(string.Concat(blobIds.Select(id => id + "\n")));
        var output = Check(Run(_directory, ["cat-file", "--batch"], input), "git cat-file --batch").Output;

        // Each answer: "<id> <type> <size>\n<content>\n", or "<id> missing\n". A corrupt loose object can state a size
        // other than that of the content git then writes (still exiting 0), so the stated size must end at a '\n'.
        var blobs = new List<byte[]>(blobIds.Count);
        var pos = 0;
        foreach (var id in blobIds)
        {
            var eol = Array.IndexOf(output, (byte)'\n', pos);
            if (eol < 0)
            {
                throw new GitException($"git cat-file --batch ended before blob {id}");
            }

            var header = Encoding.ASCII.GetString(output, pos, eol - pos).Split(' ');
            if (header.Length != 3 || header[1] != "blob" || !int.TryParse(header[2], out var size) || size >= output.Length - eol - 1 || output[eol + 1 + size] != '\n')
            {
                throw new GitException($"git cat-file --batch could not read blob {id}: '{string.Join(' ', header)}'");
            }

            blobs.Add(output.AsSpan(eol + 1, size).ToArray());
            pos = eol + 1 + size + 1;
        }

        return blobs;
    }

    /// <summary>The files among <paramref name="fullPaths"/> whose work-tree content differs from the index (unstaged changes).</summary>
    public IReadOnlySet<string> WithUnstagedChanges(IReadOnlyList<string> fullPaths)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        if (fullPaths.Count == 0)
        {
            return changed;
        }

        List<string> args = ["diff", "--name-only", "-z", "--no-relative", "--no-color", "--no-ext-diff", "--"];
        args.AddRange(fullPaths.Select(p => ":(literal)" + Path.GetRelativePath(TopLevel, p).Replace('\\', '/')));
        var result = Check(Run(TopLevel, args), "git diff");
        foreach (var path in Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            changed.Add(Path.GetFullPath(Path.Combine(TopLevel, path)));
        }

        return changed;
    }

    /// <summary>Stages the work-tree content of <paramref name="fullPaths"/> (<c>git add</c>).</summary>
    public void Stage(IReadOnlyList<string> fullPaths)
    {
        if (fullPaths.Count == 0)
        {
            return;
        }

        List<string> args = ["add", "--"];
        args.AddRange(fullPaths.Select(p => ":(literal)" + Path.GetRelativePath(TopLevel, p).Replace('\\', '/')));
        Check(Run(TopLevel, args), "git add");
    }

    /// <summary>The folder git runs hooks from (absolute): <c>core.hooksPath</c> when set, else the repository's <c>hooks</c>.</summary>
    public string HooksDirectory()
    {
        var result = Check(Run(_directory, ["rev-parse", "--git-path", "hooks"]), "git rev-parse --git-path hooks");
        var path = Encoding.UTF8.GetString(result.Output).TrimEnd('\n', '\r');

        // A relative answer is relative to the folder git ran in.
        return Path.GetFullPath(Path.Combine(_directory, path));
    }

    private static GitResult Check(GitResult result, string what) =>
        result.ExitCode == 0 ? result : throw new GitException($"{what} failed: {result.Error.Trim()}");

    private static GitResult Run(string directory, IEnumerable<string> args, byte[]? input = null)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = new Process { StartInfo = psi };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new GitException($"cannot run git: {ex.Message}");
        }

        // Feed standard input and drain standard error while standard output is read, so no pipe fills up.
        var writer = input is null ? Task.CompletedTask : Task.Run(() =>
        {
            using var stdin = process.StandardInput.BaseStream;
            stdin.Write(input);
        });
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        try
        {
            writer.GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            // git closed its input early; its exit code and output tell what went wrong.
        }

        return new GitResult(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
    }

    private sealed record GitResult(int ExitCode, byte[] Output, string Error);
}
