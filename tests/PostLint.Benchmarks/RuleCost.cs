using System.Diagnostics;
using PostLint.Configuration;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Rules;
using PostLint.Sites;

namespace PostLint.Benchmarks;

/// <summary>
/// `rule-cost PATHS...`: where a run's time goes. Reads every file into memory once, then lints all of them once with every rule
/// (warm-up), then on one thread with no rule (the floor: decode, front matter, Markdig) and with each rule alone; prints each rule's cost
/// over the floor. Single-threaded and in memory, so disk and scheduling do not blur the figures.
/// </summary>
public static class RuleCost
{
    public static int Run(string[] paths)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var errors = new List<ConfigError>();
        var all = ConfigLoader.Load(catalog, null, null, null, [], errors);
        var cwd = Directory.GetCurrentDirectory();
        var targets = new FileDiscovery(cwd, [], [], cwd).Find(paths, []);
        var files = targets.Select(t => (Target: t, Bytes: File.ReadAllBytes(t.FullPath))).ToList();
        var sites = new SiteLocator(null, cwd);
        Console.WriteLine($"{files.Count} files, {files.Sum(f => (long)f.Bytes.Length) / (1 << 20)} MB");

        double Time(LintSettings settings, out int findings)
        {
            var linter = new Linter(settings with { MaxParallelism = 1 }, sites);
            var best = double.MaxValue;
            findings = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var n = 0;
                var watch = Stopwatch.StartNew();
                foreach (var (target, bytes) in files)
                {
                    n += linter.LintBytes(target, bytes).Diagnostics.Count;
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                findings = n;
            }

            return best;
        }

        // Every rule once first: the JIT tiers up the code all runs share, and the floor is not charged for it.
        Time(all, out _);
        var floor = Time(all with { ActiveRules = [] }, out _);
        Console.WriteLine($"floor {floor,10:0} ms");
        var only = Environment.GetEnvironmentVariable("RULES")?.Split(',');
        foreach (var active in all.ActiveRules)
        {
            if (only is not null && !only.Contains(active.Rule.Descriptor.Id))
            {
                continue;
            }

            var t = Time(all with { ActiveRules = [active] }, out var findings);
            Console.WriteLine($"{active.Rule.Descriptor.Id} {active.Rule.Descriptor.Name,-32} +{t - floor,8:0} ms  {findings,7} findings");
        }

        var total = Time(all, out var allFindings);
        Console.WriteLine($"all rules {total,10:0} ms ({total / floor:0.00}x floor), {allFindings} findings");
        return 0;
    }
}
