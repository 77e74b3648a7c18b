using System.Text.RegularExpressions;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Cli;

/// <summary>One setting names the project's home (PostLintHome in src/Directory.Build.props); everything else follows it.</summary>
public partial class ProjectHomeTests
{
    private static string Props => File.ReadAllText(Repo.Path("src", "Directory.Build.props"));

    private static string Setting(string name) => Regex.Match(Props, $"<{name}>([^<]+)</{name}>").Groups[1].Value;

    [Fact]
    public void The_tool_reads_its_home_from_the_one_setting()
    {
        var home = Setting("PostLintHome");
        Assert.StartsWith("https://github.com/", home, StringComparison.Ordinal);
        Assert.Equal(home, RuleCatalog.ProjectUri);
        Assert.StartsWith(home + "/blob/main/src/PostLint.Rules/", BuiltInRules.CreateCatalog().Find("PL201")!.HelpUri, StringComparison.Ordinal);
        Assert.Contains("<PackageProjectUrl>$(PostLintHome)</PackageProjectUrl>", Props, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_examples_name_the_home_and_the_version_and_say_where_to_change_them()
    {
        var home = Setting("PostLintHome");
        var slug = home["https://github.com/".Length..];
        var tag = "v" + Setting("Version");
        // The README's short examples and the command-line reference's full ones.
        var readme = File.ReadAllText(Repo.Path("README.md")) + File.ReadAllText(Repo.Path("src", "PostLint.Cli", "README.md"));
        Assert.DoesNotContain("OWNER/", readme, StringComparison.Ordinal);

        var repos = RepoLine().Matches(readme).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(repos);
        Assert.All(repos, r => Assert.Equal(home, r));
        Assert.All(RevLine().Matches(readme).Select(m => m.Groups[1].Value), r => Assert.Equal(tag, r));

        var uses = UsesLine().Matches(readme).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Equal($"{slug}@{tag}", u));
        Assert.Contains("`PostLintHome` in `src/Directory.Build.props`", readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"- repo: (\S+)")]
    private static partial Regex RepoLine();

    [GeneratedRegex(@"\brev: (\S+)")]
    private static partial Regex RevLine();

    [GeneratedRegex(@"uses: (\S+/postlint@\S+)")]
    private static partial Regex UsesLine();
}
