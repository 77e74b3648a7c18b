using System.Buffers.Binary;
using System.Text;
using PostLint.Rules.Spelling;

namespace PostLint.Tests.Spelling;

public class EnglishWordsTests
{
    // The index's header (EnglishWords.WriteIndex): magic, version, known count and capacity, common count and
    // capacity, the long words' length; then the known slots (4 bytes each), the common slots (8 bytes each), the
    // groups of long words (26 first letters × 18 lengths, an offset and a count each) and the long words' text.
    private const int Groups = 26 * 18;

    private static EnglishWords Words(string list) => EnglishWords.Read("words.txt", Encoding.UTF8.GetBytes(list));

    private static string Long(EnglishWords words, char first, int length) => Encoding.ASCII.GetString(words.LongWords(first, length));

    private static byte[] With(byte[] index, int at, int value)
    {
        var copy = (byte[])index.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), value);
        return copy;
    }

    private static int GroupsStart(byte[] index) =>
        32 + (BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(12)) * 4) + (BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(20)) * 8);

    [Theory]
    [InlineData("library*\n# comment\nLibrary\n", "words.txt:3: expected a lower-case ASCII word, optionally followed by '*'")]
    [InlineData("library*\r\nback end\r\n", "words.txt:2: expected a lower-case ASCII word, optionally followed by '*'")]
    [InlineData("library*\n*\n", "words.txt:2: expected a lower-case ASCII word, optionally followed by '*'")]
    [InlineData("librar-y\n", "words.txt:1: expected a lower-case ASCII word, optionally followed by '*'")]
    public void Refuses_a_line_that_is_not_a_word_and_names_its_line(string list, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Words(list)).Message);
    }

    [Fact]
    public void Long_common_words_of_7_to_24_letters_are_kept_by_first_letter_and_length()
    {
        var z24 = new string('z', 24);
        var y25 = new string('y', 25);
        var words = Words($"abcdefh*\nabcdefg*\nabcdef*\n{z24}*\n{y25}*\nabcdefi\n");
        foreach (var w in new[] { words, EnglishWords.Load(words.WriteIndex()) })
        {
            Assert.Equal("abcdefgabcdefh", Long(w, 'a', 7)); // sorted; the uncommon "abcdefi" is not a correction
            Assert.Equal(z24, Long(w, 'z', 24));
            Assert.Equal("", Long(w, 'y', 25));   // longer than 24 letters: not kept
            Assert.Equal("", Long(w, 'a', 6));    // shorter than 7
            Assert.Equal("", Long(w, '`', 7));    // the characters either side of a–z
            Assert.Equal("", Long(w, '{', 7));
            Assert.Equal("", Long(w, 'A', 7));
            Assert.Equal("", Long(w, 'b', 7));
            Assert.True(w.IsCommon(MisspellingMatcher.HashWord(y25)));
        }
    }

    [Fact]
    public void A_word_listed_twice_counts_once()
    {
        var once = Words("library*\nbackend\n");
        var twice = Words("library*\nbackend\nlibrary*\nbackend\nlibrary\nbackend*\n");
        Assert.Equal((2, 2), (twice.KnownCount, twice.CommonCount)); // backend is common the second time
        Assert.Equal("library", Long(twice, 'l', 7));
        Assert.True(twice.IsCommon(MisspellingMatcher.HashWord("backend")));
        Assert.Equal(Words("library*\nbackend*\n").WriteIndex(), twice.WriteIndex());
        Assert.NotEqual(once.WriteIndex(), twice.WriteIndex());
    }

    [Fact]
    public void An_index_without_long_words_loads()
    {
        var index = Words("cache*\nlib\n").WriteIndex(); // no common word of 7 letters or more
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(24)));
        var loaded = EnglishWords.Load(index);
        Assert.Equal((2, 1), (loaded.KnownCount, loaded.CommonCount));
        Assert.True(loaded.IsCommon(MisspellingMatcher.HashWord("cache")));
        Assert.True(loaded.IsKnown(MisspellingMatcher.HashWord("lib")));
    }

    public static TheoryData<string> Corruptions() =>
    [
        "short", "magic and version only", "magic", "version", "known capacity", "common capacity", "known count",
        "common count", "long bytes", "one byte more", "group offset", "group count", "group past the end",
    ];

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Refuses_an_index_it_did_not_write(string corruption)
    {
        // One long common word (7 bytes of long text), one known word.
        var index = Words("library*\nbackend\n").WriteIndex();
        var knownCapacity = BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(12));
        var commonCapacity = BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(20));
        var lastGroup = GroupsStart(index) + ((Groups - 1) * 8); // 'z', 24 letters
        var bad = corruption switch
        {
            "short" => index[..31],
            "magic and version only" => index[..8],
            "magic" => [.. "PLEX"u8, .. index[4..]],
            "version" => With(index, 4, 1),
            "known capacity" => With(index, 12, knownCapacity + 8),
            "common capacity" => With(index, 20, commonCapacity - 1),
            "known count" => With(index, 8, knownCapacity),
            "common count" => With(index, 16, commonCapacity),
            "long bytes" => With(index, 24, -1),
            "one byte more" => [.. index, 0],
            "group offset" => With(index, lastGroup, -1),
            "group count" => With(index, lastGroup + 4, -1),
            "group past the end" => With(index, lastGroup + 4, 1), // 24 bytes from offset 0, of 7
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };
        Assert.Equal("not an English word index", Assert.Throws<FormatException>(() => EnglishWords.Load(bad)).Message);

        // The same index untouched, and each count at the most its capacity allows, loads.
        Assert.Equal(2, EnglishWords.Load(index).KnownCount);
        Assert.Equal(knownCapacity - 1, EnglishWords.Load(With(index, 8, knownCapacity - 1)).KnownCount);
        Assert.Equal(commonCapacity - 1, EnglishWords.Load(With(index, 16, commonCapacity - 1)).CommonCount);
        Assert.Equal("library", Long(EnglishWords.Load(With(With(index, lastGroup, 0), lastGroup + 4, 0)), 'l', 7));
    }
}
