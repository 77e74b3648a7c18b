using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Spelling;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Spelling;

/// <summary>
/// What a user who writes a list gets back: every config error with its exact file, line, column and message, and
/// the entries of lists that load (prh regexes and flags, fix: spellings, duplicate forms, specs applied to text).
/// </summary>
public class MisspellingListsDetailTests
{
    private static (MisspellingList? List, List<ConfigError> Errors) Parse(string text, MisspellingListFormat? format = null, string path = "list.yml")
    {
        var errors = new List<ConfigError>();
        var list = MisspellingLists.Parse(path, new SourceText(text), format, errors.Add);
        return (list, errors);
    }

    private static (MisspellingList? List, List<ConfigError> Errors) Load(string fullPath, string displayPath)
    {
        var errors = new List<ConfigError>();
        var list = MisspellingLists.Load(fullPath, displayPath, errors.Add);
        return (list, errors);
    }

    private static ConfigError At(int line, int column, string message, string path = "list.yml") => new(path, line, column, message);

    [Fact]
    public void Built_in_lists_are_named_by_their_source_files()
    {
        Assert.Equal("rules/misspellings/en-typos.txt", MisspellingLists.BuiltInTable(MisspellingLists.TableName)!.DisplayPath);
        Assert.Equal("rules/misspellings/ko.yml", MisspellingLists.BuiltIn("ko")!.DisplayPath);
        Assert.Equal("rules/misspellings/en.yml", MisspellingLists.BuiltIn("en")!.DisplayPath);
    }

    // ---- Files that cannot be read -------------------------------------------------------------------------------

    [Fact]
    public void A_missing_file_or_folder_is_no_such_file_without_a_position()
    {
        using var site = new TempSite("none");
        var (list, errors) = Load(Path.Combine(site.Root, "typos.yml"), "lists/typos.yml");
        Assert.Null(list);
        Assert.Equal([new ConfigError("lists/typos.yml", 0, 0, "no such file")], errors);

        (list, errors) = Load(Path.Combine(site.Root, "nowhere", "typos.txt"), "nowhere/typos.txt");
        Assert.Null(list);
        Assert.Equal([new ConfigError("nowhere/typos.txt", 0, 0, "no such file")], errors);
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_why()
    {
        using var site = new TempSite("none");
        var folder = Path.Combine(site.Root, "typos.yml");
        Directory.CreateDirectory(folder); // a folder where the list should be
        var why = Assert.ThrowsAny<Exception>(() => File.ReadAllBytes(folder)).Message;
        var (list, errors) = Load(folder, "typos.yml");
        Assert.Null(list);
        Assert.Equal([new ConfigError("typos.yml", 0, 0, $"cannot read the list: {why}")], errors);
    }

    // ---- PostLint's format ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData("- teh\n- the\n")]
    [InlineData("teh->the\n")]
    public void A_list_that_is_not_a_mapping_is_refused_at_its_start(string text)
    {
        var (list, errors) = Parse(text);
        Assert.Null(list);
        Assert.Equal([At(1, 1, "a misspelling list must be a YAML mapping (kind: misspellings, or prh's rules:)")], errors);
    }

    [Fact]
    public void A_list_without_entries_is_read_as_PostLints_and_refused()
    {
        // No 'rules:' means PostLint's format, whose 'entries:' is then missing (reported at the list's start) ...
        var (list, errors) = Parse("kind: misspellings\ndescription: typos\n");
        Assert.Null(list);
        Assert.Equal([At(1, 1, "the list needs 'entries:', a list of mappings with 'expected' and 'wrong' or 'patterns'")], errors);

        // ... or not a list (reported at its value).
        (list, errors) = Parse("kind: misspellings\nentries: teh\n");
        Assert.Null(list);
        Assert.Equal([At(2, 10, "the list needs 'entries:', a list of mappings with 'expected' and 'wrong' or 'patterns'")], errors);
    }

    [Fact]
    public void A_list_with_both_entries_and_rules_is_read_as_PostLints()
    {
        var (list, errors) = Parse("kind: misspellings\nrules: []\nentries:\n  - { expected: the, wrong: teh }\n");
        Assert.Null(list);
        Assert.Equal([At(2, 1, "unknown key 'rules'; expected one of: kind, description, language, case-sensitive, entries")], errors);
    }

    public static TheoryData<string, int, int, string> PostLintErrors => new()
    {
        {
            "kind: misspellings\ncolour: red\nentries:\n  - { expected: the, wrong: teh }\n",
            2, 1, "unknown key 'colour'; expected one of: kind, description, language, case-sensitive, entries"
        },
        {
            "kind: misspellings\nentries:\n  - teh\n  - { expected: the, wrong: teh }\n",
            3, 5, "each entry must be a mapping with 'expected' and 'wrong' or 'patterns'"
        },
        {
            // Only the missing forms: the entry's other keys are not read.
            "kind: misspellings\nentries:\n  - { expected: the, prefix: maybe }\n",
            3, 5, "the entry for 'the' needs 'wrong' or 'patterns': the forms to find"
        },
        {
            // The refused form leaves the entry empty: its example is not run against nothing.
            "kind: misspellings\nentries:\n  - { expected: the, wrong: the, matches: [the] }\n  - { expected: a lot, wrong: alot }\n",
            3, 29, "'the' is also the expected form"
        },
        {
            // A form with a space is refused once, not also compared with the expected form.
            "kind: misspellings\nentries:\n  - { expected: ' y', wrong: ' y' }\n",
            3, 30, "' y' starts or ends with a space; write the form itself"
        },
        {
            // A form listed before is refused once, not also compared with the expected form.
            "kind: misspellings\nentries:\n  - { expected: a, wrong: x }\n  - { expected: x, wrong: x }\n",
            4, 27, "'x' is already listed on line 3"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: [가르쳐, 가리켜], wrong: 가리켜 }\n",
            3, 36, "'가리켜' is also the expected form"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: 확장성, wrong: [확작성, 학장성, 확장썽, 확쟝성], matches: ['확정성'] }\n",
            3, 61, "entry '확작성, 학장성, 확장썽' does not find its example '확정성'"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: [teh, [hte]] }\n",
            3, 35, "'wrong' must hold strings"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: [teh, ~] }\n",
            3, 35, "'wrong' must hold strings"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: { teh: hte }, patterns: hte }\n",
            3, 29, "'wrong' must be a string or a list of strings"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: teh, specs: [{ from: teh }] }\n",
            3, 42, "each spec must be a mapping with exactly 'from' and 'to'"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: teh, specs: [{ from: teh, to: the, note: x }] }\n",
            3, 42, "each spec must be a mapping with exactly 'from' and 'to'"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: teh, specs: [teh] }\n",
            3, 42, "each spec must be a mapping with exactly 'from' and 'to'"
        },
        {
            "kind: misspellings\nentries:\n  - { expected: the, wrong: teh, specs: teh }\n",
            3, 41, "'specs' must be a list of {from, to}"
        },
    };

    [Theory]
    [MemberData(nameof(PostLintErrors))]
    public void PostLint_format_errors_are_exact(string text, int line, int column, string message)
    {
        var (list, errors) = Parse(text);
        Assert.Null(list);
        Assert.Equal([At(line, column, message)], errors);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("yes", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    public void Fix_is_read_in_each_spelling_of_true_and_false(string value, bool fixable)
    {
        var (list, errors) = Parse($"kind: misspellings\nentries:\n  - expected: the\n    wrong: teh\n    fix: {value}\n");
        Assert.Empty(errors);
        var entry = Assert.Single(list!.Entries);
        Assert.Equal(fixable, entry.Fixable);
        Assert.Equal(fixable, entry.HasFix);
    }

    [Fact]
    public void An_entry_is_fixable_unless_it_says_otherwise()
    {
        var (list, errors) = Parse("kind: misspellings\nentries:\n  - { expected: the, wrong: teh }\n");
        Assert.Empty(errors);
        Assert.True(Assert.Single(list!.Entries).HasFix);
    }

    [Fact]
    public void Forms_that_differ_in_case_are_two_forms_only_where_case_counts()
    {
        var (list, errors) = Parse("""
            kind: misspellings
            case-sensitive: true
            entries:
              - { expected: GitHub, wrong: Github }
              - { expected: github.com, wrong: github }
            """);
        Assert.Empty(errors);
        Assert.Equal(["Github", "github"], list!.Entries.Select(e => e.Wrong[0]));

        (list, errors) = Parse("""
            kind: misspellings
            entries:
              - { expected: GitHub, wrong: Github }
              - { expected: github.com, wrong: github }
            """);
        Assert.Null(list);
        Assert.Equal([At(4, 36, "'github' is already listed on line 3")], errors);
    }

    [Fact]
    public void A_case_sensitive_form_and_a_case_blind_one_never_collide_whatever_their_first_character()
    {
        // Each form is known as "=" + itself (case counts) or "~" + its lower case (it does not): forms that begin
        // with those characters are still their own.
        var (list, errors) = Parse("""
            kind: misspellings
            entries:
              - { expected: a, wrong: '~ab', case-sensitive: true }
              - { expected: b, wrong: ab }
              - { expected: c, wrong: '=ab' }
              - { expected: d, wrong: ab, case-sensitive: true }
            """);
        Assert.Empty(errors);
        Assert.Equal(["~ab", "ab", "=ab", "ab"], list!.Entries.Select(e => e.Wrong[0]));
    }

    [Fact]
    public void A_form_repeated_on_its_own_line_is_one_form()
    {
        var (list, errors) = Parse("kind: misspellings\nentries:\n  - { expected: the, wrong: [teh, teh, hte] }\n");
        Assert.Empty(errors);
        Assert.Equal(["teh", "hte"], Assert.Single(list!.Entries).Wrong);
    }

    [Fact]
    public void A_dollar_in_the_expected_form_of_a_plain_wrong_form_is_kept_as_written()
    {
        var (list, errors) = Parse("kind: misspellings\nentries:\n  - { expected: 'US$5', wrong: 'US5$' }\n");
        Assert.Empty(errors);
        Assert.Equal(["US$5"], Assert.Single(list!.Entries).Expected);
    }

    [Fact]
    public void A_pattern_gets_an_entry_per_form_when_any_expected_form_refers_to_its_groups()
    {
        var (list, errors) = Parse("kind: misspellings\nentries:\n  - { expected: ['$1웨어', SW], patterns: '(소프트|하드)웨아' }\n");
        Assert.Empty(errors);
        Assert.Equal(
            ["소프트웨아 -> 소프트웨어, SW", "하드웨아 -> 하드웨어, SW"],
            list!.Entries.Select(e => e.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Specs_replace_the_longest_form_at_each_place_from_left_to_right()
    {
        var (list, errors) = Parse("""
            kind: misspellings
            entries:
              - expected: 자바스크립트
                wrong: [자바스크맆, 자바스크맆트]
                specs:
                  - { from: 자바스크맆트, to: 자바스크립트 }
                  - { from: 자바스크맆 자바스크맆트, to: 자바스크립트 자바스크립트 }
                  - { from: 자바스크맆트를 쓴 자바스크맆으로, to: 자바스크립트를 쓴 자바스크립트으로 }
            """);
        Assert.Empty(errors);
        Assert.Equal(["자바스크맆", "자바스크맆트"], Assert.Single(list!.Entries).Wrong);

        (list, errors) = Parse("""
            kind: misspellings
            entries:
              - expected: 자바스크립트
                wrong: [자바스크맆, 자바스크맆트]
                specs:
                  - { from: 자바스크맆트 자바스크맆, to: 자바스크맆트 자바스크립트 }
            """);
        Assert.Null(list);
        Assert.Equal([At(6, 17, "spec of '자바스크맆, 자바스크맆트' fails: '자바스크맆트 자바스크맆' becomes '자바스크립트 자바스크립트', not '자바스크맆트 자바스크립트'")], errors);
    }

    // ---- Codespell -----------------------------------------------------------------------------------------------

    [Fact]
    public void Codespell_reads_a_last_line_without_a_line_break()
    {
        var (list, errors) = Parse("abotu->about\nteh->the", MisspellingListFormat.Codespell, "dict.txt");
        Assert.Empty(errors);
        Assert.Equal(["abotu -> about", "teh -> the"], list!.Entries.Select(e => e.ToString()));
        Assert.Equal("dict.txt:2", list.Entries[1].Origin);
    }

    [Theory]
    [InlineData("->the\n", 1, 1, "expected 'wrong->right' (codespell dictionary format)")]
    [InlineData("teh->,the\n", 1, 6, "'teh' has no correction after '->'")]
    [InlineData("teh->the\n  hte->,\n", 2, 8, "'hte' has no correction after '->'")]
    [InlineData("teh->the, teh,\n", 1, 1, "'teh' is also its own correction")]
    [InlineData("teh->teh\n", 1, 1, "'teh' is also its own correction")]
    public void Codespell_lines_in_error_give_no_entry(string text, int line, int column, string message)
    {
        var (list, errors) = Parse(text, MisspellingListFormat.Codespell, "dict.txt");
        Assert.Equal([At(line, column, message, "dict.txt")], errors);
        Assert.Equal(text.StartsWith("teh->the\n", StringComparison.Ordinal) ? ["teh"] : [], list!.Entries.Select(e => e.Wrong[0]));
    }

    // ---- prh -----------------------------------------------------------------------------------------------------

    public static TheoryData<string, int, int, string> PrhErrors => new()
    {
        { "version: 1\nrules: []\ncolour: red\n", 3, 1, "unknown key 'colour' in a prh file; expected version, imports, rules" },
        { "rules: 깃헙\n", 1, 8, "prh's 'rules' must be a list" },
        { "rules:\n  - 깃헙\n  - expected: 깃허브\n", 2, 5, "each prh rule must be a mapping with 'expected'" },
        {
            "rules:\n  - expected: 깃허브\n    pattern: 깃헙\n    colour: red\n",
            4, 5, "unknown key 'colour' in a prh rule; expected one of: expected, pattern, patterns, options, specs, prh"
        },
        {
            "rules:\n  - expected: 깃허브\n    pattern: 깃헙\n    options:\n      wordBoundary: true\n      caseSensitive: true\n",
            6, 7, "prh option 'caseSensitive' is not supported (only wordBoundary)"
        },
        { "rules:\n  - expected: 깃허브\n    pattern: 깃헙\n    options: true\n", 4, 14, "prh's 'options' must be a mapping (wordBoundary)" },
        {
            // The refused pattern leaves the rule empty: its spec is not run against nothing.
            "rules:\n  - expected: a\n    pattern: a\n    specs:\n      - from: a\n        to: b\n  - expected: 깃허브\n    pattern: 깃헙\n",
            3, 14, "'a' is also the expected form"
        },
    };

    [Theory]
    [MemberData(nameof(PrhErrors))]
    public void Prh_format_errors_are_exact(string text, int line, int column, string message)
    {
        var (list, errors) = Parse(text);
        Assert.Null(list);
        Assert.Equal([At(line, column, message)], errors);
    }

    [Fact]
    public void Prh_rules_left_empty_give_an_empty_list()
    {
        var (list, errors) = Parse("version: 1\nrules:\n");
        Assert.Empty(errors);
        Assert.Equal(MisspellingListFormat.Prh, list!.Format);
        Assert.Empty(list.Entries);
    }

    [Fact]
    public void Prh_patterns_tell_regexes_from_literals()
    {
        var (list, errors) = Parse("""
            rules:
              - expected: Wi-Fi
                pattern: /WiFi/
              - expected: JavaScript
                patterns: [/javascript/i, /java script/i]
              - expected: I/O
                pattern: i/o
              - expected: Jekyll
                pattern: jekyll
              - expected: /usr/local
                pattern: /usr
              - expected: /
                pattern: //
              - expected: 깃허브
                patterns: ['', 깃헙]
            """);
        Assert.Empty(errors);
        Assert.Equal(
            [
                "WiFi -> Wi-Fi True", "javascript, java script -> JavaScript False", "i/o -> I/O True", "jekyll -> Jekyll True",
                "/usr -> /usr/local True", "// -> / True", "깃헙 -> 깃허브 True",
            ],
            list!.Entries.Select(e => $"{e} {e.CaseSensitive}"));
        Assert.All(list.Entries, e => Assert.False(e.Anywhere));
        Assert.All(list.Entries, e => Assert.True(e.HasFix));
    }

    [Fact]
    public void Prh_imports_are_read_from_a_path_a_list_or_nothing()
    {
        using var site = new TempSite("none");
        site.Write("more/extra.yml", "rules:\n  - expected: 도커\n    pattern: 도카\n");
        var one = site.Write("one.yml", "imports: more/extra.yml\nrules:\n  - expected: 깃허브\n    pattern: 깃헙\n");
        var none = site.Write("none.yml", "imports:\nrules:\n  - expected: 깃허브\n    pattern: 깃헙\n");

        var (list, errors) = Load(one, "lists/one.yml");
        Assert.Empty(errors);
        Assert.Equal(["도카 lists/more/extra.yml:2", "깃헙 lists/one.yml:3"], list!.Entries.Select(e => $"{e.Wrong[0]} {e.Origin}"));

        (list, errors) = Load(none, "lists/none.yml");
        Assert.Empty(errors);
        Assert.Equal(["깃헙"], list!.Entries.Select(e => e.Wrong[0]));
    }

    [Fact]
    public void Prh_import_errors_name_the_importing_file()
    {
        using var site = new TempSite("none");
        site.Write("extra.yml", "rules:\n  - expected: 도커\n    pattern: 도카\n");
        var noPath = site.Write("nopath.yml", "imports:\n  - { file: extra.yml }\nrules: []\n");
        var option = site.Write("option.yml", "imports:\n  - path: extra.yml\n    disableImports: true\nrules: []\n");
        var self = site.Write("self.yml", "imports: [self.yml]\nrules:\n  - expected: 깃허브\n    pattern: 깃헙\n");

        var (list, errors) = Load(noPath, "nopath.yml");
        Assert.Null(list);
        Assert.Equal([At(2, 5, "a prh import must be a path or a mapping with 'path'", "nopath.yml")], errors);

        (list, errors) = Load(option, "option.yml");
        Assert.Null(list);
        Assert.Equal([At(3, 5, "prh import option 'disableImports' is not supported", "option.yml")], errors);

        (list, errors) = Load(self, "self.yml");
        Assert.Null(list);
        Assert.Equal([At(1, 11, "'self.yml' is imported twice or imports itself", "self.yml")], errors);
    }

    [Fact]
    public void Prh_imports_of_a_list_named_by_a_root_are_named_by_their_own_paths()
    {
        // A display path with no folder above it (Path.GetDirectoryName is null) adds none to its imports' names.
        using var site = new TempSite("none");
        site.Write("bad.yml", "rules:\n  - expected: 도커\n    pattern: 도카\n    colour: red\n");
        var main = site.Write("main.yml", "imports: bad.yml\nrules: []\n");
        var (list, errors) = Load(main, "/");
        Assert.Null(list);
        Assert.Equal(
            [At(4, 5, "unknown key 'colour' in a prh rule; expected one of: expected, pattern, patterns, options, specs, prh", "bad.yml")],
            errors);
    }

    [Fact]
    public void Prh_errors_of_an_imported_file_are_reported_once_under_its_path_and_refuse_the_importer()
    {
        using var site = new TempSite("none");
        site.Write("bad.yml", "rules:\n  - expected: 도커\n    pattern: 도카\n    colour: red\n");
        var once = site.Write("once.yml", "imports: [bad.yml]\nrules:\n  - expected: 깃허브\n    pattern: 깃헙\n");
        var twice = site.Write("twice.yml", "imports:\n  - bad.yml\n  - bad.yml\nrules: []\n");
        const string Unknown = "unknown key 'colour' in a prh rule; expected one of: expected, pattern, patterns, options, specs, prh";

        var (list, errors) = Load(once, "lists/once.yml");
        Assert.Null(list);
        Assert.Equal([At(4, 5, Unknown, "lists/bad.yml")], errors);

        (list, errors) = Load(twice, "lists/twice.yml");
        Assert.Null(list);
        Assert.Equal([At(4, 5, Unknown, "lists/bad.yml"), At(3, 5, "'bad.yml' is imported twice or imports itself", "lists/twice.yml")], errors);
    }
}
