using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>Jekyll as PostLint models it: its <c>_config.yml</c>, read the way Jekyll reads it.</summary>
internal static class JekyllSite
{
    /// <summary>Reads the Jekyll site rooted at <paramref name="dir"/> from its config file.</summary>
    public static Site Read(string dir, string configPath)
    {
        string source = dir, baseUrl = "";
        string? url = null, permalink = null, timeZone = null, repository = null;
        var future = false;
        var underscore = new HashSet<string>(Site.DefaultUnderscoreFolders, StringComparer.Ordinal);
        var rendersWithoutFrontMatter = true;
        var plugins = new List<string>();
        var renderer = MarkdownRenderer.KramdownGfm;
        var markdownExtensions = MarkdownFiles.Jekyll;
        var excluded = new List<string>(DefaultExcludes);
        var included = Site.DefaultIncluded;
        var config = ConfigFile.Read(configPath);
        {
            if (config.Root is { } root)
            {
                if (root.Get("source") is YScalar { IsNull: false } s)
                {
                    source = Path.GetFullPath(Path.Combine(dir, s.Value));
                }

                if (root.Get("baseurl") is YScalar { IsNull: false } b)
                {
                    baseUrl = b.Value.Trim().TrimEnd('/');
                    if (baseUrl.Length > 0 && baseUrl[0] != '/')
                    {
                        baseUrl = "/" + baseUrl;
                    }
                }

                if (root.Get("url") is YScalar { IsNull: false } u && u.Value.Trim().Length > 0)
                {
                    url = u.Value.Trim().TrimEnd('/');
                }

                if (root.Get("permalink") is YScalar { IsNull: false } p)
                {
                    permalink = p.Value.Trim();
                }

                if (root.Get("repository") is YScalar { IsNull: false } repo && repo.Value.Trim().Length > 0)
                {
                    repository = repo.Value.Trim();
                }

                if (root.Get("timezone") is YScalar { IsNull: false } tz && tz.Value.Trim().Length > 0)
                {
                    timeZone = tz.Value.Trim();
                }

                foreach (var item in (root.Get("include") as YSequence)?.Items ?? [])
                {
                    if (item is YScalar { Value: ['_', ..] } inc)
                    {
                        underscore.Add(inc.Value.Trim().TrimEnd('/'));
                    }
                }

                foreach (var entry in (root.Get("collections") as YMapping)?.Entries ?? [])
                {
                    if (entry.KeyText is { Length: > 0 } name)
                    {
                        underscore.Add("_" + name);
                    }
                }

                foreach (var entry in (root.Get("collections") as YSequence)?.Items ?? [])
                {
                    if (entry is YScalar { Value.Length: > 0 } name)
                    {
                        underscore.Add("_" + name.Value);
                    }
                }

                foreach (var key in new[] { "plugins", "gems" })
                {
                    plugins.AddRange(((root.Get(key) as YSequence)?.Items ?? []).OfType<YScalar>().Select(p => p.Value.Trim()));
                }

                rendersWithoutFrontMatter = plugins.Contains("jekyll-optional-front-matter") || plugins.All(GitHubPagesPlugins.Contains);

                renderer = Renderer(root);
                if (root.Get("markdown_ext") is YScalar { Value: var ext } && MarkdownFiles.FromJekyllSetting(ext) is { } extensions)
                {
                    markdownExtensions = extensions;
                }

                var includes = ((root.Get("include") as YSequence)?.Items ?? []).OfType<YScalar>().Select(i => i.Value.Trim()).ToHashSet(StringComparer.Ordinal);
                if (root.Get("include") is YSequence)
                {
                    included = [.. includes.Where(i => i.Length > 0)];
                }

                foreach (var item in ((root.Get("exclude") as YSequence)?.Items ?? []).OfType<YScalar>())
                {
                    var pattern = item.Value.Trim().TrimStart('/');
                    if (pattern.Length > 0 && !includes.Contains(item.Value.Trim()))
                    {
                        excluded.Add(pattern);
                    }
                }

                future = YBoolean.IsTrue(root.Get("future"), yaml11: true) ||
                    (root.Get("collections") is YMapping collections && collections.Get("posts") is YMapping posts && YBoolean.IsTrue(posts.Get("future"), yaml11: true));
            }
        }
        return new Site(SiteKind.Jekyll, dir, source, baseUrl, url, permalink)
        {
            Future = future,
            TimeZone = timeZone,
            Repository = repository,
            ReadUnderscoreFolders = underscore,
            RendersWithoutFrontMatter = rendersWithoutFrontMatter,
            Plugins = plugins,
            Renderer = renderer,
            MarkdownExtensions = markdownExtensions,
            Excluded = excluded,
            Included = included,
            ConfigPath = configPath,
            Config = config.Root,
            ConfigProblems = config.Problems,
        };
    }

    /// <summary>What Jekyll 4 always excludes, whatever the config says (its <c>Configuration::DEFAULT_EXCLUDES</c>).</summary>
    private static readonly string[] DefaultExcludes =
    [
        ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
    ];

    /// <summary>The plugins GitHub Pages' own build allows (its build also runs jekyll-optional-front-matter).</summary>
    private static readonly HashSet<string> GitHubPagesPlugins = new(StringComparer.Ordinal)
    {
        "jekyll-avatar", "jekyll-coffeescript", "jekyll-commonmark-ghpages", "jekyll-default-layout", "jekyll-feed",
        "jekyll-gist", "jekyll-github-metadata", "jekyll-include-cache", "jekyll-mentions", "jekyll-optional-front-matter",
        "jekyll-paginate", "jekyll-readme-index", "jekyll-redirect-from", "jekyll-relative-links", "jekyll-remote-theme",
        "jekyll-sass-converter", "jekyll-seo-tag", "jekyll-sitemap", "jekyll-titles-from-headings", "jemoji",
    };

    /// <summary>
    /// The renderer Jekyll uses: <c>markdown:</c> names the converter (kramdown by default; <c>CommonMark</c> and
    /// <c>CommonMarkGhPages</c> are cmark-gfm); kramdown reads GFM input unless <c>kramdown: input:</c> says otherwise
    /// (Jekyll's own default, also with no <c>kramdown:</c> key).
    /// </summary>
    private static MarkdownRenderer Renderer(YMapping root)
    {
        var markdown = root.Get("markdown") is YScalar { IsNull: false } m ? m.Value.Trim() : "kramdown";
        if (markdown.StartsWith("commonmark", StringComparison.OrdinalIgnoreCase))
        {
            return MarkdownRenderer.CmarkGfm;
        }

        var input = (root.Get("kramdown") as YMapping)?.Get("input") is YScalar { IsNull: false } i ? i.Value.Trim() : "GFM";
        return input.Equals("kramdown", StringComparison.OrdinalIgnoreCase) ? MarkdownRenderer.Kramdown : MarkdownRenderer.KramdownGfm;
    }
}
