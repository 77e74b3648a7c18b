using PostLint.Diagnostics;

namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Runs a fixture folder (<c>Fixtures/PLnnn-name/</c>, a small site) through the real engine: every post under it must
/// give exactly the findings its <c>&lt;!-- expect: … --&gt;</c> markers name, render as its <c>.snap.txt</c>, and, when
/// it has fixes, become its <c>.fixed.md</c> with every safe fix applied, which must then have no fixable finding left.
/// <c>POSTLINT_UPDATE_SNAPSHOTS=1</c> rewrites the snapshots in the source tree.
/// </summary>
public static class RuleFixture
{
    public static void Verify(string folder, string select)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", folder);
        using var site = new TempSite(kind: "none");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!relative.StartsWith("expected", StringComparison.Ordinal))
            {
                site.WriteBytes(relative, File.ReadAllBytes(file));
            }
        }

        var posts = Directory.GetFiles(source, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(source, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("expected/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(posts);
        foreach (var post in posts)
        {
            var text = File.ReadAllText(Path.Combine(source, post));
            var found = RuleHarness.LintFile(site, post, select);
            Assert.Equal(EditScript.Expectations(text), found.Select(d => $"{d.Start.Line} {d.Rule.Id}").Order(StringComparer.Ordinal).ToArray());

            var name = Path.GetFileNameWithoutExtension(post);
            var snapshot = string.Concat(found.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToName()} {d.Rule.Id} {d.Rule.Name}: {d.Message}{(d.Fix is { } f ? $" [fix, {f.Safety.ToString().ToLowerInvariant()}: {f.Title}]" : "")}\n"));
            Snapshot(folder, name + ".snap.txt", snapshot);

            if (found.Any(d => d.Fix is not null))
            {
                var fixedText = EditScript.Apply(text, found);
                Snapshot(folder, name + ".fixed.md", fixedText);
                site.Write(post, fixedText);
                Assert.DoesNotContain(RuleHarness.LintFile(site, post, select), d => d.Fix is { Safety: FixSafety.Safe });
            }
        }
    }

    private static void Snapshot(string folder, string file, string actual)
    {
        var path = Repo.Path("tests", "PostLint.Tests", "Fixtures", folder, "expected", file);
        if (Repo.UpdateSnapshots)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"missing snapshot {path}; run with POSTLINT_UPDATE_SNAPSHOTS=1");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));
    }
}
