using PostLint.Engine;
using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Engine;

/// <summary>
/// <see cref="FileDiscovery"/> on real trees: which files a run lints, what it reports missing, and the notes it
/// prints for named files and globs it leaves out.
/// </summary>
public class FileDiscoveryTests
{
    private const string Post = "---\ntitle: 제목\n---\n본문입니다.\n";

    private const string Extensions = ".md, .markdown, .mdown, .mkdn, .mkd, .mkdown, .mdwn";

    private sealed record Found(string[] Files, string[] Missing, string[] Notes);

    private static Found Find(FileDiscovery discovery, params string[] paths)
    {
        var missing = new List<string>();
        var notes = new List<Localized>();
        var files = discovery.Find(paths, missing, notes);
        return new Found([.. files.Select(f => f.DisplayPath)], [.. missing], [.. notes.Select(n => n.ToString())]);
    }

    private static FileDiscovery Discovery(string cwd, string[]? include = null, string[]? exclude = null, bool forceExclude = false) =>
        new(cwd, include ?? [], exclude ?? [], cwd, forceExclude);

    private static void Expect(Found found, string[] files, string[] missing, string[] notes)
    {
        Assert.Equal(files, found.Files);
        Assert.Equal(missing, found.Missing);
        Assert.Equal(notes, found.Notes);
    }

    private static string[] Sorted(IEnumerable<string> paths) => [.. paths.Order(StringComparer.Ordinal)];

    [Fact]
    public void No_paths_walk_the_current_folder_and_a_current_folder_that_is_gone_is_reported_as_dot()
    {
        using var site = new TempSite("none");
        site.Write("a.md", Post);
        site.Write("sub/b.markdown", Post);
        site.Write("notes.txt", "");
        var found = Find(Discovery(site.Root));
        Assert.Equal(["a.md", "sub/b.markdown"], found.Files);
        Assert.Empty(found.Missing);
        var files = Discovery(site.Root).Find([], []);
        Assert.Equal([Path.Combine(site.Root, "a.md"), Path.Combine(site.Root, "sub", "b.markdown")], files.Select(f => f.FullPath));

        Expect(Find(Discovery(Path.Combine(site.Root, "gone"))), [], ["."], []);
    }

    [Fact]
    public void A_named_file_that_is_not_markdown_is_left_out_with_a_note_that_offers_include_when_it_has_an_extension()
    {
        using var site = new TempSite("none");
        site.Write("a.md", Post);
        site.Write("LICENSE", "MIT\n");
        site.Write("notes/a.txt", Post);
        var found = Find(Discovery(site.Root), "LICENSE", "notes/a.txt", "a.md", "nowhere.md");
        Assert.Equal(["a.md"], found.Files);
        Assert.Equal(["nowhere.md"], found.Missing);
        Assert.Equal(
            [
                $"skipped 'LICENSE': not a Markdown file ({Extensions})",
                $"skipped 'notes/a.txt': not a Markdown file ({Extensions}); to lint .txt files as Markdown, add \"**/*.txt\" to the config's include",
            ],
            found.Notes);
    }

    [Fact]
    public void Only_an_include_glob_ending_with_star_and_the_extension_makes_a_named_file_markdown()
    {
        using var site = new TempSite("none");
        site.Write("notes/a.txt", Post);
        site.Write("notes/keep.txt", Post);

        var glob = Find(Discovery(site.Root, include: ["**/*.md", "**/*.txt"]), "notes/a.txt");
        Assert.Equal(["notes/a.txt"], glob.Files);
        Assert.Empty(glob.Notes);

        // A file named in include is not a glob of its extension: it stays a text file.
        var named = Find(Discovery(site.Root, include: ["**/*.md", "notes/keep.txt"]), "notes/keep.txt");
        Assert.Empty(named.Files);
        Assert.Empty(named.Missing);
        Assert.Equal([$"skipped 'notes/keep.txt': not a Markdown file ({Extensions}); to lint .txt files as Markdown, add \"**/*.txt\" to the config's include"], named.Notes);

        // The glob must also select the file.
        var other = Find(Discovery(site.Root, include: ["drafts/**/*.txt"]), "notes/a.txt");
        Assert.Empty(other.Files);
        Assert.Single(other.Notes);
    }

    [Fact]
    public void A_named_file_the_config_excludes_is_linted_unless_force_exclude()
    {
        using var site = new TempSite("none");
        site.Write("drafts/a.md", Post);
        site.Write("b.md", Post);
        var plain = Find(Discovery(site.Root, exclude: ["drafts/**"]), "drafts/a.md", "b.md");
        Assert.Equal(["b.md", "drafts/a.md"], plain.Files);
        Assert.Empty(plain.Notes);

        var forced = Find(Discovery(site.Root, exclude: ["drafts/**"], forceExclude: true), "drafts/a.md", "b.md");
        Assert.Equal(["b.md"], forced.Files);
        Assert.Equal(["skipped 'drafts/a.md': the config's include/exclude leave it out (--force-exclude)"], forced.Notes);
    }

    [Fact]
    public void Globs_find_markdown_files_outside_skipped_folders_and_report_what_they_miss()
    {
        using var site = new TempSite("none");
        site.Write("a.md", Post);
        site.Write("posts/b.md", Post);
        site.Write("posts/c.txt", Post);
        site.Write("node_modules/pkg/readme.md", Post);
        site.Write("_site/posts/b.md", Post);
        site.Write("vendor/x.md", Post);
        var discovery = Discovery(site.Root);

        Expect(Find(discovery, "*.md"), ["a.md"], [], []);
        Expect(Find(discovery, "posts/*"), ["posts/b.md"], [], []);
        Expect(Find(discovery, "**/*.md"), ["a.md", "posts/b.md"], [], []);
        Expect(Find(discovery, "drafts/*.md", "*.mkd"), [], ["drafts/*.md", "*.mkd"], []);
        Expect(Find(discovery, "node_modules/**/*.md"), [], ["node_modules/**/*.md"], []);
    }

    [Fact]
    public void Question_marks_and_sets_in_a_quoted_glob_match_as_a_shell_reads_them()
    {
        using var site = new TempSite("none");
        foreach (var name in new[] { "a1.md", "ab.md", "abc.md", "ab1.md", "b1.md", "c].md", "x/a2.md", "x/y/a3.md", "[z.md" })
        {
            site.Write("posts/" + name, Post);
        }

        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "posts/a?.md"), ["posts/a1.md", "posts/ab.md"], [], []);
        Expect(Find(discovery, "./posts/a?.md"), ["posts/a1.md", "posts/ab.md"], [], []);
        Expect(Find(discovery, "posts/[ab]1.md"), ["posts/a1.md", "posts/b1.md"], [], []);
        Expect(Find(discovery, "posts/[a-b]?.md"), ["posts/a1.md", "posts/ab.md", "posts/b1.md"], [], []);
        Expect(Find(discovery, "posts/[a]1.md"), ["posts/a1.md"], [], []);
        Expect(Find(Discovery(Path.Combine(site.Root, "posts")), "?1.md"), ["a1.md", "b1.md"], [], []);
        Expect(Find(discovery, "posts/[!a]*.md"), ["posts/[z.md", "posts/b1.md", "posts/c].md"], [], []);
        Expect(Find(discovery, "posts/[^ab]*.md"), ["posts/[z.md", "posts/c].md"], [], []);
        Expect(Find(discovery, "posts/[]c]*.md"), ["posts/c].md"], [], []);
        Expect(Find(discovery, "posts/**/a?.md"), ["posts/a1.md", "posts/ab.md", "posts/x/a2.md", "posts/x/y/a3.md"], [], []);
        Expect(Find(discovery, "posts/*/a?.md"), ["posts/x/a2.md"], [], []);
        Expect(Find(discovery, "posts/a?/x.md"), [], ["posts/a?/x.md"], []);
        Expect(Find(discovery, "posts/[z*.md"), ["posts/[z.md"], [], []);
        Expect(Find(discovery, "posts/a[/]1.md"), [], ["posts/a[/]1.md"], []);
        Expect(Find(discovery, site.Root.Replace('\\', '/') + "/posts/?1.md"), ["posts/a1.md", "posts/b1.md"], [], []);
    }

    [Fact]
    public void A_double_star_spans_folders_and_stars_and_question_marks_stay_within_a_name_around_it()
    {
        using var site = new TempSite("none");
        foreach (var name in new[] { "a1.md", "ab.md", "abc.md", "ab1.md", "b1.md", "x/a2.md", "x/y/a3.md", "x/y/b1.md" })
        {
            site.Write("posts/" + name, Post);
        }

        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "posts/**/?1.md"), ["posts/a1.md", "posts/b1.md", "posts/x/y/b1.md"], [], []);
        Expect(Find(discovery, "p?sts/**"), ["posts/a1.md", "posts/ab.md", "posts/ab1.md", "posts/abc.md", "posts/b1.md", "posts/x/a2.md", "posts/x/y/a3.md", "posts/x/y/b1.md"], [], []);
        Expect(Find(discovery, "posts/**[ab].md"), ["posts/ab.md"], [], []);
        Expect(Find(discovery, "posts/a*?.md"), ["posts/a1.md", "posts/ab.md", "posts/ab1.md", "posts/abc.md"], [], []);
        Expect(Find(discovery, "posts/a?*"), ["posts/a1.md", "posts/ab.md", "posts/ab1.md", "posts/abc.md"], [], []);
        Expect(Find(discovery, "*/a?.md"), ["posts/a1.md", "posts/ab.md"], [], []);
        // Ending in "/": every file below, as a shell with globstar passes the folders to a walk.
        Expect(Find(discovery, "posts/**/"), ["posts/a1.md", "posts/ab.md", "posts/ab1.md", "posts/abc.md", "posts/b1.md", "posts/x/a2.md", "posts/x/y/a3.md", "posts/x/y/b1.md"], [], []);
    }

    [Fact]
    public void A_set_holds_its_members_as_letters_and_a_set_never_closed_or_across_a_slash_is_letters()
    {
        using var site = new TempSite("none");
        foreach (var name in new[] { "!1.md", "[1.md", "]1.md", "^1.md", "a1.md", "b1.md", "c1.md", "a/1.md", "a[/]1.md" })
        {
            site.Write("posts/" + name, Post);
        }

        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "posts/[!a]1.md"), ["posts/!1.md", "posts/[1.md", "posts/]1.md", "posts/^1.md", "posts/b1.md", "posts/c1.md"], [], []);
        Expect(Find(discovery, "posts/[^a]1.md"), ["posts/!1.md", "posts/[1.md", "posts/]1.md", "posts/^1.md", "posts/b1.md", "posts/c1.md"], [], []);
        // A ] first in a set, after the ! or ^ too, is a member; so are [ and ? (no wildcard inside a set).
        Expect(Find(discovery, "posts/[!]c]1.md"), ["posts/!1.md", "posts/[1.md", "posts/^1.md", "posts/a1.md", "posts/b1.md"], [], []);
        Expect(Find(discovery, "posts/[^]a]1.md"), ["posts/!1.md", "posts/[1.md", "posts/^1.md", "posts/b1.md", "posts/c1.md"], [], []);
        Expect(Find(discovery, "posts/[]?]1.md"), ["posts/]1.md"], [], []);
        Expect(Find(discovery, "posts/[[c]1.md"), ["posts/[1.md", "posts/c1.md"], [], []);
        Expect(Find(discovery, "posts/?[/]1.md"), ["posts/a[/]1.md"], [], []);
        Expect(Find(discovery, "posts/["), [], ["posts/["], []);
        Expect(Find(discovery, "posts/[!"), [], ["posts/[!"], []);
    }

    [Fact]
    public void Dot_and_dot_dot_folders_and_double_slashes_in_a_glob_are_read_as_in_a_path()
    {
        using var site = new TempSite("none");
        site.Write("posts/a1.md", Post);
        site.Write("posts/ab.md", Post);
        site.Write("posts/x/a2.md", Post);
        site.Write("drafts/d1.md", Post);
        var discovery = Discovery(site.Root);
        string[] posts = ["posts/a1.md", "posts/ab.md"];
        Expect(Find(discovery, "posts/./a?.md"), posts, [], []);
        Expect(Find(discovery, "posts/x/../a?.md"), posts, [], []);
        Expect(Find(discovery, "posts/x/../*.md"), posts, [], []);
        Expect(Find(discovery, "posts//a?.md"), posts, [], []);
        Expect(Find(discovery, "posts//*.md"), posts, [], []);
        Expect(Find(discovery, site.Root.Replace('\\', '/') + "/drafts/../posts/./a?.md"), posts, [], []);
        Expect(Find(Discovery(Path.Combine(site.Root, "posts")), "../drafts/d?.md"), ["../drafts/d1.md"], [], []);
        Expect(Find(Discovery(Path.Combine(site.Root, "posts")), "../posts/a?.md"), ["a1.md", "ab.md"], [], []);
    }

    [Fact]
    public void A_glob_whose_every_file_the_config_leaves_out_gets_a_note_and_one_with_some_files_left_does_not()
    {
        using var site = new TempSite("none");
        site.Write("drafts/a.md", Post);
        site.Write("drafts/b.md", Post);
        site.Write("posts/c.md", Post);
        site.Write("posts/d.md", Post);
        var discovery = Discovery(site.Root, exclude: ["drafts/**", "posts/d.md"]);

        Expect(Find(discovery, "drafts/*.md"), [], [], ["'drafts/*.md' matches 2 Markdown files that the config's include/exclude leave out"]);
        Expect(Find(discovery, "drafts/a*.md"), [], [], ["'drafts/a*.md' matches 1 Markdown file that the config's include/exclude leave out"]);
        Expect(Find(discovery, "posts/*.md"), ["posts/c.md"], [], []);
    }

    [Fact]
    public void An_absolute_glob_is_split_into_its_fixed_folder_and_its_pattern()
    {
        using var site = new TempSite("none");
        site.Write("posts/a.md", Post);
        site.Write("posts/b.md", Post);
        site.Write("posts/deep/c.md", Post);
        var discovery = Discovery(site.Root);
        var root = site.Root.Replace('\\', '/');

        Expect(Find(discovery, root + "/posts/*.md"), ["posts/a.md", "posts/b.md"], [], []);
        Expect(Find(discovery, root + "/posts/**/c.md"), ["posts/deep/c.md"], [], []);
        Expect(Find(discovery, root + "/drafts/*.md"), [], [root + "/drafts/*.md"], []);

        // A wildcard in the first folder: the glob starts at the file system's root.
        var first = root.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fromTop = "/" + first[0] + "*/" + string.Join('/', first.Skip(1)) + "/posts/a*.md";
        Expect(Find(discovery, fromTop), ["posts/a.md"], [], []);
    }

    [Fact]
    public void A_glob_finds_the_files_of_a_site_that_lies_below_a_folder_named_like_a_skipped_one()
    {
        using var outer = new TempSite("none");
        outer.Write("vendor/blog/posts/a.md", Post);
        outer.Write("vendor/blog/node_modules/b.md", Post);
        var blog = Path.Combine(outer.Root, "vendor", "blog");
        var discovery = Discovery(blog);
        Expect(Find(discovery, "**/*.md"), ["posts/a.md"], [], []);
        Expect(Find(discovery, "."), ["posts/a.md"], [], []);
        Expect(Find(discovery, blog.Replace('\\', '/') + "/**/*.md"), ["posts/a.md"], [], []);
    }

    [Fact]
    public void Display_paths_are_relative_to_the_current_folder_with_slashes()
    {
        using var outer = new TempSite("none");
        var cwd = Path.Combine(outer.Root, "site");
        var discovery = Discovery(cwd);
        Assert.Equal("posts/a.md", discovery.DisplayPath(Path.Combine(cwd, "posts", "a.md")));
        Assert.Equal(".", discovery.DisplayPath(cwd));
        Assert.Equal(".", discovery.DisplayPath(cwd + Path.DirectorySeparatorChar));
        Assert.Equal("..", discovery.DisplayPath(outer.Root));
        Assert.Equal("../site2/a.md", discovery.DisplayPath(Path.Combine(outer.Root, "site2", "a.md")));
        Assert.Equal("../sit", discovery.DisplayPath(Path.Combine(outer.Root, "sit")));

        // The file system's root as the current folder ends in a separator: paths below it are still relative.
        Assert.Equal(outer.Root.TrimStart('/') + "/a.md", Discovery("/").DisplayPath(Path.Combine(outer.Root, "a.md")));
    }

    [Fact]
    public void Is_selected_checks_the_folders_below_the_config_folder_and_the_globs_but_not_the_file_name()
    {
        using var outer = new TempSite("none");
        var blog = Path.Combine(outer.Root, "vendor", "blog");
        var discovery = new FileDiscovery(outer.Root, [], ["drafts/**"], blog);
        Assert.True(discovery.IsSelected(Path.Combine(blog, "posts", "a.md")));
        Assert.True(discovery.IsSelected(Path.Combine(blog, "_site")));
        Assert.True(discovery.IsSelected(Path.Combine(blog, "node_modules")));
        Assert.False(discovery.IsSelected(Path.Combine(blog, "_site", "a.md")));
        Assert.False(discovery.IsSelected(Path.Combine(blog, "posts", "node_modules", "a.md")));
        Assert.False(discovery.IsSelected(Path.Combine(blog, "drafts", "a.md")));
    }

    [Fact]
    public void A_walk_skips_generated_and_vendored_folders_but_not_hidden_ones_nor_public_outside_hugo()
    {
        using var site = new TempSite("none");
        site.Write("a.md", Post);
        foreach (var skipped in FileDiscovery.SkippedFolders.Where(f => f != ".git"))
        {
            site.Write(skipped + "/x.md", Post);
            site.Write("deeper/" + skipped + "/x.md", Post);
        }

        site.Write(".github/CONTRIBUTING.md", Post);
        site.Write(".hidden.md", Post);
        site.Write("public/p.md", Post);
        site.Write("_notes/n.md", Post);
        site.Write("deeper/d.mkd", Post);
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), [".github/CONTRIBUTING.md", ".hidden.md", "_notes/n.md", "a.md", "deeper/d.mkd", "public/p.md"], [], []);
        string[] walked = [site.Root, Path.Combine(site.Root, ".github"), Path.Combine(site.Root, "public"), Path.Combine(site.Root, "_notes"), Path.Combine(site.Root, "deeper")];
        Assert.Equal(Sorted(walked), Sorted(discovery.FoldersWithoutSiteConfig));
    }

    [Fact]
    public void A_jekyll_walk_leaves_out_underscore_folders_it_does_not_read_and_its_exclude_list()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: t\ncollections:\n  recipes:\n    output: true\nexclude:\n  - notes\n  - \"keep.md/\"\n  - \"old/\"\n  - \"*.bak.md\"\n");
        site.Write("index.md", Post);
        site.Write("keep.md", Post);
        site.Write("a.bak.md", Post);
        site.Write("_posts/2025-01-01-p.md", Post);
        site.Write("_drafts/d.md", Post);
        site.Write("_recipes/r.md", Post);
        site.Write("_tmp/t.md", Post);
        site.Write("notes/n.md", Post);
        site.Write("old/o.md", Post);
        site.Write("public/p.md", Post);
        site.Write("docs/guide.md", Post);
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["_drafts/d.md", "_posts/2025-01-01-p.md", "_recipes/r.md", "docs/guide.md", "index.md", "keep.md", "public/p.md"], [], []);
        string[] walked = ["_posts", "_drafts", "_recipes", "public", "docs"];
        Assert.Equal(Sorted(walked.Select(w => Path.Combine(site.Root, w))), Sorted(discovery.FoldersWithoutSiteConfig));
    }

    [Fact]
    public void Config_include_globs_choose_the_files_of_a_jekyll_site_over_its_exclude_list()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: t\nexclude: [notes]\n");
        site.Write("index.md", Post);
        site.Write("notes/n.md", Post);
        site.Write("_tmp/t.md", Post);
        Expect(Find(Discovery(site.Root, include: ["**/*.md"]), "."), ["index.md", "notes/n.md"], [], []);
        Expect(Find(Discovery(site.Root), "."), ["index.md"], [], []);
    }

    [Fact]
    public void A_jekyll_source_folder_is_walked_even_when_an_exclude_glob_matches_its_relative_name()
    {
        using var site = new TempSite("none");
        site.Write("_config.yml", "title: t\nsource: src\nexclude: [\".*\"]\n");
        site.Write("src/index.md", Post);
        site.Write("src/_posts/2025-01-01-p.md", Post);
        Expect(Find(Discovery(site.Root), "."), ["src/_posts/2025-01-01-p.md", "src/index.md"], [], []);
    }

    [Fact]
    public void A_hugo_walk_enters_only_the_content_folders_unless_include_globs_choose()
    {
        using var site = new TempSite("hugo");
        site.Write("README.md", Post);
        site.Write("content/posts/a.md", Post);
        site.Write("archetypes/default.md", Post);
        site.Write("public/posts/a/index.md", Post);
        site.Write("themes/t/exampleSite/hugo.toml", "title = 'example'\n");
        site.Write("themes/t/exampleSite/content/e.md", Post);
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["content/posts/a.md"], [], []);
        string[] walked = ["content", "content/posts"];
        Assert.Equal(Sorted(walked.Select(w => Path.Combine(site.Root, w))), Sorted(discovery.FoldersWithoutSiteConfig));

        var chosen = Find(Discovery(site.Root, include: ["**/*.md"]), ".");
        Expect(chosen, ["README.md", "archetypes/default.md", "content/posts/a.md", "themes/t/exampleSite/content/e.md"], [], []);
    }

    [Fact]
    public void A_hugo_site_whose_only_config_is_in_config_default_is_walked_by_its_content_folders()
    {
        // Hugo reads config/_default/ when the root holds no config file: the root's CHANGELOG, archetypes and a
        // theme's exampleSite are no pages of the built site.
        using var site = new TempSite("none");
        site.Write("config/_default/config.toml", "baseURL = 'https://example.org/'\ntheme = 'anatole'\n");
        site.Write("config/_default/params.toml", "description = '블로그'\n");
        site.Write("CHANGELOG.md", "## [1.0.0]\n## [0.9.0]\n");
        site.Write("archetypes/post.md", Post);
        site.Write("content/_index.md", Post);
        site.Write("content/post/go-error.md", Post);
        site.Write("content/post/첫-글.md", Post);
        site.Write("exampleSite/config/_default/config.toml", "title = 'example'\n");
        site.Write("exampleSite/content/imprint.md", "Imprint\n");
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["content/_index.md", "content/post/go-error.md", "content/post/첫-글.md"], [], []);
        string[] walked = ["content", "content/post"];
        Assert.Equal(Sorted(walked.Select(w => Path.Combine(site.Root, w))), Sorted(discovery.FoldersWithoutSiteConfig));
    }

    [Fact]
    public void A_config_folder_holding_no_generator_config_leaves_every_markdown_file_in_the_walk()
    {
        using var site = new TempSite("none");
        site.Write("config/settings.md", Post);
        site.Write("config/_default/notes.md", Post);
        site.Write("notes/a.md", Post);
        site.Write("README.md", Post);
        Expect(Find(Discovery(site.Root), "."), ["README.md", "config/_default/notes.md", "config/settings.md", "notes/a.md"], [], []);
    }

    [Fact]
    public void An_astro_walk_enters_both_its_content_folders_and_nothing_else()
    {
        using var site = new TempSite("astro");
        site.Write("README.md", Post);
        site.Write("src/content/blog/a.md", Post);
        site.Write("src/pages/about.md", Post);
        site.Write("src/components/c.md", Post);
        site.Write("public/p.md", Post);
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["src/content/blog/a.md", "src/pages/about.md"], [], []);
        string[] walked = ["src", "src/content", "src/content/blog", "src/pages"];
        Assert.Equal(Sorted(walked.Select(w => Path.Combine(site.Root, w))), Sorted(discovery.FoldersWithoutSiteConfig));
    }

    [Fact]
    public void A_site_root_takes_the_include_globs_of_the_config_nearest_to_its_files()
    {
        // blog/ has its own config choosing every Markdown file; the folder above has none.
        using var outer = new TempSite("none");
        var blog = Path.Combine(outer.Root, "blog");
        var notes = Path.Combine(outer.Root, "notes");
        outer.Write("blog/hugo.toml", "title = 'blog'\n");
        outer.Write("blog/content/a.md", Post);
        outer.Write("blog/archetypes/default.md", Post);
        outer.Write("notes/_config.yml", "title: notes\nexclude: [old]\n");
        outer.Write("notes/old/o.md", Post);
        outer.Write("notes/index.md", Post);
        var chosen = new FileSelection(["**/*.md"], [], blog);
        var chosenNotes = new FileSelection(["**/*.md"], [], notes);
        var none = new FileSelection([], [], outer.Root);
        var discovery = new FileDiscovery(
            outer.Root,
            p => p.StartsWith(blog + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? chosen
                : p.StartsWith(notes + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? chosenNotes : none);
        Expect(Find(discovery, "."), ["blog/archetypes/default.md", "blog/content/a.md", "notes/index.md", "notes/old/o.md"], [], []);
    }

    [Fact]
    public void A_walk_follows_no_linked_folder_and_lints_a_linked_file_only_when_it_leads_to_a_file_inside()
    {
        using var outside = new TempSite("none");
        outside.Write("secret.md", Post);
        outside.Write("folder/s.md", Post);
        using var site = new TempSite("none");
        site.Write("real/r.md", Post);
        site.Write("sub/a.md", Post);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "mirror"), Path.Combine(site.Root, "real"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "escape"), Path.Combine(outside.Root, "folder"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "inside.md"), Path.Combine(site.Root, "real", "r.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "outside.md"), Path.Combine(outside.Root, "secret.md"));
        // Named as a real file deeper down: a link is told by its own entry, not by its name.
        File.CreateSymbolicLink(Path.Combine(site.Root, "a.md"), Path.Combine(outside.Root, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "dangling.md"), Path.Combine(site.Root, "gone.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "hop.md"), Path.Combine(outside.Root, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "chain.md"), Path.Combine(site.Root, "hop.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "loop1.md"), Path.Combine(site.Root, "loop2.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "loop2.md"), Path.Combine(site.Root, "loop1.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "up.md"), Path.Combine(site.Root, ".."));
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["inside.md", "real/r.md", "sub/a.md"], [], []);
        string[] walked = [site.Root, Path.Combine(site.Root, "real"), Path.Combine(site.Root, "sub")];
        Assert.Equal(Sorted(walked), Sorted(discovery.FoldersWithoutSiteConfig));
    }

    [Fact]
    public void A_folder_that_vanishes_during_the_walk_is_left_out()
    {
        using var site = new TempSite("none");
        site.Write("a.md", Post);
        site.Write("gone/b.md", Post);
        var gone = Path.Combine(site.Root, "gone");
        var none = new FileSelection([], [], site.Root);
        var discovery = new FileDiscovery(site.Root, p =>
        {
            // Asked for a.md before the walk lists gone/ (a folder's files come before its subfolders).
            if (Directory.Exists(gone))
            {
                Directory.Delete(gone, recursive: true);
            }

            return none;
        });
        Expect(Find(discovery, "."), ["a.md"], [], []);
        Assert.Equal([site.Root], discovery.FoldersWithoutSiteConfig);
    }

    [Fact]
    public void Inside_a_git_work_tree_a_walk_leaves_out_what_gitignore_ignores()
    {
        using var site = new TempSite("none");
        GitCli.Init(site);
        site.Write(".gitignore", "drafts/\nsecret.md\n*.draft.md\nsub/hidden.md\n");
        site.Write("a.md", Post);
        site.Write("secret.md", Post);
        site.Write("b.draft.md", Post);
        site.Write("drafts/d.md", Post);
        site.Write("sub/c.md", Post);
        site.Write("sub/hidden.md", Post);
        site.Write("sub/secret.md", Post);
        var discovery = Discovery(site.Root);
        Expect(Find(discovery, "."), ["a.md", "sub/c.md"], [], []);
        Expect(Find(discovery, "sub"), ["sub/c.md"], [], []);
        Expect(Find(Discovery(Path.Combine(site.Root, "sub"))), ["c.md"], [], []);

        // Outside a work tree the same .gitignore means nothing.
        using var plain = new TempSite("none");
        plain.Write(".gitignore", "secret.md\n");
        plain.Write("secret.md", Post);
        Expect(Find(Discovery(plain.Root)), ["secret.md"], [], []);
    }

    [Fact]
    public void A_linked_git_work_tree_whose_git_entry_is_a_file_leaves_out_what_gitignore_ignores()
    {
        using var outer = new TempSite("none");
        var main = Path.Combine(outer.Root, "main");
        var linked = Path.Combine(outer.Root, "linked");
        outer.Write("main/.gitignore", "secret.md\n");
        GitCli.Run(main, "init", "-q");
        GitCli.Run(main, "add", ".gitignore");
        GitCli.Run(main, "-c", "user.name=PostLint Tests", "-c", "user.email=tests@postlint.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "ignore");
        GitCli.Run(main, "worktree", "add", "-q", linked);
        Assert.True(File.Exists(Path.Combine(linked, ".git")));
        outer.Write("linked/a.md", Post);
        outer.Write("linked/secret.md", Post);
        Expect(Find(Discovery(linked)), ["a.md"], [], []);
    }

    /// <summary>FileDiscovery with the process's PATH changed: in the collection that runs alone (a nested class, so that
    /// a filter on FileDiscoveryTests selects it too).</summary>
    [Collection(nameof(ProcessEnvironment))]
    public class WithoutGit
    {
        [Fact]
        public void A_walk_in_a_work_tree_without_git_on_the_path_ignores_nothing()
        {
            using var site = new TempSite("none");
            Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
            Directory.CreateDirectory(Path.Combine(site.Root, "no-tools"));
            site.Write(".gitignore", "secret.md\n");
            site.Write("a.md", "# 글\n");
            site.Write("secret.md", "# 비밀\n");
            var path = Environment.GetEnvironmentVariable("PATH");
            IReadOnlyList<LintTarget> files;
            try
            {
                Environment.SetEnvironmentVariable("PATH", Path.Combine(site.Root, "no-tools"));
                files = new FileDiscovery(site.Root, [], [], site.Root).Find(["."], []);
            }
            finally
            {
                Environment.SetEnvironmentVariable("PATH", path);
            }

            Assert.Equal(["a.md", "secret.md"], files.Select(f => f.DisplayPath));
        }
    }
}

/// <summary>Tests that change process-wide state (the environment): run alone, after every parallel test.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;
