using PostLint.Configuration;
using PostLint.Sites;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint init</c>: writes a commented starter config for the detected site kind.</summary>
public static class InitCommand
{
    /// <summary>Writes <c>.postlint.yml</c> in the current folder unless one exists.</summary>
    public static int Run(CliEnvironment env)
    {
        var path = Path.Combine(env.CurrentDirectory, ConfigLoader.FileName);
        if (File.Exists(path))
        {
            env.Error.WriteLine($"postlint: {ConfigLoader.FileName} already exists; not overwritten");
            return ExitCodes.Error;
        }

        var site = new SiteLocator(null, env.CurrentDirectory).Locate(Path.Combine(env.CurrentDirectory, "x.md"));
        File.WriteAllText(path, Template(site.Kind));
        env.Out.WriteLine($"Wrote {ConfigLoader.FileName} for a {(site.Kind == SiteKind.None ? "plain Markdown" : site.Kind.ToString())} site");
        return ExitCodes.Success;
    }

    /// <summary>The starter config for a site kind.</summary>
    public static string Template(SiteKind kind)
    {
        var include = kind switch
        {
            SiteKind.Jekyll => "  - \"_posts/**/*.md\"\n  - \"_drafts/**/*.md\"\n  - \"_pages/**/*.md\"",
            SiteKind.Hugo => "  - \"content/**/*.md\"",
            SiteKind.Astro => "  - \"src/content/**/*.md\"\n  - \"src/pages/**/*.md\"",
            _ => "  - \"**/*.md\"",
        };
        return $$"""
            # PostLint configuration ({{(kind == SiteKind.None ? "plain Markdown" : kind.ToString())}} site).
            # Every key is optional. Run `postlint rules` for rule ids and names, `postlint explain RULE` for a rule's doc.

            # Which files to lint when a folder is given (globs relative to this file).
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
