using System.Text.RegularExpressions;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>The command line writes through the catalog: no English-only message is left in its code.</summary>
public partial class MessageCatalogTests
{
    [Fact]
    public void The_command_line_writes_its_messages_through_the_catalog()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(Repo.Path("src", "PostLint.Cli"), "*.cs", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("CliMessages", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (CliLiteralMessage().Match(lines[i]) is { Success: true } m)
                {
                    problems.Add($"{name}:{i + 1}: {m.Value.Trim()} (add the message to CliMessages with its Korean text)");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("env.Error.WriteLine($\"postlint: {shown} was not written by postlint\");")]
    [InlineData("env.Out.WriteLine(\"Removed the hook\");")]
    [InlineData("env.Error.WriteLine(files == 0 ? \"postlint: nothing fixed\" : Fixed());")]
    [InlineData("result.AddError(\"--diff writes no report\");")]
    [InlineData("return $\"--site-root '{root}' does not exist\";")]
    [InlineData("    : $\"postlint: --config '{config}' is a folder\");")]
    public void The_scan_finds_english_literals(string line) => Assert.Matches(CliLiteralMessage(), line);

    [Theory]
    [InlineData("env.Error.WriteLine(CliMessages.HookNotOurs.Format(env.Language, shown));")]
    [InlineData("_error.Write(\"\\r\\u001b[K\");")]
    [InlineData("var command = new Command(\"lsp\", \"Run the language server for editors\");")]
    [InlineData("o.AcceptOnlyFromAmong(\"error\", \"warning\", \"info\", \"never\");")]
    [InlineData("SarifCategory = parse.GetValue(CliOptions.SarifCategory) ?? \"postlint\",")]
    public void The_scan_lets_catalog_calls_and_names_through(string line) => Assert.DoesNotMatch(CliLiteralMessage(), line);

    // A string literal written, added as a parse error, returned as a message, or any literal starting "postlint: ".
    [GeneratedRegex(@"(\b(WriteLine|AddError)\(\s*\$?""|\bWrite\(\s*\$?""[^\\""]|\$?""postlint: |\breturn \$?""-)")]
    private static partial Regex CliLiteralMessage();
}
