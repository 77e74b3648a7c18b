using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>Hugo as PostLint models it: its config (TOML, YAML or JSON), content folder and base URL.</summary>
internal static class HugoSite
{
    /// <summary>The config file names Hugo looks for in a site's root, in its order.</summary>
    public static readonly string[] ConfigNames =
    [
        "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
    ];

    /// <summary>The config file of a Hugo site rooted at <paramref name="dir"/>, or null when it is not one.</summary>
    public static string? FindConfig(string dir)
    {
        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                // config.yaml or config.json alone is too common a name to mark a Hugo site; Hugo's own and TOML/JSON ones do.
                if (name is "config.yaml" or "config.yml" or "config.json" && !Directory.Exists(Path.Combine(dir, "content")) && !Directory.Exists(Path.Combine(dir, "archetypes")))
                {
                    continue;
                }

                return path;
            }
        }

        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(dir, "config", "_default", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Reads the Hugo site rooted at <paramref name="dir"/>: <c>baseURL</c>'s path and host, <c>contentDir</c>.</summary>
    public static Site Read(string dir, string configPath)
    {
        var config = ConfigFile.Read(configPath);
        var problems = new List<ConfigProblem>(config.Problems);
        string baseUrl = "", contentDir = "content";
        string? url = null, timeZone = null;
        bool buildFuture = false, buildExpired = false, disablePathToLower = false;
        if (config.Root is { } root)
        {
            if (root.GetIgnoringCase("baseURL") is YScalar { IsNull: false } b && b.Value.Trim().Length > 0)
            {
                var value = b.Value.Trim();
                if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    url = uri.GetLeftPart(UriPartial.Authority);
                    baseUrl = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
                }
                else if (value.StartsWith('/'))
                {
                    baseUrl = value.TrimEnd('/');
                }
                else
                {
                    problems.Add(ConfigProblem.Of(b.Range, CoreMessages.HugoBaseUrl.With(value)));
                }
            }

            if (root.GetIgnoringCase("contentDir") is YScalar { IsNull: false } c && c.Value.Trim().Trim('/').Length > 0)
            {
                contentDir = c.Value.Trim().Trim('/');
            }

            if (root.GetIgnoringCase("timeZone") is YScalar { IsNull: false } tz && tz.Value.Trim().Length > 0)
            {
                timeZone = tz.Value.Trim();
            }

            buildFuture = YBoolean.Hugo(root.GetIgnoringCase("buildFuture")) is true;
            buildExpired = YBoolean.Hugo(root.GetIgnoringCase("buildExpired")) is true;
            disablePathToLower = YBoolean.Hugo(root.GetIgnoringCase("disablePathToLower")) is true;
        }

        return new Site(SiteKind.Hugo, dir, dir, baseUrl, url, null)
        {
            ConfigPath = configPath,
            Config = config.Root,
            ConfigProblems = problems,
            ContentFolders = ContentMounts(dir, config.Root) ?? [Path.GetFullPath(Path.Combine(dir, contentDir))],
            TimeZone = timeZone,
            Future = buildFuture,
            BuildExpired = buildExpired,
            DisablePathToLower = disablePathToLower,
        };
    }

    /// <summary>
    /// The folders <c>[[module.mounts]]</c> mounts as <c>content</c> (Hugo's docs mount <c>content/en</c> so), or null
    /// when none does: a mount for <c>content</c> replaces the default <c>contentDir</c> mount.
    /// </summary>
    private static List<string>? ContentMounts(string dir, YMapping? root)
    {
        if ((root?.GetIgnoringCase("module") as YMapping)?.GetIgnoringCase("mounts") is not YSequence mounts)
        {
            return null;
        }

        List<string>? folders = null;
        foreach (var mount in mounts.Items)
        {
            if (mount is YMapping m && m.GetIgnoringCase("target") is YScalar target && target.Value.Trim().Trim('/') == "content" &&
                m.GetIgnoringCase("source") is YScalar { IsNull: false } source && source.Value.Trim().Length > 0)
            {
                (folders ??= []).Add(Path.GetFullPath(Path.Combine(dir, source.Value.Trim())));
            }
        }

        return folders;
    }
}
