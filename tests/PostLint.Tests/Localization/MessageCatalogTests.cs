using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using PostLint.Cli;
using PostLint.Localization;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

/// <summary>
/// The message catalog is complete: every message, rule title, rule doc and help text exists in English and Korean,
/// with the same placeholders, in the glossary's words and one polite style.
/// </summary>
public partial class MessageCatalogTests
{
    private static readonly Assembly[] Assemblies = [typeof(Message).Assembly, typeof(BuiltInRules).Assembly, typeof(App).Assembly, typeof(PostLint.Lsp.LspServer).Assembly];

    /// <summary>Every catalog message: static fields of type <see cref="Message"/> or lists of them, in every type of the tool.</summary>
    public static IEnumerable<(string Where, Message Message)> AllMessages()
    {
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType == typeof(Message))
                {
                    yield return ($"{type.Name}.{field.Name}", (Message)field.GetValue(null)!);
                }
                else if (typeof(IEnumerable<Message>).IsAssignableFrom(field.FieldType) && field.GetValue(null) is IEnumerable<Message> list)
                {
                    var i = 0;
                    foreach (var m in list)
                    {
                        yield return ($"{type.Name}.{field.Name}[{i++}]", m);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_catalog_is_found()
    {
        var all = AllMessages().ToArray();
        Assert.True(all.Length > 100, $"only {all.Length} messages found");
        Assert.Contains(all, m => m.Message == CoreMessages.Summary);
        Assert.Contains(all, m => m.Message == CliMessages.ExplainUnknown);
    }

    [Fact]
    public void Every_message_exists_in_both_languages_with_the_same_placeholders()
    {
        var problems = new List<string>();
        foreach (var (where, m) in AllMessages())
        {
            if (string.IsNullOrWhiteSpace(m.English) || string.IsNullOrWhiteSpace(m.Korean))
            {
                problems.Add($"{where}: empty text");
                continue;
            }

            var english = m.Names.Order(StringComparer.Ordinal);
            var korean = Message.ParseNames(m.Korean).Order(StringComparer.Ordinal);
            if (!english.SequenceEqual(korean))
            {
                problems.Add($"{where}: placeholders differ: en {{{string.Join("} {", m.Names)}}}, ko {{{string.Join("} {", Message.ParseNames(m.Korean))}}}");
            }

            if (Particle().IsMatch(m.English))
            {
                problems.Add($"{where}: a Korean particle placeholder in the English text");
            }

            foreach (var stray in Message.StrayParticles(m.Korean))
            {
                problems.Add($"{where}: particle {{{stray}}} does not follow a placeholder");
            }

            if (Latin().IsMatch(Untranslatable().Replace(Placeholders().Replace(m.English, ""), "")) && !Hangul().IsMatch(m.Korean))
            {
                problems.Add($"{where}: the Korean text is not Korean: {m.Korean}");
            }

            problems.AddRange(StyleProblems(where, m.Korean));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_help_text_of_the_command_tree_is_in_the_catalog()
    {
        var known = CliMessages.Help.Select(m => m.English).ToHashSet(StringComparer.Ordinal);
        var root = BuildRoot();
        var missing = new List<string>();
        void Visit(Command command)
        {
            Check(command.Description);
            foreach (var o in command.Options)
            {
                Check(o.Description);
            }

            foreach (var a in command.Arguments)
            {
                Check(a.Description);
            }

            foreach (var sub in command.Subcommands)
            {
                Visit(sub);
            }
        }

        void Check(string? description)
        {
            if (!string.IsNullOrEmpty(description) && !known.Contains(description))
            {
                missing.Add(description);
            }
        }

        Visit(root);
        Assert.Empty(missing);
    }

    [Fact]
    public void Help_is_korean_for_every_command()
    {
        var korean = new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8" };
        foreach (var command in BuildRoot().Subcommands.Select(c => c.Name).Prepend(""))
        {
            string[] args = command.Length == 0 ? ["--help"] : [command, "--help"];
            var result = CliRunner.Run(Path.GetTempPath(), korean, false, args);
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("설명:\n", result.Out, StringComparison.Ordinal);
            Assert.Contains("\n사용법:\n", result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("Description:", result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("Show help", result.Out, StringComparison.Ordinal);
            var english = CliRunner.Run(Path.GetTempPath(), korean, false, [.. args, "--lang", "en"]);
            Assert.StartsWith("Description:\n", english.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleCatalogIds))]
    public void Every_rule_has_a_korean_title_and_doc_with_the_english_outline(string id)
    {
        var catalog = BuiltInRules.CreateCatalog();
        var d = catalog.Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(d.KoreanTitle), $"{id} has no Korean title");
        Assert.Matches(Hangul(), d.KoreanTitle!);
        var english = BuiltInRules.GetDoc(d, Language.English)!;
        var korean = BuiltInRules.GetDoc(d, Language.Korean);
        Assert.True(korean is not null, $"{id} has no Korean doc {d.DocFileNameIn(Language.Korean)} beside {d.DocFileName}");
        Assert.StartsWith($"# {d.Id} {d.Name}\n", korean, StringComparison.Ordinal);
        var headings = english.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(h => DocHeadings[h]).ToList();
        Assert.Equal(headings, korean!.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList());
        Assert.Equal(CodeBlocks(english).Count, CodeBlocks(korean).Count);
        foreach (var option in d.Options)
        {
            Assert.Contains($"`{option.Name}`", korean, StringComparison.Ordinal);
        }

        var problems = StyleProblems(d.DocFileNameIn(Language.Korean), Prose(korean)).Concat(StyleProblems($"{id} title", d.KoreanTitle!)).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Rules_report_through_the_catalog()
    {
        var problems = new List<string>();
        foreach (var rule in BuiltInRules.All)
        {
            var file = Directory.GetFiles(Repo.Path("src", "PostLint.Rules"), rule.GetType().Name + ".cs", SearchOption.AllDirectories).Single();
            var code = File.ReadAllText(file);
            foreach (Match m in LiteralMessage().Matches(code))
            {
                problems.Add($"{Path.GetFileName(file)}: {m.Value.Trim()}");
            }
        }

        Assert.Empty(problems);
    }

    public static TheoryData<string> RuleCatalogIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in BuiltInRules.CreateCatalog().Descriptors)
        {
            data.Add(d.Id);
        }

        return data;
    }

    /// <summary>The Korean heading of each English doc heading.</summary>
    public static readonly IReadOnlyDictionary<string, string> DocHeadings = new Dictionary<string, string>
    {
        ["## What it does"] = "## 하는 일",
        ["## Why it matters"] = "## 중요한 이유",
        ["## Example"] = "## 예시",
        ["## Use instead"] = "## 이렇게 쓰세요",
        ["## Options"] = "## 옵션",
        ["## Fix"] = "## 수정",
        ["## Suppress"] = "## 억제",
    };

    /// <summary>Problems of Korean text: the plain or 해요 style, and words the glossary says to avoid.</summary>
    private static IEnumerable<string> StyleProblems(string where, string korean)
    {
        foreach (Match m in PlainStyle().Matches(korean))
        {
            yield return $"{where}: plain style '{m.Value}' (write ~합니다)";
        }

        foreach (Match m in HaeyoStyle().Matches(korean))
        {
            yield return $"{where}: 해요 style '{m.Value}' (write ~합니다 or ~하세요)";
        }

        foreach (var avoid in Glossary.Value)
        {
            // A whole word or the start of one: 룰 is avoided, 다룰 is not.
            if (Regex.IsMatch(korean, "(?<![가-힣])" + Regex.Escape(avoid)))
            {
                yield return $"{where}: '{avoid}' (see rules/korean-glossary.md)";
            }
        }
    }

    private static readonly Lazy<string[]> Glossary = new(() =>
        File.ReadAllLines(Repo.Path("rules", "korean-glossary.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| English", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal))
            .SelectMany(l => l.Split('|')[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToArray());

    /// <summary>The prose of a Markdown doc: code blocks and code spans left out (they quote posts and reports).</summary>
    private static string Prose(string doc) => CodeSpan().Replace(string.Join('\n', Lines(doc)), "");

    private static IEnumerable<string> Lines(string doc)
    {
        var inCode = false;
        foreach (var line in doc.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode)
            {
                yield return line;
            }
        }
    }

    private static List<string> CodeBlocks(string doc) => doc.Split('\n').Where(l => l.StartsWith("```", StringComparison.Ordinal)).ToList();

    private static RootCommand BuildRoot()
    {
        var env = new CliEnvironment(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), false, false, _ => null);
        return App.BuildRoot(env);
    }

    [GeneratedRegex(@"\{(은|는|이|가|을|를|과|와|으로|로|이나|나|이라|라|이에요|예요|이어야|여야|아|야)\}")]
    private static partial Regex Particle();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholders();

    // The tool's name and option names read the same in both languages.
    [GeneratedRegex("postlint|--[a-z-]+")]
    private static partial Regex Untranslatable();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();

    // 한다, 있다, 없다, 된다, 이다 ... at the end of a sentence; 합니다/습니다 end in 니다.
    // 마다 (each) and 보다 (than) are particles, not endings.
    [GeneratedRegex(@"[가-힣]*(?<!니|마|보)다(?=[.,)\s]|$)", RegexOptions.Multiline)]
    private static partial Regex PlainStyle();

    [GeneratedRegex(@"[가-힣]*(어|아|해|돼|봐|죠)요(?=[.,)\s]|$)", RegexOptions.Multiline)]
    private static partial Regex HaeyoStyle();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex CodeSpan();

    // context.Report(range, "..." / $"...") or a fix titled with a literal: messages must come from the catalog.
    [GeneratedRegex(@"(Report\([^;]*?,\s*\$?""|Fix\.Replace\(\s*\$?""|new Fix\(\s*\$?"")")]
    private static partial Regex LiteralMessage();
}
