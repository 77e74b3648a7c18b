namespace PostLint.Rules.Shared;

/// <summary>
/// Where a Hugo site's templates live, as Hugo looks them up: the site's own <c>layouts</c> first, then each theme's
/// under <c>themes/</c> (in name order), so a site's template wins over a theme's of the same name. A theme from Hugo
/// modules (a <c>go.mod</c> at the root) lives outside the site, where PostLint cannot see its templates.
/// </summary>
public static class HugoLayouts
{
    /// <summary>The names of the folders in the site's <c>themes</c>, in ordinal order; none when it cannot be listed.</summary>
    public static string[] ThemeNames(string root)
    {
        try
        {
            var themes = Path.Combine(root, "themes");
            return Directory.Exists(themes)
                ? Directory.GetDirectories(themes).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The layout folders in lookup order: <c>layouts</c>, then <c>themes/NAME/layouts</c> for each theme.</summary>
    public static IEnumerable<string> Folders(string root) =>
        [Path.Combine(root, "layouts"), .. ThemeNames(root).Select(t => Path.Combine(root, "themes", t, "layouts"))];

    /// <summary>
    /// The render hook templates for <paramref name="kind"/> (<c>link</c>, <c>image</c>) that exist, in lookup order:
    /// in each layout folder <c>_markup/render-KIND.html</c> (Hugo 0.146 and later) and <c>_default/_markup/render-KIND.html</c>.
    /// The first is the one Hugo uses.
    /// </summary>
    public static IEnumerable<string> RenderHooks(string root, string kind) =>
        Folders(root)
            .SelectMany(layouts => new[]
            {
                Path.Combine(layouts, "_markup", "render-" + kind + ".html"),
                Path.Combine(layouts, "_default", "_markup", "render-" + kind + ".html"),
            })
            .Where(File.Exists);

    /// <summary>Whether the site takes a theme from Hugo modules, whose templates PostLint cannot see.</summary>
    public static bool UsesModules(string root) => File.Exists(Path.Combine(root, "go.mod"));
}
