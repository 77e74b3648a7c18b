using System.Text.RegularExpressions;

namespace PostLint.Tests.Infrastructure;

/// <summary>
/// Fixture sites whose expectations sit on the offending lines: <c>&lt;!-- expect: PL301 --&gt;</c> in the body,
/// <c># expect: PL301</c> in front matter. The fixture is copied to a temp site (the output folder is git-ignored), every
/// Markdown file is linted with the real engine, and the (file, line, rule) set must equal the markers' set.
/// </summary>
public static partial class ExpectMarkers
{
    [GeneratedRegex(@"expect:\s*(?<ids>PL\d{3}(?:\s*,\s*PL\d{3})*)")]
    private static partial Regex Marker();

    public static void AssertFixture(string fixtureName, string select)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixtureName);
        using var site = new TempSite("none");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            site.WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        var expected = new SortedSet<string>(StringComparer.Ordinal);
        var actual = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(site.Root, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var id in Marker().Matches(lines[i]).SelectMany(m => m.Groups["ids"].Value.Split(',')))
                {
                    expected.Add($"{relative}:{i + 1} {id.Trim()}");
                }
            }

            foreach (var d in RuleHarness.LintFile(site, relative, select))
            {
                actual.Add($"{relative}:{d.Start.Line} {d.Rule.Id}");
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }
}
