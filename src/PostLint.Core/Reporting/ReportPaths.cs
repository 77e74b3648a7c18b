using System.Text;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// Paths as the machine-readable formats write them: relative to the repository root, with <c>/</c>, and as URI
/// references for SARIF. No absolute path of the machine leaves through these.
/// </summary>
public static class ReportPaths
{
    /// <summary>
    /// The repository root for <paramref name="currentDirectory"/>: the nearest folder at or above it holding
    /// <c>.git</c> (a folder, or a file in worktrees and submodules), else the current folder itself.
    /// </summary>
    public static string FindRepositoryRoot(string currentDirectory)
    {
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(currentDirectory);
    }

    /// <summary>
    /// The file's path relative to <paramref name="root"/> with <c>/</c> separators (<c>../</c> when it lies outside);
    /// the display path when <paramref name="root"/> is null.
    /// </summary>
    public static string Relative(FileResult file, string? root)
    {
        if (root is null || !Path.IsPathFullyQualified(file.FullPath))
        {
            return file.Path;
        }

        return Path.GetRelativePath(root, file.FullPath).Replace('\\', '/');
    }

    /// <summary>
    /// A relative path as a URI reference (RFC 3986): each segment percent-encodes everything but the unreserved
    /// characters, so spaces become <c>%20</c> and Hangul its UTF-8 bytes (<c>한</c> → <c>%ED%95%9C</c>).
    /// </summary>
    public static string ToUriReference(string relativePath)
    {
        var sb = new StringBuilder(relativePath.Length + 16);
        var first = true;
        foreach (var segment in relativePath.Split('/'))
        {
            if (!first)
            {
                sb.Append('/');
            }

            first = false;
            sb.Append(Uri.EscapeDataString(segment));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Replaces the absolute paths of the run (each file's full path, then the root) in <paramref name="text"/> with
    /// their relative forms, so messages quoting an operating-system error do not leak the machine's layout.
    /// </summary>
    public static string Scrub(string text, FileResult file, string? root)
    {
        if (root is null || text.IndexOf(Path.DirectorySeparatorChar) < 0)
        {
            return text;
        }

        if (Path.IsPathFullyQualified(file.FullPath))
        {
            text = text.Replace(file.FullPath, Relative(file, root), StringComparison.Ordinal);
        }

        var trimmed = Path.TrimEndingDirectorySeparator(root);
        if (trimmed.Length > 1)
        {
            text = text.Replace(trimmed + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
                       .Replace(trimmed, ".", StringComparison.Ordinal);
        }

        return text;
    }
}
