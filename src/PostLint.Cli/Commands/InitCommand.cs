using PostLint.Configuration;
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
            env.Error.WriteLine($"postlint: {ConfigLoader.FileName} already exists; not overwritten");
            return ExitCodes.Error;
        }

        var site = new SiteLocator(null, cwd).Locate(Path.Combine(cwd, "x.md"));
        var atRoot = site.Kind == SiteKind.None || SamePath(site.Root, cwd);
        if (Directory.GetParent(Path.GetFullPath(cwd)) is { } parent && ConfigLoader.Discover(parent.FullName) is { } above)
        {
            env.Error.WriteLine($"postlint: warning: {Path.GetRelativePath(cwd, above).Replace('\\', '/')} already applies here; the new file takes its place for the files in this folder");
        }

        if (!atRoot)
        {
            env.Error.WriteLine($"postlint: warning: this folder is inside the {site.Kind} site at '{Path.GetRelativePath(cwd, site.Root).Replace('\\', '/')}'; a config there covers the whole site ('postlint init' in that folder)");
        }

        File.WriteAllText(path, Template(atRoot ? site.Kind : SiteKind.None));
        env.Out.WriteLine($"Wrote {ConfigLoader.FileName} for {SiteName(atRoot ? site.Kind : SiteKind.None)}");
        return ExitCodes.Success;
    }

    /// <summary>"a Jekyll site", "an Astro site", "plain Markdown files".</summary>
    public static string SiteName(SiteKind kind) => kind switch
    {
        SiteKind.None => "plain Markdown files",
        SiteKind.Astro => "an Astro site",
        _ => $"a {kind} site",
    };

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    /// <summary>
    /// The starter config for a site kind. Its include names folders, not extensions: a folder walk finds every
    /// extension the generators render as Markdown (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn).
    /// </summary>
    public static string Template(SiteKind kind)
    {
        var include = kind switch
        {
            SiteKind.Jekyll => "  - \"_posts/**/*\"\n  - \"_drafts/**/*\"\n  - \"_pages/**/*\"",
            SiteKind.Hugo => "  - \"content/**/*\"",
            SiteKind.Astro => "  - \"src/content/**/*\"\n  - \"src/pages/**/*\"",
            _ => "  - \"**/*\"",
        };
        return $$"""
            # PostLint configuration for {{SiteName(kind)}}.
            # Every key is optional. Run `postlint rules` for rule ids and names, `postlint explain RULE` for a rule's doc.

            # Which files to lint when a folder is given (globs relative to this file); PostLint finds the Markdown
            # files in them (.md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn).
            include:
            {{include}}
            # Files never linted.
            exclude:
              - "**/README.md"

            # Per rule, by id, name or category (front-matter, content, links, spelling, tables, meta):
            # off, info, warning, error, or a mapping with `severity` and the rule's options.
            rules:
              placeholder-date: error
              # placeholder-date:
              #   severity: error
              #   keys: [date, last_modified_at, lastmod]
              # misspelling:
              #   lists: [terms.yml, typos.txt]   # your own lists: PostLint or prh YAML, or a codespell dictionary
              #   allow: [Zookeeper]             # words never reported
            """ + "\n";
    }
}
