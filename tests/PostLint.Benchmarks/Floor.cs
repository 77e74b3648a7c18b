using PostLint.Configuration;
using PostLint.Engine;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Benchmarks;

/// <summary>Reads and parses every file exactly as a lint run does, with no rule active: the cost floor.</summary>
public static class Floor
{
    public static int Run(string[] paths)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var errors = new List<ConfigError>();
        var settings = ConfigLoader.Load(catalog, null, null, [], [], errors);
        var cwd = Directory.GetCurrentDirectory();
        var targets = new FileDiscovery(cwd, [], [], cwd).Find(paths, []);
        var run = new Linter(settings, new SiteLocator(null, cwd)).Run(targets);
        Console.WriteLine($"floor: {run.Files.Count} files read and parsed in {run.Elapsed.TotalSeconds:0.00}s");
        return 0;
    }
}
