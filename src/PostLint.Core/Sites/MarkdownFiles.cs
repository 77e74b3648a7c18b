namespace PostLint.Sites;

/// <summary>
/// The file extensions each generator renders as Markdown (with the dot, lower case; a file's extension is compared
/// without regard to case, as Jekyll's converter and Hugo's media types compare it). A site's own list is
/// <see cref="Site.MarkdownExtensions"/>; the files PostLint lints are those of <see cref="Any"/>.
/// </summary>
public static class MarkdownFiles
{
    /// <summary>Jekyll's <c>markdown_ext</c> default, <c>markdown,mkdown,mkdn,mkd,md</c> (a site may set its own).</summary>
    public static readonly IReadOnlyList<string> Jekyll = [".markdown", ".mkdown", ".mkdn", ".mkd", ".md"];

    /// <summary>Hugo's <c>markdown</c> content format: the suffixes of its <c>text/markdown</c> media type.</summary>
    public static readonly IReadOnlyList<string> Hugo = [".md", ".mdown", ".markdown"];

    /// <summary>Astro's Markdown pages and content entries (its <c>SUPPORTED_MARKDOWN_FILE_EXTENSIONS</c>).</summary>
    public static readonly IReadOnlyList<string> Astro = [".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".md"];

    /// <summary>What GitHub's file view renders as Markdown (github-markup: <c>md</c>, <c>mkdn?</c>, <c>mdwn</c>, <c>mdown</c>, <c>markdown</c>).</summary>
    public static readonly IReadOnlyList<string> GitHub = [".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn"];

    /// <summary>Every extension some generator renders as Markdown by default: the files PostLint lints in a folder.</summary>
    public static readonly IReadOnlyList<string> Any = [".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mkdown", ".mdwn"];

    /// <summary>The default list of <paramref name="kind"/> (GitHub's view for a folder with no generator).</summary>
    public static IReadOnlyList<string> Of(SiteKind kind) => kind switch
    {
        SiteKind.Jekyll => Jekyll,
        SiteKind.Hugo => Hugo,
        SiteKind.Astro => Astro,
        _ => GitHub,
    };

    /// <summary>Whether <paramref name="path"/> ends in one of <paramref name="extensions"/>, in any letter case.</summary>
    public static bool Has(IReadOnlyList<string> extensions, ReadOnlySpan<char> path)
    {
        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Jekyll's <c>markdown_ext</c> setting (<c>markdown,mkdown,mkdn,mkd,md</c>) as extensions; null when it names none.
    /// </summary>
    public static IReadOnlyList<string>? FromJekyllSetting(string setting)
    {
        var list = setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => "." + e.TrimStart('.').ToLowerInvariant())
            .Where(e => e.Length > 1)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return list.Length == 0 ? null : list;
    }
}
