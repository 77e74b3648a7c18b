using System.Text;
using PostLint.Rules;
using PostLint.Rules.Spelling;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Spelling;

public class WordTableTests
{
    private static WordTable Table(string text) => WordTable.Read("list.txt", Encoding.UTF8.GetBytes(text));

    private static MisspellingEntry? Find(WordTable table, string word) => table.Find(word, MisspellingMatcher.HashWord(word));

    [Fact]
    public void Finds_whole_words_in_lower_case_or_with_a_capital_first_letter_only()
    {
        var table = Table("# comment\n\nudpate->update\r\naache->ache, cache,\n");
        Assert.Equal(2, table.Count);
        var udpate = Find(table, "udpate")!;
        Assert.Equal(["update"], udpate.Expected);
        Assert.True(udpate.HasFix);
        Assert.Equal("list.txt:3", udpate.Origin);
        Assert.Same(udpate, Find(table, "Udpate")); // made once
        Assert.Equal(["Update"], udpate.SuggestionsFor("Udpate"));
        Assert.Null(Find(table, "UDPATE"));  // capitals: an acronym
        Assert.Null(Find(table, "udPate"));  // a capital inside: an identifier
        Assert.Null(Find(table, "update"));
        Assert.Null(Find(table, "udpat"));
        Assert.Null(Find(table, "udpatee"));

        var aache = Find(table, "aache")!;
        Assert.Equal(["ache", "cache"], aache.Expected);
        Assert.False(aache.HasFix);
        Assert.Equal("list.txt:4", aache.Origin);
    }

    [Theory]
    [InlineData("udpate->update\nUdpate->update\n", "list.txt:2: expected 'wrong->right' with a lower-case wrong form")]
    [InlineData("udpate\n", "list.txt:1: expected 'wrong->right' with a lower-case wrong form")]
    [InlineData("udpate->\n", "list.txt:1: expected 'wrong->right' with a lower-case wrong form")]
    [InlineData("udpate->update\naache->ache\nudpate->updated\n", "list.txt:3: 'udpate' is already listed on line 1")]
    public void Refuses_lines_it_cannot_read(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Table(text)).Message);
    }

    [Fact]
    public void Built_in_table_holds_the_long_tail_and_none_of_the_dictionary_words()
    {
        var table = MisspellingLists.BuiltInTable(MisspellingLists.TableName)!;
        Assert.InRange(table.Count, 80_000, 100_000);
        Assert.Null(MisspellingLists.BuiltInTable("en"));

        // The typos of the issue, which the curated list missed.
        foreach (var word in new[] { "visualizaiton", "quantitity", "udpate", "retunr", "funtionality", "instaed", "configuation", "exection", "lauch" })
        {
            Assert.True(Find(table, word) is not null, word);
        }

        // Dictionary words, acronyms and the forms found right in real text are not in it.
        foreach (var word in new[] { "theses", "revered", "panting", "wit", "nd", "fils", "olt", "writeable", "empted" })
        {
            Assert.True(Find(table, word) is null, word);
        }
    }

    [Fact]
    public void Built_in_table_is_sorted_and_never_lists_a_form_another_list_expects()
    {
        // A wrong form that is somebody's right answer would flag correct text; a form of the curated lists would be
        // a second entry for one word (the generator drops them).
        var table = MisspellingLists.BuiltInTable(MisspellingLists.TableName)!;
        var curated = MisspellingLists.BuiltInNames.SelectMany(n => MisspellingLists.BuiltIn(n)?.Entries ?? []).ToList();
        foreach (var word in curated.SelectMany(e => e.Expected).Concat(curated.Where(e => !e.CaseSensitive).SelectMany(e => e.Wrong)))
        {
            var lower = word.ToLowerInvariant();
            Assert.True(Find(table, lower) is null, word);
        }

        var lines = File.ReadAllLines(Repo.Path("rules", "misspellings", "en-typos.txt")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(table.Count, lines.Count);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        var forms = lines.Select(l => l[..l.IndexOf("->", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var corrections = lines.SelectMany(l => l[(l.IndexOf("->", StringComparison.Ordinal) + 2)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(corrections.Where(c => forms.Contains(c.ToLowerInvariant())).Distinct().Take(20));
    }

    [Fact]
    public void Compiled_index_of_the_large_list_is_what_the_list_builds()
    {
        // A run reads Spelling/Compiled/en-typos.index instead of hashing 94,000 lines; after the list is regenerated
        // this fails until the index is rewritten: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled
        var text = File.ReadAllBytes(Repo.Path("rules", "misspellings", "en-typos.txt"));
        var index = WordTable.Read("rules/misspellings/en-typos.txt", text).WriteIndex();
        var path = Repo.Path("src", "PostLint.Rules", "Spelling", "Compiled", "en-typos.index");
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllBytes(path, index);
            return;
        }

        Assert.True(File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(index), $"{path} is out of date; rewrite it: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled");
        Assert.True(MisspellingLists.BuiltInTableIndex().AsSpan().SequenceEqual(index), "the build embedded an older index");
    }

    [Fact]
    public void Index_reads_back_the_same_table_and_a_stale_one_is_rebuilt()
    {
        const string Text = "aache->ache, cache,\nudpate->update\n";
        var built = Table(Text);
        var loaded = WordTable.Load("list.txt", Encoding.UTF8.GetBytes(Text), built.WriteIndex());
        Assert.Equal(2, loaded.Count);
        Assert.Equal(["update"], Find(loaded, "udpate")!.Expected);
        Assert.Null(Find(loaded, "update"));

        // An index of another text (here one line shorter) is not trusted: the table is built from the text.
        var stale = WordTable.Load("list.txt", Encoding.UTF8.GetBytes(Text + "retunr->return\n"), built.WriteIndex());
        Assert.Equal(3, stale.Count);
        Assert.NotNull(Find(stale, "retunr"));
        Assert.Equal(3, WordTable.Load("list.txt", Encoding.UTF8.GetBytes(Text + "retunr->return\n"), ReadOnlyMemory<byte>.Empty).Count);
    }
    [Fact]
    public void Reads_a_last_line_without_a_line_break_and_blank_crlf_lines()
    {
        var table = Table("udpate->update\r\n\r\n\r\nretunr->return");
        Assert.Equal(2, table.Count);
        Assert.Equal(["update"], Find(table, "udpate")!.Expected);
        var retunr = Find(table, "retunr")!;
        Assert.Equal(["return"], retunr.Expected);
        Assert.Equal("list.txt:4", retunr.Origin);
    }

    [Theory]
    [InlineData("udpate->\r\n")]
    [InlineData("udpate->  \t\n")] // read before, then refused by the entry when the word was first found
    public void Refuses_an_arrow_with_nothing_but_spaces_or_a_carriage_return_after_it(string text)
    {
        Assert.Equal("list.txt:1: expected 'wrong->right' with a lower-case wrong form", Assert.Throws<FormatException>(() => Table(text)).Message);
    }

    [Fact]
    public void A_comma_makes_the_suggestions_a_list_without_a_fix()
    {
        var table = Table("aache->ache, cache\nabotu->about,\nudpate->update\n");
        var aache = Find(table, "aache")!;
        Assert.Equal(["ache", "cache"], aache.Expected);
        Assert.False(aache.HasFix);
        var abotu = Find(table, "abotu")!;
        Assert.Equal(["about"], abotu.Expected); // one suggestion, but the list's author did not call it safe
        Assert.False(abotu.HasFix);
        Assert.True(Find(table, "udpate")!.HasFix);
    }

    [Fact]
    public void A_list_may_be_up_to_4_megabytes_less_two_bytes()
    {
        const int Limit = (1 << 22) - 2; // a line's offset + 1 must fit in 22 bits
        var fits = "#" + new string('x', Limit - 1);
        Assert.Equal(0, Table(fits).Count);
        Assert.Equal("list.txt: a word table holds at most 4194302 bytes", Assert.Throws<FormatException>(() => Table(fits + "x")).Message);
    }

    [Fact]
    public void Index_of_a_text_of_the_same_length_is_read_in_place_and_a_damaged_one_is_rebuilt()
    {
        // The index is trusted for a text of the length it was written for: here it was written for "udpate", so
        // "xdpate" (same length) is not found through it. That is what a damaged index would do instead.
        var index = Table("udpate->update\n").WriteIndex();
        var other = Encoding.UTF8.GetBytes("xdpate->update\n");
        var trusted = WordTable.Load("list.txt", other, index);
        Assert.Null(Find(trusted, "xdpate"));
        Assert.Equal(1, trusted.Count);

        static byte[] With(byte[] bytes, int at, int value)
        {
            var copy = (byte[])bytes.Clone();
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), value);
            return copy;
        }

        var capacity = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(16));
        byte[][] damaged =
        [
            index[..19],                                   // shorter than the header
            [.. "PLWX"u8, .. index[4..]],                  // magic
            With(index, 4, 2),                             // version
            With(index, 12, capacity),                     // as many forms as slots
            With(index, 12, capacity + 1),
            [.. With(index, 16, 24), .. new byte[32]],     // 24 slots (not a power of two), and their bytes
            [.. index, 0, 0, 0, 0],                        // a slot more than the header says
            index[..^4],
        ];
        foreach (var bytes in damaged)
        {
            var rebuilt = WordTable.Load("list.txt", other, bytes);
            Assert.Equal(["update"], Find(rebuilt, "xdpate")!.Expected);
        }

        Assert.Equal(capacity - 1, WordTable.Load("list.txt", other, With(index, 12, capacity - 1)).Count);
    }
}
