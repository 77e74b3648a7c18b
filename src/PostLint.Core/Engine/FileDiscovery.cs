using System.Diagnostics;
using System.IO.Enumeration;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Engine;

/// <summary>
/// Turns command-line paths (files, folders, globs) into the Markdown files to lint. Folders are walked for
/// <c>*.md</c> and <c>*.markdown</c>, skipping generated and vendored folders, and, inside a git work tree, what
/// <c>.gitignore</c> ignores. Config <c>include</c>/<c>exclude</c> globs apply to every file found in folders.
/// </summary>
public sealed class FileDiscovery
{
    /// <summary>Folder names never entered.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal)
    {
        ".git", "_site", "node_modules", "vendor", ".jekyll-cache", ".sass-cache", ".bundle", ".postlint-cache",
    };

    private readonly string _cwd;
    private readonly Func<string, FileSelection> _selectionFor;
    private readonly bool _forceExclude;
    private readonly HashSet<string> _noSiteConfig = new(StringComparer.Ordinal);

    /// <summary>Creates a discovery for one run.</summary>
    /// <param name="currentDirectory">Where relative paths start and display paths are relative to.</param>
    /// <param name="include">Config include globs (empty: all).</param>
    /// <param name="exclude">Config exclude globs.</param>
    /// <param name="globBase">The folder config globs are relative to.</param>
    /// <param name="forceExclude">Apply <see cref="IsSelected"/> to files named on the command line too
    /// (<c>--force-exclude</c>, for pre-commit and other tools that pass every changed file).</param>
    public FileDiscovery(string currentDirectory, IReadOnlyList<string> include, IReadOnlyList<string> exclude, string globBase, bool forceExclude = false)
        : this(currentDirectory, new FileSelection(include, exclude, globBase), forceExclude)
    {
    }

    private FileDiscovery(string currentDirectory, FileSelection selection, bool forceExclude)
        : this(currentDirectory, _ => selection, forceExclude)
    {
    }

    /// <summary>Creates a discovery whose include and exclude globs depend on the file (each file's nearest config).</summary>
    /// <param name="currentDirectory">Where relative paths start and display paths are relative to.</param>
    /// <param name="selectionFor">The globs that apply to a file (absolute path).</param>
    /// <param name="forceExclude">Apply <see cref="IsSelected"/> to files named on the command line too.</param>
    public FileDiscovery(string currentDirectory, Func<string, FileSelection> selectionFor, bool forceExclude = false)
    {
        _cwd = Path.GetFullPath(currentDirectory);
        _selectionFor = selectionFor;
        _forceExclude = forceExclude;
    }

    /// <summary>
    /// The extensions the generators render as Markdown by default (<see cref="MarkdownFiles.Any"/>): Jekyll's
    /// <c>markdown_ext</c> default (markdown, mkdown, mkdn, mkd, md), Hugo's (md, markdown, mdown), Astro's and GitHub's
    /// view's (md, markdown, mdown, mkdn, mkd, mdwn).
    /// </summary>
    public static IReadOnlyList<string> MarkdownExtensions => MarkdownFiles.Any;

    /// <summary>Whether a file name is Markdown (one of <see cref="MarkdownExtensions"/>).</summary>
    public static bool IsMarkdown(string path) => MarkdownFiles.Has(MarkdownFiles.Any, path);

    /// <summary>
    /// The folders a walk listed that hold no generator config (<see cref="Sites.SiteLocator.Detect"/> finds none in
    /// them), for the run's <see cref="Sites.SiteLocator"/>: it then need not look for one in each.
    /// </summary>
    public IReadOnlySet<string> FoldersWithoutSiteConfig => _noSiteConfig;

    /// <summary>Finds the files. Paths that match nothing are returned in <paramref name="missing"/>.</summary>
    public IReadOnlyList<LintTarget> Find(IReadOnlyList<string> paths, List<string> missing) => Find(paths, missing, null);

    /// <summary>
    /// Finds the files. Paths that match nothing are returned in <paramref name="missing"/>; named files and globs
    /// that are left out on purpose (not Markdown, or left out by the config) are explained in <paramref name="notes"/>.
    /// A named file that is not Markdown is linted when the config's <c>include</c> names it.
    /// </summary>
    public IReadOnlyList<LintTarget> Find(IReadOnlyList<string> paths, List<string> missing, List<Localized>? notes)
    {
        var found = new Dictionary<string, LintTarget>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            paths = ["."];
        }

        foreach (var arg in paths)
        {
            var full = Path.GetFullPath(Path.Combine(_cwd, arg));
            if (File.Exists(full))
            {
                if (!IsMarkdown(full) && !IsConfiguredAsMarkdown(full))
                {
                    var extension = Path.GetExtension(full);
                    var extensions = string.Join(", ", MarkdownExtensions);
                    notes?.Add(extension.Length > 1
                        ? CoreMessages.SkippedNotMarkdownInclude.With(arg, extensions, extension)
                        : CoreMessages.SkippedNotMarkdown.With(arg, extensions));
                }
                else if (!_forceExclude || IsSelected(full))
                {
                    // A file named on the command line is linted even when a glob would skip it, unless --force-exclude.
                    Add(found, full);
                }
                else
                {
                    notes?.Add(CoreMessages.SkippedExcluded.With(arg));
                }
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in WalkFolder(full))
                {
                    if (IsSelectedByConfig(file))
                    {
                        Add(found, file);
                    }
                }
            }
            else if (arg.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var before = found.Count;
                var leftOut = 0;
                foreach (var file in ExpandGlob(arg))
                {
                    if (IsSelectedByConfig(file))
                    {
                        Add(found, file);
                    }
                    else
                    {
                        leftOut++;
                    }
                }

                if (found.Count == before && leftOut > 0)
                {
                    notes?.Add(CoreMessages.GlobExcluded.With(arg, (leftOut == 1 ? CoreMessages.OneMarkdownFile : CoreMessages.MarkdownFiles).With(leftOut)));
                }
                else if (found.Count == before)
                {
                    missing.Add(arg);
                }
            }
            else
            {
                missing.Add(arg);
            }
        }

        return found.Values.OrderBy(t => t.DisplayPath, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The path shown in reports: relative to the current folder, with <c>/</c>.</summary>
    public string DisplayPath(string fullPath)
    {
        if (fullPath.Length > _cwd.Length + 1 && fullPath[_cwd.Length] == Path.DirectorySeparatorChar && fullPath.StartsWith(_cwd, StringComparison.Ordinal)
            && !Path.EndsInDirectorySeparator(_cwd))
        {
            // A file found below the current folder (every file of a folder walk): its path below it, without
            // Path.GetRelativePath's normalising of both paths.
            return fullPath[(_cwd.Length + 1)..].Replace('\\', '/');
        }

        var rel = Path.GetRelativePath(_cwd, fullPath);
        return rel.Replace('\\', '/');
    }

    /// <summary>
    /// Whether a Markdown file at <paramref name="fullPath"/> is one a folder walk would lint: not inside a skipped
    /// folder (<see cref="SkippedFolders"/>, relative to the config folder) and selected by the config's include and
    /// exclude globs. Git-ignored files are not checked here.
    /// </summary>
    public bool IsSelected(string fullPath)
    {
        var folders = Path.GetRelativePath(_selectionFor(fullPath).GlobBase, fullPath).Replace('\\', '/').Split('/');
        return !folders.Take(folders.Length - 1).Any(SkippedFolders.Contains) && IsSelectedByConfig(fullPath);
    }

    /// <summary>
    /// Whether the config makes a file of another extension Markdown: an <c>include</c> glob ends with its extension
    /// (<c>"**/*.txt"</c>) and matches it.
    /// </summary>
    private bool IsConfiguredAsMarkdown(string full)
    {
        var extension = Path.GetExtension(full);
        return extension.Length > 1
            && _selectionFor(full).IncludePatterns.Any(p => p.EndsWith("*" + extension, StringComparison.OrdinalIgnoreCase))
            && IsSelectedByConfig(full);
    }

    private void Add(Dictionary<string, LintTarget> found, string full) => found.TryAdd(full, new LintTarget(DisplayPath(full), full));

    private bool IsSelectedByConfig(string full) => _selectionFor(full).Selects(full);

    private IEnumerable<string> ExpandGlob(string glob)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        // "." and ".." are resolved as in a path, and "//" is one "/", as a shell reads them (the matcher takes ".." only
        // at the start and reads "//" as a folder level; ShellGlob would read "." as a name). Backslashes are slashes.
        var full = Path.GetFullPath(Path.Combine(_cwd, glob.Replace('\\', '/'))).Replace('\\', '/');
        var baseDir = _cwd;
        string pattern;
        if (Path.IsPathRooted(glob))
        {
            // Split an absolute glob into its fixed prefix and the pattern.
            var parts = full.Split('/');
            var fixedParts = parts.TakeWhile(p => p.IndexOfAny(['*', '?', '[']) < 0).ToArray();
            baseDir = string.Join('/', fixedParts);
            if (baseDir.Length == 0)
            {
                baseDir = "/";
            }

            pattern = string.Join('/', parts.Skip(fixedParts.Length));
        }
        else
        {
            pattern = Path.GetRelativePath(_cwd, full).Replace('\\', '/');
        }

        // The matcher knows only * and **: a name with a ? or [set] is widened to * for it, and what it finds is then held
        // to the glob as written (as a shell reads it: ? one character, [a-z] and [!a] one of a set, neither across a /).
        var exact = pattern.IndexOfAny(['?', '[']) >= 0 ? ShellGlob(pattern) : null;
        matcher.AddInclude(Widen(pattern));
        foreach (var rel in matcher.GetResultsInFullPath(baseDir))
        {
            var file = Path.GetFullPath(rel);
            var below = Path.GetRelativePath(baseDir, file);
            // Skipped folders count below where the glob starts, as in a folder walk: not those the site lies in.
            if (IsMarkdown(file) && !below.Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains) &&
                (exact is null || exact.IsMatch(below.Replace('\\', '/'))))
            {
                yield return file;
            }
        }
    }

    /// <summary>A glob (with <c>/</c>) with each name that holds a <c>?</c> or <c>[</c> made a <c>*</c>.</summary>
    private static string Widen(string glob) =>
        string.Join('/', glob.Split('/').Select(name => name.IndexOfAny(['?', '[']) >= 0 ? "*" : name));

    /// <summary>Where the set opened at <paramref name="open"/> closes (a <c>]</c> first in it is a member), or -1.</summary>
    private static int SetEnd(string glob, int open)
    {
        var first = open + 1 < glob.Length && glob[open + 1] is '!' or '^' ? open + 2 : open + 1;
        var close = first < glob.Length ? glob.IndexOf(']', first + 1) : -1;
        return close > 0 && !glob.AsSpan(open, close - open).Contains('/') ? close : -1;
    }

    /// <summary>
    /// A glob (with <c>/</c>, relative to where it starts, its <c>.</c> and <c>..</c> resolved but at the start), as a
    /// regular expression over a path below that folder with <c>/</c>: <c>**/</c> any folders or none, <c>*</c> and <c>?</c> within a name, <c>[a-z]</c> and
    /// <c>[!a]</c> (or <c>[^a]</c>) one character of a set or outside it; a <c>[</c> never closed is a letter.
    /// </summary>
    private static Regex ShellGlob(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[' && SetEnd(glob, i) is var close and > 0)
            {
                var negated = glob[i + 1] is '!' or '^';
                var members = glob[(negated ? i + 2 : i + 1)..close];
                sb.Append(negated ? "[^/" : "[").Append(members.Replace("[", "\\[").Replace("]", "\\]")).Append(']');
                i = close;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    private IEnumerable<string> WalkFolder(string root)
    {
        var ignored = GitIgnored(root);
        // Each folder to walk, and, above a site's content folders, the content folders it may lead to (null: all).
        var pending = new Stack<(string Dir, IReadOnlyList<string>? Toward, Sites.Site? Jekyll)>();
        pending.Push((root, null, null));
        var all = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.None,
            ReturnSpecialDirectories = false,
        };
        var noLinks = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.ReparsePoint,
            ReturnSpecialDirectories = false,
        };
        while (pending.Count > 0)
        {
            var (dir, toward, jekyll) = pending.Pop();
            // A plain null check, not a pattern guard: mutants of the guard must compile (tests/Mutation/README.md).
            var entries = ListOrNull(dir, all, noLinks);
            if (entries is null)
            {
                continue;
            }

            var hasConfig = entries.Any(e => !e.IsDirectory && Sites.SiteLocator.IsConfigName(e.Name));
            var hasConfigFolder = entries.Any(e => e.Name == "config");
            if (!hasConfig && !hasConfigFolder)
            {
                // No generator config here, nor Hugo's config/ folder (SiteLocator.Detect finds none): the run's site
                // lookups need not look again.
                lock (_noSiteConfig)
                {
                    _noSiteConfig.Add(dir);
                }
            }

            // A generator's root: only its content folders are content (not Hugo's archetypes/ and themes/), unless
            // the config's include globs choose the files. Hugo's root may hold its config in config/_default/ alone.
            Sites.Site? site = null;
            if (hasConfig || hasConfigFolder)
            {
                site = Sites.SiteLocator.Detect(dir);
                if (site?.ContentFolders is { } content && _selectionFor(Path.Combine(dir, "x.md")).IncludePatterns.Count == 0)
                {
                    toward = content;
                }

                // Jekyll's exclude list applies below its source, unless the config's include globs choose the files.
                jekyll = site is { Kind: Sites.SiteKind.Jekyll, Excluded.Count: > 0 } && _selectionFor(Path.Combine(dir, "x.md")).IncludePatterns.Count == 0 ? site : jekyll;
            }

            if (toward is not null && toward.Any(c => string.Equals(Path.TrimEndingDirectorySeparator(c), Path.TrimEndingDirectorySeparator(dir), StringComparison.Ordinal)))
            {
                toward = null;
            }

            foreach (var e in entries)
            {
                var entry = e.FullName;
                if (e.IsDirectory)
                {
                    // Never follow a linked folder: loops and trees outside the site stay out of the run.
                    if ((e.IsLink && (new DirectoryInfo(entry).Attributes & FileAttributes.ReparsePoint) != 0) || SkippedFolders.Contains(e.Name) || ignored?.Contains(entry + "/") == true ||
                        (e.Name == "public" && site?.Kind == Sites.SiteKind.Hugo) ||
                        (e.Name.StartsWith('_') && site is { Kind: Sites.SiteKind.Jekyll } && !site.ReadUnderscoreFolders.Contains(e.Name)))
                    {
                        continue;
                    }

                    if ((toward is not null && !toward.Any(c => IsAtOrBelow(c, entry))) || IsExcludedByJekyll(jekyll, entry, isFolder: true))
                    {
                        continue;
                    }

                    pending.Push((entry, toward, jekyll));
                }
                else if (toward is null && IsMarkdown(e.Name) && ignored?.Contains(entry) != true && !(e.IsLink && LinksOutside(new FileInfo(entry), root)) && !IsExcludedByJekyll(jekyll, entry, isFolder: false))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>A folder's entry as a walk needs it.</summary>
    /// <param name="Name">The entry's name.</param>
    /// <param name="FullName">Its full path.</param>
    /// <param name="IsDirectory">A folder, or a symbolic link to one.</param>
    /// <param name="IsLink">A symbolic link (or, where the system cannot tell without a second look, an entry to look at again).</param>
    private readonly record struct FolderEntry(string Name, string FullName, bool IsDirectory, bool IsLink);

    /// <summary>The entries of <paramref name="dir"/> (<see cref="List"/>), or null when it cannot be read.</summary>
    private static FolderEntry[]? ListOrNull(string dir, EnumerationOptions all, EnumerationOptions noLinks)
    {
        try
        {
            return List(dir, all, noLinks);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // a folder that vanished or cannot be read is left out of the walk
        }
    }

    /// <summary>
    /// The entries of <paramref name="dir"/>, typed from the folder's listing: a FileSystemInfo per entry costs a
    /// stat of the file, and its attributes another system call, for every file of the tree (on the bench corpus a
    /// fifth of the run's start, which is on one thread before any file is linted). The listing tells folders and symbolic links apart by itself, but only
    /// the latter's skip option reads it, so the folder is listed a second time without its links: when both listings
    /// are as long, it has none; else the entries missing from the second are looked at as links.
    /// </summary>
    private static FolderEntry[] List(string dir, EnumerationOptions all, EnumerationOptions noLinks)
    {
        var entries = new FileSystemEnumerable<FolderEntry>(dir, static (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory, false), all).ToArray();
        var plain = 0;
        foreach (var _ in new FileSystemEnumerable<bool>(dir, static (ref FileSystemEntry e) => true, noLinks))
        {
            plain++;
        }

        if (plain != entries.Length)
        {
            var names = new HashSet<string>(new FileSystemEnumerable<string>(dir, static (ref FileSystemEntry e) => e.FileName.ToString(), noLinks), StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
            {
                if (!names.Contains(entries[i].Name))
                {
                    entries[i] = entries[i] with { IsLink = true };
                }
            }
        }

        return entries;
    }

    /// <summary>Whether the Jekyll site <paramref name="jekyll"/> leaves the entry out by its <c>exclude</c> list.</summary>
    private static bool IsExcludedByJekyll(Sites.Site? jekyll, string entry, bool isFolder) =>
        jekyll is not null && IsAtOrBelow(entry, jekyll.Source) && entry.Length > jekyll.Source.Length &&
        jekyll.IsExcluded(Path.GetRelativePath(jekyll.Source, entry).Replace('\\', '/'), isFolder);

    /// <summary>Whether the full path <paramref name="path"/> is <paramref name="folder"/> or lies below it.</summary>
    private static bool IsAtOrBelow(string path, string folder)
    {
        var p = Path.TrimEndingDirectorySeparator(path);
        var f = Path.TrimEndingDirectorySeparator(folder);
        return p.StartsWith(f, StringComparison.Ordinal) && (p.Length == f.Length || p[f.Length] == Path.DirectorySeparatorChar);
    }

    /// <summary>Whether <paramref name="info"/> is a symbolic link whose target lies outside <paramref name="root"/> (or is dangling).</summary>
    private static bool LinksOutside(FileSystemInfo info, string root)
    {
        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
        {
            return false;
        }

        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return true;
            }

            var rel = Path.GetRelativePath(root, target.FullName);
            return rel == ".." || rel.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(rel);
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>
    /// The ignored paths under <paramref name="root"/> when it is inside a git work tree (folders end with '/'),
    /// or null when git is unavailable or the folder is not in a work tree.
    /// </summary>
    private static HashSet<string>? GitIgnored(string root)
    {
        if (!IsInGitWorkTree(root))
        {
            return null;
        }

        try
        {
            var psi = new ProcessStartInfo("git")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--", "." })
            {
                psi.ArgumentList.Add(a);
            }

            using var process = Process.Start(psi);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return null;
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rel in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                var full = Path.GetFullPath(Path.Combine(root, rel.TrimEnd('/')));
                set.Add(rel.EndsWith('/') ? full + "/" : full);
            }

            return set;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsInGitWorkTree(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            if (Directory.Exists(Path.Combine(d.FullName, ".git")) || File.Exists(Path.Combine(d.FullName, ".git")))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A config's <c>include</c> and <c>exclude</c> globs, relative to the config's folder.</summary>
public sealed class FileSelection
{
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;

    /// <summary>Builds the matchers.</summary>
    /// <param name="include">Include globs (empty: all).</param>
    /// <param name="exclude">Exclude globs.</param>
    /// <param name="globBase">The folder the globs are relative to.</param>
    public FileSelection(IReadOnlyList<string> include, IReadOnlyList<string> exclude, string globBase)
    {
        GlobBase = Path.GetFullPath(globBase);
        IncludePatterns = include;
        if (include.Count > 0)
        {
            _include = new Matcher(StringComparison.Ordinal);
            _include.AddIncludePatterns(include);
        }

        if (exclude.Count > 0)
        {
            _exclude = new Matcher(StringComparison.Ordinal);
            _exclude.AddIncludePatterns(exclude);
        }
    }

    /// <summary>The folder the globs are relative to.</summary>
    public string GlobBase { get; }

    /// <summary>The include globs as written.</summary>
    public IReadOnlyList<string> IncludePatterns { get; }

    /// <summary>Whether the globs select a file (absolute path).</summary>
    public bool Selects(string fullPath)
    {
        if (_include is null && _exclude is null)
        {
            return true;
        }

        var rel = Path.GetRelativePath(GlobBase, fullPath).Replace('\\', '/');
        if (_include is not null && !_include.Match(rel).HasMatches)
        {
            return false;
        }

        return _exclude is null || !_exclude.Match(rel).HasMatches;
    }
}
