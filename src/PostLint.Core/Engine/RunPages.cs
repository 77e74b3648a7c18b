using System.Collections.Concurrent;
using PostLint.Documents;
using PostLint.Sites;

namespace PostLint.Engine;

/// <summary>
/// The pages of one run by full path, so that a rule that reads another page of the site (the ids of a linked page) and
/// the run that lints that page read and parse it once between them:
/// <list type="bullet">
/// <item>a page the run has yet to lint is read and parsed for the view, and the run lints that same post when it comes
/// to it (kept while a budget of text allows);</item>
/// <item>a view the run computed while it linted the page (a post that links into itself has its ids already) is kept
/// for the rules that ask after;</item>
/// <item>otherwise (a page outside the run, or linted already without the view) the page is read for the view.</item>
/// </list>
/// Each view is computed once per run, from the page's bytes on disk with the page's own site, as the run's lint of it
/// reads it: what a rule finds does not depend on which thread got to a page first.
/// </summary>
public sealed class RunPages
{
    /// <summary>The text of the posts read ahead of their lint that may wait for it at once (UTF-16 characters).</summary>
    public const long ParkedBudget = 16 * 1024 * 1024;

    /// <summary>The run's own files, each with its entry made up front: the run looks each up once, without locks on the table.</summary>
    private readonly Dictionary<string, Page> _run;

    /// <summary>Pages outside the run that a rule read.</summary>
    private readonly ConcurrentDictionary<string, Page> _others = new(StringComparer.Ordinal);

    private readonly SiteLocator _sites;
    private readonly Func<LintTarget, long> _maxFileSize;

    /// <summary>The keys of the views rules asked for so far (a few; replaced, never changed, when one is added).</summary>
    private object[] _keys = [];
    private long _parked;

    /// <summary>A post read ahead of its lint, with the bytes the run would read.</summary>
    /// <param name="Bytes">The file's bytes.</param>
    /// <param name="Post">The post made of them, as the run makes it.</param>
    internal sealed record Parked(byte[] Bytes, Post Post);

    private sealed class Page(LintTarget? target)
    {
        public LintTarget? Target { get; } = target;

        /// <summary>Read for a view and not linted yet: the run takes it when it lints the page.</summary>
        public Parked? Parked { get; set; }

        /// <summary>The run has begun linting the page: its post is the run's own, used by one thread only.</summary>
        public bool Begun { get; set; }

        public Dictionary<object, object?>? Views { get; set; }
    }

    /// <summary>Creates the table of a run over <paramref name="targets"/>.</summary>
    /// <param name="targets">The files the run lints.</param>
    /// <param name="sites">Finds each page's site, as the run does.</param>
    /// <param name="maxFileSize">The largest file the run lints at a target (its settings'); a larger page has no view.</param>
    public RunPages(IEnumerable<LintTarget> targets, SiteLocator sites, Func<LintTarget, long> maxFileSize)
    {
        _run = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            _run.TryAdd(target.FullPath, new Page(target));
        }

        _sites = sites;
        _maxFileSize = maxFileSize;
    }

    /// <summary>
    /// The view <paramref name="factory"/> makes of the page at <paramref name="fullPath"/>, shared as
    /// <see cref="Post.GetShared{T}"/> shares it under <paramref name="key"/>: computed once per run. Null when the page
    /// cannot be read or is larger than the run lints.
    /// </summary>
    public T? View<T>(string fullPath, object key, Func<Post, T> factory)
        where T : class
    {
        AddKey(key);
        var page = _run.GetValueOrDefault(fullPath) ?? _others.GetOrAdd(fullPath, static _ => new Page(null));
        lock (page)
        {
            if (page.Views is { } views && views.TryGetValue(key, out var known))
            {
                return (T?)known;
            }

            T? view;
            if (page.Parked is { } parked)
            {
                view = parked.Post.GetShared(key, factory);
            }
            else if (Read(fullPath, page.Target) is { } read)
            {
                view = read.Post.GetShared(key, factory);
                if (page.Target is not null && !page.Begun)
                {
                    if (Interlocked.Add(ref _parked, read.Post.Text.Length) <= ParkedBudget)
                    {
                        page.Parked = read;
                    }
                    else
                    {
                        // Too much text waits already: the run reads the page again when it lints it.
                        Interlocked.Add(ref _parked, -read.Post.Text.Length);
                    }
                }
            }
            else
            {
                view = null;
            }

            (page.Views ??= [])[key] = view;
            return view;
        }
    }

    /// <summary>The run begins linting <paramref name="fullPath"/>: the post read ahead for a view, if one waits.</summary>
    internal Parked? Begin(string fullPath)
    {
        if (!_run.TryGetValue(fullPath, out var page))
        {
            return null;
        }

        lock (page)
        {
            page.Begun = true;
            var parked = page.Parked;
            if (parked is not null)
            {
                page.Parked = null;
                Interlocked.Add(ref _parked, -parked.Post.Text.Length);
            }

            return parked;
        }
    }

    /// <summary>The run has linted <paramref name="post"/>, read from its file: the views its rules computed are kept.</summary>
    internal void Linted(Post post)
    {
        var keys = Volatile.Read(ref _keys);
        if (keys.Length == 0 || !_run.TryGetValue(post.FullPath, out var page))
        {
            return;
        }

        // The post is this thread's own: only a post whose rules made a view takes the page's lock (most made none).
        foreach (var key in keys)
        {
            if (post.Shared(key) is { } view)
            {
                lock (page)
                {
                    (page.Views ??= []).TryAdd(key, view);
                }
            }
        }
    }

    private void AddKey(object key)
    {
        if (Array.IndexOf(Volatile.Read(ref _keys), key) >= 0)
        {
            return;
        }

        lock (_run)
        {
            if (Array.IndexOf(_keys, key) < 0)
            {
                Volatile.Write(ref _keys, [.. _keys, key]);
            }
        }
    }

    /// <summary>The page's bytes and post as the run reads and makes them; null when it cannot be read or is too large.</summary>
    private Parked? Read(string fullPath, LintTarget? target)
    {
        try
        {
            var info = new FileInfo(fullPath);
            var lintAs = target ?? new LintTarget(Path.GetFileName(fullPath), fullPath);
            if (!info.Exists || info.Length > _maxFileSize(lintAs))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(fullPath);
            return new Parked(bytes, new Post(lintAs.DisplayPath, fullPath, SourceText.FromBytes(bytes), _sites.Locate(fullPath)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
