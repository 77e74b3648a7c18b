using System.Text.RegularExpressions;
using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>An image URL into a GitHub repository's files: <c>raw.githubusercontent.com/OWNER/REPO/BRANCH/PATH</c>,
/// <c>github.com/OWNER/REPO/raw/BRANCH/PATH</c> or <c>github.com/OWNER/REPO/blob/BRANCH/PATH</c>.</summary>
/// <param name="Owner">The repository's owner as written.</param>
/// <param name="Name">The repository's name as written.</param>
/// <param name="Branch">The branch (or other ref) the URL names.</param>
/// <param name="Path">The file's path in the repository, percent-decoded, without a leading slash.</param>
/// <param name="Blob">A <c>/blob/</c> URL without <c>?raw=true</c>: GitHub's HTML page for the file, not the image.</param>
public sealed record RepositoryFileUrl(string Owner, string Name, string Branch, string Path, bool Blob);

/// <summary>
/// The GitHub repository a site is published from, when PostLint can tell: Jekyll's <c>repository: OWNER/REPO</c>, the
/// git remote <c>origin</c> on github.com, or a site <c>url</c> of <c>OWNER.github.io</c> (a user site lives in the
/// repository of that name). Read from files only (<c>.git/config</c>, <c>.git/HEAD</c>, refs): no git process.
/// </summary>
public sealed partial class OwnRepository
{
    [GeneratedRegex(@"^(?:https?://|ssh://|git://)?(?:[^@/]+@)?(?:www\.)?github\.com[:/](?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/(?<name>[A-Za-z0-9._-]+?)(?:\.git)?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubRemote();

    [GeneratedRegex(@"^(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/(?<name>[A-Za-z0-9._-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerSlashName();

    [GeneratedRegex(@"^(?<owner>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\.github\.io$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UserSiteHost();

    [GeneratedRegex(@"^\[\s*remote\s+""origin""\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex OriginSection();

    [GeneratedRegex(@"^\s*url\s*=\s*(?<url>\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlLine();

    private readonly HashSet<string> _names;

    private OwnRepository(HashSet<string> names, string workTree, IReadOnlySet<string>? branches, string? head)
    {
        _names = names;
        WorkTree = workTree;
        Branches = branches;
        Head = head;
    }

    /// <summary>The folder holding the repository's files (its git work tree, else the site's root).</summary>
    public string WorkTree { get; }

    /// <summary>The branches (and tags) git knows, local and <c>origin/*</c>, or null when there is no git repository to ask.</summary>
    public IReadOnlySet<string>? Branches { get; }

    /// <summary>The branch checked out, when git says.</summary>
    public string? Head { get; }

    /// <summary>Whether <paramref name="owner"/>/<paramref name="name"/> is this repository (GitHub compares them ignoring case).</summary>
    public bool Is(string owner, string name) => _names.Contains((owner + "/" + name).ToLowerInvariant());

    /// <summary>The site's own repository, or null when nothing names one.</summary>
    public static OwnRepository? Find(Site site, string siteRoot)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (site.Repository is { } configured)
        {
            var m = OwnerSlashName().Match(configured);
            m = m.Success ? m : GitHubRemote().Match(configured);
            if (m.Success)
            {
                names.Add((m.Groups["owner"].Value + "/" + m.Groups["name"].Value).ToLowerInvariant());
            }
        }

        if (site.Url is { } url && Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri)
            && UserSiteHost().Match(uri.Host) is { Success: true } user)
        {
            var owner = user.Groups["owner"].Value.ToLowerInvariant();
            names.Add(owner + "/" + owner + ".github.io");
        }

        var gitDir = GitDir(siteRoot, out var workTree);
        string? head = null;
        HashSet<string>? branches = null;
        if (gitDir is not null)
        {
            if (Origin(gitDir) is { } origin && GitHubRemote().Match(origin) is { Success: true } remote)
            {
                names.Add((remote.Groups["owner"].Value + "/" + remote.Groups["name"].Value).ToLowerInvariant());
            }

            branches = Branches_(gitDir, out head);
        }

        return names.Count == 0 ? null : new OwnRepository(names, workTree ?? siteRoot, branches, head);
    }

    /// <summary>Reads an http(s) image URL into a repository's files, or null when it is not one.</summary>
    public static RepositoryFileUrl? ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int at;
        var blob = false;
        if (host == "raw.githubusercontent.com")
        {
            at = 2;
        }
        else if (host is "github.com" or "www.github.com" && parts.Length > 3 && parts[2] is "raw" or "blob")
        {
            blob = parts[2] == "blob" && !uri.Query.TrimStart('?').Split('&').Contains("raw=true", StringComparer.Ordinal);
            at = 3;
        }
        else
        {
            return null;
        }

        // A branch may be written as refs/heads/NAME.
        if (parts.Length > at + 2 && parts[at] == "refs" && parts[at + 1] == "heads")
        {
            at += 2;
        }

        if (parts.Length < at + 2)
        {
            return null;
        }

        var path = string.Join('/', parts.Skip(at + 1).Select(Uri.UnescapeDataString));
        return new RepositoryFileUrl(parts[0], parts[1], Uri.UnescapeDataString(parts[at]), path, blob);
    }

    /// <summary>The git directory of the work tree holding <paramref name="dir"/> (a <c>.git</c> folder, or the folder a
    /// <c>.git</c> file points to), and the work tree's root.</summary>
    private static string? GitDir(string dir, out string? workTree)
    {
        workTree = null;
        try
        {
            for (var d = Path.GetFullPath(dir); d is not null; d = Path.GetDirectoryName(d))
            {
                var git = Path.Combine(d, ".git");
                if (Directory.Exists(git))
                {
                    workTree = d;
                    return git;
                }

                if (File.Exists(git))
                {
                    var line = File.ReadLines(git).FirstOrDefault() ?? "";
                    if (line.StartsWith("gitdir:", StringComparison.Ordinal))
                    {
                        workTree = d;
                        var target = line["gitdir:".Length..].Trim();
                        return Path.GetFullPath(Path.Combine(d, target));
                    }

                    return null;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
        }

        return null;
    }

    /// <summary>The URL of <c>[remote "origin"]</c> in the repository's config (a worktree's config is its common dir's).</summary>
    private static string? Origin(string gitDir)
    {
        foreach (var dir in new[] { gitDir, CommonDir(gitDir) }.Distinct(StringComparer.Ordinal))
        {
            var config = Path.Combine(dir, "config");
            try
            {
                if (!File.Exists(config))
                {
                    continue;
                }

                var inOrigin = false;
                foreach (var line in File.ReadLines(config))
                {
                    if (line.TrimStart().StartsWith('['))
                    {
                        inOrigin = OriginSection().IsMatch(line.Trim());
                    }
                    else if (inOrigin && UrlLine().Match(line) is { Success: true } m)
                    {
                        return m.Groups["url"].Value;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    private static string CommonDir(string gitDir)
    {
        try
        {
            var file = Path.Combine(gitDir, "commondir");
            return File.Exists(file) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(file).Trim())) : gitDir;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return gitDir;
        }
    }

    /// <summary>Local branches and <c>origin/*</c> branches, from loose refs and <c>packed-refs</c>; null when unreadable.</summary>
    private static HashSet<string>? Branches_(string gitDir, out string? head)
    {
        head = null;
        var branches = new HashSet<string>(StringComparer.Ordinal);
        var common = CommonDir(gitDir);
        try
        {
            var headFile = Path.Combine(gitDir, "HEAD");
            if (File.Exists(headFile) && File.ReadAllText(headFile).Trim() is { } h && h.StartsWith("ref: refs/heads/", StringComparison.Ordinal))
            {
                head = h["ref: refs/heads/".Length..];
                branches.Add(head);
            }

            foreach (var prefix in new[] { "refs/heads", "refs/remotes/origin", "refs/tags" })
            {
                var folder = Path.Combine(common, prefix);
                if (Directory.Exists(folder))
                {
                    foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                    {
                        var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                        if (name != "HEAD")
                        {
                            branches.Add(name);
                        }
                    }
                }
            }

            var packed = Path.Combine(common, "packed-refs");
            if (File.Exists(packed))
            {
                foreach (var line in File.ReadLines(packed))
                {
                    var space = line.IndexOf(' ');
                    if (line.StartsWith('#') || line.StartsWith('^') || space < 0)
                    {
                        continue;
                    }

                    var reference = line[(space + 1)..].Trim();
                    foreach (var prefix in new[] { "refs/heads/", "refs/remotes/origin/", "refs/tags/" })
                    {
                        if (reference.StartsWith(prefix, StringComparison.Ordinal) && reference[prefix.Length..] != "HEAD")
                        {
                            branches.Add(reference[prefix.Length..]);
                        }
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // Nothing but a detached HEAD: git cannot tell which branches exist.
        return branches.Count == 0 ? null : branches;
    }
}
