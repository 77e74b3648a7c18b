using PostLint.Rules.Spelling;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Spelling;

public class CompiledMatcherTests
{
    private static readonly string IndexPath = Repo.Path("src", "PostLint.Rules", "Spelling", "Compiled", MisspellingLists.CompiledMatcherFile);

    private static List<MisspellingEntry> DefaultEntries() =>
        MisspellingLists.CompiledMatcherLists.SelectMany(n => MisspellingLists.BuiltIn(n)!.Entries).ToList();

    private static ulong Source() =>
        MisspellingLists.CompiledMatcherSource(MisspellingLists.CompiledMatcherLists.Select(n => (ReadOnlyMemory<byte>)File.ReadAllBytes(Repo.Path("src", "PostLint.Rules", "Spelling", "Compiled", n + ".txt"))));

    [Fact]
    public void Compiled_matcher_of_the_default_lists_is_what_they_build()
    {
        // A run with the default lists reads Spelling/Compiled/ko-en.index instead of building the matcher of their
        // 1,365 forms; after a list changes this fails until the index is rewritten:
        // POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled
        var index = new MisspellingMatcher(DefaultEntries()).WriteIndex(Source());
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllBytes(IndexPath, index);
            return;
        }

        Assert.True(File.Exists(IndexPath) && File.ReadAllBytes(IndexPath).AsSpan().SequenceEqual(index), $"{IndexPath} is out of date; rewrite it: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled");
        Assert.NotNull(MisspellingLists.CompiledMatcher(null, null)); // the build embedded the current index
    }

    [Fact]
    public void Compiled_matcher_finds_what_the_built_one_finds_in_real_posts()
    {
        var entries = DefaultEntries();
        var table = MisspellingLists.BuiltInTable(MisspellingLists.TableName);
        var built = new MisspellingMatcher(entries, table, NearMisses.BuiltIn);
        var compiled = MisspellingLists.CompiledMatcher(table, NearMisses.BuiltIn)!;
        Assert.Equal(built.FormCount, compiled.FormCount);
        Assert.Equal(built.NodeCount, compiled.NodeCount);
        Assert.Equal(entries.Select(Describe), compiled.Entries.Select(Describe));

        // Every wrong form in a sentence of each script, the rules' examples, and the sample posts.
        var texts = new List<string>
        {
            string.Join(" ", entries.SelectMany(e => e.Wrong).Select(w => $"문장에 {w}이 있다. It is {w}, said {w}s.")),
            File.ReadAllText(Repo.Path("rules", "misspellings", "ko.yml")),
            File.ReadAllText(Repo.Path("rules", "misspellings", "en.yml")),
        };
        texts.AddRange(Directory.GetFiles(Repo.Path("samples", "blog", "_posts"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var found = 0;
        foreach (var text in texts)
        {
            var expected = built.Find(text);
            var actual = compiled.Find(text);
            Assert.Equal(expected.Select(Show), actual.Select(Show));
            found += actual.Count;
        }

        Assert.InRange(found, 2_000, 100_000);
    }

    [Fact]
    public void Index_of_other_lists_is_not_read()
    {
        var entries = DefaultEntries();
        var bytes = File.ReadAllBytes(IndexPath);
        Assert.NotNull(MisspellingMatcher.Load(bytes, Source(), entries.Count, i => entries[i]));
        Assert.Null(MisspellingMatcher.Load(bytes, Source() + 1, entries.Count, i => entries[i]));
        Assert.Null(MisspellingMatcher.Load(bytes, Source(), entries.Count - 1, i => entries[i]));
        Assert.Null(MisspellingMatcher.Load(bytes.AsMemory(0, 16), Source(), entries.Count, i => entries[i]));
        Assert.Throws<FormatException>(() => MisspellingMatcher.Load(bytes.AsMemory(0, bytes.Length - 8), Source(), entries.Count, i => entries[i]));
    }

    private static string Show(MisspellingHit hit) => $"{hit.Start}+{hit.Length}:{Describe(hit.Entry)}";

    private static string Describe(MisspellingEntry e) =>
        string.Join(" | ", string.Join(",", e.Wrong), string.Join(",", e.Expected), e.CaseSensitive, e.Prefix?.ToString() ?? "null", e.Anywhere, e.Fixable, e.NearMiss, e.Note ?? "-", e.Origin);
}
