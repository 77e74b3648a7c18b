using System.Text.RegularExpressions;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Sites;

/// <summary>
/// Whole sites as their generators make them (<c>Fixtures/sites/</c>: a fresh <c>hugo new site</c> with
/// <c>hugo new posts/첫-글.md</c>, the Astro blog starter's files, a <c>jekyll new</c> site), each with posts added for
/// the generator's cases. <c>postlint .</c> with every default rule must report exactly the <c>expect:</c> markers:
/// nothing in the generator's own folders (archetypes, themes), nothing on a correct post.
/// </summary>
public partial class GeneratorSiteTests
{
    [GeneratedRegex(@"expect: (?<id>PL\d{3})(?:@(?<line>\d+))?")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<path>[^:]+):(?<line>\d+):\d+: \w+ (?<id>PL\d{3}) ")]
    private static partial Regex Finding();

    [Theory]
    [InlineData("hugo", "")]
    [InlineData("jekyll-new", "")]
    [InlineData("astro-blog", "placeholder-date")] // pubDate: 'Jul 08 2022' follows Astro's date grammar: issue 15's dates work
    public void Reports_exactly_the_marked_findings(string name, string ignore)
    {
        using var site = FixtureSite.Copy(Path.Combine("sites", name));
        var expected = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("_config", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var lines = File.ReadAllText(file).Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in Marker().Matches(lines[i]))
                {
                    expected.Add($"{relative}:{(m.Groups["line"].Success ? m.Groups["line"].Value : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))} {m.Groups["id"].Value}");
                }
            }
        }

        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["POSTLINT_NOW"] = "2026-12-03T00:00:00Z" }, false, ignore.Length == 0 ? ["."] : [".", "--ignore", ignore]);
        var actual = result.Findings.Select(l => Finding().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups["path"].Value}:{m.Groups["line"].Value} {m.Groups["id"].Value}").ToList();
        Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal)), $"expected:\n{string.Join('\n', expected.Order(StringComparer.Ordinal))}\nactual:\n{result.Out}{result.Error}");
    }
}
