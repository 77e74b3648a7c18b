using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace PostLint.Rules.Shared;

/// <summary>How a path looked up with <see cref="SiteFiles.Find"/> turned out.</summary>
public enum LookupStatus
{
    /// <summary>A file with exactly this name exists.</summary>
    Found,

    /// <summary>The path names a folder, not a file.</summary>
    IsFolder,

    /// <summary>It exists only with other letter case (fine on macOS and Windows, broken on Linux servers).</summary>
    CaseMismatch,

    /// <summary>It exists only in another Unicode normalization form (NFD vs NFC).</summary>
    NormalizationMismatch,

    /// <summary>Nothing by that name, in any case or form.</summary>
    Missing,

    /// <summary>A folder on the way is a symbolic link that leads outside the site root.</summary>
    LinkOutsideRoot,

    /// <summary>A folder on the way could not be listed (permissions); nothing is reported.</summary>
    Unreadable,
}

/// <summary>The outcome of a lookup.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Index">The segment where the lookup stopped (or the first mismatching one).</param>
/// <param name="RealSegments">The names as they are on disk, for the segments that exist in some case or form.</param>
/// <param name="Suggestion">For <see cref="LookupStatus.Missing"/>: the closest name in the folder where it stopped, if any.</param>
/// <param name="StoppedIsFile">For <see cref="LookupStatus.Missing"/>: the segment before <see cref="Index"/> is a file, not a folder.</param>
public sealed record LookupResult(LookupStatus Status, int Index, IReadOnlyList<string> RealSegments, string? Suggestion = null, bool StoppedIsFile = false);

/// <summary>
/// Case-exact file lookups under a root, independent of the host file system: each folder is listed once per run
/// (many posts share folders) and names are compared ordinally, so a name that differs only in case or Unicode
/// normalization is found as such, on macOS and Windows too. Only folders under the root are ever listed.
/// </summary>
public sealed class SiteFiles
{
    private static readonly HashSet<string> UnindexedFolders = new(StringComparer.Ordinal)
    {
        "node_modules", "_site", "vendor", ".jekyll-cache", ".sass-cache",
    };

    private readonly ConcurrentDictionary<string, Folder?> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ILookup<string, string>?>> _byName = new(StringComparer.Ordinal);

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink);

    /// <summary>
    /// A listed folder. What only some lookups need is built on first use and kept: the folders below it (so that a walk
    /// makes no path strings), and its names decomposed and folded (for lookups that miss).
    /// </summary>
    private sealed class Folder
    {
        public required string Path { get; init; }

        public required Entry[] Entries { get; init; }

        /// <summary>Index into <see cref="Entries"/> by exact name (the first of equal names).</summary>
        public required Dictionary<string, int> Exact
        {
            get;
            init
            {
                field = value;
                ExactSpan = value.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        /// <summary><see cref="Exact"/>, read with the span of a name.</summary>
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ExactSpan { get; private init; }

        public bool Unreadable { get; init; }

        /// <summary>The folder each entry leads to, once asked (<see cref="NoFolder"/> where there is none).</summary>
        public Folder?[]? Children;

        public Names? Loose;
    }

    /// <summary>A folder's names in the forms a missed lookup compares.</summary>
    private sealed class Names
    {
        /// <summary>Index by the name decomposed (NFD of Hangul and Latin accents), the first of equal names.</summary>
        public required Dictionary<string, int> Decomposed { get; init; }

        /// <summary>The same, compared ignoring case.</summary>
        public required Dictionary<string, int> DecomposedIgnoringCase { get; init; }

        /// <summary>Each entry's name decomposed and lower-cased, for the closest name.</summary>
        public required string[] Folded { get; init; }
    }

    /// <summary>Stands for "no folder there" in <see cref="Folder.Children"/>.</summary>
    private static readonly Folder NoFolder = new() { Path = "", Entries = [], Exact = new(StringComparer.Ordinal) };

    /// <summary>
    /// Looks up <paramref name="segments"/> (already free of <c>.</c> and <c>..</c>) under <paramref name="root"/>, which
    /// must be a full path inside <paramref name="containment"/>.
    /// </summary>
    public LookupResult Find(string containment, string root, IReadOnlyList<string> segments)
    {
        if (segments.Count > 0 && ExactFile(root, segments))
        {
            // The common case, without a copy of the names: on disk they are the names as written.
            return new LookupResult(LookupStatus.Found, segments.Count - 1, segments);
        }

        var real = new List<string>(segments.Count);
        var folder = List(root);
        LookupStatus mismatch = LookupStatus.Found;
        var mismatchIndex = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            if (folder is null)
            {
                return new LookupResult(LookupStatus.Missing, i, real);
            }

            if (folder.Unreadable)
            {
                return new LookupResult(LookupStatus.Unreadable, i, real);
            }

            var last = i == segments.Count - 1;
            var name = segments[i];
            if (!folder.Exact.TryGetValue(name, out var index))
            {
                var (status, found) = Loose(folder, name);
                if (status == LookupStatus.Missing)
                {
                    return new LookupResult(LookupStatus.Missing, i, real, Closest(folder, name, wantFolder: !last));
                }

                index = found;
                if (mismatch == LookupStatus.Found)
                {
                    mismatch = status;
                    mismatchIndex = i;
                }
            }

            var entry = folder.Entries[index];
            real.Add(entry.Name);
            if (!last)
            {
                if (!entry.IsDirectory)
                {
                    return new LookupResult(LookupStatus.Missing, i + 1, real, StoppedIsFile: true);
                }

                if (entry.IsLink && !LinkStaysInside(Path.Combine(folder.Path, entry.Name), containment))
                {
                    return new LookupResult(LookupStatus.LinkOutsideRoot, i, real);
                }

                folder = Child(folder, index);
            }
            else if (entry.IsDirectory)
            {
                return new LookupResult(mismatch == LookupStatus.Found ? LookupStatus.IsFolder : mismatch, mismatch == LookupStatus.Found ? i : mismatchIndex, real);
            }
        }

        return new LookupResult(mismatch, mismatch == LookupStatus.Found ? segments.Count - 1 : mismatchIndex, real);
    }

    /// <summary>
    /// Whether <paramref name="below"/>, a '/'-separated path under <paramref name="root"/> free of empty, <c>.</c> and
    /// <c>..</c> segments, names a file with exactly these names, through folders that are not symbolic links: what
    /// <see cref="Find"/> reports as <see cref="LookupStatus.Found"/> in the common case, answered without allocating.
    /// False only says "not simply found": <see cref="Find"/> tells what it is.
    /// </summary>
    public bool ExactFile(string root, ReadOnlySpan<char> below)
    {
        var folder = List(root);
        while (folder is not null)
        {
            var slash = below.IndexOf('/');
            var last = slash < 0;
            var (next, found) = ExactStep(folder, last ? below : below[..slash], last);
            if (last)
            {
                return found;
            }

            folder = next;
            below = below[(slash + 1)..];
        }

        return false;
    }

    /// <summary><see cref="ExactFile(string, ReadOnlySpan{char})"/> for a path given as its segments.</summary>
    private bool ExactFile(string root, IReadOnlyList<string> segments)
    {
        var folder = List(root);
        for (var i = 0; folder is not null; i++)
        {
            var last = i == segments.Count - 1;
            var (next, found) = ExactStep(folder, segments[i], last);
            if (last)
            {
                return found;
            }

            folder = next;
        }

        return false;
    }

    /// <summary>
    /// One step of a walk that takes names only as written and no symbolic link: the folder <paramref name="name"/> leads
    /// to, or null where the walk ends (then Found tells whether it ended on a file, as the last name). An unreadable
    /// folder lists no entries, so the walk ends there too.
    /// </summary>
    private (Folder? Next, bool Found) ExactStep(Folder folder, ReadOnlySpan<char> name, bool last)
    {
        // The call alone (no || beside it), so that every mutant of the test leaves index assigned and compiles.
        if (!folder.ExactSpan.TryGetValue(name, out var index))
        {
            return (null, false);
        }

        var entry = folder.Entries[index];
        if (last)
        {
            return (null, !entry.IsDirectory);
        }

        return (entry.IsDirectory && !entry.IsLink ? Child(folder, index) : null, false);
    }

    /// <summary>The listing of the folder an entry names, kept in its parent so that the next walk needs no path.</summary>
    private Folder? Child(Folder parent, int index)
    {
        var children = parent.Children ?? Interlocked.CompareExchange(ref parent.Children, new Folder?[parent.Entries.Length], null) ?? parent.Children;
        var child = Volatile.Read(ref children[index]);
        if (child is null)
        {
            child = List(Path.Combine(parent.Path, parent.Entries[index].Name)) ?? NoFolder;
            Volatile.Write(ref children[index], child);
        }

        return ReferenceEquals(child, NoFolder) ? null : child;
    }

    /// <summary>
    /// The files named exactly <paramref name="name"/> anywhere under <paramref name="root"/> (a folder of the site), as
    /// paths relative to that folder; null when the folder holds more than <paramref name="budget"/> entries, so that a
    /// lint never walks a whole home or temp folder for a suggestion. The folder is indexed once per run, skipping hidden,
    /// generated and vendored folders; the answer is all or nothing, never a part of a folder that happened to be read first.
    /// </summary>
    public IReadOnlyList<string>? FilesNamed(string root, string name, int budget)
    {
        var index = IndexOf(root, budget);
        return index is null ? null : index[name].Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Whether a file under <paramref name="folder"/> (a path below <paramref name="root"/>, '/'-separated) matches
    /// <paramref name="match"/>, read from the same per-run index as <see cref="FilesNamed"/>; null when the root holds more
    /// than <paramref name="budget"/> entries.
    /// </summary>
    public bool? AnyFileUnder(string root, string folder, Func<string, bool> match, int budget)
    {
        var index = IndexOf(root, budget);
        var prefix = folder + "/";
        return index?.Any(g => match(g.Key) && g.Any(path => path.StartsWith(prefix, StringComparison.Ordinal)));
    }

    private ILookup<string, string>? IndexOf(string root, int budget) =>
        _byName.GetOrAdd(root + "\n" + budget, _ => new Lazy<ILookup<string, string>?>(() => Index(root, budget))).Value;

    /// <summary>Entries a site's index may hold (<see cref="FilesNamed"/>), where a generator config marks the root.</summary>
    public const int SiteBudget = 200_000;

    /// <summary>Entries the index may hold where no generator config marks the root (a guessed or current folder).</summary>
    public const int PlainBudget = 5_000;

    private static readonly EnumerationOptions IndexOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = true, RecurseSubdirectories = false };

    /// <summary>A walk that keeps names only: a listing per folder, no lookup tables, no links followed.</summary>
    private static ILookup<string, string>? Index(string root, int budget)
    {
        var files = new List<(string Name, string Path)>();
        var pending = new Stack<(string Dir, string Prefix)>();
        pending.Push((root, ""));
        var seen = 0;
        while (pending.Count > 0)
        {
            var (dir, prefix) = pending.Pop();
            try
            {
                foreach (var entry in new FileSystemEnumerable<Entry>(dir, ToEntry, IndexOptions))
                {
                    if (++seen > budget)
                    {
                        return null;
                    }

                    if (entry.Name.StartsWith('.'))
                    {
                        continue;
                    }

                    if (!entry.IsDirectory)
                    {
                        files.Add((entry.Name, prefix + entry.Name));
                    }
                    else if (!entry.IsLink && !UnindexedFolders.Contains(entry.Name))
                    {
                        pending.Push((Path.Combine(dir, entry.Name), prefix + entry.Name + "/"));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // A folder that cannot be listed holds no suggestion.
            }
        }

        return files.ToLookup(f => f.Name, f => f.Path, StringComparer.Ordinal);
    }

    private Folder? List(string dir) => _folders.GetOrAdd(dir, Load);

    /// <summary>
    /// An entry of a listing. Its type comes from the directory listing itself; only folders are asked whether they are
    /// links (one lstat each), where a FileSystemInfo per entry would lstat every file of the site.
    /// </summary>
    private static Entry ToEntry(ref FileSystemEntry e) =>
        new(e.FileName.ToString(), e.IsDirectory, e.IsDirectory && (e.Attributes & FileAttributes.ReparsePoint) != 0);

    /// <summary>Every entry, hidden ones too, and an unreadable folder is an error (what <c>DirectoryInfo</c> does).</summary>
    private static readonly EnumerationOptions ListOptions = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private static Folder? Load(string dir)
    {
        try
        {
            var entries = new List<Entry>(new FileSystemEnumerable<Entry>(dir, ToEntry, ListOptions));

            var exact = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                exact.TryAdd(entries[i].Name, i);
            }

            return new Folder { Path = dir, Entries = [.. entries], Exact = exact };
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new Folder { Path = dir, Entries = [], Exact = new(StringComparer.Ordinal), Unreadable = true };
        }
    }

    /// <summary>The folder's names decomposed and folded, built on the first lookup that misses in it.</summary>
    private static Names LooseNames(Folder folder)
    {
        // A plain null check, not an `is { } names` pattern, so that its mutants leave names assigned and compile.
        var names = Volatile.Read(ref folder.Loose);
        if (names is not null)
        {
            return names;
        }

        var decomposed = new Dictionary<string, int>(folder.Entries.Length, StringComparer.Ordinal);
        var ignoringCase = new Dictionary<string, int>(folder.Entries.Length, StringComparer.OrdinalIgnoreCase);
        var folded = new string[folder.Entries.Length];
        for (var i = 0; i < folder.Entries.Length; i++)
        {
            var d = UnicodeNames.Decompose(folder.Entries[i].Name);
            decomposed.TryAdd(d, i);
            ignoringCase.TryAdd(d, i);
            folded[i] = d.ToLowerInvariant();
        }

        names = new Names { Decomposed = decomposed, DecomposedIgnoringCase = ignoringCase, Folded = folded };
        return Interlocked.CompareExchange(ref folder.Loose, names, null) ?? names;
    }

    /// <summary>A name equal to <paramref name="name"/> after normalization (preferred) or case folding.</summary>
    private static (LookupStatus Status, int Index) Loose(Folder folder, string name)
    {
        var names = LooseNames(folder);
        var key = UnicodeNames.Decompose(name);
        if (names.Decomposed.TryGetValue(key, out var index))
        {
            return (LookupStatus.NormalizationMismatch, index);
        }

        return names.DecomposedIgnoringCase.TryGetValue(key, out index) ? (LookupStatus.CaseMismatch, index) : (LookupStatus.Missing, -1);
    }

    /// <summary>
    /// The closest name of the right kind: the same name with another image extension (<c>.jpg</c>/<c>.jpeg</c>/<c>.png</c>),
    /// else the smallest edit distance, if it is small for the name's length.
    /// </summary>
    private static string? Closest(Folder folder, string name, bool wantFolder)
    {
        var folded = LooseNames(folder).Folded;
        var key = UnicodeNames.Decompose(name).ToLowerInvariant();
        var stem = wantFolder ? key.AsSpan() : Path.GetFileNameWithoutExtension(key.AsSpan());
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < folder.Entries.Length; i++)
        {
            var e = folder.Entries[i];
            if (e.IsDirectory != wantFolder || e.Name.StartsWith('.'))
            {
                continue;
            }

            var other = folded[i];
            if (Math.Abs(other.Length - key.Length) > 3 + (wantFolder ? 0 : 5))
            {
                // Neither within the edit distance limit (at most 3) nor the same stem with another extension of up
                // to five letters: spare the distance.
                continue;
            }

            var distance = !wantFolder && stem.Length > 0 && Path.GetFileNameWithoutExtension(other.AsSpan()).SequenceEqual(stem) ? 0 : EditDistance(key, other);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(e.Name, best) < 0))
            {
                best = e.Name;
                bestDistance = distance;
            }
        }

        var limit = Math.Clamp(key.Length / 4, 1, 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance (two rows).</summary>
    public static int EditDistance(string a, string b) => EditDistance(a.AsSpan(), b.AsSpan());

    /// <summary>Levenshtein distance (two rows, on the stack for short names).</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        var previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Whether a symbolic link, and every link it leads to, stays under the root. The path is resolved as the system
    /// resolves it, one name at a time from the root down: a link's target takes the place of the link's name, and
    /// <c>..</c> goes back from where the names before it led (not from the text before it: <c>hop/../x</c> with
    /// <c>hop</c> a link is <c>x</c> beside where <c>hop</c> leads). Every name is read with readlink on a path
    /// already known to be inside, so nothing outside the root is opened or listed; a walk above the root or into an
    /// absolute target outside it, or one of 16 links, is not followed.
    /// </summary>
    private static bool LinkStaysInside(string path, string containment)
    {
        try
        {
            var inside = Path.TrimEndingDirectorySeparator(containment);
            var names = new Stack<string>();
            PushNames(names, Path.GetRelativePath(inside, path));
            var resolved = inside;
            var links = 0;
            while (names.Count > 0)
            {
                var name = names.Pop();
                if (name == "..")
                {
                    if (resolved.Length <= inside.Length)
                    {
                        return false;
                    }

                    resolved = Path.GetDirectoryName(resolved)!;
                    continue;
                }

                var next = Path.Combine(resolved, name);
                var target = new DirectoryInfo(next).LinkTarget;
                if (target is null)
                {
                    resolved = next;
                    continue;
                }

                if (++links >= 16)
                {
                    return false;
                }

                if (Path.IsPathRooted(target))
                {
                    // An absolute target is inside when its text starts with the root's; it is walked from there.
                    if (!SitePaths.IsUnder(target, inside))
                    {
                        return false;
                    }

                    resolved = inside;
                    PushNames(names, target[inside.Length..]);
                }
                else
                {
                    PushNames(names, target);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Puts the names of a relative path on the stack, its first name on top, without <c>.</c> and empty ones.</summary>
    private static void PushNames(Stack<string> names, string relative)
    {
        var parts = relative.Split(['/', Path.DirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (parts[i] is not ("" or "."))
            {
                names.Push(parts[i]);
            }
        }
    }
}
