using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
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
        KoreanTitle = "이미지 경로가 사이트의 파일을 가리키지 않습니다",
    };

    private static readonly Message InvalidKey = new(
        "invalid key '{key}': write a key, a.b for a nested key, or a[] for a list",
        "잘못된 키 '{key}'입니다. 키 이름, 중첩된 키는 a.b, 목록은 a[]처럼 쓰세요");

    private static readonly Message NotChecked = new("image '{image}' not checked: {reason}", "이미지 '{image}'{은} {reason}{이라}서 검사하지 않습니다");

    private static readonly Message TemplatedPath = new("templated path", "템플릿 문법이 들어간 경로");

    private static readonly Message RemoteImage = new("remote image", "원격 이미지");

    private static readonly Message DataUri = new("data: URI", "data: URI 이미지");

    private static readonly Message SchemeUrl = new("{scheme}: URL", "{scheme}: 주소");

    private static readonly Message OnlyQuery = new("no path, only a query or fragment", "경로 없이 쿼리나 fragment만 있는 주소");

    private static readonly Message OutsideRepository = new("a file of the repository outside the site root", "사이트 루트 밖에 있는 저장소 파일");

    private static readonly Message EmptyPath = new("image path is empty; write the path of the image file", "이미지 경로가 비어 있습니다. 이미지 파일의 경로를 쓰세요");

    private static readonly Message MachinePath = new(
        "image '{image}' is a path on your computer, outside the site root; copy the image into the site (e.g. assets/images/) and write its path from the site root",
        "이미지 '{image}'{은} 사이트 루트 밖, 이 컴퓨터의 경로입니다. 이미지를 사이트 안(예: assets/images/)에 복사하고 사이트 루트부터 쓴 경로로 바꾸세요");

    private static readonly Message OutsideRoot = new("image '{image}' points outside the site root", "이미지 '{image}'{이} 사이트 루트 밖을 가리킵니다");

    private static readonly Message OutsideGuessedRoot = new(
        "image '{image}' points outside the site root (no site config found; pass --site-root)",
        "이미지 '{image}'{이} 사이트 루트 밖을 가리킵니다(사이트 설정을 찾지 못했습니다. --site-root로 루트를 지정하세요)");

    private static readonly Message BrokenOverLines = new(
        "image '{image}' breaks its path over two lines inside a paragraph: kramdown writes the line break as a space, so the page loads '{path}', which does not exist; write the path on one line: '{oneLine}'",
        "이미지 '{image}'{은} 문단 안에서 경로가 두 줄로 나뉘어 있습니다. kramdown은 줄바꿈을 공백으로 쓰므로 페이지는 없는 파일 '{path}'{을} 불러옵니다. 경로를 한 줄로 쓰세요: '{oneLine}'");

    private static readonly Message OneLine = new("Write the path on one line", "경로를 한 줄로 쓰세요");

    private static readonly Message IsFolder = new("image '{image}' is a folder ({folder}), not an image file", "이미지 '{image}'{은} 이미지 파일이 아니라 폴더({folder})입니다");

    private static readonly Message ThroughLink = new(
        "image '{image}' goes through the symbolic link {link}, which leads outside the site root",
        "이미지 '{image}'{은} 사이트 루트 밖으로 이어지는 심볼릭 링크 {link}{을} 거칩니다");

    private static readonly Message NextToPost = new(
        "image '{image}' is next to the post ({file}), but {published} and loads {loads}, which does not exist; {advice}",
        "이미지 '{image}'{은} 글 옆에 있지만({file}), {published} {loads}{을} 불러옵니다. 이 경로에는 파일이 없습니다. {advice}");

    private static readonly Message RelativeToPostFile = new(
        "image '{image}' exists relative to the post's file ({file}), but {published} and loads {loads}, which does not exist; {advice}",
        "이미지 '{image}'{은} 글 파일을 기준으로 하면 있지만({file}), {published} {loads}{을} 불러옵니다. 이 경로에는 파일이 없습니다. {advice}");

    private static readonly Message PublishedAtUrl = new("the page is published at {url}", "페이지는 {url}에 게시되고");

    private static readonly Message PublishedOnceRenamed = new(
        "once the file is renamed to {name} (Jekyll skips it as named), the page is published at {url}",
        "파일 이름을 {name}{으로} 바꾸면(지금 이름은 Jekyll이 건너뜁니다) 페이지는 {url}에 게시되고");

    private static readonly Message MakeBundle = new(
        "make the post a page bundle (a folder with index.md and its images) or move the image to static/",
        "글을 페이지 번들(index.md와 이미지를 담은 폴더)로 만들거나 이미지를 static/으로 옮기세요");

    private static readonly Message WriteUrl = new("write '{url}'", "'{url}'{으로} 쓰세요");

    private static readonly Message MoveToAssets = new(
        "move the image to a site folder such as assets/ and write its path from the site root",
        "이미지를 assets/ 같은 사이트 폴더로 옮기고 사이트 루트부터 쓴 경로로 바꾸세요");

    private static readonly Message ClimbsOne = new(
        "image '{image}' points outside the site root: {page}it climbs {count} folder above the root",
        "이미지 '{image}'{이} 사이트 루트 밖을 가리킵니다. {page}루트보다 폴더 {count}단계 위로 올라갑니다");

    private static readonly Message ClimbsMany = new(
        "image '{image}' points outside the site root: {page}it climbs {count} folders above the root",
        "이미지 '{image}'{이} 사이트 루트 밖을 가리킵니다. {page}루트보다 폴더 {count}단계 위로 올라갑니다");

    private static readonly Message PageLoads = new("{published} and loads {loads}; ", "{published} {loads}{을} 불러옵니다. ");

    private static readonly Message NotFound = new(
        "image '{image}' not found: {page}{missing}{kramdownNote}{baseNote}",
        "이미지 '{image}'{을} 찾을 수 없습니다{kramdownNote}{baseNote}. {page}{missing}");

    private static readonly Message KramdownSpace = new(
        "; kramdown writes the line break inside this <img> as a space",
        ". kramdown은 이 <img> 안의 줄바꿈을 공백으로 씁니다");

    private static readonly Message AlsoLeavesOutBase = new("; the path also leaves out {setting}", ". 경로에는 {setting}도 빠져 있습니다");

    private static readonly Message BlobPage = new(
        "image '{image}' is GitHub's page for the file (a /blob/ URL), not the image itself, so no image shows; add ?raw=true or use the raw.githubusercontent.com URL",
        "이미지 '{image}'{은} 이미지 자체가 아니라 파일을 보여 주는 GitHub 페이지(/blob/ URL)라서 이미지가 나오지 않습니다. ?raw=true를 붙이거나 raw.githubusercontent.com URL을 쓰세요");

    private static readonly Message ReplaceWith = new("Replace with '{text}'", "'{text}'{으로} 바꾸세요");

    private static readonly Message ReplaceBranch = new("Replace the branch with '{branch}'", "브랜치를 '{branch}'{으로} 바꾸세요");

    private static readonly Message UnknownBranch = new(
        "image '{image}' is served from the branch '{branch}' of {repository}, which git does not know (branches: {known}): GitHub serves nothing from a branch that does not exist",
        "이미지 '{image}'{은} {repository}의 브랜치 '{branch}'에서 가져오지만 git은 이 브랜치를 모릅니다(브랜치: {known}). 없는 브랜치에서는 GitHub가 아무것도 내주지 않습니다");

    private static readonly Message UnknownBranchWrite = new(
        "image '{image}' is served from the branch '{branch}' of {repository}, which git does not know (branches: {known}): GitHub serves nothing from a branch that does not exist; write '{head}'",
        "이미지 '{image}'{은} {repository}의 브랜치 '{branch}'에서 가져오지만 git은 이 브랜치를 모릅니다(브랜치: {known}). 없는 브랜치에서는 GitHub가 아무것도 내주지 않습니다. '{head}'{으로} 쓰세요");

    private static readonly Message LeavesOutBase = new(
        "image '{image}' leaves out {setting}: the published page loads {path}, outside the site; write '{fixed}'",
        "이미지 '{image}'에 {setting}{이} 빠졌습니다. 게시된 페이지는 사이트 밖의 {path}{을} 불러옵니다. '{fixed}'{으로} 쓰세요");

    private static readonly Message LeavesOutBaseLiquid = new(
        "image '{image}' leaves out {setting}: the published page loads {path}, outside the site; write '{fixed}' or '{liquid}'",
        "이미지 '{image}'에 {setting}{이} 빠졌습니다. 게시된 페이지는 사이트 밖의 {path}{을} 불러옵니다. '{fixed}' 또는 '{liquid}'{으로} 쓰세요");

    private static readonly Message WriteAs = new("Write '{text}'", "'{text}'{으로} 쓰세요");

    private static readonly Message HugoBase = new("the baseURL path '{base}'", "baseURL 경로 '{base}'");

    private static readonly Message AstroBase = new("Astro's base '{base}'", "Astro의 base '{base}'");

    private static readonly Message JekyllBase = new("the site's baseurl '{base}'", "사이트의 baseurl '{base}'");

    private static readonly Message Backslashes = new(
        "image path '{image}' uses backslashes; write '{forward}'",
        "이미지 경로 '{image}'에 역슬래시가 있습니다. '{forward}'{으로} 쓰세요");

    private static readonly Message Space = new(
        "image path '{image}' contains a space; write it as %20 or rename the file without spaces",
        "이미지 경로 '{image}'에 공백이 있습니다. 공백을 %20으로 쓰거나 파일 이름에서 공백을 없애세요");

    private static readonly Message WriteExactly = new("write '{path}'", "'{path}'{으로} 쓰세요");

    private static readonly Message WriteNameExactly = new("write the file's name exactly", "파일 이름을 정확히 쓰세요");

    private static readonly Message CaseDiffers = new(
        "image '{image}' differs in letter case from the file {real}: works on macOS/Windows, breaks on {host}; {advice}",
        "이미지 '{image}'{은} 파일 {real}{과} 대소문자가 다릅니다. macOS와 Windows에서는 보이지만 {host}에서는 깨집니다. {advice}");

    private static readonly Message CaseDiffersAndBase = new(
        "image '{image}' leaves out {setting} (the published page loads {path}, outside the site), and differs in letter case from the file {real} (works on macOS/Windows, breaks on {host}); {advice}",
        "이미지 '{image}'에 {setting}{이} 빠졌고(게시된 페이지는 사이트 밖의 {path}{을} 불러옵니다), 파일 {real}{과} 대소문자도 다릅니다(macOS와 Windows에서는 보이지만 {host}에서는 깨집니다). {advice}");

    private static readonly Message NfdFile = new(
        "image '{image}' matches the file {real} only after Unicode normalization: the file name is NFD (as macOS writes it) and the path is NFC, so it breaks on {host}; rename the file to NFC",
        "이미지 '{image}'{은} 유니코드 정규화를 거쳐야 파일 {real}{과} 맞습니다. 파일 이름은 NFD(macOS가 쓰는 방식), 경로는 NFC라서 {host}에서는 깨집니다. 파일 이름을 NFC로 바꾸세요");

    private static readonly Message NfdPath = new(
        "image '{image}' matches the file {real} only after Unicode normalization: the path is NFD and the file name NFC, so it breaks on {host}; retype the path",
        "이미지 '{image}'{은} 유니코드 정규화를 거쳐야 파일 {real}{과} 맞습니다. 경로는 NFD, 파일 이름은 NFC라서 {host}에서는 깨집니다. 경로를 다시 입력하세요");

    private static readonly Message RewriteNfc = new("Rewrite the path in NFC", "경로를 NFC로 다시 쓰세요");

    private static readonly Message IsAFile = new("{path} is a file, not a folder", "{path}{은} 폴더가 아니라 파일입니다");

    private static readonly Message NoFile = new("no file '{name}' {where}", "{where} 파일 '{name}'{이} 없습니다");

    private static readonly Message NoFolder = new("no folder '{name}' {where}", "{where} 폴더 '{name}'{이} 없습니다");

    private static readonly Message NextToThePost = new("next to the post", "글 옆에");

    private static readonly Message InTheRoot = new("in the site root", "사이트 루트에");

    private static readonly Message InFolder = new("in {folder}", "{folder}에");

    private static readonly Message DidYouMean = new("{detail}; did you mean '{path}'", "{detail}. '{path}'{을} 쓰려던 것인가요?");

    private static readonly Message DidYouMeanMore = new(
        "{detail}; did you mean '{path}' (and {count} more)",
        "{detail}. '{path}'{을} 쓰려던 것인가요? 같은 이름의 파일이 {count}개 더 있습니다");

    private static readonly Message SameNameAt = new("{detail}; a file of that name is at {path}", "{detail}. 같은 이름의 파일이 {path}에 있습니다");

    private static readonly Message SameNameAtMore = new(
        "{detail}; a file of that name is at {path} (and {count} more)",
        "{detail}. 같은 이름의 파일이 {path}에 있습니다(그 밖에 {count}개 더)");

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

        /// <summary>
        /// Jekyll: folders (below the public roots) the site's own layouts put in front of a front matter image key
        /// (<c>url('{{site.baseurl}}/images/{{page.image}}')</c> gives <c>images</c>); a relative value may start there.
        /// </summary>
        public IReadOnlyList<List<string>> LayoutImageFolders { get; init; } = [];

        /// <summary>
        /// Jekyll with Chirpy 7 or later: its <c>media-url.html</c> puts <c>/</c> (or <c>media_subpath</c>) in front of every
        /// relative image path of a post, so <c>assets/img/a.png</c> loads <c>/assets/img/a.png</c>.
        /// </summary>
        public bool RelativeImagesFromRoot { get; init; }

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
        public Localized PublishedAt => RenamedTo is null
            ? PublishedAtUrl.With(Env.Site.BaseUrl + Page!.Url)
            : PublishedOnceRenamed.With(RenamedTo, Env.Site.BaseUrl + Page!.Url);

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
    private readonly record struct Ref(RefKind Kind, string Path = "", bool RootRelative = false, bool Backslash = false, bool Space = false, bool HadBaseUrl = false, Localized? Reason = null, RepositoryFileUrl? Repository = null);

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
                setup.Error(setup.Options.Node("keys"), InvalidKey.With(text));
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
                    context.Report(range, NotChecked.With(Shorten(written), r.Reason), severity: Severity.Info);
                }

                return;
            case RefKind.Empty:
                context.Report(range, EmptyPath.With());
                return;
            case RefKind.MachinePath:
                context.Report(range, MachinePath.With(written));
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
            context.Report(range, (env.Guessed ? OutsideGuessedRoot : OutsideRoot).With(written));
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
            var fix = post.Text[range.Start..range.End] == original ? Fix.Replace(OneLine.With(), range, oneLine) : null;
            context.Report(range, BrokenOverLines.With(written, r.Path, oneLine), fix);
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
        object context0 = place.Page is not null && !r.RootRelative && place.MediaSubpath is null && target.Loads.StartsWith('/') && !frontMatter
            ? PageLoads.With(place.PublishedAt, place.Loads(target))
            : "";
        switch (result.Status)
        {
            case LookupStatus.CaseMismatch:
            case LookupStatus.NormalizationMismatch:
                ReportMismatch(context, written, range, target, result, exact, r.Repository is null ? env.Site.Host : "GitHub",
                    missesBase ? BaseEdit(r, written, range, env, exact) : null,
                    missesBase ? (BaseSetting(env, r.Path).Setting, r.Path) : null);
                return;
            case LookupStatus.IsFolder:
                context.Report(range, IsFolder.With(written, SitePaths.ToDisplay(result.RealSegments, folder: true)));
                return;
            case LookupStatus.LinkOutsideRoot:
                context.Report(range, ThroughLink.With(written, SitePaths.ToDisplay(result.RealSegments)));
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
                ? NextToPost
                : RelativeToPostFile;
            var published = neighbor.Segments.Take(env.Source.Count).SequenceEqual(env.Source, StringComparer.Ordinal)
                && !neighbor.Segments.Skip(env.Source.Count).Any(p => p.StartsWith('_') || p.StartsWith('.'));
            var advice = env.Site.Kind == SiteKind.Hugo
                ? MakeBundle.With()
                : published
                    ? WriteUrl.With(env.Site.BaseUrl + SitePaths.ToUrl(neighbor.Segments.Skip(env.Source.Count)))
                    : MoveToAssets.With();
            context.Report(range, where.With(written, neighbor.Loads, place.PublishedAt, place.Loads(target), advice));
            return;
        }

        if (target.Above > 0)
        {
            context.Report(range, (target.Above == 1 ? ClimbsOne : ClimbsMany).With(written, context0, target.Above));
            return;
        }

        if (r.RootRelative && !r.HadBaseUrl && LooksLikeMachinePath(r.Path, results))
        {
            context.Report(range, MachinePath.With(written));
            return;
        }

        object kramdownNote = spaced ? KramdownSpace.With() : "";
        object baseNote = missesBase ? AlsoLeavesOutBase.With(BaseSetting(env, r.Path).Setting) : "";
        context.Report(range, NotFound.With(written, context0, Missing(written, r, target, result, place, state.Files), kramdownNote, baseNote));
    }

    /// <summary>A <c>github.com/OWNER/REPO/blob/…</c> URL loads GitHub's HTML page for the file, never the image.</summary>
    private static void ReportBlobPage(Post post, RuleContext context, TextRange range, string written, string url)
    {
        var raw = url.Contains('#') ? null : url + (url.Contains('?') ? "&raw=true" : "?raw=true");
        var fix = raw is not null && post.Text[range.Start..range.End] == url ? Fix.Replace(ReplaceWith.With(raw), range, raw) : null;
        context.Report(range, BlobPage.With(Shorten(written)), fix);
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
            ? Fix.Replace(ReplaceBranch.With(head), new TextRange(range.Start + at + 1, range.Start + at + 1 + u.Branch.Length), head, FixSafety.Unsafe)
            : null;
        var repository = $"{u.Owner}/{u.Name}";
        context.Report(range, repo.Head is { } h
            ? UnknownBranchWrite.With(Shorten(written), u.Branch, repository, known, h)
            : UnknownBranch.With(Shorten(written), u.Branch, repository, known), fix);
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
            var (setting, liquid) = BaseSetting(env, path);
            var fix = BaseEdit(r, written, range, env, exact) is { } edit ? Fix.Create(WriteAs.With(env.Site.BaseUrl + written), [edit]) : null;
            context.Report(range, liquid is null
                ? LeavesOutBase.With(written, setting, path, env.Site.BaseUrl + path)
                : LeavesOutBaseLiquid.With(written, setting, path, env.Site.BaseUrl + path, liquid), fix);
            return;
        }

        if (r.Backslash)
        {
            // The path as read (a Markdown `\\` or a YAML "\\" is one backslash), with forward slashes.
            var forward = url.Trim().Replace('\\', '/');
            var fix = written == url ? Fix.Replace(ReplaceWith.With(forward), range, forward) : null;
            context.Report(range, Backslashes.With(written, forward), fix, Severity.Warning);
        }

        if (r.Space)
        {
            context.Report(range, Space.With(written), severity: Severity.Warning);
        }
    }

    /// <summary>
    /// A body image written from the root without the site's base path: no generator adds it to a path written in
    /// Markdown or HTML, so the page loads it outside the site.
    /// </summary>
    private static bool MissesBase(Ref r, bool frontMatter, SiteEnv env) =>
        r.RootRelative && !r.HadBaseUrl && !frontMatter && env.Site.BaseUrl.Length > 0 && r.Repository is null;

    /// <summary>How messages name the base path setting, and the Liquid alternative Jekyll offers (null for the others).</summary>
    private static (Localized Setting, string? Liquid) BaseSetting(SiteEnv env, string path) => env.Site.Kind switch
    {
        SiteKind.Hugo => (HugoBase.With(env.Site.BaseUrl), null),
        SiteKind.Astro => (AstroBase.With(env.Site.BaseUrl), null),
        _ => (JekyllBase.With(env.Site.BaseUrl), $"{{{{ \"{path}\" | relative_url }}}}"),
    };

    /// <summary>The edit that puts the base path in front of a path written from the root, when the text is the path as written.</summary>
    private static TextEdit? BaseEdit(Ref r, string written, TextRange range, SiteEnv env, bool exact) =>
        exact && written.StartsWith('/') && !written.StartsWith("//", StringComparison.Ordinal) && MissesBaseText(written, env)
            ? new TextEdit(new TextRange(range.Start, range.Start), env.Site.BaseUrl)
            : null;

    private static bool MissesBaseText(string written, SiteEnv env) =>
        !written.StartsWith(env.Site.BaseUrl + "/", StringComparison.Ordinal);

    private static void ReportMismatch(RuleContext context, string written, TextRange range, Target target, LookupResult result, bool exact, object host, TextEdit? baseEdit = null, (Localized Setting, string Path)? baseProblem = null)
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

        var advice = corrected is not null ? WriteExactly.With(corrected) : WriteNameExactly.With();
        if (result.Status == LookupStatus.CaseMismatch)
        {
            var fix = corrected is not null && edits.Count > 0 ? Fix.Create(ReplaceWith.With(corrected), edits) : null;
            context.Report(range, baseProblem is { } b
                ? CaseDiffersAndBase.With(written, b.Setting, b.Path, real, host, advice)
                : CaseDiffers.With(written, real, host, advice), fix);
            return;
        }

        var fileIsNfd = UnicodeNames.LooksDecomposed(real);
        if (fileIsNfd)
        {
            context.Report(range, NfdFile.With(written, real, host));
            return;
        }

        var nfcFix = corrected is not null && edits.Count > 0 ? Fix.Create(RewriteNfc.With(), edits) : null;
        context.Report(range, NfdPath.With(written, real, host), nfcFix);
    }

    private static Localized Missing(string written, Ref r, Target target, LookupResult result, PostPlace place, SiteFiles files)
    {
        var env = place.Env;
        var i = result.Index;
        if (result.StoppedIsFile)
        {
            return IsAFile.With(SitePaths.ToDisplay(result.RealSegments));
        }

        var here = result.RealSegments.Take(i).ToList();
        var folder = here.SequenceEqual(place.FileDir, StringComparer.Ordinal) ? NextToThePost.With()
            : i == 0 ? InTheRoot.With()
            : InFolder.With(SitePaths.ToDisplay(here, folder: true));
        var name = target.Segments[i];
        var last = i == target.Segments.Count - 1;
        var detail = (last ? NoFile : NoFolder).With(name, folder);

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
            return DidYouMean.With(detail, mean);
        }

        // The same file name elsewhere under the folder the path starts from (the public root for "/x" paths).
        var fileName = target.Segments[^1];
        var budget = env.Guessed || env.Site.Kind == SiteKind.None ? SiteFiles.PlainBudget : SiteFiles.SiteBudget;
        if (files.FilesNamed(Path.Combine([env.Root, .. start]), fileName, budget) is not { Count: > 0 } elsewhere)
        {
            return detail;
        }

        var more = elsewhere.Count - 1;
        var found = start.Concat(elsewhere[0].Split('/')).ToList();
        return r.RootRelative
            ? more > 0 ? DidYouMeanMore.With(detail, AsWritten(found, false), more) : DidYouMean.With(detail, AsWritten(found, false))
            : more > 0 ? SameNameAtMore.With(detail, SitePaths.ToDisplay(found), more) : SameNameAt.With(detail, SitePaths.ToDisplay(found));
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
                // Themes pass front matter images through relative_url: a relative value starts at the site root, or
                // in a folder the site's own layouts put in front of it.
                FromRoots([], r.Path);
                foreach (var folder in env.LayoutImageFolders)
                {
                    FromRoots(folder, r.Path);
                }

                if (pageFolder is not null)
                {
                    FromRoots(pageFolder, r.Path);
                }

                break;
            case SiteKind.Jekyll when pageFolder is not null:
            case SiteKind.Hugo when place.InHugoContent && !place.HugoBundle && pageFolder is not null:
                if (frontMatter || (env.Site.Kind == SiteKind.Jekyll && env.RelativeImagesFromRoot))
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

        if (LiquidRegions.HasOpener(v))
        {
            if (Liquid(v, env.Site) is not { } rendered)
            {
                return new Ref(RefKind.Skip, Reason: TemplatedPath.With());
            }

            v = rendered;
        }

        if (v.Contains("${", StringComparison.Ordinal) || v.StartsWith("<%", StringComparison.Ordinal))
        {
            return new Ref(RefKind.Skip, Reason: TemplatedPath.With());
        }

        if (DrivePath().IsMatch(v) || v.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return new Ref(RefKind.MachinePath);
        }

        if (v.StartsWith("//", StringComparison.Ordinal))
        {
            if (OwnSitePath(v[2..], env) is not { } own)
            {
                return new Ref(RefKind.Skip, Reason: RemoteImage.With());
            }

            v = own;
        }
        else if (Scheme().Match(v) is { Success: true } scheme)
        {
            var name = scheme.Groups["scheme"].Value.ToLowerInvariant();
            if (name is not ("http" or "https"))
            {
                return new Ref(RefKind.Skip, Reason: name == "data" ? DataUri.With() : SchemeUrl.With(name));
            }

            var rest = v[scheme.Length..];
            if (!rest.StartsWith("//", StringComparison.Ordinal) || OwnSitePath(rest[2..], env) is not { } own)
            {
                return RepositoryRef(v, env) ?? new Ref(RefKind.Skip, Reason: RemoteImage.With());
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
            return new Ref(RefKind.Skip, Reason: OnlyQuery.With());
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
            return new Ref(RefKind.Skip, Reason: OutsideRepository.With());
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
        return LiquidRegions.HasOpener(v) ? null : v;
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
        IReadOnlyList<List<string>> layoutFolders = [];
        var relativeFromRoot = false;
        switch (guessed ? SiteKind.None : site.Kind)
        {
            case SiteKind.Jekyll:
                var sourceFull = Path.GetFullPath(site.Source);
                source = SitePaths.IsUnder(sourceFull, root) ? SitePaths.SegmentsBelow(sourceFull, root) : [];
                publicRoots.Add(source);
                jekyll = JekyllSettings.From(site);
                layoutFolders = LayoutImageFolders(sourceFull);
                relativeFromRoot = ChirpySevenOrLater(site.Root, sourceFull);
                break;
            case SiteKind.Hugo:
                publicRoots.Add(["static"]);
                publicRoots.Add(["assets"]);
                foreach (var theme in HugoLayouts.ThemeNames(root))
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
            Site = site, Root = root, PublicRoots = publicRoots, Source = source, Jekyll = jekyll, Host = host, Guessed = guessed, LayoutImageFolders = layoutFolders,
            RelativeImagesFromRoot = relativeFromRoot,
            Repository = OwnRepository.Find(site, root),
            ImageRenderHook = !guessed && site.Kind == SiteKind.Hugo && HasImageRenderHook(root),
        };
    }

    // A folder written before a front matter image key in a layout: "/images/{{ page.image }}", "/assets/{{page.header.teaser}}".
    [GeneratedRegex(@"(?<folder>/[\w\-./]*/)\{\{-?\s*page\.(?<key>[\w.]+)\s*-?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutImagePrefix();

    /// <summary>The folders the Jekyll site's own <c>_layouts</c> and <c>_includes</c> (HTML, up to 200 files of 256 KiB)
    /// write before a front matter image key of <see cref="DefaultKeys"/>.</summary>
    private static IReadOnlyList<List<string>> LayoutImageFolders(string source)
    {
        var keys = DefaultKeys.Select(k => k.TrimEnd('[', ']')).ToHashSet(StringComparer.Ordinal);
        var folders = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in new[] { "_layouts", "_includes" })
        {
            try
            {
                var full = Path.Combine(source, dir);
                if (!Directory.Exists(full))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(full, "*.html", SearchOption.AllDirectories).Take(200))
                {
                    if (new FileInfo(file).Length > 256 * 1024)
                    {
                        continue;
                    }

                    foreach (Match m in LayoutImagePrefix().Matches(File.ReadAllText(file)))
                    {
                        var folder = m.Groups["folder"].Value.Trim('/');
                        if (keys.Contains(m.Groups["key"].Value) && folder.Length > 0 && seen.Add(folder))
                        {
                            folders.Add([.. folder.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A layout folder PostLint cannot read adds no folder.
            }
        }

        return folders;
    }

    // Chirpy in a Gemfile ("jekyll-theme-chirpy", "~> 7.6") or its lock file (jekyll-theme-chirpy (7.2.4)): the major version.
    [GeneratedRegex(@"jekyll-theme-chirpy[""']?\s*(?:,\s*[""'][~>=<\s]*|\()(?<major>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ChirpyVersion();

    /// <summary>Whether the site runs Chirpy 7 or later: its <c>media-url.html</c> in the source's <c>_includes</c> (a copy
    /// of the theme), or the gem at 7 or later in <c>Gemfile.lock</c> or <c>Gemfile</c>.</summary>
    private static bool ChirpySevenOrLater(string root, string source)
    {
        try
        {
            if (File.Exists(Path.Combine(source, "_includes", "media-url.html")))
            {
                return true;
            }

            foreach (var name in new[] { "Gemfile.lock", "Gemfile" })
            {
                var file = Path.Combine(root, name);
                if (File.Exists(file) && new FileInfo(file).Length <= 256 * 1024 && ChirpyVersion().Match(File.ReadAllText(file)) is { Success: true } m)
                {
                    return int.TryParse(m.Groups["major"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) && major >= 7;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    /// <summary>Whether a Hugo site has an image render hook: its own or a theme's, or maybe a theme's from Hugo modules.</summary>
    private static bool HasImageRenderHook(string root) => HugoLayouts.RenderHooks(root, "image").Any() || HugoLayouts.UsesModules(root);

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
