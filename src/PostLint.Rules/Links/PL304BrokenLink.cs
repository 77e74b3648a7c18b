using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Links;

/// <summary>Flags links to other pages of the site that lead to no page, or to no id on it. Docs: PL304BrokenLink.md.</summary>
public sealed partial class PL304BrokenLink : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL304", "broken-link", "A link to another page of the site leads to no page, or to no id on that page",
        RuleCategory.Links, Severity.Warning, FixAvailability.Sometimes)
    {
        KoreanTitle = "사이트의 다른 페이지로 가는 링크가 없는 페이지나 없는 id를 가리킵니다",
    };

    private static readonly Message PostUrlMissing = new(
        "{% post_url {name} %} names no post in _posts, so Jekyll stops the build{near}",
        "{% post_url {name} %}에 해당하는 글이 _posts에 없어 Jekyll 빌드가 멈춥니다{near}");

    private static readonly Message PostUrlMissingLater = new(
        "{% post_url {name} %} names no post in _posts: Jekyll skips this page now ({why}) but stops the build {when}{near}",
        "{% post_url {name} %}에 해당하는 글이 _posts에 없습니다. Jekyll은 지금은 이 페이지를 건너뛰지만({why}) {when} 빌드가 멈춥니다{near}");

    private static readonly Message PostUrlDraft = new(
        "{% post_url {name} %} names the draft {file}, which Jekyll builds only with --drafts, so Jekyll stops the build",
        "{% post_url {name} %}의 글 {file}{은} --drafts로만 빌드되는 초안이라서 Jekyll 빌드가 멈춥니다");

    private static readonly Message WhenJekyllDrafts = new("when it builds drafts (jekyll build --drafts)", "초안까지 빌드하면(jekyll build --drafts)");

    private static readonly Message WhenUnpublished = new("when it builds unpublished pages (--unpublished)", "게시하지 않는 페이지까지 빌드하면(--unpublished)");

    private static readonly Message WhenJekyllFuture = new("once the post's date has passed (or with --future)", "글의 날짜가 지나면(또는 --future로 빌드하면)");

    private static readonly Message WhenHugoDrafts = new("when it builds drafts (hugo -D)", "초안까지 빌드하면(hugo -D)");

    private static readonly Message WhenHugoFuture = new("once the page's publish date has passed (or with hugo -F)", "게시일이 지나면(또는 hugo -F로 빌드하면)");

    private static readonly Message WhenExpired = new("when it builds expired pages (hugo -E)", "만료된 페이지까지 빌드하면(hugo -E)");

    private static readonly Message PostUrlUnpublished = new(
        "{% post_url {name} %} names {file}, which Jekyll does not publish ({why}), so Jekyll stops the build",
        "{% post_url {name} %}의 글 {file}{은} Jekyll이 게시하지 않는 글이라서({why}) Jekyll 빌드가 멈춥니다");

    private static readonly Message LinkTagCase = new(
        "{% link {path} %} names a file that is {real} on disk (letter case or Unicode form differs), so Jekyll stops the build on Linux; write {% link {real} %}",
        "{% link {path} %}의 파일은 디스크에서 {real}입니다(대소문자나 유니코드 정규화가 다릅니다). Linux에서는 Jekyll 빌드가 멈추니 다음처럼 쓰세요: {% link {real} %}");

    private static readonly Message LinkTagMissing = new(
        "{% link {path} %} names no file of the site, so Jekyll stops the build{near}",
        "{% link {path} %}의 파일이 사이트에 없어 Jekyll 빌드가 멈춥니다{near}");

    private static readonly Message LinkTagMissingLater = new(
        "{% link {path} %} names no file of the site: Jekyll skips this page now ({why}) but stops the build {when}{near}",
        "{% link {path} %}의 파일이 사이트에 없습니다. Jekyll은 지금은 이 페이지를 건너뛰지만({why}) {when} 빌드가 멈춥니다{near}");

    private static readonly Message LinkTagNotSiteFile = new(
        "{% link {path} %} names a file Jekyll does not publish ({why}), so Jekyll stops the build",
        "{% link {path} %}의 파일은 Jekyll이 게시하지 않는 파일이라서({why}) Jekyll 빌드가 멈춥니다");

    private static readonly Message LinkTagNotSiteFileLater = new(
        "{% link {path} %} names a file Jekyll does not publish ({why}): Jekyll skips this page now ({skip}) but stops the build {when}",
        "{% link {path} %}의 파일은 Jekyll이 게시하지 않는 파일입니다({why}). Jekyll은 지금은 이 페이지를 건너뛰지만({skip}) {when} 빌드가 멈춥니다");

    private static readonly Message LinkTagSlash = new(
        "{% link {path} %} starts with '/', which Jekyll accepts only for a file it copies as it is, not for a page or post, so Jekyll stops the build; write {% link {fixed} %}",
        "{% link {path} %}처럼 /로 시작하는 경로는 Jekyll이 그대로 복사하는 파일에만 쓸 수 있고 페이지나 글에는 쓸 수 없어서 Jekyll 빌드가 멈춥니다. 다음처럼 쓰세요: {% link {fixed} %}");

    private static readonly Message LinkTagSlashLater = new(
        "{% link {path} %} starts with '/', which Jekyll accepts only for a file it copies as it is, not for a page or post: Jekyll skips this page now ({skip}) but stops the build {when}; write {% link {fixed} %}",
        "{% link {path} %}처럼 /로 시작하는 경로는 Jekyll이 그대로 복사하는 파일에만 쓸 수 있고 페이지나 글에는 쓸 수 없습니다. Jekyll은 지금은 이 페이지를 건너뛰지만({skip}) {when} 빌드가 멈춥니다. 다음처럼 쓰세요: {% link {fixed} %}");

    private static readonly Message DropLeadingSlash = new("Remove the leading '/'", "맨 앞의 /를 지우세요");

    private static readonly Message NotReadName = new(
        "the name {name}: Jekyll skips names starting with _ . # ~ unless _config.yml's include lists them",
        "{name}: Jekyll은 _config.yml의 include에 없는, _ . # ~로 시작하는 이름을 읽지 않음");

    private static readonly Message NotReadExcluded = new(
        "exclude in _config.yml, or Jekyll's default exclude list",
        "_config.yml의 exclude 또는 Jekyll 기본 제외 목록");

    private static readonly Message NotWrittenCollection = new(
        "the collection {label} has no output: true",
        "output: true가 없는 {label} 컬렉션");

    private static readonly Message NotBuiltDraft = new(
        "_drafts/ without --drafts",
        "--drafts 없이 빌드하는 _drafts/");

    private static readonly Message HugoRefMissing = new(
        "{kind} \"{path}\" finds no page in {folder}/, so Hugo stops the build (REF_NOT_FOUND)",
        "{kind} \"{path}\"에 해당하는 페이지가 {folder}/에 없어 Hugo 빌드가 멈춥니다(REF_NOT_FOUND)");

    private static readonly Message HugoRefMissingLater = new(
        "{kind} \"{path}\" finds no page in {folder}/: Hugo skips this page now ({why}) but stops the build (REF_NOT_FOUND) {when}",
        "{kind} \"{path}\"에 해당하는 페이지가 {folder}/에 없습니다. Hugo는 지금은 이 페이지를 건너뛰지만({why}) {when} 빌드가 멈춥니다(REF_NOT_FOUND)");

    private static readonly Message RelativeCase = new(
        "link '{written}' names {path}, which is {real} on disk: {host} tells letter case and Unicode forms apart, so the link leads nowhere there",
        "링크 '{written}'{은} {path}{을} 가리키지만 디스크의 파일은 {real}입니다. {host}{은} 대소문자와 유니코드 정규화를 구별하므로 이 링크는 열리지 않습니다");

    private static readonly Message RelativeMissing = new(
        "link '{written}' leads nowhere: no file {path} in the site{near}",
        "링크 '{written}'{이} 가리키는 파일 {path}{이} 사이트에 없습니다{near}");

    private static readonly Message DidYouMean = new(
        "; did you mean '{near}'",
        ". '{near}'{을} 쓰려던 것인가요?");

    private static readonly Message NoIdOnPage = new(
        "link '{written}': {page} has no heading or id '{fragment}'{near}",
        "링크 '{written}': {page}에 제목이나 id '{fragment}'{이} 없습니다{near}");

    private static readonly Message NoIdOnThisPage = new(
        "link '{written}': this page has no heading or id '{fragment}'{near}",
        "링크 '{written}': 이 페이지에 제목이나 id '{fragment}'{이} 없습니다{near}");

    private static readonly Message LacksBaseJekyll = new(
        "link '{written}' leaves out the site's base path {base}: the page is published at {url}, and the link leads outside the site; write '{liquid}' or '{plain}'",
        "링크 '{written}'에 사이트의 기본 경로 {base}{이} 빠졌습니다. 페이지는 {url}에 게시되므로 이 링크는 사이트 밖으로 갑니다. '{liquid}' 또는 '{plain}'{으로} 쓰세요");

    private static readonly Message LacksBase = new(
        "link '{written}' leaves out the site's base path {base}: the page is published at {url}, and the link leads outside the site; write '{plain}'",
        "링크 '{written}'에 사이트의 기본 경로 {base}{이} 빠졌습니다. 페이지는 {url}에 게시되므로 이 링크는 사이트 밖으로 갑니다. '{plain}'{으로} 쓰세요");

    private static readonly Message NoPageNear = new(
        "link '{written}' leads to no page of the site; did you mean '{url}' ({file})?",
        "링크 '{written}'{이} 가리키는 페이지가 사이트에 없습니다. '{url}'({file}){을} 쓰려던 것인가요?");

    private static readonly Message NotRendered = new(
        "link '{written}' leads to {file}, which Hugo does not render ({why}): no page is written there",
        "링크 '{written}'{이} 가리키는 {file}{은} Hugo가 렌더링하지 않는 페이지입니다({why}). 그 주소에는 페이지가 없습니다");

    private static readonly Message RefNotRendered = new(
        "{kind} \"{path}\" names {file}, which Hugo does not render ({why}), so Hugo writes an empty link",
        "{kind} \"{path}\"{이} 가리키는 {file}{은} Hugo가 렌더링하지 않는 페이지라서({why}) Hugo가 빈 링크를 씁니다");

    private static readonly Message RefLinkOnly = new(
        "{kind} \"{path}\" names {file}, which Hugo gives a URL but does not render ({why}): the link leads to no page",
        "{kind} \"{path}\"{이} 가리키는 {file}{은} Hugo가 주소만 주고 렌더링하지 않는 페이지입니다({why}). 링크가 열리지 않습니다");

    private static readonly Message NotPublished = new(
        "link '{written}' leads to {file}, which Hugo does not publish ({why}): no page is written there",
        "링크 '{written}'{이} 가리키는 {file}{은} Hugo가 게시하지 않는 페이지입니다({why}). 그 주소에는 페이지가 없습니다");

    private static readonly Message JekyllNotPublished = new(
        "link '{written}' leads to {file}, which Jekyll does not publish ({why}): no page is written there",
        "링크 '{written}'{이} 가리키는 {file}{은} Jekyll이 게시하지 않는 페이지입니다({why}). 그 주소에는 페이지가 없습니다");

    private static readonly Message DraftNotBuilt = new(
        "link '{written}' leads to the draft {file}, which Jekyll builds only with --drafts: no page is written there",
        "링크 '{written}'{이} 가리키는 {file}{은} --drafts로만 빌드되는 초안입니다. 그 주소에는 페이지가 없습니다");

    private static readonly Message RefNotPublished = new(
        "{kind} \"{path}\" names {file}, which Hugo does not publish ({why}), so Hugo stops the build (REF_NOT_FOUND)",
        "{kind} \"{path}\"{이} 가리키는 {file}{은} Hugo가 게시하지 않는 페이지라서({why}) Hugo 빌드가 멈춥니다(REF_NOT_FOUND)");

    private static readonly Message FromCascade = new("{key} in the cascade of {file}", "{file}의 cascade에 있는 {key}");

    private const string LiquidBase = "{{ site.baseurl }}";

    private const long MaxTargetSize = 4 * 1024 * 1024;


    // {% post_url 2024-01-01-name %}#fragment
    [GeneratedRegex(@"\{%-?\s*post_url\s+(?<name>[^\s%}]+)\s*-?%\}(?<frag>#[^\s)\]""'<>]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex PostUrl();

    // {% link _posts/2024-01-01-name.md %}#fragment
    [GeneratedRegex(@"\{%-?\s*link\s+(?<path>[^\s%}]+)\s*-?%\}(?<frag>#[^\s)\]""'<>]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex LinkTag();

    // {{< ref "posts/x.md#fragment" >}}, {{% relref "x" %}}
    [GeneratedRegex(@"\{\{[<%]-?\s*(?<kind>ref|relref)\s+(?:""(?<arg>[^""]*)""|`(?<arg>[^`]*)`|(?<arg>[^\s>%""`]+))\s*-?[>%]\}\}(?<frag>#[^\s)\]""'<>]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex HugoRef();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    // [text]({{ site.baseurl }}/tech/post/#x), href="{{ '/tech/post/' | relative_url }}#x": Liquid runs before Markdown.
    [GeneratedRegex(@"(?:\]\(\s*|\bhref\s*=\s*[""'])(?<url>\{\{-?\s*site\.baseurl\s*-?\}\}(?<rest>[^)\s""'<>]*)|\{\{-?\s*(?<q>[""'])(?<path>[^""'{}]*)\k<q>\s*\|\s*relative_url\s*-?\}\}(?<rest2>[^)\s""'<>]*))", RegexOptions.CultureInvariant)]
    private static partial Regex LiquidUrl();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>Per-run state: file listings, the posts of each site and the ids of each linked page, each read once.</summary>
    private sealed class State
    {
        public SiteFiles Files { get; } = new();

        public LayoutIds Layouts { get; } = new();

        public ConcurrentDictionary<string, Lazy<PageAnchors?>> Targets { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, Lazy<JekyllPosts>> Posts { get; } = new(StringComparer.Ordinal);

        /// <summary>Each Jekyll site's drafts by the name a <c>post_url</c> gives them (JekyllSchedule.DraftName), read once.</summary>
        public ConcurrentDictionary<string, Lazy<Dictionary<string, string>>> DraftNames { get; } = new(StringComparer.Ordinal);

        /// <summary>Why Jekyll leaves each post a <c>post_url</c> names out of <c>site.posts</c> (null: it does not), read once.</summary>
        public ConcurrentDictionary<string, Lazy<string?>> LeftOut { get; } = new(StringComparer.Ordinal);

        /// <summary>Each site's published pages by URL, built once per run when a post first links to a page by its URL.</summary>
        public ConcurrentDictionary<string, Lazy<SiteUrls>> Urls { get; } = new(StringComparer.Ordinal);

        /// <summary>Why Jekyll leaves out the page or post a <c>{% link %}</c> names (null: it builds it), read once per drafts setting.</summary>
        public ConcurrentDictionary<string, Lazy<string?>> TargetLeftOut { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether each Hugo site's link render hook looks links up with GetPage, read once.</summary>
        public ConcurrentDictionary<string, bool> LinkHooks { get; } = new(StringComparer.Ordinal);

        /// <summary>Each Jekyll site's collections and defaults, read once.</summary>
        public ConcurrentDictionary<string, Lazy<JekyllSettings>> Jekyll { get; } = new(StringComparer.Ordinal);

        /// <summary>The relative links of each root (the site's source or root folder), resolved once per run.</summary>
        public ConcurrentDictionary<string, LinkRoot> Roots { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The relative links of one root: many posts link to the same pages, mostly from the same folders. Both tables are
    /// read with the span of a path, so a link whose folder and target are known costs no allocation; they keep the
    /// paths as '/'-separated text below the root (the segments are split again only for a message).
    /// </summary>
    private sealed class LinkRoot
    {
        /// <summary>Each folder of posts below the root ("" for the root itself), by its full path.</summary>
        public ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Folders { get; } =
            new ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>What each path below the root (free of <c>.</c> and <c>..</c>) leads to, looked up once.</summary>
        public ConcurrentDictionary<string, LookupResult>.AlternateLookup<ReadOnlySpan<char>> Targets { get; } =
            new ConcurrentDictionary<string, LookupResult>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A found target, kept once for them all: only a failed lookup's details make a message.</summary>
    private static readonly LookupResult FoundTarget = new(LookupStatus.Found, 0, []);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup) => new State();

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FullPath.Length == 0 || !Path.IsPathFullyQualified(post.FullPath))
        {
            return;
        }

        var state = context.State<State>();
        var site = post.Site;
        var text = post.Text;
        var bodyStart = Math.Min(post.BodyStart, text.Length);
        var body = text.AsSpan(bodyStart);
        switch (site.Kind)
        {
            case SiteKind.Jekyll:
                if (body.Contains("post_url", StringComparison.Ordinal))
                {
                    foreach (Match m in PostUrl().Matches(text, bodyStart))
                    {
                        if (!LiquidRegions.Of(post).Contains(m.Index))
                        {
                            CheckPostUrl(post, context, state, m);
                        }
                    }
                }

                if (body.Contains("{%", StringComparison.Ordinal))
                {
                    foreach (Match m in LinkTag().Matches(text, bodyStart))
                    {
                        if (!LiquidRegions.Of(post).Contains(m.Index))
                        {
                            CheckLinkTag(post, context, state, m);
                        }
                    }
                }

                break;
            case SiteKind.Hugo:
                // "ref", not "ref ": Hugo takes a tab or a line break after the shortcode's name as well.
                if (body.Contains("ref", StringComparison.Ordinal))
                {
                    foreach (Match m in HugoRef().Matches(text, bodyStart))
                    {
                        CheckHugoRef(post, context, state, m);
                    }
                }

                break;
        }

        if (site.Kind is SiteKind.Jekyll or SiteKind.Hugo)
        {
            CheckSiteUrls(post, context, state);
        }

        if (RewritesMarkdownLinks(site) && MayNameMarkdownFile(body))
        {
            var root = site.Kind == SiteKind.Jekyll ? site.Source : site.Root;
            if (!SitePaths.IsUnder(post.FullPath, root) || (site.Kind == SiteKind.Jekyll && InCollection(post) && !RelativeLinksInCollections(site)))
            {
                // jekyll-relative-links rewrites the links of pages only, unless relative_links: collections: true.
                return;
            }

            LinkRoot? links = null;
            string? folder = null;
            foreach (var link in PostLinks.Get(post))
            {
                if (MayNameMarkdownFile(link.Url))
                {
                    links ??= state.Roots.GetOrAdd(root, static _ => new LinkRoot());
                    folder ??= FolderOf(links, post.FullPath, root);
                    CheckRelative(post, context, state, link, root, links, folder);
                }
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds <c>.md</c>, <c>.mkd</c> or <c>.markdown</c> in any letter case (ASCII, as
    /// OrdinalIgnoreCase compares them): what a link to a Markdown file of any site holds (MarkdownFiles.Any: ".md" is in
    /// ".mdown" and ".mdwn", ".mkd" in ".mkdn" and ".mkdown"). It spares the posts, then the links, that lead to no
    /// Markdown file. Each '.' is found with a vectorised search and the letters after it are read: on the bench corpus
    /// a <c>SearchValues&lt;string&gt;</c> search for the three (Teddy) over every post's body was half of the link
    /// rules' instructions (cachegrind: 316 of 642 million), this reads a small part of that.
    /// </summary>
    internal static bool MayNameMarkdownFile(ReadOnlySpan<char> text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0;)
        {
            var rest = text[(dot + 1)..];
            if (rest.Length >= 2 && (rest[0] | 0x20) == 'm')
            {
                var second = rest[1] | 0x20;
                if (second == 'd'
                    || (second == 'k' && rest.Length >= 3 && (rest[2] | 0x20) == 'd')
                    || (second == 'a' && rest[1..].StartsWith("arkdown", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            var next = rest.IndexOf('.');
            if (next < 0)
            {
                return false;
            }

            dot += 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Whether a relative link to a Markdown file leads to its page: GitHub's view does; so does Jekyll on GitHub Pages
    /// (jekyll-relative-links, on by default there, or listed in plugins) unless <c>relative_links: enabled: false</c>.
    /// </summary>
    private static bool RewritesMarkdownLinks(Site site) => site.Kind switch
    {
        SiteKind.None => true,
        SiteKind.Jekyll => site.Renderer != MarkdownRenderer.CmarkGfm
            && (site.Plugins.Contains("jekyll-relative-links") || site.RendersWithoutFrontMatter)
            && !((site.Config?.Get("relative_links") as YMapping)?.Get("enabled") is YScalar { IsPlain: true } e && e.Value.Trim() is "false" or "False" or "no"),
        _ => false,
    };

    private static void CheckPostUrl(Post post, RuleContext context, State state, Match m)
    {
        var written = m.Groups["name"].Value;
        var name = written.TrimStart('/');
        var slash = name.LastIndexOf('/');
        var file = slash >= 0 ? name[(slash + 1)..] : name;
        var posts = Posts(post.Site, state);
        var range = new TextRange(m.Index, m.Index + m.Length);

        // Jekyll renders this page's tags only when it builds the page: a draft's or a post to come's stop nothing now.
        var skipped = JekyllSchedule.NotRendered(post, context.Now, context.Drafts);
        if (!posts.ByName.TryGetValue(file, out var found))
        {
            // With --drafts, site.posts holds the drafts too, and post_url finds one by its date and slug.
            string? draft = null;
            if (JekyllSchedule.PostUrlDraftName(name) is { } key)
            {
                draft = DraftNames(post.Site, state, posts.Drafts).GetValueOrDefault(key);
            }

            if (draft is null)
            {
                var near = posts.ByName.Keys.Select(k => (Key: k, Distance: SiteFiles.EditDistance(k, file)))
                    .Where(x => x.Distance <= Math.Clamp(file.Length / 4, 1, 3))
                    .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key).FirstOrDefault();
                var suggestion = near is null ? "" : (object)DidYouMean.With(near);
                if (skipped is null)
                {
                    context.Report(range, PostUrlMissing.With(written, suggestion), severity: Severity.Error);
                }
                else
                {
                    context.Report(range, PostUrlMissingLater.With(written, skipped.Why, When(skipped, SiteKind.Jekyll), suggestion));
                }

                return;
            }

            if (!context.Drafts)
            {
                // A page skipped now is built with the drafts (a draft) or finds the draft no more than now: nothing to say.
                if (skipped is null)
                {
                    context.Report(range, PostUrlDraft.With(written, Display(draft, post.Site)), severity: Severity.Error);
                }

                return;
            }

            found = draft;
        }

        if (skipped is null && state.LeftOut.GetOrAdd(found, p => new Lazy<string?>(() => ReadPost(p, post.Site) is { } target ? JekyllSchedule.LeftOut(target, context.Now) : null)).Value is { } why)
        {
            context.Report(range, PostUrlUnpublished.With(written, Display(found, post.Site), why), severity: Severity.Error);
            return;
        }

        CheckFragment(post, context, state, m, found, m.Groups["frag"]);
    }

    /// <summary>The build that renders a page left out of this one: with drafts, unpublished pages, once its date has come, with expired pages.</summary>
    private static Localized When(LeftOutReason skipped, SiteKind kind) => (skipped.Kind, kind) switch
    {
        (LeftOutKind.Draft, SiteKind.Hugo) => WhenHugoDrafts.With(),
        (LeftOutKind.Draft, _) => WhenJekyllDrafts.With(),
        (LeftOutKind.Unpublished, _) => WhenUnpublished.With(),
        (LeftOutKind.Future, SiteKind.Hugo) => WhenHugoFuture.With(),
        (LeftOutKind.Future, _) => WhenJekyllFuture.With(),
        _ => WhenExpired.With(),
    };

    private static void CheckLinkTag(Post post, RuleContext context, State state, Match m)
    {
        var path = m.Groups["path"].Value;
        var source = post.Site.Source;
        var range = new TextRange(m.Index, m.Index + m.Length);

        // Jekyll 4.3 looks the path up as written (a static file's with or without a leading '/'): a quoted path,
        // "./x.md", "docs//x.md" and "../x.md" name no file, though the path without them may.
        var quoted = path.Length >= 2 && path[0] is '\'' or '"' && path[^1] == path[0];
        SitePaths.Combine([], quoted ? path[1..^1] : path, out var segments);
        var result = segments.Count > 0 ? state.Files.Find(source, source, segments) : null;
        var cleaned = string.Join('/', segments);
        if (result is null || quoted || cleaned != (path.StartsWith('/') ? path[1..] : path))
        {
            ReportLinkTagMissing(post, context, range, path, result?.Status == LookupStatus.Found ? DidYouMean.With(cleaned) : "");
            return;
        }

        switch (result.Status)
        {
            case LookupStatus.Found:
                var full = Path.Combine([source, .. segments]);
                if (IsLinkTagTarget(post, context, state, range, m.Groups["path"].Index, path, segments, full))
                {
                    CheckFragment(post, context, state, m, full, m.Groups["frag"]);
                }

                return;
            case LookupStatus.CaseMismatch or LookupStatus.NormalizationMismatch:
                context.Report(range, LinkTagCase.With(path, SitePaths.ToDisplay(result.RealSegments)), severity: Severity.Error);
                return;
            case LookupStatus.Missing:
                ReportLinkTagMissing(post, context, range, path, Suggest(result, segments));
                return;
        }
    }

    /// <summary>
    /// Whether a <c>{% link %}</c> to a file on disk finds it among the site's files (checked with Jekyll 4.3.1): a file
    /// Jekyll does not read (<c>_includes/</c>, <c>_config.yml</c>, <c>exclude</c>), a document of a collection it does not
    /// write, a draft without <c>--drafts</c>, a page or post it leaves out (<c>published: false</c>, a date to come), and a
    /// page or post named with a leading <c>/</c> (only a static file's path may have one) stop the build: reported, false.
    /// In a page Jekyll skips now, only what stops the build whatever is built is reported, as a warning.
    /// </summary>
    private static bool IsLinkTagTarget(Post post, RuleContext context, State state, TextRange range, int pathStart, string path, List<string> segments, string full)
    {
        var site = post.Site;
        var settings = state.Jekyll.GetOrAdd(site.Root, _ => new Lazy<JekyllSettings>(() => JekyllSettings.From(site))).Value;
        var file = JekyllSiteFiles.Classify(site, settings, segments, context.Drafts, () => JekyllSiteFiles.HasYamlHeader(full));
        var skipped = JekyllSchedule.NotRendered(post, context.Now, context.Drafts);
        object? why = file.Role switch
        {
            JekyllFileRole.Special => NotReadName.With(file.Name),
            JekyllFileRole.Excluded => NotReadExcluded.With(),
            JekyllFileRole.Unwritten => NotWrittenCollection.With(file.Name),
            JekyllFileRole.Draft when skipped is null => NotBuiltDraft.With(),
            _ => null,
        };
        if (why is null && file.Role != JekyllFileRole.Static && skipped is null)
        {
            // Read once per target and per drafts setting (one state may lint with and without --drafts).
            var key = context.Drafts ? full + "\0drafts" : full;
            why = state.TargetLeftOut.GetOrAdd(key, _ => new Lazy<string?>(() =>
                ReadPost(full, site) is { } target ? JekyllSchedule.NotRendered(target, context.Now, context.Drafts)?.Why : null)).Value;
        }

        if (why is not null)
        {
            if (skipped is not null)
            {
                context.Report(range, LinkTagNotSiteFileLater.With(path, why, skipped.Why, When(skipped, SiteKind.Jekyll)));
            }
            else
            {
                context.Report(range, LinkTagNotSiteFile.With(path, why), severity: Severity.Error);
            }

            return false;
        }

        if (path.StartsWith('/') && file.Role is JekyllFileRole.Page or JekyllFileRole.Document)
        {
            // The path without its leading slashes names the same file, which Jekyll then finds: a safe fix.
            var fixedPath = path.TrimStart('/');
            var fix = Fix.Replace(DropLeadingSlash.With(), new TextRange(pathStart, pathStart + path.Length - fixedPath.Length), "");
            if (skipped is not null)
            {
                context.Report(range, LinkTagSlashLater.With(path, skipped.Why, When(skipped, SiteKind.Jekyll), fixedPath), fix);
            }
            else
            {
                context.Report(range, LinkTagSlash.With(path, fixedPath), fix, Severity.Error);
            }

            return false;
        }

        return file.Role != JekyllFileRole.Draft;
    }

    /// <summary>A <c>{% link %}</c> to no file: it stops the build, now or when Jekyll builds this page.</summary>
    private static void ReportLinkTagMissing(Post post, RuleContext context, TextRange range, string path, object near)
    {
        if (JekyllSchedule.NotRendered(post, context.Now, context.Drafts) is { } skipped)
        {
            context.Report(range, LinkTagMissingLater.With(path, skipped.Why, When(skipped, SiteKind.Jekyll), near));
        }
        else
        {
            context.Report(range, LinkTagMissing.With(path, near), severity: Severity.Error);
        }
    }

    private static void CheckHugoRef(Post post, RuleContext context, State state, Match m)
    {
        if (post.Site.ContentFolders is not [var content, ..])
        {
            return;
        }

        var arg = m.Groups["arg"].Value;
        var hash = arg.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? arg[..hash] : arg;
        var fragment = hash >= 0 ? arg[hash..] : m.Groups["frag"].Value;
        var range = new TextRange(m.Index, m.Index + m.Length);
        string? target;
        if (path.Length == 0)
        {
            target = post.FullPath;
        }
        else
        {
            target = ResolveHugo(post, content, path, state, out var unknown);
            if (unknown)
            {
                return;
            }

            if (target is null)
            {
                // Hugo evaluates the ref only when it builds this page: a draft's stops the build only with hugo -D.
                var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(content));
                if (HugoSchedule.Reason(post, context.Now, context.Drafts) is { } skipped)
                {
                    context.Report(range, HugoRefMissingLater.With(m.Groups["kind"].Value, path, folder, skipped.Why, When(skipped, SiteKind.Hugo)));
                }
                else
                {
                    context.Report(range, HugoRefMissing.With(m.Groups["kind"].Value, path, folder), severity: Severity.Error);
                }

                return;
            }

            var urls = Urls(post.Site, state, context);
            if (urls.Unrendered(target) is { } rendering)
            {
                var message = rendering.Render == HugoRender.Link ? RefLinkOnly : RefNotRendered;
                context.Report(range, message.With(m.Groups["kind"].Value, path, Display(target, post.Site), Why(rendering, post.Site)));
                return;
            }

            // Hugo evaluates the ref only when it builds this page: a draft's or a page to come's refs stop nothing.
            if (urls.Unpublished(target) is { } why && HugoSchedule.LeftOut(post, context.Now, context.Drafts) is null)
            {
                context.Report(range, RefNotPublished.With(m.Groups["kind"].Value, path, Display(target, post.Site), why), severity: Severity.Error);
                return;
            }
        }

        if (fragment.Length > 1)
        {
            ReportFragment(post, context, state, range, m.Value, target, fragment[1..]);
        }
    }

    /// <summary>The file a Hugo <c>ref</c> names: from the content root for <c>/x</c>, else beside the page first;
    /// the extension may be left out, and a folder means its <c>index.md</c> or <c>_index.md</c>; a bare name (or one
    /// after a single <c>/</c>) is found anywhere in the content folder. <paramref name="unknown"/> is set for a page
    /// Hugo makes without a file (the home page, a top-level section) and when the content folder is too large.</summary>
    private static string? ResolveHugo(Post post, string content, string path, State state, out bool unknown)
    {
        unknown = false;
        var pageDir = Path.GetDirectoryName(post.FullPath)!;
        var bases = path.StartsWith('/') ? [content] : new[] { pageDir, content };
        foreach (var dir in bases)
        {
            if (!SitePaths.IsUnder(dir, content))
            {
                continue;
            }

            // Hugo 0.111 cleans the joined path as a rooted one: a '..' above the content folder stays at its top
            // ("../../docs/setup" from posts/a.md is docs/setup, ".." is the home page).
            SitePaths.Combine(SitePaths.SegmentsBelow(dir, content), path, out var segments);
            if (segments.Count == 0)
            {
                var home = Path.Combine(content, "_index.md");
                unknown = !File.Exists(home);
                return unknown ? null : home;
            }

            var last = segments[^1];
            List<List<string>> candidates = Path.HasExtension(last)
                ? [segments]
                : [[.. segments[..^1], last + ".md"], [.. segments, "index.md"], [.. segments, "_index.md"], [.. segments[..^1], last + ".html"]];
            foreach (var candidate in candidates)
            {
                if (state.Files.Find(content, content, candidate).Status == LookupStatus.Found)
                {
                    return Path.Combine([content, .. candidate]);
                }
            }

            if (segments.Count == 1
                && state.Files.AnyFileUnder(content, last, f => post.Site.IsMarkdown(f) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase), SiteFiles.SiteBudget) is not false)
            {
                // A top-level folder with pages is a section, whose page Hugo makes without an _index.md (and a content
                // folder too large to index is given the benefit of the doubt).
                unknown = true;
                return null;
            }
        }

        // "about" and "/about" name the one page called about (Hugo 0.111; "/about/" and "docs/about" do not).
        var bare = path.StartsWith('/') ? path[1..] : path;
        if (bare.Length > 0 && !bare.Contains('/', StringComparison.Ordinal))
        {
            var name = Path.HasExtension(bare) ? bare : bare + ".md";
            switch (state.Files.FilesNamed(content, name, SiteFiles.SiteBudget))
            {
                case [var only]:
                    return Path.Combine(content, only);
                case null:
                    // Too large a content folder to search for a bare name: the link is not judged.
                    unknown = true;
                    return null;
            }
        }

        return null;
    }

    /// <summary>The folder of the post at <paramref name="fullPath"/> below <paramref name="root"/>, '/'-separated.</summary>
    private static string FolderOf(LinkRoot links, string fullPath, string root)
    {
        var folders = links.Folders;
        var dir = Path.GetDirectoryName(fullPath.AsSpan());
        if (!folders.TryGetValue(dir, out var folder))
        {
            folder = string.Join('/', SitePaths.SegmentsBelow(Path.GetDirectoryName(fullPath)!, root));
            folders.TryAdd(dir, folder);
        }

        return folder;
    }

    private static void CheckRelative(Post post, RuleContext context, State state, PostLink link, string root, LinkRoot links, string folder)
    {
        var url = link.Url;
        if (url.Contains("{{", StringComparison.Ordinal))
        {
            return;
        }

        var cut = url.AsSpan().IndexOfAny('#', '?');
        var raw = cut >= 0 ? url.AsSpan(0, cut) : url.AsSpan();
        if (raw.IsEmpty || raw[0] is '/' or '{' || Scheme().IsMatch(raw))
        {
            return;
        }

        var path = raw.Contains('%') ? Fragments.Decode(raw.ToString()).AsSpan() : raw;
        if (!post.Site.IsMarkdown(path))
        {
            return;
        }

        // The path below the root, as SitePaths.Combine makes it, written into a buffer instead of a list.
        var length = folder.Length + path.Length + 1;
        var buffer = length <= 512 ? stackalloc char[512] : new char[length];
        folder.CopyTo(buffer);
        var n = folder.Length;
        foreach (var range in path.Split('/'))
        {
            var part = path[range];
            if (part.IsEmpty || part is ".")
            {
                continue;
            }

            if (part is "..")
            {
                if (n == 0)
                {
                    // Above the root: not a page of the site.
                    return;
                }

                n = Math.Max(buffer[..n].LastIndexOf('/'), 0);
                continue;
            }

            if (n > 0)
            {
                buffer[n++] = '/';
            }

            part.CopyTo(buffer[n..]);
            n += part.Length;
        }

        if (n == 0)
        {
            return;
        }

        var targets = links.Targets;
        var below = buffer[..n];
        if (!targets.TryGetValue(below, out var result))
        {
            // Most links lead to a file spelled as written: that costs no lookup's details.
            var found = state.Files.ExactFile(root, below) ? FoundTarget : state.Files.Find(root, root, below.ToString().Split('/'));
            result = found.Status == LookupStatus.Found ? FoundTarget : found;
            targets.TryAdd(below, result);
        }

        switch (result.Status)
        {
            case LookupStatus.Found:
                var frag = url.IndexOf('#', StringComparison.Ordinal);
                if (frag >= 0 && frag < url.Length - 1)
                {
                    ReportFragment(post, context, state, link.Range, Written(post, link), FullPath(root, below), url[(frag + 1)..]);
                }

                return;
            case LookupStatus.CaseMismatch or LookupStatus.NormalizationMismatch:
                context.Report(link.Range, RelativeCase.With(Written(post, link), below.ToString(), SitePaths.ToDisplay(result.RealSegments), post.Site.Kind == SiteKind.None ? (object)"GitHub" : post.Site.Host));
                return;
            case LookupStatus.Missing:
                context.Report(link.Range, RelativeMissing.With(Written(post, link), below.ToString(), Suggest(result, below.ToString().Split('/'))));
                return;
        }
    }

    /// <summary>The full path of a '/'-separated path below a root, with the system's separators (as Path.Combine of its segments).</summary>
    private static string FullPath(string root, ReadOnlySpan<char> below) =>
        Path.DirectorySeparatorChar == '/' ? Path.Join(root, below) : Path.Join(root, below.ToString().Replace('/', Path.DirectorySeparatorChar));

    private static string Written(Post post, PostLink link) => post.Text[link.Range.Start..link.Range.End];

    /// <summary>Links to pages of the site by URL: <c>/tech/post/</c>, the site's own host, Jekyll's <c>{{ site.baseurl }}</c>
    /// and <c>relative_url</c>. A page of the site is checked for the fragment; a URL that leads to no page nor file is
    /// reported only when a page of the site is close to it (generators make pages without a source file).</summary>
    private static void CheckSiteUrls(Post post, RuleContext context, State state)
    {
        var site = post.Site;
        var text = post.Text;
        var bodyStart = Math.Min(post.BodyStart, text.Length);
        foreach (var link in PostLinks.Get(post))
        {
            var url = link.Url;
            if (url.Length > 1 && url[0] == '/' && url[1] != '/')
            {
                CheckSiteUrl(post, context, state, link.Range, text[link.Range.Start..link.Range.End], url);
            }
            else if (site.Url is { } own && url.StartsWith(own + "/", StringComparison.OrdinalIgnoreCase))
            {
                CheckSiteUrl(post, context, state, link.Range, text[link.Range.Start..link.Range.End], url[own.Length..]);
            }
        }

        if (site.Kind == SiteKind.Jekyll && text.AsSpan(bodyStart).Contains("{{", StringComparison.Ordinal))
        {
            foreach (Match m in LiquidUrl().Matches(text, bodyStart))
            {
                var g = m.Groups["url"];
                var url = m.Groups["path"].Success ? site.BaseUrl + "/" + m.Groups["path"].Value.TrimStart('/') + m.Groups["rest2"].Value : site.BaseUrl + m.Groups["rest"].Value;
                if (url.Length > 0 && url[0] == '/' && !url.Contains("{{", StringComparison.Ordinal) && !LiquidRegions.Of(post).Contains(m.Index))
                {
                    CheckSiteUrl(post, context, state, new TextRange(g.Index, g.Index + g.Length), g.Value, url);
                }
            }
        }
    }

    private static void CheckSiteUrl(Post post, RuleContext context, State state, TextRange range, string written, string url)
    {
        var site = post.Site;
        var cut = url.IndexOfAny(['#', '?']);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = Fragments.Decode(cut >= 0 ? url[..cut] : url);
        if (LiquidRegions.HasOpener(path))
        {
            return;
        }

        var baseUrl = site.BaseUrl;
        var lacksBase = false;
        if (baseUrl.Length > 0)
        {
            if (path == baseUrl || path.StartsWith(baseUrl + "/", StringComparison.Ordinal))
            {
                path = path.Length == baseUrl.Length ? "/" : path[baseUrl.Length..];
            }
            else
            {
                lacksBase = true;
            }
        }

        var urls = Urls(site, state, context);
        if (urls.Find(path) is { } page)
        {
            if (lacksBase)
            {
                var message = site.Kind == SiteKind.Jekyll
                    ? LacksBaseJekyll.With(written, baseUrl, baseUrl + path, LiquidBase + url, baseUrl + url)
                    : LacksBase.With(written, baseUrl, baseUrl + path, baseUrl + url);
                context.Report(range, message);
            }
            else if (hash >= 0 && hash < url.Length - 1)
            {
                ReportFragment(post, context, state, range, written, page, url[(hash + 1)..]);
            }

            return;
        }

        if (lacksBase || path == "/")
        {
            return;
        }

        if (urls.FindHidden(path) is { } hidden)
        {
            if (urls.Unrendered(hidden) is { } rendering)
            {
                context.Report(range, NotRendered.With(written, Display(hidden, site), Why(rendering, site)));
            }
            else if (site.Kind == SiteKind.Jekyll && urls.LeftOut(hidden) is { } left)
            {
                // A page left out the same way is written by the same build as the one it links to (a draft's link to
                // another draft: jekyll build --drafts).
                if (JekyllSchedule.NotRendered(post, context.Now, context.Drafts)?.Kind == left.Kind)
                {
                    return;
                }

                context.Report(range, left.Kind == LeftOutKind.Draft
                    ? DraftNotBuilt.With(written, Display(hidden, site))
                    : JekyllNotPublished.With(written, Display(hidden, site), left.Why));
            }
            else if (urls.Unpublished(hidden) is { } why)
            {
                context.Report(range, (site.Kind == SiteKind.Jekyll ? JekyllNotPublished : NotPublished).With(written, Display(hidden, site), why));
            }

            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        string[] roots = site.Kind == SiteKind.Jekyll ? [site.Source] : [Path.Combine(site.Root, "static"), .. site.ContentFolders ?? []];
        foreach (var root in roots)
        {
            if (state.Files.Find(site.Root, root, segments).Status is not LookupStatus.Missing)
            {
                // A file the site copies as it is (or a folder, or one PostLint cannot list).
                return;
            }
        }

        if (urls.Closest(path) is { } near)
        {
            if (site.Kind == SiteKind.Hugo && string.Equals(near.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
                && state.LinkHooks.GetOrAdd(site.Root, LinkHookFindsPages))
            {
                // The site's link render hook looks the path up with GetPage, which ignores letter case (Hugo's own
                // documentation: /methods/page/GitInfo/ is written as the page's /methods/page/gitinfo/).
                return;
            }

            var file = Display(urls.Pages[near], site);
            context.Report(range, NoPageNear.With(written, baseUrl + near, file));
        }
    }

    /// <summary>Whether the link render hook Hugo uses (the site's own, else a theme's) resolves a link with <c>GetPage</c>.</summary>
    private static bool LinkHookFindsPages(string root)
    {
        try
        {
            return HugoLayouts.RenderHooks(root, "link").FirstOrDefault() is { } hook
                && new FileInfo(hook).Length <= MaxTargetSize
                && File.ReadAllText(hook).Contains("GetPage", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The site's table of published pages (with drafts when they are linted as built), built once per run.</summary>
    private static SiteUrls Urls(Site site, State state, RuleContext context) =>
        state.Urls.GetOrAdd(context.Drafts ? site.Root + "\0drafts" : site.Root, _ => new Lazy<SiteUrls>(() => SiteUrls.Build(site, context.Now, context.Drafts))).Value;

    private static string Display(string fullPath, Site site) => SitePaths.ToDisplay(SitePaths.SegmentsBelow(fullPath, site.Root));

    /// <summary>What keeps a page from being rendered, as its front matter (or a section's cascade) says it.</summary>
    private static object Why(HugoRendering rendering, Site site) =>
        rendering.From is { } section ? FromCascade.With(rendering.Key, Display(section, site)) : rendering.Key;

    private static bool InCollection(Post post) =>
        SitePaths.SegmentsBelow(post.FullPath, post.Site.Source).SkipLast(1).Any(s => s.StartsWith('_'));

    private static bool RelativeLinksInCollections(Site site) =>
        (site.Config?.Get("relative_links") as YMapping)?.Get("collections") is YScalar { IsPlain: true } c && c.Value.Trim() is "true" or "True" or "yes";

    private static object Suggest(LookupResult result, IReadOnlyList<string> segments)
    {
        if (result.Suggestion is null || result.StoppedIsFile)
        {
            return "";
        }

        var fixedSegments = result.RealSegments.Concat([result.Suggestion]).Concat(segments.Skip(result.Index + 1));
        return DidYouMean.With(SitePaths.ToDisplay(fixedSegments));
    }

    private static void CheckFragment(Post post, RuleContext context, State state, Match m, string target, Group frag)
    {
        if (frag.Success && frag.Length > 1)
        {
            ReportFragment(post, context, state, new TextRange(m.Index, m.Index + m.Length), m.Value, target, frag.Value[1..]);
        }
    }

    private static void ReportFragment(Post post, RuleContext context, State state, TextRange range, string written, string target, string raw)
    {
        if (raw.Contains('{', StringComparison.Ordinal))
        {
            return;
        }

        var same = string.Equals(target, post.FullPath, StringComparison.Ordinal);
        var anchors = same ? PageAnchors.Of(post) : context.Pages is { } pages ? PageAnchors.Of(pages, target) : TargetAnchors(target, post.Site, state);
        if (anchors?.Scheme is null)
        {
            return;
        }

        var fragment = Fragments.Decode(raw);
        if (Fragments.Leads(raw, fragment, anchors, post.Site, state.Layouts))
        {
            return;
        }

        var near = Fragments.NearMiss(fragment, anchors);
        context.Report(range, same
            ? NoIdOnThisPage.With(written, fragment, near)
            : NoIdOnPage.With(written, Display(target, post.Site), fragment, near));
    }

    /// <summary>The ids of another page of the site when a post is linted on its own (no run's pages): read once per state.</summary>
    private static PageAnchors? TargetAnchors(string fullPath, Site site, State state) =>
        state.Targets.GetOrAdd(fullPath, p => new Lazy<PageAnchors?>(() => ReadPost(p, site) is { } target ? PageAnchors.Of(target) : null)).Value;

    /// <summary>Another page of the site, read from disk; null when it cannot be read or is too large.</summary>
    private static Post? ReadPost(string fullPath, Site site)
    {
        try
        {
            var info = new FileInfo(fullPath);
            return !info.Exists || info.Length > MaxTargetSize
                ? null
                : new Post(Path.GetFileName(fullPath), fullPath, SourceText.FromBytes(File.ReadAllBytes(fullPath)), site);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A Jekyll site's posts by file name without extension, and its drafts (full paths).</summary>
    private sealed record JekyllPosts(Dictionary<string, string> ByName, List<string> Drafts);

    /// <summary>The posts and drafts of a Jekyll site, listed once per run.</summary>
    private static JekyllPosts Posts(Site site, State state) =>
        state.Posts.GetOrAdd(site.Root, _ => new Lazy<JekyllPosts>(() =>
        {
            var posts = new Dictionary<string, string>(StringComparer.Ordinal);
            var drafts = new List<string>();
            var pending = new Stack<(string Dir, bool InPosts, bool InDrafts)>();
            pending.Push((site.Source, false, false));
            var seen = 0;
            while (pending.Count > 0 && seen < 100_000)
            {
                var (dir, inPosts, inDrafts) = pending.Pop();
                try
                {
                    foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
                    {
                        seen++;
                        var name = entry.Name;
                        if (entry is DirectoryInfo)
                        {
                            // Jekyll reads no hidden folder, no '_' folder but _posts, _drafts and those the config
                            // names (include, collections), nothing its exclude list names (with its defaults:
                            // node_modules, vendor/bundle, ...), and follows no link.
                            if (name.StartsWith('.') || entry.LinkTarget is not null
                                || (!inPosts && !inDrafts && name.StartsWith('_') && !site.ReadUnderscoreFolders.Contains(name))
                                || site.IsExcluded(Path.GetRelativePath(site.Source, entry.FullName).Replace('\\', '/'), isFolder: true))
                            {
                                continue;
                            }

                            pending.Push((entry.FullName, inPosts || name == "_posts", inDrafts || name == "_drafts"));
                        }
                        else if ((inPosts || inDrafts) && (site.IsMarkdown(name) || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)))
                        {
                            if (inPosts)
                            {
                                posts.TryAdd(Path.GetFileNameWithoutExtension(name), entry.FullName);
                            }
                            else
                            {
                                drafts.Add(entry.FullName);
                            }
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable folder holds no post PostLint can know.
                }
            }

            drafts.Sort(StringComparer.Ordinal);
            return new JekyllPosts(posts, drafts);
        })).Value;

    /// <summary>The drafts of a Jekyll site by the name a <c>post_url</c> gives them, each read once per run.</summary>
    private static Dictionary<string, string> DraftNames(Site site, State state, List<string> drafts) =>
        state.DraftNames.GetOrAdd(site.Root, _ => new Lazy<Dictionary<string, string>>(() =>
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                if (ReadPost(draft, site) is { } post && JekyllSchedule.DraftName(post) is { } name)
                {
                    names.TryAdd(name, draft);
                }
            }

            return names;
        })).Value;
}
