using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.FrontMatter;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Links;

/// <summary>Flags image paths (front matter and body) that do not resolve to a file of the site, exactly. Docs: PL301BrokenImagePath.md.</summary>
public sealed partial class PL301BrokenImagePath : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL301", "broken-image-path", "An image path does not resolve to a file of the site",
        RuleCategory.Links, Severity.Error, FixAvailability.Sometimes)
    {
        Options =
        [
            new OptionSpec("keys", OptionKind.StringList, "Front matter keys that hold image paths (a.b for nested keys, a[] for lists)"),
            new OptionSpec("report-skipped", OptionKind.Boolean, "Report remote, data: and templated paths that are not checked, as infos"),
        ],
    };

    /// <summary>The front matter keys checked unless <c>keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys =
    [
        "image", "image.path", "header.image", "header.teaser", "header.overlay_image", "header.og_image", "teaser",
        "og_image", "cover", "cover.image", "thumbnail", "featured_image", "feature_image", "images[]", "heroImage",
    ];

    private static readonly HashSet<string> MachineFolders = new(StringComparer.Ordinal)
    {
        "Users", "home", "Volumes", "private", "var", "tmp", "mnt", "media", "opt", "etc", "root", "usr", "Applications", "Library", "System",
    };

    [GeneratedRegex(@"^[A-Za-z]:[\\/]", RegexOptions.CultureInvariant)]
    private static partial Regex DrivePath();

    [GeneratedRegex(@"^(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\{\{-?\s*(?<var>site\.baseurl|site\.url|site\.github\.url|base_path)\s*-?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidVariable();

    [GeneratedRegex(@"\{\{-?\s*(?<q>[""'])(?<path>[^""']*)\k<q>\s*\|\s*(?:(?<filter>relative_url|absolute_url)|prepend:\s*(?<prepend>site\.baseurl|site\.url))\s*-?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidFilter();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record KeySpec(string Text, string[] Path, bool Each);

    private sealed class State(IReadOnlyList<KeySpec> keys, bool reportSkipped)
    {
        public IReadOnlyList<KeySpec> Keys { get; } = keys;

        public bool ReportSkipped { get; } = reportSkipped;

        public SiteFiles Files { get; } = new();

        public ConcurrentDictionary<string, SiteEnv> Sites { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string> GuessedRoots { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>What the rule knows about a site, computed once per run.</summary>
    private sealed class SiteEnv
    {
        public required Site Site { get; init; }

        /// <summary>The containment root: nothing outside it is ever listed.</summary>
        public required string Root { get; init; }

        /// <summary>Folders (below <see cref="Root"/>) where a path starting with <c>/</c> is looked up, in order.</summary>
        public required IReadOnlyList<List<string>> PublicRoots { get; init; }

        public List<string> Source { get; init; } = [];

        public JekyllSettings? Jekyll { get; init; }

        public string? Host { get; init; }

        /// <summary>
        /// Hugo: whether an image render hook may look a relative path up as a global resource (a
        /// <c>_markup/render-image.html</c> in the site's or a theme's layouts, or a theme PostLint cannot see, from Hugo
        /// modules). Without one, Goldmark writes the path as it is and the browser resolves it against the page URL.
        /// </summary>
        public bool ImageRenderHook { get; init; }

        /// <summary>The site's own GitHub repository, whose raw file URLs are files of the site.</summary>
        public OwnRepository? Repository { get; init; }

        /// <summary>True when no site holds the file and the root is its git work tree or its folder.</summary>
        public bool Guessed { get; init; }
    }

    /// <summary>Where one post is and where it is published.</summary>
    private sealed class PostPlace
    {
        public required SiteEnv Env { get; init; }

        public required List<string> FileDir { get; init; }

        public PublishedPage? Page { get; init; }

        public bool HugoBundle { get; init; }

        public bool InHugoContent { get; init; }

        public string? MediaSubpath { get; init; }

        /// <summary>For a <c>_posts</c> file Jekyll skips for want of a date prefix: the name PL111 suggests, under which
        /// <see cref="Page"/> is where the post will be published.</summary>
        public string? RenamedTo { get; init; }

        /// <summary>"the page is published at URL" (with the site's base path), or where it will be once renamed.</summary>
        public string PublishedAt => RenamedTo is null
            ? $"the page is published at {Env.Site.BaseUrl}{Page!.Url}"
            : $"once the file is renamed to {RenamedTo} (Jekyll skips it as named), the page is published at {Env.Site.BaseUrl}{Page!.Url}";

        /// <summary>A URL the page loads, as the browser asks for it: with the site's base path.</summary>
        public string Loads(Target target) => target.Loads.StartsWith('/') ? Env.Site.BaseUrl + target.Loads : target.Loads;
    }

    private enum RefKind
    {
        Local,
        Skip,
        Empty,
        MachinePath,
        BlobPage,
    }

    /// <param name="Repository">For a URL into the site's own GitHub repository: the URL read, and <see cref="Path"/> is
    /// the file's path below the site root.</param>
    private readonly record struct Ref(RefKind Kind, string Path = "", bool RootRelative = false, bool Backslash = false, bool Space = false, bool HadBaseUrl = false, string? Reason = null, RepositoryFileUrl? Repository = null);

    /// <summary>A place a path may resolve to: segments below the site root, and what the page loads (for messages).</summary>
    private sealed record Target(List<string> Segments, string Loads, int Above);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var keys = new List<KeySpec>();
        foreach (var text in setup.Options.GetStringList("keys", DefaultKeys))
        {
            var each = text.EndsWith("[]", StringComparison.Ordinal);
            var path = (each ? text[..^2] : text).Split('.');
            if (path.Any(p => p.Length == 0 || p.Contains("[]", StringComparison.Ordinal)))
            {
                setup.Error(setup.Options.Node("keys"), $"invalid key '{text}': write a key, a.b for a nested key, or a[] for a list");
                continue;
            }

            keys.Add(new KeySpec(text, path, each));
        }

        return new State(keys, setup.Options.GetBool("report-skipped", false));
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FullPath.Length == 0 || !Path.IsPathFullyQualified(post.FullPath))
        {
            return;
        }

        var state = context.State<State>();
        PostPlace? place = null;
        PostPlace Place() => place ??= Locate(post, state, context.Now);

        if (post.FrontMatter?.Root is { } root)
        {
            foreach (var key in state.Keys)
            {
                switch (root.FindPath(key.Path)?.Value)
                {
                    case YScalar { IsNull: false } s:
                        CheckValue(s);
                        break;
                    case YSequence seq when key.Each:
                        foreach (var item in seq.Items)
                        {
                            if (item is YScalar { IsNull: false } si)
                            {
                                CheckValue(si);
                            }
                        }

                        break;
                }
            }
        }

        void CheckValue(YScalar scalar)
        {
            var value = scalar.Value.Trim();
            if (value.Length == 0 || value.ToLowerInvariant() is "none" or "false" or "true" or "null")
            {
                return;
            }

            // A block scalar (`key: |`) is reported over its whole text but quoted by its value.
            var display = scalar.IsPlain || scalar.IsQuoted ? null : value;
            CheckPath(post, context, state, Place(), scalar.Value, InnerRange(post.Text, scalar.Range), frontMatter: true, display);
        }

        HashSet<int>? seen = null;
        foreach (var image in PostImages.Get(post))
        {
            foreach (var path in image.Paths)
            {
                if ((seen ??= []).Add(path.Range.Start))
                {
                    // kramdown reads an <img> inside a paragraph as span-level HTML and writes a line break in its
                    // attributes as a space; an HTML block, and every CommonMark renderer, keeps the line break, which
                    // the browser then drops.
                    var breaks = image is { Syntax: ImageSyntax.Html, InlineHtml: true } && post.Site.Renderer.IsKramdown();
                    CheckPath(post, context, state, Place(), path.Url, path.Range, frontMatter: false, lineBreaksAsSpaces: breaks);
                }
            }
        }
    }

    /// <summary>A scalar's range without its quotes.</summary>
    private static TextRange InnerRange(string text, TextRange range)
    {
        if (range.Length >= 2 && text[range.Start] is '"' or '\'' && text[range.End - 1] == text[range.Start])
        {
            return new TextRange(range.Start + 1, range.End - 1);
        }

        return range;
    }

    private static void CheckPath(Post post, RuleContext context, State state, PostPlace place, string url, TextRange range, bool frontMatter, string? display = null, bool lineBreaksAsSpaces = false)
    {
        var env = place.Env;
        var written = (display ?? post.Text[range.Start..range.End]).ReplaceLineEndings("\\n");
        var original = url;
        var spaced = false;
        if (url.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            // A browser removes every tab and line break from a URL (WHATWG URL parsing); kramdown's span-level HTML
            // has already turned each line break into a space.
            spaced = lineBreaksAsSpaces;
            url = lineBreaksAsSpaces ? url.ReplaceLineEndings(" ") : BrowserClean(url);
        }

        var r = Parse(url, env);
        switch (r.Kind)
        {
            case RefKind.Skip:
                if (state.ReportSkipped)
                {
                    context.Report(range, $"image '{Shorten(written)}' not checked: {r.Reason}", severity: Severity.Info);
                }

                return;
            case RefKind.Empty:
                context.Report(range, "image path is empty; write the path of the image file");
                return;
            case RefKind.MachinePath:
                context.Report(range, $"image '{written}' is a path on your computer, outside the site root; copy the image into the site (e.g. assets/images/) and write its path from the site root");
                return;
            case RefKind.BlobPage:
                ReportBlobPage(post, context, range, written, url);
                return;
        }

        if (r.Repository is { } repoUrl && !CheckBranch(context, env, range, written, repoUrl))
        {
            return;
        }

        var (targets, neighbor, fileRelativeEscape) = Targets(r, frontMatter, place);
        if (fileRelativeEscape)
        {
            context.Report(range, $"image '{written}' points outside the site root{(env.Guessed ? " (no site config found; pass --site-root)" : "")}");
            return;
        }

        var results = targets.Select(t => (Target: t, Result: state.Files.Find(env.Root, env.Root, t.Segments))).ToList();
        if (results.Any(x => x.Result.Status == LookupStatus.Found))
        {
            ReportStyle(context, r, written, range, url, frontMatter, env, exact: written == (display ?? post.Text[range.Start..range.End]));
            return;
        }

        if (results.Any(x => x.Result.Status == LookupStatus.Unreadable))
        {
            return;
        }

        if (spaced && Resolves(BrowserClean(original), state, place, frontMatter) is not null)
        {
            var oneLine = BrowserClean(post.Text[range.Start..range.End]);
            var fix = post.Text[range.Start..range.End] == original ? Fix.Replace("Write the path on one line", range, oneLine) : null;
            context.Report(range, $"image '{written}' breaks its path over two lines inside a paragraph: kramdown writes the line break as a space, so the page loads '{r.Path}', which does not exist; write the path on one line: '{oneLine}'", fix);
            return;
        }

        var (target, result) = results.FirstOrDefault(x => x.Result.Status is LookupStatus.CaseMismatch or LookupStatus.NormalizationMismatch);
        if (target is null)
        {
            (target, result) = results.FirstOrDefault(x => x.Result.Status is LookupStatus.IsFolder or LookupStatus.LinkOutsideRoot);
        }

        if (target is null)
        {
            (target, result) = results[0];
        }

        var exact = written == (display ?? post.Text[range.Start..range.End]);
        var missesBase = MissesBase(r, frontMatter, env);
        var context0 = place.Page is not null && !r.RootRelative && place.MediaSubpath is null && target.Loads.StartsWith('/') && !frontMatter
            ? $"{place.PublishedAt} and loads {place.Loads(target)}; "
            : "";
        switch (result.Status)
        {
            case LookupStatus.CaseMismatch:
            case LookupStatus.NormalizationMismatch:
                ReportMismatch(context, written, range, target, result, exact, r.Repository is null ? env.Site.Host : "GitHub",
                    missesBase ? BaseEdit(r, written, range, env, exact) : null,
                    missesBase ? $"leaves out {BaseSetting(env, r.Path).Setting} (the published page loads {r.Path}, outside the site)" : null);
                return;
            case LookupStatus.IsFolder:
                context.Report(range, $"image '{written}' is a folder ({SitePaths.ToDisplay(result.RealSegments, folder: true)}), not an image file");
                return;
            case LookupStatus.LinkOutsideRoot:
                context.Report(range, $"image '{written}' goes through the symbolic link {SitePaths.ToDisplay(result.RealSegments)}, which leads outside the site root");
                return;
        }

        if (neighbor is not null && state.Files.Find(env.Root, env.Root, neighbor.Segments).Status == LookupStatus.Found)
        {
            if (env.Jekyll?.Plugins.Contains("jekyll-postfiles") == true)
            {
                // jekyll-postfiles publishes the files of a post's folder next to the post's page.
                return;
            }

            var where = neighbor.Segments.Take(place.FileDir.Count).SequenceEqual(place.FileDir, StringComparer.Ordinal)
                ? "is next to the post"
                : "exists relative to the post's file";
            var published = neighbor.Segments.Take(env.Source.Count).SequenceEqual(env.Source, StringComparer.Ordinal)
                && !neighbor.Segments.Skip(env.Source.Count).Any(p => p.StartsWith('_') || p.StartsWith('.'));
            var advice = env.Site.Kind == SiteKind.Hugo
                ? "make the post a page bundle (a folder with index.md and its images) or move the image to static/"
                : published
                    ? $"write '{env.Site.BaseUrl}{SitePaths.ToUrl(neighbor.Segments.Skip(env.Source.Count))}'"
                    : "move the image to a site folder such as assets/ and write its path from the site root";
            context.Report(range, $"image '{written}' {where} ({neighbor.Loads}), but {place.PublishedAt} and loads {place.Loads(target)}, which does not exist; {advice}");
            return;
        }

        if (target.Above > 0)
        {
            context.Report(range, $"image '{written}' points outside the site root: {context0}it climbs {target.Above} folder{(target.Above == 1 ? "" : "s")} above the root");
            return;
        }

        if (r.RootRelative && !r.HadBaseUrl && LooksLikeMachinePath(r.Path, results))
        {
            context.Report(range, $"image '{written}' is a path on your computer, outside the site root; copy the image into the site (e.g. assets/images/) and write its path from the site root");
            return;
        }

        var kramdownNote = spaced ? "; kramdown writes the line break inside this <img> as a space" : "";
        var baseNote = missesBase ? $"; the path also leaves out {BaseSetting(env, r.Path).Setting}" : "";
        context.Report(range, $"image '{written}' not found: {context0}{Missing(written, r, target, result, place, state.Files)}{kramdownNote}{baseNote}");
    }

    /// <summary>A <c>github.com/OWNER/REPO/blob/…</c> URL loads GitHub's HTML page for the file, never the image.</summary>
    private static void ReportBlobPage(Post post, RuleContext context, TextRange range, string written, string url)
    {
        var raw = url.Contains('#') ? null : url + (url.Contains('?') ? "&raw=true" : "?raw=true");
        var fix = raw is not null && post.Text[range.Start..range.End] == url ? Fix.Replace($"Replace with '{raw}'", range, raw) : null;
        context.Report(range, $"image '{Shorten(written)}' is GitHub's page for the file (a /blob/ URL), not the image itself, so no image shows; add ?raw=true or use the raw.githubusercontent.com URL", fix);
    }

    /// <summary>
    /// A URL into the site's own repository: reports a branch git does not know (GitHub serves nothing from it), and
    /// returns whether the file can be checked in the work tree (the URL names the branch checked out, or git cannot say).
    /// </summary>
    private static bool CheckBranch(RuleContext context, SiteEnv env, TextRange range, string written, RepositoryFileUrl u)
    {
        var repo = env.Repository!;
        if (repo.Branches is not { } branches || branches.Contains(u.Branch))
        {
            return repo.Head is null || repo.Head == u.Branch;
        }

        if (u.Branch.Length is >= 7 and <= 40 && u.Branch.All(char.IsAsciiHexDigitLower))
        {
            // A commit: its files may differ from the work tree's.
            return false;
        }

        var known = string.Join(", ", branches.Order(StringComparer.Ordinal).Take(3)) + (branches.Count > 3 ? ", …" : "");
        var at = written.IndexOf("/" + u.Branch + "/", StringComparison.Ordinal);
        var fix = repo.Head is { } head && at >= 0 && at == written.LastIndexOf("/" + u.Branch + "/", StringComparison.Ordinal)
            ? Fix.Replace($"Replace the branch with '{head}'", new TextRange(range.Start + at + 1, range.Start + at + 1 + u.Branch.Length), head, FixSafety.Unsafe)
            : null;
        var instead = repo.Head is { } h ? $"; write '{h}'" : "";
        context.Report(range, $"image '{Shorten(written)}' is served from the branch '{u.Branch}' of {u.Owner}/{u.Name}, which git does not know (branches: {known}): GitHub serves nothing from a branch that does not exist{instead}", fix);
        return repo.Head is null;
    }

    /// <summary>A URL as a browser reads an attribute value: every tab, line feed and carriage return removed.</summary>
    private static string BrowserClean(string value) => value.Replace("\t", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    /// <summary>The path <paramref name="url"/> resolves to when it names an existing file, else null.</summary>
    private static string? Resolves(string url, State state, PostPlace place, bool frontMatter)
    {
        var r = Parse(url, place.Env);
        if (r.Kind != RefKind.Local)
        {
            return null;
        }

        var (targets, _, escape) = Targets(r, frontMatter, place);
        return !escape && targets.Any(t => state.Files.Find(place.Env.Root, place.Env.Root, t.Segments).Status == LookupStatus.Found) ? r.Path : null;
    }

    /// <summary>Warnings for paths that resolve but are fragile, and the baseurl a body image left out.</summary>
    private static void ReportStyle(RuleContext context, Ref r, string written, TextRange range, string url, bool frontMatter, SiteEnv env, bool exact)
    {
        if (MissesBase(r, frontMatter, env))
        {
            var path = r.Path;
            var (setting, alternative) = BaseSetting(env, path);
            var fix = BaseEdit(r, written, range, env, exact) is { } edit ? new Fix($"Write '{env.Site.BaseUrl}{written}'", [edit]) : null;
            context.Report(range, $"image '{written}' leaves out {setting}: the published page loads {path}, outside the site; write '{env.Site.BaseUrl}{path}'{alternative}", fix);
            return;
        }

        if (r.Backslash)
        {
            var forward = written.Replace('\\', '/');
            var fix = written == url ? Fix.Replace($"Replace with '{forward}'", range, forward) : null;
            context.Report(range, $"image path '{written}' uses backslashes; write '{forward}'", fix, Severity.Warning);
        }

        if (r.Space)
        {
            context.Report(range, $"image path '{written}' contains a space; write it as %20 or rename the file without spaces", severity: Severity.Warning);
        }
    }

    /// <summary>
    /// A body image written from the root without the site's base path: no generator adds it to a path written in
    /// Markdown or HTML, so the page loads it outside the site.
    /// </summary>
    private static bool MissesBase(Ref r, bool frontMatter, SiteEnv env) =>
        r.RootRelative && !r.HadBaseUrl && !frontMatter && env.Site.BaseUrl.Length > 0 && r.Repository is null;

    /// <summary>How messages name the base path setting, and the Liquid alternative Jekyll offers.</summary>
    private static (string Setting, string Alternative) BaseSetting(SiteEnv env, string path) => env.Site.Kind switch
    {
        SiteKind.Hugo => ($"the baseURL path '{env.Site.BaseUrl}'", ""),
        SiteKind.Astro => ($"Astro's base '{env.Site.BaseUrl}'", ""),
        _ => ($"the site's baseurl '{env.Site.BaseUrl}'", $" or '{{{{ \"{path}\" | relative_url }}}}'"),
    };

    /// <summary>The edit that puts the base path in front of a path written from the root, when the text is the path as written.</summary>
    private static TextEdit? BaseEdit(Ref r, string written, TextRange range, SiteEnv env, bool exact) =>
        exact && written.StartsWith('/') && !written.StartsWith("//", StringComparison.Ordinal) && MissesBaseText(written, env)
            ? new TextEdit(new TextRange(range.Start, range.Start), env.Site.BaseUrl)
            : null;

    private static bool MissesBaseText(string written, SiteEnv env) =>
        !written.StartsWith(env.Site.BaseUrl + "/", StringComparison.Ordinal);

    private static void ReportMismatch(RuleContext context, string written, TextRange range, Target target, LookupResult result, bool exact, string host, TextEdit? baseEdit = null, string? baseProblem = null)
    {
        var real = SitePaths.ToDisplay(result.RealSegments);
        var edits = new List<TextEdit>();
        var corrected = written;
        for (var i = 0; i < target.Segments.Count && i < result.RealSegments.Count; i++)
        {
            var wrong = target.Segments[i];
            var right = result.RealSegments[i];
            if (wrong == right)
            {
                continue;
            }

            var at = SegmentIndex(written, wrong);
            if (!exact || at < 0 || written.IndexOf(wrong, StringComparison.Ordinal) != written.LastIndexOf(wrong, StringComparison.Ordinal))
            {
                corrected = null;
                break;
            }

            corrected = corrected!.Replace(wrong, right, StringComparison.Ordinal);
            edits.Add(new TextEdit(new TextRange(range.Start + at, range.Start + at + wrong.Length), right));
        }

        if (baseProblem is not null && corrected is not null)
        {
            // Both problems at once, and one fix for both.
            corrected = (baseEdit?.NewText ?? "") + corrected;
            if (baseEdit is { } insert)
            {
                edits.Insert(0, insert);
            }
            else
            {
                edits.Clear();
            }
        }

        var advice = corrected is not null ? $"write '{corrected}'" : $"write the file's name exactly";
        if (result.Status == LookupStatus.CaseMismatch)
        {
            var fix = corrected is not null && edits.Count > 0 ? new Fix($"Replace with '{corrected}'", edits) : null;
            var problem = baseProblem is null
                ? $"differs in letter case from the file {real}: works on macOS/Windows, breaks on {host}"
                : $"{baseProblem}, and differs in letter case from the file {real} (works on macOS/Windows, breaks on {host})";
            context.Report(range, $"image '{written}' {problem}; {advice}", fix);
            return;
        }

        var fileIsNfd = UnicodeNames.LooksDecomposed(real);
        if (fileIsNfd)
        {
            context.Report(range, $"image '{written}' matches the file {real} only after Unicode normalization: the file name is NFD (as macOS writes it) and the path is NFC, so it breaks on {host}; rename the file to NFC");
            return;
        }

        var nfcFix = corrected is not null && edits.Count > 0 ? new Fix("Rewrite the path in NFC", edits) : null;
        context.Report(range, $"image '{written}' matches the file {real} only after Unicode normalization: the path is NFD and the file name NFC, so it breaks on {host}; retype the path", nfcFix);
    }

    private static string Missing(string written, Ref r, Target target, LookupResult result, PostPlace place, SiteFiles files)
    {
        var env = place.Env;
        var i = result.Index;
        if (result.StoppedIsFile)
        {
            return $"{SitePaths.ToDisplay(result.RealSegments)} is a file, not a folder";
        }

        var here = result.RealSegments.Take(i).ToList();
        var folder = here.SequenceEqual(place.FileDir, StringComparer.Ordinal) ? "next to the post"
            : i == 0 ? "in the site root"
            : "in " + SitePaths.ToDisplay(here, folder: true);
        var name = target.Segments[i];
        var last = i == target.Segments.Count - 1;
        var detail = last ? $"no file '{name}' {folder}" : $"no folder '{name}' {folder}";

        // For "/x" paths, suggestions are written from the public root the path starts at (static/ for Hugo).
        var start = r.RootRelative ? env.PublicRoots.FirstOrDefault(p => target.Segments.Take(p.Count).SequenceEqual(p, StringComparer.Ordinal)) ?? [] : [];
        string AsWritten(IEnumerable<string> segments, bool isFolder) => r.RootRelative
            ? (r.HadBaseUrl ? env.Site.BaseUrl : "") + SitePaths.ToUrl(segments.Skip(start.Count), isFolder)
            : SitePaths.ToDisplay(segments, isFolder);

        if (result.Suggestion is { } suggestion)
        {
            var at = SegmentIndex(written, name);
            var mean = at >= 0
                ? written[..at] + suggestion + written[(at + name.Length)..]
                : AsWritten(result.RealSegments.Take(i).Append(suggestion), !last);
            return detail + $"; did you mean '{mean}'";
        }

        // The same file name elsewhere under the folder the path starts from (the public root for "/x" paths).
        var fileName = target.Segments[^1];
        var elsewhere = files.FilesNamed(Path.Combine([env.Root, .. start]), fileName);
        if (elsewhere.Count == 0)
        {
            return detail;
        }

        var more = elsewhere.Count > 1 ? $" (and {elsewhere.Count - 1} more)" : "";
        var found = start.Concat(elsewhere[0].Split('/')).ToList();
        return r.RootRelative
            ? detail + $"; did you mean '{AsWritten(found, false)}'{more}"
            : detail + $"; a file of that name is at {SitePaths.ToDisplay(found)}{more}";
    }

    private static (List<Target> Targets, Target? Neighbor, bool FileRelativeEscape) Targets(Ref r, bool frontMatter, PostPlace place)
    {
        var env = place.Env;
        var targets = new List<Target>();

        void FromRoots(List<string> baseUrl, string path)
        {
            var above = SitePaths.Combine(baseUrl, path, out var url);
            foreach (var root in env.PublicRoots)
            {
                targets.Add(new Target([.. root, .. url], SitePaths.ToUrl(url, trailingSlash: path.EndsWith('/')), above));
            }
        }

        bool FromFile(string path)
        {
            var above = SitePaths.Combine(place.FileDir, path, out var segments);
            if (above > 0)
            {
                return false;
            }

            targets.Add(new Target(segments, SitePaths.ToDisplay(segments), 0));
            return true;
        }

        if (r.Repository is not null)
        {
            // A file of the site's own repository, below the site root.
            SitePaths.Combine([], r.Path, out var inRepository);
            targets.Add(new Target(inRepository, SitePaths.ToDisplay(inRepository), 0));
            return (targets, null, false);
        }

        if (r.RootRelative)
        {
            FromRoots([], r.Path);
            return (targets, null, false);
        }

        if (place.MediaSubpath is { } subpath)
        {
            FromRoots([], subpath.TrimEnd('/') + "/" + r.Path);
            return (targets, null, false);
        }

        var pageFolder = place.Page is null ? null : place.Page.Folder.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        Target? neighbor = null;
        switch (env.Site.Kind)
        {
            case SiteKind.Jekyll when frontMatter:
                // Themes pass front matter images through relative_url: a relative value starts at the site root.
                FromRoots([], r.Path);
                if (pageFolder is not null)
                {
                    FromRoots(pageFolder, r.Path);
                }

                break;
            case SiteKind.Jekyll when pageFolder is not null:
            case SiteKind.Hugo when place.InHugoContent && !place.HugoBundle && pageFolder is not null:
                if (frontMatter)
                {
                    FromRoots([], r.Path);
                }

                FromRoots(pageFolder, r.Path);
                if (env.Site.Kind == SiteKind.Hugo && !frontMatter && env.ImageRenderHook)
                {
                    // Image render hooks (Hugo's own, and many themes') also look a relative path up as a global resource.
                    FromRoots([], r.Path);
                }

                if (SitePaths.Combine(place.FileDir, r.Path, out var beside) == 0)
                {
                    neighbor = new Target(beside, SitePaths.ToDisplay(beside), 0);
                }

                break;
            case SiteKind.Hugo when place.InHugoContent && pageFolder is not null:
                if (!FromFile(r.Path))
                {
                    return (targets, null, true);
                }

                FromRoots(pageFolder, r.Path);
                if (env.ImageRenderHook)
                {
                    FromRoots([], r.Path);
                }

                break;
            case SiteKind.Astro when frontMatter:
            case SiteKind.Hugo when frontMatter:
                if (!FromFile(r.Path))
                {
                    return (targets, null, true);
                }

                FromRoots([], r.Path);
                break;
            default:
                if (!FromFile(r.Path))
                {
                    return (targets, null, true);
                }

                break;
        }

        return (targets, neighbor, false);
    }

    /// <summary>Reads a path as the generator and the browser will: Liquid, own-site URLs, query, fragment, escapes, baseurl.</summary>
    private static Ref Parse(string value, SiteEnv env)
    {
        var v = value.Trim();
        if (v.Length == 0)
        {
            return new Ref(RefKind.Empty);
        }

        if (v.Contains("{{", StringComparison.Ordinal) || v.Contains("{%", StringComparison.Ordinal))
        {
            if (Liquid(v, env.Site) is not { } rendered)
            {
                return new Ref(RefKind.Skip, Reason: "templated path");
            }

            v = rendered;
        }

        if (v.Contains("${", StringComparison.Ordinal) || v.StartsWith("<%", StringComparison.Ordinal))
        {
            return new Ref(RefKind.Skip, Reason: "templated path");
        }

        if (DrivePath().IsMatch(v) || v.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return new Ref(RefKind.MachinePath);
        }

        if (v.StartsWith("//", StringComparison.Ordinal))
        {
            if (OwnSitePath(v[2..], env) is not { } own)
            {
                return new Ref(RefKind.Skip, Reason: "remote image");
            }

            v = own;
        }
        else if (Scheme().Match(v) is { Success: true } scheme)
        {
            var name = scheme.Groups["scheme"].Value.ToLowerInvariant();
            if (name is not ("http" or "https"))
            {
                return new Ref(RefKind.Skip, Reason: name == "data" ? "data: URI" : $"{name}: URL");
            }

            var rest = v[scheme.Length..];
            if (!rest.StartsWith("//", StringComparison.Ordinal) || OwnSitePath(rest[2..], env) is not { } own)
            {
                return RepositoryRef(v, env) ?? new Ref(RefKind.Skip, Reason: "remote image");
            }

            v = own;
        }

        var cut = v.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            v = v[..cut];
        }

        if (v.Length == 0)
        {
            return new Ref(RefKind.Skip, Reason: "no path, only a query or fragment");
        }

        var backslash = v.Contains('\\');
        v = v.Replace('\\', '/').Replace("\t", "", StringComparison.Ordinal);
        var space = v.Contains(' ');
        var decoded = Uri.UnescapeDataString(v);
        var rootRelative = decoded.StartsWith('/');
        var hadBase = false;
        var baseUrl = env.Site.BaseUrl;
        if (rootRelative && baseUrl.Length > 0 && (decoded == baseUrl || decoded.StartsWith(baseUrl + "/", StringComparison.Ordinal)))
        {
            decoded = decoded[baseUrl.Length..];
            decoded = decoded.Length == 0 ? "/" : decoded;
            hadBase = true;
        }

        return new Ref(RefKind.Local, decoded, rootRelative, backslash, space, hadBase);
    }

    /// <summary>
    /// A URL into a GitHub repository's files: a <c>/blob/</c> page (never an image, whoever's repository it is), or a raw
    /// file of the site's own repository, found in its work tree (GitHub serves it from there once pushed). Null for
    /// any other URL, and for other repositories' files, which stay remote.
    /// </summary>
    private static Ref? RepositoryRef(string url, SiteEnv env)
    {
        if (OwnRepository.ParseUrl(url) is not { } u)
        {
            return null;
        }

        if (u.Blob)
        {
            return new Ref(RefKind.BlobPage);
        }

        if (env.Repository is not { } repo || !repo.Is(u.Owner, u.Name))
        {
            return null;
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(repo.WorkTree, u.Path));
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!SitePaths.IsUnder(full, env.Root) || u.Path.Length == 0)
        {
            return new Ref(RefKind.Skip, Reason: "a file of the repository outside the site root");
        }

        return new Ref(RefKind.Local, string.Join('/', SitePaths.SegmentsBelow(full, env.Root)), Repository: u);
    }

    /// <summary>Renders the Liquid Jekyll sites use in image paths; null when other Liquid remains.</summary>
    private static string? Liquid(string value, Site site)
    {
        var url = site.Url ?? "";
        var v = LiquidFilter().Replace(value, m =>
        {
            var path = m.Groups["path"].Value;
            if (m.Groups["prepend"].Success)
            {
                return (m.Groups["prepend"].Value == "site.url" ? url : site.BaseUrl) + path;
            }

            var rooted = path.StartsWith('/') ? path : "/" + path;
            return (m.Groups["filter"].Value == "absolute_url" ? url : "") + site.BaseUrl + rooted;
        });
        v = LiquidVariable().Replace(v, m => m.Groups["var"].Value switch
        {
            "site.baseurl" => site.BaseUrl,
            "base_path" => url + site.BaseUrl,
            _ => url,
        });
        return v.Contains("{{", StringComparison.Ordinal) || v.Contains("{%", StringComparison.Ordinal) ? null : v;
    }

    /// <summary>For <c>host/path</c> of an absolute URL: the path when the host is the site's own, else null.</summary>
    private static string? OwnSitePath(string hostAndPath, SiteEnv env)
    {
        if (env.Host is null)
        {
            return null;
        }

        var slash = hostAndPath.IndexOf('/');
        var host = slash < 0 ? hostAndPath : hostAndPath[..slash];
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        var colon = host.IndexOf(':');
        host = colon >= 0 ? host[..colon] : host;
        static string Bare(string h) => h.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? h[4..] : h;
        if (!string.Equals(Bare(host), Bare(env.Host), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return slash < 0 ? "/" : hostAndPath[slash..];
    }

    /// <summary>A "/x" path whose first folder is a computer's (<c>/Users</c>, <c>/home</c>, …) and not a folder of the site.</summary>
    private static bool LooksLikeMachinePath(string path, List<(Target Target, LookupResult Result)> results)
    {
        SitePaths.Combine([], path, out var segments);
        if (segments.Count < 2 || !MachineFolders.Contains(segments[0]))
        {
            return false;
        }

        return results.All(x => x.Result.Status == LookupStatus.Missing && x.Result.Index <= x.Target.Segments.Count - segments.Count);
    }

    /// <summary>Where <paramref name="segment"/> is written as a whole path segment (the last such place), or -1.</summary>
    private static int SegmentIndex(string written, string segment)
    {
        for (var at = written.LastIndexOf(segment, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : written.LastIndexOf(segment, at - 1, StringComparison.Ordinal))
        {
            var end = at + segment.Length;
            var startsSegment = at == 0 || written[at - 1] is '/' or '\\' or '(' or '}' or ' ' or '"' or '\'';
            var endsSegment = end == written.Length || written[end] is '/' or '\\' or '?' or '#' or ' ' or '{' or '"' or '\'';
            if (startsSegment && endsSegment)
            {
                return at;
            }
        }

        return -1;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static PostPlace Locate(Post post, State state, DateTimeOffset now)
    {
        var fileDir = Path.GetDirectoryName(post.FullPath)!;
        var site = post.Site;
        var siteRoot = Path.GetFullPath(site.Root);
        var guessed = !SitePaths.IsUnder(post.FullPath, siteRoot);
        var root = guessed ? state.GuessedRoots.GetOrAdd(fileDir, GuessRoot) : siteRoot;
        var env = state.Sites.GetOrAdd(root + "\n" + siteRoot, _ => CreateEnv(site, root, guessed));
        var dirSegments = SitePaths.SegmentsBelow(fileDir, root);
        var fileSegments = SitePaths.SegmentsBelow(post.FullPath, root);

        PublishedPage? page = null;
        var bundle = false;
        var inContent = false;
        string? mediaSubpath = null, renamed = null;
        switch (guessed ? SiteKind.None : site.Kind)
        {
            case SiteKind.Jekyll when env.Jekyll is not null:
                var sourceFull = Path.Combine([root, .. env.Source]);
                if (SitePaths.IsUnder(post.FullPath, sourceFull))
                {
                    var segments = SitePaths.SegmentsBelow(post.FullPath, sourceFull);
                    page = PublishedUrls.Jekyll(post, segments, env.Jekyll, now);
                    if (page is null && segments.Count > 0 && SitePaths.JekyllPostEntry(post) is not null
                        && PL111PostFileNameUndated.Suggest(segments[^1], post.FrontMatter?.Root) is { } suggested)
                    {
                        // Jekyll skips a post without a date prefix (PL111); its author will rename it, and its images
                        // must load where it is published then.
                        segments[^1] = suggested;
                        page = PublishedUrls.Jekyll(post, segments, env.Jekyll, now);
                        renamed = page is null ? null : suggested;
                    }
                }

                if (page is not null)
                {
                    mediaSubpath = (post.FrontMatter?.Root?.Get("media_subpath") ?? post.FrontMatter?.Root?.Get("img_path")) is YScalar { IsNull: false } m && m.Value.Trim().Length > 0
                        ? m.Value.Trim()
                        : null;
                }

                break;
            case SiteKind.Hugo:
                if (site.PathInContent(post.FullPath) is { } inContentDir)
                {
                    inContent = true;
                    var contentSegments = inContentDir.Split('/');
                    bundle = Path.GetFileNameWithoutExtension(contentSegments[^1]) is "index" or "_index";
                    page = PublishedUrls.Hugo(post, contentSegments);
                }

                break;
        }

        return new PostPlace { Env = env, FileDir = dirSegments, Page = page, HugoBundle = bundle, InHugoContent = inContent, MediaSubpath = mediaSubpath, RenamedTo = renamed };
    }

    private static SiteEnv CreateEnv(Site site, string root, bool guessed)
    {
        var publicRoots = new List<List<string>>();
        List<string> source = [];
        JekyllSettings? jekyll = null;
        switch (guessed ? SiteKind.None : site.Kind)
        {
            case SiteKind.Jekyll:
                var sourceFull = Path.GetFullPath(site.Source);
                source = SitePaths.IsUnder(sourceFull, root) ? SitePaths.SegmentsBelow(sourceFull, root) : [];
                publicRoots.Add(source);
                jekyll = JekyllSettings.From(site);
                break;
            case SiteKind.Hugo:
                publicRoots.Add(["static"]);
                publicRoots.Add(["assets"]);
                foreach (var theme in ThemeFolders(root))
                {
                    publicRoots.Add(["themes", theme, "static"]);
                }

                break;
            case SiteKind.Astro:
                publicRoots.Add(["public"]);
                break;
            default:
                publicRoots.Add([]);
                break;
        }

        string? host = null;
        if (site.Url is { } url && Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri))
        {
            host = uri.Host;
        }

        return new SiteEnv
        {
            Site = site, Root = root, PublicRoots = publicRoots, Source = source, Jekyll = jekyll, Host = host, Guessed = guessed,
            Repository = OwnRepository.Find(site, root),
            ImageRenderHook = !guessed && site.Kind == SiteKind.Hugo && HasImageRenderHook(root),
        };
    }

    private static bool HasImageRenderHook(string root)
    {
        static bool In(string layouts) =>
            File.Exists(Path.Combine(layouts, "_default", "_markup", "render-image.html")) || File.Exists(Path.Combine(layouts, "_markup", "render-image.html"));

        if (In(Path.Combine(root, "layouts")) || ThemeFolders(root).Any(t => In(Path.Combine(root, "themes", t, "layouts"))))
        {
            return true;
        }

        // A theme from Hugo modules lives outside the site, where its hooks cannot be seen.
        return File.Exists(Path.Combine(root, "go.mod"));
    }

    private static IEnumerable<string> ThemeFolders(string root)
    {
        try
        {
            var themes = Path.Combine(root, "themes");
            return Directory.Exists(themes) ? Directory.GetDirectories(themes).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// No site holds the file: its git work tree is the root; else the topmost folder above it that is not a shared place
    /// (the file system root, the home or temp folder, <c>/home</c>, <c>/Users</c>, …), so that a lint of a plain folder of
    /// Markdown can follow <c>../</c> paths between its subfolders without ever looking outside it.
    /// </summary>
    private static string GuessRoot(string fileDir)
    {
        for (var dir = fileDir; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir;
            }
        }

        var shared = new HashSet<string>(StringComparer.Ordinal)
        {
            Path.TrimEndingDirectorySeparator(Path.GetTempPath()),
            Path.TrimEndingDirectorySeparator(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)),
            "/tmp", "/var/tmp", "/home", "/Users", "/Volumes", "/mnt", "/media", "/srv", "/opt", "/var", "/private", "/private/tmp",
        };
        var root = fileDir;
        for (var dir = fileDir; Path.GetDirectoryName(dir) is { } parent; dir = parent)
        {
            if (shared.Contains(Path.TrimEndingDirectorySeparator(parent)) || Path.GetDirectoryName(parent) is null)
            {
                return dir;
            }

            root = parent;
        }

        return root;
    }
}
