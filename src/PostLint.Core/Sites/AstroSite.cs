using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Sites;

/// <summary>
/// Astro as PostLint models it: what <c>astro.config.*</c> says without running JavaScript (<c>site</c>, <c>base</c>,
/// <c>trailingSlash</c> as string literals), and its content folders (<c>src/content</c>, <c>src/pages</c>).
/// </summary>
internal static partial class AstroSite
{
    /// <summary>The config file names Astro looks for.</summary>
    public static readonly string[] ConfigNames = ["astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts", "astro.config.cjs"];

    // `site: 'https://example.com'`, `base: "/blog"` (a key of the config object; the value a string literal or not).
    [GeneratedRegex(@"(?<=[\s{,])(?<key>site|base|trailingSlash)\s*:\s*(?<value>(?<q>['""`])(?<text>[^'""`\r\n]*)\k<q>|[^,\r\n}]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Setting();

    /// <summary>The config file of an Astro site rooted at <paramref name="dir"/>, or null.</summary>
    public static string? FindConfig(string dir)
    {
        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Reads the Astro site rooted at <paramref name="dir"/>.</summary>
    public static Site Read(string dir, string configPath)
    {
        string text;
        var problems = new List<ConfigProblem>();
        try
        {
            text = File.ReadAllText(configPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text = "";
            problems.Add(ConfigProblem.Of(default, CoreMessages.AstroConfigUnreadable.With(Path.GetFileName(configPath), ex.Message)));
        }

        string baseUrl = "";
        string? url = null, trailingSlash = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Setting().Matches(StripComments(text)))
        {
            var key = m.Groups["key"].Value;
            if (!seen.Add(key))
            {
                continue;
            }

            if (!m.Groups["text"].Success)
            {
                var value = m.Groups["value"];
                problems.Add(ConfigProblem.Of(
                    new TextRange(value.Index, value.Index + value.Value.TrimEnd().Length),
                    CoreMessages.AstroByCode.With(key, value.Value.Trim(), (key == "base" ? CoreMessages.AstroNoBase : key == "site" ? CoreMessages.AstroNoSite : CoreMessages.AstroDefault).With())));
                continue;
            }

            var literal = m.Groups["text"].Value.Trim();
            switch (key)
            {
                case "site":
                    url = literal.TrimEnd('/');
                    break;
                case "base":
                    baseUrl = literal.Trim('/').Length == 0 ? "" : "/" + literal.Trim('/');
                    break;
                default:
                    trailingSlash = literal;
                    break;
            }
        }

        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && baseUrl.Length == 0 && uri.AbsolutePath.Trim('/').Length > 0)
        {
            // Astro serves from site's path only through base; the path in site alone changes nothing of the URLs.
            url = uri.GetLeftPart(UriPartial.Authority);
        }

        return new Site(SiteKind.Astro, dir, dir, baseUrl, url, null)
        {
            ConfigPath = configPath,
            ConfigProblems = problems,
            TrailingSlash = trailingSlash,
            ContentFolders = [Path.Combine(dir, "src", "content"), Path.Combine(dir, "src", "pages")],
        };
    }

    /// <summary>The text with <c>//</c> and <c>/* */</c> comments blanked (offsets kept); strings are left alone.</summary>
    private static string StripComments(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '\'' or '"' or '`')
            {
                var close = i + 1;
                while (close < chars.Length && chars[close] != c && chars[close] != '\n')
                {
                    close += chars[close] == '\\' ? 2 : 1;
                }

                i = Math.Min(close, chars.Length - 1);
            }
            else if (c == '/' && i + 1 < chars.Length && chars[i + 1] == '/' && (i == 0 || chars[i - 1] != ':'))
            {
                while (i < chars.Length && chars[i] != '\n')
                {
                    chars[i++] = ' ';
                }
            }
            else if (c == '/' && i + 1 < chars.Length && chars[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? chars.Length : end + 2;
                for (var j = i; j < end; j++)
                {
                    chars[j] = chars[j] == '\n' ? '\n' : ' ';
                }

                i = end - 1;
            }
        }

        return new string(chars);
    }
}
