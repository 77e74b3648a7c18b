using System.Text.Json;
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

    [Fact]
    public void The_vs_code_extension_has_its_words_in_both_languages()
    {
        var folder = Repo.Path("src", "vscode");
        var manifest = File.ReadAllText(Path.Combine(folder, "package.json"));
        var english = Strings(Path.Combine(folder, "package.nls.json"));
        var korean = Strings(Path.Combine(folder, "package.nls.ko.json"));
        var used = NlsKey().Matches(manifest).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);
        Assert.Equal(used.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), korean.Keys.Order(StringComparer.Ordinal));
        var problems = korean.Where(p => !Hangul().IsMatch(p.Value)).Select(p => $"package.nls.ko.json: {p.Key} is not Korean").ToList();
        problems.AddRange(korean.SelectMany(p => StyleProblems($"package.nls.ko.json: {p.Key}", p.Value)));

        // Every text the extension shows through vscode.l10n.t has its Korean twin, with the same {0} {1} placeholders.
        var bundle = Strings(Path.Combine(folder, "l10n", "bundle.l10n.ko.json"));
        var shown = Directory.GetFiles(Path.Combine(folder, "src"), "*.ts")
            .SelectMany(f => L10nCall().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(shown);
        foreach (var text in shown)
        {
            if (!bundle.TryGetValue(text, out var ko))
            {
                problems.Add($"bundle.l10n.ko.json has no '{text}'");
                continue;
            }

            if (!IndexPlaceholders().Matches(text).Select(m => m.Value).Order().SequenceEqual(IndexPlaceholders().Matches(ko).Select(m => m.Value).Order()))
            {
                problems.Add($"bundle.l10n.ko.json: the placeholders of '{text}' differ");
            }

            problems.AddRange(StyleProblems("bundle.l10n.ko.json", ko));
        }

        Assert.Empty(problems);
    }

    private static Dictionary<string, string> Strings(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"""%([A-Za-z0-9.]+)%""")]
    private static partial Regex NlsKey();

    [GeneratedRegex(@"vscode\.l10n\.t\(\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex L10nCall();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex IndexPlaceholders();

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
