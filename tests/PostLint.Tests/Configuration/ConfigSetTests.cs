using PostLint.Configuration;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Configuration;

public class ConfigSetTests
{
    private const string Post = "---\ntitle: x\ndate: 2025-01-01\n---\n본문입니다.\n";

    private static ConfigSet Set(string cwd) => new(BuiltInRules.CreateCatalog(), cwd, null, null, [], s => s);

    [Fact]
    public void Each_file_gets_its_nearest_config_up_to_the_work_tree_root_as_written_or_with_dot_dot_segments()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, "repo", ".git"));
        var config = site.Write("repo/blog/.postlint.yml", "rules:\n  PL201: off\n");
        site.Write(".postlint.yml", "rules:\n  PL203: off\n");
        var deep = site.Write("repo/blog/2025/01/a.md", Post);
        var near = site.Write("repo/blog/b.md", Post);
        var other = site.Write("repo/notes/c.md", Post);
        var set = Set(Path.Combine(site.Root, "repo", "notes"));

        // The config above the work tree's root is not used: the notes have none (and the run's folder has none).
        Assert.Null(set.PrimaryPath);
        Assert.Null(set.ConfigFor(other));
        Assert.Equal(config, set.ConfigFor(deep));
        Assert.Equal(config, set.ConfigFor(near));

        // Asked again, and by paths written with '..' (a folder walked into from elsewhere), the answers stay.
        var roundabout = Path.Combine(site.Root, "repo", "notes", "..", "blog", "2025", "01", "a.md");
        var back = Path.Combine(site.Root, "repo", "blog", "2025", "..", "..", "notes", "c.md");
        Assert.Equal(config, set.ConfigFor(roundabout));
        Assert.Null(set.ConfigFor(back));
        Assert.Equal(config, set.ConfigFor(deep));
        Assert.Null(set.ConfigFor(other));
    }

    [Fact]
    public void The_answer_for_every_folder_is_what_a_search_from_that_folder_finds()
    {
        using var site = new TempSite("none");
        File.WriteAllText(Path.Combine(site.Root, ".git"), "gitdir: /elsewhere\n");
        site.Write("a/.postlint.yml", "rules: {}\n");
        site.Write("a/b/c/.postlint.yml", "rules: {}\n");
        string[] files = ["a/x.md", "a/b/x.md", "a/b/c/x.md", "a/b/c/d/x.md", "e/x.md", "x.md", "a/b/e/f/x.md"];
        foreach (var f in files)
        {
            site.Write(f, Post);
        }

        var set = Set(site.Root);
        foreach (var f in files.Reverse())
        {
            var full = Path.Combine(site.Root, f);
            Assert.Equal(ConfigLoader.Discover(Path.GetDirectoryName(full)!), set.ConfigFor(full));
        }

        Assert.Equal(Path.Combine(site.Root, "a", "b", "c", ".postlint.yml"), set.ConfigFor(Path.Combine(site.Root, "a", "b", "c", "d", "x.md")));
        Assert.Equal(Path.Combine(site.Root, "a", ".postlint.yml"), set.ConfigFor(Path.Combine(site.Root, "a", "b", "e", "f", "x.md")));
        Assert.Null(set.ConfigFor(Path.Combine(site.Root, "e", "x.md")));
    }
}
