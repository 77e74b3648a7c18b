using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Spelling;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Spelling;

public class MisspellingListsTests
{
    private static (MisspellingList? List, List<string> Errors) Parse(string text, MisspellingListFormat? format = null, string path = "list.yml")
    {
        var errors = new List<ConfigError>();
        var list = MisspellingLists.Parse(path, new SourceText(text), format, errors.Add);
        return (list, errors.Select(e => e.ToString()).ToList());
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void Built_in_lists_load_and_hold_a_few_hundred_entries(string name)
    {
        var list = MisspellingLists.BuiltIn(name);
        Assert.NotNull(list);
        Assert.InRange(list!.Entries.Count, 200, 2000);
        Assert.All(list.Entries, e => Assert.StartsWith($"rules/misspellings/{name}.yml:", e.Origin, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void Built_in_lists_pass_their_own_examples_and_specs(string name)
    {
        // A run reads the compiled lists and never their examples; this is where they are checked.
        var errors = new List<ConfigError>();
        var list = MisspellingLists.Parse($"rules/misspellings/{name}.yml", MisspellingLists.BuiltInSource(name), MisspellingListFormat.PostLint, errors.Add);
        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.NotNull(list);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void Compiled_built_in_lists_are_what_their_yaml_compiles_to(string name)
    {
        // The run reads Spelling/Compiled/NAME.txt; after a change to rules/misspellings/NAME.yml this fails until the
        // compiled form is rewritten (POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled) and reviewed.
        var path = $"rules/misspellings/{name}.yml";
        var errors = new List<ConfigError>();
        var parsed = MisspellingLists.Parse(path, MisspellingLists.BuiltInSource(name), MisspellingListFormat.PostLint, errors.Add);
        Assert.Empty(errors.Select(e => e.ToString()));
        var compiled = CompiledList.Write(parsed!, path);
        SnapshotFile.Match($"src/PostLint.Rules/Spelling/Compiled/{name}.txt", compiled);
        if (!Repo.UpdateSnapshots)
        {
            Assert.Equal(compiled, MisspellingLists.BuiltInCompiled(name)); // the build embedded the current file
        }

        Assert.Equal(Describe(parsed!), Describe(MisspellingLists.BuiltIn(name)!));
    }

    [Fact]
    public void Compiled_list_keeps_every_field_of_every_entry()
    {
        var (list, errors) = Parse("""
            kind: misspellings
            entries:
              - expected: GitHub
                wrong: [Github, Git-hub]
                case-sensitive: true
              - expected: [가르쳐, 가리켜]
                wrong: 가르켜
                prefix: false
                anywhere: true
                fix: false
                note: 문맥을 보세요
              - expected: '$1스크립트'
                patterns: '(자바|타입)스크맆트'
                prefix: true
            """, path: "rules/misspellings/x.yml");
        Assert.Empty(errors);
        var text = CompiledList.Write(list!, "rules/misspellings/x.yml");
        Assert.Equal(Describe(list!), Describe(CompiledList.Read("rules/misspellings/x.yml", text)));
        Assert.Contains("\n3\tc\tGithub\u001FGit-hub\tGitHub\t\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_list_refuses_values_it_cannot_hold_and_lines_it_did_not_write()
    {
        var tab = new MisspellingList("x.yml", MisspellingListFormat.PostLint, [new MisspellingEntry(["a\tb"], ["ab"]) { OriginFile = "x.yml", OriginLine = 1 }]);
        Assert.Throws<ArgumentException>(() => CompiledList.Write(tab, "x.yml"));
        var elsewhere = new MisspellingList("x.yml", MisspellingListFormat.PostLint, [new MisspellingEntry(["ab"], ["ba"]) { OriginFile = "y.yml", OriginLine = 1 }]);
        Assert.Throws<ArgumentException>(() => CompiledList.Write(elsewhere, "x.yml"));
        Assert.Throws<FormatException>(() => CompiledList.Read("x.txt", "3\tc\tGithub\n"));
    }

    private static List<string> Describe(MisspellingList list) =>
        list.Entries.Select(e => string.Join(" | ", string.Join(",", e.Wrong), string.Join(",", e.Expected), e.CaseSensitive, e.Prefix?.ToString() ?? "null", e.Anywhere, e.Fixable, e.Note ?? "-", e.Origin)).ToList();

    [Fact]
    public void Built_in_lists_never_list_a_form_that_another_entry_expects()
    {
        // A wrong form that is somebody's right answer would flag correct text.
        var entries = MisspellingLists.BuiltInNames.SelectMany(n => MisspellingLists.BuiltIn(n)?.Entries ?? []).ToList();
        var expected = entries.SelectMany(e => e.Expected).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(entries.SelectMany(e => e.Wrong), expected.Contains);
    }

    [Fact]
    public void PostLint_format_reads_every_field()
    {
        var (list, errors) = Parse("""
            kind: misspellings
            case-sensitive: true
            entries:
              - expected: GitHub
                wrong: [Github]
              - expected: [가르쳐, 가리켜]
                wrong: 가르켜
                case-sensitive: false
                prefix: false
                anywhere: true
                fix: false
                note: 문맥을 보세요
              - expected: '$1스크립트'
                patterns: '(자바|타입)스크맆트'
            """);
        Assert.Empty(errors);
        var entries = list!.Entries;
        Assert.Equal(4, entries.Count);
        Assert.True(entries[0].CaseSensitive);
        Assert.True(entries[0].HasFix);
        Assert.False(entries[1].CaseSensitive);
        Assert.False(entries[1].Prefix);
        Assert.True(entries[1].Anywhere);
        Assert.False(entries[1].HasFix);
        Assert.Equal("문맥을 보세요", entries[1].Note);
        Assert.Equal(["자바스크맆트", "자바스크립트"], [entries[2].Wrong[0], entries[2].Expected[0]]);
        Assert.Equal(["타입스크맆트", "타입스크립트"], [entries[3].Wrong[0], entries[3].Expected[0]]);
        Assert.Equal("list.yml:4", entries[0].Origin);
    }

    [Theory]
    [InlineData("kind: other\nentries: []\n", "list.yml:1:7: a misspelling list needs 'kind: misspellings' (or prh's 'rules:' list)")]
    [InlineData("kind: misspellings\nentries:\n  - wrong: x\n", "list.yml:3:5: the entry needs 'expected': what to write instead")]
    [InlineData("kind: misspellings\nentries:\n  - expected: x\n", "list.yml:3:5: the entry for 'x' needs 'wrong' or 'patterns': the forms to find")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: x, wrong: x }\n", "list.yml:3:27: 'x' is also the expected form")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: x, wrong: y, colour: red }\n", "list.yml:3:30: unknown key 'colour' in an entry; expected one of: expected, wrong, patterns, case-sensitive, prefix, anywhere, fix, note, matches, not, specs")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: x, wrong: y, prefix: maybe }\n", "list.yml:3:38: 'prefix' must be true or false")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: x, patterns: 'a+' }\n", "list.yml:3:30: pattern 'a+': '+' at column 2 matches unboundedly many forms; list the forms or use '?'")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: x, wrong: ' y' }\n", "list.yml:3:27: ' y' starts or ends with a space; write the form itself")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: 확장성, wrong: 확작성, matches: ['정확작성'] }\n", "list.yml:3:44: entry '확작성' does not find its example '정확작성'")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: 확장성, wrong: 확작성, not: ['확작성이'] }\n", "list.yml:3:40: entry '확작성' finds '확작성' in '확작성이', listed under 'not'")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: 확장성, wrong: 확작성, specs: [{ from: 확작성이, to: 확작성이 }] }\n", "list.yml:3:50: spec of '확작성' fails: '확작성이' becomes '확장성이', not '확작성이'")]
    [InlineData("kind: misspellings\nentries:\n  - { expected: a, wrong: x }\n  - { expected: b, wrong: X }\n", "list.yml:4:27: 'X' is already listed on line 3")]
    [InlineData("kind: [\n", "list.yml:2:1: invalid YAML")]
    public void PostLint_format_errors_name_the_file_line_and_column(string text, string expected)
    {
        var (list, errors) = Parse(text);
        Assert.Null(list);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Prh_format_literal_regex_and_expected_only_rules()
    {
        var (list, errors) = Parse("""
            version: 1
            rules:
              - expected: 깃허브
                pattern: 깃헙
                prh: 팀 규칙
              - expected: Jekyll
                specs:
                  - from: jekyll 블로그
                    to: Jekyll 블로그
              - expected: $1웨어
                pattern: /(소프트|하드)웨아/
              - expected: JavaScript
                pattern: /java ?script/i
                options:
                  wordBoundary: true
            """);
        Assert.Empty(errors);
        Assert.Equal(MisspellingListFormat.Prh, list!.Format);
        var e = list.Entries;
        Assert.Equal("깃헙", e[0].Wrong[0]);
        Assert.True(e[0].CaseSensitive);
        Assert.Equal("팀 규칙", e[0].Note);
        Assert.False(e[1].CaseSensitive);
        Assert.Equal(["소프트웨어", "하드웨어"], e.Where(x => x.Wrong[0].EndsWith("웨아", StringComparison.Ordinal)).Select(x => x.Expected[0]));
        var js = e.Single(x => x.Expected[0] == "JavaScript");
        Assert.False(js.CaseSensitive);
        Assert.Equal(["java script", "javascript"], js.Wrong);

        const string Text = "jekyll Jekyll Javascript JavaScript java script";
        var matcher = new MisspellingMatcher(e);
        Assert.Equal(["jekyll", "Javascript", "java script"], matcher.Find(Text).Select(h => Text.Substring(h.Start, h.Length)));
    }

    [Theory]
    [InlineData("rules:\n  - pattern: x\n", "list.yml:2:5: the prh rule needs 'expected'")]
    [InlineData("rules:\n  - expected: a\n    pattern: /a*/\n", "list.yml:3:14: pattern /a*/: '*' at column 2 matches unboundedly many forms; list the forms or use '?'")]
    [InlineData("rules:\n  - expected: a\n    regexpMustEmpty: $1\n", "list.yml:3:5: prh's 'regexpMustEmpty' is not supported; write the forms as 'patterns'")]
    [InlineData("rules:\n  - expected: 깃허브\n    pattern: 깃헙\n    specs:\n      - from: 깃헙\n        to: 깃헙\n", "list.yml:5:15: spec of '깃헙' fails: '깃헙' becomes '깃허브', not '깃헙'")]
    [InlineData("imports: [other.yml]\nrules: []\n", "list.yml:1:11: prh imports are only read from files")]
    public void Prh_format_errors(string text, string expected)
    {
        var (list, errors) = Parse(text);
        Assert.Null(list);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void Prh_imports_are_read_relative_to_the_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "postlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "main.yml"), "imports:\n  - path: more/extra.yml\nrules:\n  - expected: 깃허브\n    pattern: 깃헙\n");
            Directory.CreateDirectory(Path.Combine(dir, "more"));
            File.WriteAllText(Path.Combine(dir, "more", "extra.yml"), "rules:\n  - expected: 도커\n    pattern: 도카\n");
            var errors = new List<ConfigError>();
            var list = MisspellingLists.Load(Path.Combine(dir, "main.yml"), "main.yml", errors.Add);
            Assert.Empty(errors);
            Assert.Equal(["도카", "깃헙"], list!.Entries.Select(e => e.Wrong[0]));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Codespell_format_fix_suggestions_and_reasons()
    {
        var (list, errors) = Parse("# comment\n\nteh->the\nalot->a lot, allot,\nclas->class, disabled because of name clash in c++\n", MisspellingListFormat.Codespell, "dict.txt");
        Assert.Empty(errors);
        var e = list!.Entries;
        Assert.Equal(3, e.Count);
        Assert.True(e[0].HasFix);
        Assert.Equal(["a lot", "allot"], e[1].Expected);
        Assert.False(e[1].HasFix);
        Assert.Equal(["class"], e[2].Expected);
        Assert.False(e[2].HasFix);
        Assert.Equal("disabled because of name clash in c++", e[2].Note);
        Assert.Equal("dict.txt:3", e[0].Origin);
    }

    [Theory]
    [InlineData("teh the\n", "dict.txt:1:1: expected 'wrong->right' (codespell dictionary format)")]
    [InlineData("ok->fine\n  teh->\n", "dict.txt:2:8: 'teh' has no correction after '->'")]
    [InlineData("teh->teh\n", "dict.txt:1:1: 'teh' is also its own correction")]
    public void Codespell_format_errors(string text, string expected)
    {
        var (_, errors) = Parse(text, MisspellingListFormat.Codespell, "dict.txt");
        Assert.Equal([expected], errors);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("Node\\.?[Jj][Ss]", "Node.JS|Node.Js|Node.jS|Node.js|NodeJS|NodeJs|NodejS|Nodejs")]
    [InlineData("(a|b)c?", "a|ac|b|bc")]
    [InlineData("x(?:1|2)", "x1|x2")]
    [InlineData("[a-c]", "a|b|c")]
    [InlineData("\\bword\\b", "word")]
    [InlineData("쿠버네(티즈|테스)", "쿠버네티즈|쿠버네테스")]
    public void Pattern_expander_lists_every_form(string pattern, string forms)
    {
        var expanded = PatternExpander.Expand(pattern, out var error);
        Assert.Null(error);
        Assert.Equal(forms.Split('|').Distinct().Order(StringComparer.Ordinal), expanded!.Select(f => f.Text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a*", "'*' at column 2 matches unboundedly many forms; list the forms or use '?'")]
    [InlineData("a.b", "'.' at column 2 matches any character; escape it as '\\.' or list the forms")]
    [InlineData("\\w+", "'\\w' at column 1 is not supported; write the characters it stands for")]
    [InlineData("[^a]", "negated class at column 1 is not supported")]
    [InlineData("(?=a)", "'(?' construct at column 1 is not supported (only '(?:')")]
    [InlineData("(a", "missing ')'")]
    [InlineData("a)", "unbalanced ')' at column 2")]
    [InlineData("^a", "anchor '^' at column 1 is not supported")]
    [InlineData("[a-z][a-z][a-z]", "the pattern expands to more than 1000 forms")]
    public void Pattern_expander_refuses_what_an_automaton_cannot_hold(string pattern, string message)
    {
        Assert.Null(PatternExpander.Expand(pattern, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Pattern_expander_keeps_capture_groups_for_dollar_references()
    {
        var forms = PatternExpander.Expand("(소프트|하드)웨(아|워)", out _)!;
        Assert.Equal(
            ["소프트웨아 소프트웨어", "소프트웨워 소프트웨어", "하드웨아 하드웨어", "하드웨워 하드웨어"],
            forms.Select(f => f.Text + " " + PatternExpander.Substitute("$1웨어", f)).Order(StringComparer.Ordinal));
    }
}
