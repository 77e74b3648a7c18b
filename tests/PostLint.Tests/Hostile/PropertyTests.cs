using System.Text;
using CsCheck;
using PostLint.Configuration;
using PostLint.Engine;
using PostLint.Fuzz;
using PostLint.Reporting;
using PostLint.Rules;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Hostile;

/// <summary>Property tests over generated posts and random bytes (the long run is tests/PostLint.Fuzz).</summary>
public class PropertyTests
{
    [Fact]
    public void Generated_posts_never_crash_and_every_range_lies_inside_the_file()
    {
        using var checks = new FuzzChecks();
        PostGenerator.PostBytes.Sample(bytes => checks.Check(bytes) is null, iter: 400, threads: 1);
    }

    [Fact]
    public void Random_bytes_never_crash()
    {
        using var checks = new FuzzChecks();
        Gen.Byte.Array[0, 3000].Sample(bytes => checks.Check(bytes) is null, iter: 300, threads: 1);
    }

    [Fact]
    public void Output_is_the_same_whatever_the_thread_count()
    {
        using var site = new TempSite();
        var posts = PostGenerator.Post.Array[40, 40].Generate(new PCG(20250301), null, out _);
        for (var i = 0; i < posts.Length; i++)
        {
            site.WriteBytes($"_posts/2025-01-{i % 28 + 1:00}-post-{i}.md", Encoding.UTF8.GetBytes(posts[i]));
        }

        string Render(int threads)
        {
            var errors = new List<ConfigError>();
            var settings = ConfigLoader.Load(BuiltInRules.CreateCatalog(), null, null, ["all"], [], errors);
            var linter = new Linter(new LintSettings
            {
                Catalog = settings.Catalog,
                ActiveRules = settings.ActiveRules,
                Enabled = settings.Enabled,
                Now = RuleHarness.FixedNow,
                MaxParallelism = threads,
            }, new SiteLocator(null, site.Root));
            var targets = new FileDiscovery(site.Root, [], [], site.Root).Find(["."], []);
            var output = new StringWriter();
            new JsonReporter().Write(linter.Run(targets), output, new ReportOptions());
            return output.ToString();
        }

        var one = Render(1);
        Assert.Contains("\"diagnostics\"", one, StringComparison.Ordinal);
        Assert.Equal(one, Render(2));
        Assert.Equal(one, Render(8));
    }
}
