using PostLint.Configuration;
using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint init</c>: writes a commented starter config for the detected site kind.</summary>
public static class InitCommand
{
    /// <summary>Writes <c>.postlint.yml</c> in the current folder unless one exists.</summary>
    public static int Run(CliEnvironment env)
    {
        var cwd = env.CurrentDirectory;
        var path = Path.Combine(cwd, ConfigLoader.FileName);
        if (File.Exists(path))
        {
            env.Error.WriteLine(CliMessages.InitExists.Format(env.Language, ConfigLoader.FileName));
            return ExitCodes.Error;
        }

        var site = new SiteLocator(null, cwd).Locate(Path.Combine(cwd, "x.md"));
        var atRoot = site.Kind == SiteKind.None || SamePath(site.Root, cwd);
        if (Directory.GetParent(Path.GetFullPath(cwd)) is { } parent && ConfigLoader.Discover(parent.FullName) is { } above)
        {
            env.Error.WriteLine(CliMessages.InitConfigAbove.Format(env.Language, Path.GetRelativePath(cwd, above).Replace('\\', '/')));
        }

        if (!atRoot)
        {
            env.Error.WriteLine(CliMessages.InitInsideSite.Format(env.Language, site.Kind.ToString(), Path.GetRelativePath(cwd, site.Root).Replace('\\', '/')));
        }

        File.WriteAllText(path, Template(atRoot ? site.Kind : SiteKind.None, env.Language));
        env.Out.WriteLine(CliMessages.InitWrote.Format(env.Language, ConfigLoader.FileName, SiteName(atRoot ? site.Kind : SiteKind.None)));
        return ExitCodes.Success;
    }

    /// <summary>"a Jekyll site", "an Astro site", "plain Markdown files".</summary>
    private static Localized SiteName(SiteKind kind) => kind switch
    {
        SiteKind.None => CliMessages.SiteNone.With(),
        SiteKind.Astro => CliMessages.SiteAstro.With(),
        _ => CliMessages.SiteOfKind.With(kind.ToString()),
    };

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    /// <summary>
    /// The starter config for a site kind, commented in <paramref name="language"/>. Its include names folders, not
    /// extensions: a folder walk finds every extension the generators render as Markdown (.md, .markdown, .mdown,
    /// .mkdn, .mkd, .mkdown, .mdwn).
    /// </summary>
    public static string Template(SiteKind kind, Language language)
    {
        var include = kind switch
        {
            SiteKind.Jekyll => "  - \"_posts/**/*\"\n  - \"_drafts/**/*\"\n  - \"_pages/**/*\"",
            SiteKind.Hugo => "  - \"content/**/*\"",
            SiteKind.Astro => "  - \"src/content/**/*\"\n  - \"src/pages/**/*\"",
            _ => "  - \"**/*\"",
        };
        return CliMessages.InitTemplate.Format(language, SiteName(kind), include);
    }
}
