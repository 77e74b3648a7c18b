using System.Text.RegularExpressions;

namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Fixture folders under <c>Fixtures/</c> are small sites on disk. Each expected finding is marked on its line with
/// <c>expect: PLnnn</c> (in an HTML comment in the body, a YAML comment in front matter), or anywhere in the file
/// with <c>expect: PLnnn@LINE</c> when the finding's line cannot hold a comment (line 1 of a front matter block).
/// </summary>
public static partial class FixtureSite
{
    [GeneratedRegex(@"expect: (?<id>PL\d{3})(?:@(?<line>\d+))?")]
    private static partial Regex Marker();

    /// <summary>The fixture folder as copied next to the test assembly.</summary>
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Copies a fixture into a fresh temp folder (fixtures bring their own generator config).</summary>
    public static TempSite Copy(string name)
    {
        var site = new TempSite("none");
        var from = Folder(name);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(from, file), File.ReadAllBytes(file));
        }

        return site;
    }

    /// <summary>Lints every Markdown file of the fixture with <paramref name="ruleId"/> and checks the findings are exactly the markers.</summary>
    public static void AssertMarkers(string name, string ruleId)
    {
        using var site = Copy(name);
        var files = Directory.EnumerateFiles(site.Root, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(files);
        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllText(Path.Combine(site.Root, file)).Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in Marker().Matches(lines[i]))
                {
                    if (m.Groups["id"].Value == ruleId)
                    {
                        expected.Add($"{file}:{(m.Groups["line"].Success ? m.Groups["line"].Value : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}");
                    }
                }
            }

            actual.AddRange(RuleHarness.LintFile(site, file, ruleId).Where(d => d.Rule.Id == ruleId).Select(d => $"{file}:{d.Start.Line}"));
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.NotEmpty(expected);
    }
}
