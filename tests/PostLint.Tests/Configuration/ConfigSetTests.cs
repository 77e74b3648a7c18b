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

    [Fact]
    public void Used_counts_the_files_of_each_config_most_files_first_then_by_path()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var a = site.Write("a/.postlint.yml", "rules: {}\n");
        var b = site.Write("b/.postlint.yml", "rules: {}\n");
        var set = Set(site.Root);
        set.CountUse(site.Write("b/1.md", Post));
        set.CountUse(site.Write("a/1.md", Post));
        set.CountUse(site.Write("top.md", Post));
        set.CountUse(site.Write("b/2.md", Post));

        // b has two files; a and the defaults ("") one each, in the order of their paths.
        Assert.Equal([(b, 2), ("", 1), (a, 1)], set.Used);
        Assert.Equal("a/.postlint.yml", set.Display(a));
    }

    [Fact]
    public void A_config_named_on_the_command_line_applies_to_every_file_even_one_beside_another_config()
    {
        using var site = new TempSite("none");
        var named = site.Write("cfg/named.yml", "rules:\n  PL201: off\n");
        site.Write(".postlint.yml", "rules:\n  PL301: off\n");
        site.Write("blog/.postlint.yml", "rules:\n  PL203: off\n");
        var post = site.Write("blog/a.md", Post);
        var set = new ConfigSet(BuiltInRules.CreateCatalog(), site.Root, named, null, [], s => s);

        Assert.Equal(named, set.PrimaryPath);
        Assert.Equal(named, set.ConfigFor(post));
        Assert.Same(set.Primary, set.For(post));
        Assert.False(set.For(post).Enabled.ContainsKey("PL201"));
        Assert.True(set.For(post).Enabled.ContainsKey("PL203"));
        Assert.Single(set.All);
    }

    [Fact]
    public void Each_config_is_read_once_with_the_adjustment_and_the_command_line_over_it()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        site.Write(".postlint.yml", "rules:\n  PL203: off\n");
        site.Write("blog/.postlint.yml", "rules:\n  PL201: off\n");
        var top = site.Write("top.md", Post);
        var first = site.Write("blog/a.md", Post);
        var second = site.Write("blog/b.md", Post);
        var clock = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var set = new ConfigSet(BuiltInRules.CreateCatalog(), site.Root, null, null, ["PL301"], s => s with { Now = clock });

        Assert.Same(set.Primary, set.For(top));
        var blog = set.For(first);
        Assert.Same(blog, set.For(second));
        Assert.NotSame(set.Primary, blog);
        Assert.Equal(2, set.All.Count());
        Assert.Same(set.Primary, set.All.First());
        Assert.All(set.All, s => Assert.Equal(clock, s.Now));
        Assert.All(set.All, s => Assert.False(s.Enabled.ContainsKey("PL301")));
        Assert.False(set.Primary.Enabled.ContainsKey("PL203"));
        Assert.True(set.Primary.Enabled.ContainsKey("PL201"));
        Assert.False(blog.Enabled.ContainsKey("PL201"));
        Assert.True(blog.Enabled.ContainsKey("PL203"));
    }

    [Fact]
    public void An_unknown_rule_on_the_command_line_is_one_error_however_many_configs_are_read()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        site.Write(".postlint.yml", "rules: {}\n");
        site.Write("a/.postlint.yml", "rules:\n  PL999: off\n");
        site.Write("b/.postlint.yml", "rules:\n  PL999: off\n");
        var set = new ConfigSet(BuiltInRules.CreateCatalog(), site.Root, null, ["PL998"], [], s => s);
        Assert.Single(set.Errors);
        set.For(site.Write("a/x.md", Post));
        set.For(site.Write("b/x.md", Post));

        // --select's error once, and the same error of each of the two configs (same line, column and text).
        var errors = set.Errors.Select(e => e.ToString()).ToArray();
        Assert.Equal(3, errors.Length);
        Assert.Contains("PL998", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("a/.postlint.yml:2:3: unknown rule 'PL999'", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("b/.postlint.yml:2:3: unknown rule 'PL999'", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_no_config_above_it_gets_the_run_s_config()
    {
        using var run = new TempSite("none");
        using var elsewhere = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(run.Root, ".git"));
        var primary = run.Write(".postlint.yml", "rules:\n  PL201: off\n");
        var set = Set(Path.Combine(run.Root, "sub"));
        Assert.Equal(primary, set.PrimaryPath);
        var outside = elsewhere.Write("notes/x.md", Post);
        Assert.Equal(primary, set.ConfigFor(outside));
        Assert.Same(set.Primary, set.For(outside));
    }

    [Fact]
    public void A_folder_s_answer_is_kept_for_the_run_however_its_path_is_written()
    {
        using var site = new TempSite("none");
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        var post = site.Write("blog/a.md", Post);
        var set = Set(site.Root);
        Assert.Null(set.ConfigFor(post));

        // A config written during the run is not seen: each folder is looked at once, also by another spelling of its path.
        site.Write("blog/.postlint.yml", "rules:\n  PL201: off\n");
        Assert.Null(set.ConfigFor(post));
        Assert.Null(set.ConfigFor(Path.Combine(site.Root, "blog", ".", "a.md")));
        Assert.Null(set.ConfigFor(Path.Combine(site.Root, "other", "..", "blog", "a.md")));
        Assert.Equal(Path.Combine(site.Root, "blog", ".postlint.yml"), Set(site.Root).ConfigFor(post));
    }

    [Fact]
    public void The_root_folder_has_no_folder_above_it_and_gets_the_run_s_config()
    {
        using var site = new TempSite("none");
        var config = site.Write(".postlint.yml", "rules:\n  PL201: off\n");
        var set = Set(site.Root);
        Assert.Equal(config, set.PrimaryPath);
        Assert.Equal(config, set.ConfigFor(Path.GetPathRoot(site.Root)!));
    }
}
