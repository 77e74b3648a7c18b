using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Content;
using PostLint.Rules.Shared;
using PostLint.Tests.Infrastructure;
using PostLint.Yaml;

namespace PostLint.Tests.Shared;

public class PackTreeTests
{
    /// <summary>Every data pack a rule reads with Pack.LoadBuiltIn: the YAML under rules/ but the misspelling lists (compiled their own way).</summary>
    public static TheoryData<string> BuiltInPacks() => new(BuiltInPackNames());

    private static List<string> BuiltInPackNames()
    {
        var root = Repo.Path("rules");
        var data = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!name.StartsWith("misspellings/", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInPacks))]
    public void Compiled_pack_trees_are_what_their_yaml_parses_to(string name)
    {
        // A run reads src/PostLint.Rules/Shared/Compiled/NAME.tree; after a change to rules/NAME this fails until the
        // tree is rewritten (POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled) and reviewed.
        var source = SourceText.FromBytes(File.ReadAllBytes(Repo.Path(("rules/" + name).Split('/'))));
        var parsed = YamlReader.Parse(source.Text, 0, source.Length);
        Assert.Null(parsed.Error);
        var tree = YamlSnapshot.Write(parsed.Root!);
        SnapshotFile.Match("src/PostLint.Rules/Shared/Compiled/" + Pack.SnapshotPath(name), tree);
        if (!Repo.UpdateSnapshots)
        {
            Assert.Equal(source.Text, Pack.BuiltInSource(name).Text); // the build embedded the current pack
            Assert.Equal(tree, YamlSnapshot.Write(Pack.BuiltInTree(name))); // and its current tree
        }
    }

    [Theory]
    [InlineData("placeholders/dates.yml", RegexOptions.IgnoreCase)] // as PL201PlaceholderDate loads it
    [InlineData("placeholders/text.yml", RegexOptions.Multiline)] // as PL202PlaceholderText loads it
    public void Built_in_patterns_compile_and_pass_their_own_examples(string name, RegexOptions options)
    {
        // A run compiles a built-in pattern when first used and never reads its examples; this is where they are checked.
        var errors = new List<ConfigError>();
        var setup = new RuleSetup(new PL201PlaceholderDate().Descriptor, RuleOptions.Empty, null, null, errors);
        var pack = Pack.LoadBuiltIn(name, setup);
        Assert.NotNull(pack);
        Assert.True(pack!.IsBuiltIn);
        var patterns = PatternSet.Load(pack, setup, options, checkBuiltIn: true);
        Assert.Empty(errors.Select(e => e.ToString()));
        Assert.InRange(patterns.Patterns.Count, 5, 200);
        Assert.All(patterns.Patterns, p => Assert.Equal(RegexOptions.CultureInvariant | options, p.Regex.Options));
    }

    [Fact]
    public void A_user_pack_pattern_is_checked_when_it_loads()
    {
        // A pack that is not built in is checked at every run, as before.
        var errors = new List<ConfigError>();
        var setup = new RuleSetup(new PL201PlaceholderDate().Descriptor, RuleOptions.Empty, null, null, errors);
        var pack = Pack.Parse("x.yml", new SourceText("patterns:\n  - id: a\n    regex: '^a$'\n    matches: [b]\n"), setup)!;
        PatternSet.Load(pack, setup);
        Assert.Contains(errors, e => e.ToString().Contains("pattern 'a' does not match its example 'b'", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_compiled_pack_tree_has_its_pack()
    {
        var compiled = Repo.Path("src", "PostLint.Rules", "Shared", "Compiled");
        var trees = Directory.EnumerateFiles(compiled, "*.tree", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(compiled, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(BuiltInPackNames().Select(Pack.SnapshotPath).Order(StringComparer.Ordinal), trees);
    }

    [Fact]
    public void A_tree_keeps_every_node_range_anchor_and_scalar_style()
    {
        var text = """
            kind: x
            plain: a b
            quoted: 'a\tb'
            double: "line\none \\ two"
            block: |
              첫 줄
               둘째	줄
            empty:
            seq: &list [a, "b", '']
            nested:
              - { k: v }
              - - deep
            """;
        var parsed = YamlReader.Parse(text, 0, text.Length);
        Assert.Null(parsed.Error);
        var written = YamlSnapshot.Write(parsed.Root!);
        var read = YamlSnapshot.Read(written);
        Assert.Equal(written, YamlSnapshot.Write(read));
        Assert.Equal(Describe(parsed.Root!), Describe(read));
        Assert.Contains("\\n", written, StringComparison.Ordinal);
        Assert.Contains(" list ", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tree_refuses_aliases_and_text_it_did_not_write()
    {
        var text = "a: &x [1]\nb: *x\n";
        var parsed = YamlReader.Parse(text, 0, text.Length);
        Assert.Throws<ArgumentException>(() => YamlSnapshot.Write(parsed.Root!));
        Assert.Throws<FormatException>(() => YamlSnapshot.Read("M 0 3 2 - 1\n"));
        Assert.Throws<FormatException>(() => YamlSnapshot.Read("S 0 1 1 - x a\n"));
        Assert.Throws<FormatException>(() => YamlSnapshot.Read("S 0 1 1 - p a\nS 0 1 1 - p b\n"));
    }

    private static List<string> Describe(YNode node)
    {
        var lines = new List<string>();
        void Walk(YNode n, int depth)
        {
            var head = $"{new string(' ', depth)}{n.GetType().Name} {n.Range.Start}-{n.Range.End} x{n.ExpandedSize} &{n.Anchor}";
            switch (n)
            {
                case YScalar s:
                    lines.Add($"{head} plain={s.IsPlain} quoted={s.IsQuoted} [{s.Value}]");
                    break;
                case YMapping m:
                    lines.Add(head);
                    foreach (var e in m.Entries)
                    {
                        Walk(e.Key, depth + 1);
                        Walk(e.Value, depth + 1);
                    }

                    break;
                case YSequence q:
                    lines.Add(head);
                    foreach (var item in q.Items)
                    {
                        Walk(item, depth + 1);
                    }

                    break;
            }
        }

        Walk(node, 0);
        return lines;
    }
}
