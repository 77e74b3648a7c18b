using System.Text.Json;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Fixing;

/// <summary>
/// Every rule that can fix is tested the same way, on its fixture folder <c>Fixtures/PLnnn-name/</c> (a small site, found
/// by convention, so a new fixable rule is covered as soon as its fixture exists): the rule offers a fix there; after
/// <c>--fix --unsafe-fixes</c> no finding with a fix is left; each <c>X.fixed.md</c> beside <c>X.md</c> is exactly the
/// fixed file; and a second <c>--fix</c> changes nothing.
/// </summary>
public class FixableRulesTests
{
    public static TheoryData<string> FixableRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in BuiltInRules.All.Where(r => r.Descriptor.Fix != FixAvailability.None))
        {
            data.Add(rule.Descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixableRuleIds))]
    public void Fixing_the_rule_fixture_leaves_no_fixable_finding_and_is_idempotent(string id)
    {
        var rule = BuiltInRules.CreateCatalog().Find(id)!;
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", $"{rule.Id}-{rule.Name}");
        Assert.True(Directory.Exists(fixture), $"{rule.Id} can fix, so it needs a fixture folder Fixtures/{rule.Id}-{rule.Name}/ with a post its fix applies to");

        using var site = new TempSite("none");
        var inputs = Directory.GetFiles(fixture, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".fixed.md", StringComparison.Ordinal)).ToArray();
        foreach (var file in inputs)
        {
            site.WriteBytes(Path.GetRelativePath(fixture, file), File.ReadAllBytes(file));
        }

        // Each folder is linted with its nearest .postlint.yml: a folder whose config is broken on purpose (a fixture of
        // a config error) cannot be fixed, so it is left out.
        foreach (var config in Directory.GetFiles(site.Root, ".postlint.yml", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(config)!;
            if (folder != site.Root && site.Run(Path.GetRelativePath(site.Root, folder), "--fail-level", "never").ExitCode == 2)
            {
                Directory.Delete(folder, recursive: true);
                inputs = inputs.Where(f => !Path.GetFullPath(Path.Combine(site.Root, Path.GetRelativePath(fixture, f))).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToArray();
            }
        }

        var before = Findings(site.Run("--format", "json", "--fail-level", "never"));
        Assert.Contains(before, f => f.RuleId == rule.Id && f.HasFix);

        var fixedRun = site.Run("--fix", "--unsafe-fixes", "--format", "json", "--fail-level", "never");
        Assert.Equal(0, fixedRun.ExitCode);
        var notFixed = fixedRun.Error.Split('\n').Where(l => l.Contains(": not fixed: ", StringComparison.Ordinal)).ToArray();
        var left = Findings(fixedRun).Where(f => f.HasFix && !notFixed.Any(l => l.StartsWith($"postlint: {f.Path}:", StringComparison.Ordinal)));
        Assert.Empty(left);

        foreach (var expected in Directory.GetFiles(fixture, "*.fixed.md", SearchOption.AllDirectories))
        {
            // X.fixed.md sits beside X.md, or in an expected/ folder naming an input anywhere in the fixture.
            var relative = Path.GetRelativePath(fixture, expected)[..^".fixed.md".Length] + ".md";
            if (!File.Exists(Path.Combine(site.Root, relative)))
            {
                relative = inputs.Select(f => Path.GetRelativePath(fixture, f)).FirstOrDefault(f => Path.GetFileName(f) == Path.GetFileName(relative)) ?? relative;
            }

            Assert.True(File.Exists(Path.Combine(site.Root, relative)), $"{expected} has no input {relative}");
            Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(Path.Combine(site.Root, relative)));
        }

        var snapshot = inputs.Select(f => File.ReadAllBytes(Path.Combine(site.Root, Path.GetRelativePath(fixture, f)))).ToArray();
        var again = site.Run("--fix", "--unsafe-fixes", "--fail-level", "never");
        Assert.Contains("postlint: nothing fixed", again.Error, StringComparison.Ordinal);
        Assert.Equal(snapshot, inputs.Select(f => File.ReadAllBytes(Path.Combine(site.Root, Path.GetRelativePath(fixture, f)))).ToArray());
    }

    private sealed record Finding(string Path, string RuleId, bool HasFix);

    private static Finding[] Findings(CliResult result)
    {
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Finding(d.GetProperty("path").GetString()!, d.GetProperty("ruleId").GetString()!, d.GetProperty("fix").ValueKind == JsonValueKind.Object))
            .ToArray();
    }
}
