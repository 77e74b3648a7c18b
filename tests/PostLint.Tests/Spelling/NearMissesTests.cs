using System.Text;
using PostLint.Rules.Spelling;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Spelling;

public class NearMissesTests
{
    private static ulong Hash(string word) => MisspellingMatcher.HashWord(word);

    private static NearMisses Check(string list) => new(EnglishWords.Read("words.txt", Encoding.UTF8.GetBytes(list)));

    [Fact]
    public void Word_list_knows_every_word_and_marks_the_common_ones()
    {
        var words = EnglishWords.Read("words.txt", "# comment\nbandwidth*\nbackend\r\nlibrary*\n"u8);
        Assert.Equal(3, words.KnownCount);
        Assert.Equal(2, words.CommonCount);
        Assert.True(words.IsKnown(Hash("backend")));
        Assert.True(words.IsKnown(Hash("bandwidth")));
        Assert.False(words.IsCommon(Hash("backend")));
        Assert.True(words.IsCommon(Hash("library")));
        Assert.False(words.IsKnown(Hash("libary")));
        Assert.False(words.IsCommon(Hash("libary")));

        var loaded = EnglishWords.Load(words.WriteIndex());
        Assert.Equal((3, 2), (loaded.KnownCount, loaded.CommonCount));
        Assert.True(loaded.IsKnown(Hash("backend")) && loaded.IsCommon(Hash("library")) && !loaded.IsCommon(Hash("backend")));
        Assert.Throws<FormatException>(() => EnglishWords.Read("words.txt", "Library\n"u8));
        Assert.Throws<FormatException>(() => EnglishWords.Load(new byte[32]));
        Assert.Equal("library", System.Text.Encoding.ASCII.GetString(loaded.LongWords('l', 7)));
        Assert.Equal("bandwidth", System.Text.Encoding.ASCII.GetString(loaded.LongWords('b', 9)));
        Assert.True(loaded.LongWords('b', 7).IsEmpty);
    }

    [Fact]
    public void Verdict_cache_is_bounded_and_starting_it_over_changes_no_verdict()
    {
        // postlint lsp keeps one check for the whole session: its cache of verdicts must not grow without end.
        const string List = "bandwidth*\nlibrary*\nreasonable*\nefficient*\ncapacity*\ncustom*\n";
        var bounded = new NearMisses(EnglishWords.Read("words.txt", Encoding.UTF8.GetBytes(List)), cacheSize: 3);
        var unbounded = Check(List);
        string[] words = ["bandwwidth", "libary", "reaosnable", "efficiemt", "ccapacity", "customm", "kubernetes", "bandwidht", "libraryy", "zzzzzz"];
        for (var round = 0; round < 3; round++)
        {
            foreach (var word in words)
            {
                Assert.Equal(unbounded.Suggest(word), bounded.Suggest(word));
                Assert.InRange(bounded.CachedCount, 1, 3);
            }
        }

        Assert.Equal(words.Length, unbounded.CachedCount);
        Assert.Equal(65_536, NearMisses.DefaultCacheSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearMisses(EnglishWords.Read("words.txt", "library*\n"u8), cacheSize: 0));
    }

    [Theory]
    [InlineData("bandwwidth", "bandwidth")]   // a letter doubled
    [InlineData("reaosnable", "reasonable")]  // two letters swapped
    [InlineData("efficiemt", "efficient")]    // a letter replaced
    [InlineData("libary", "library")]         // a letter dropped
    [InlineData("ccapacity", "capacity")]     // a doubled first letter
    [InlineData("reoccured", "reoccurred")]   // reoccur + ed, but the right form doubles the r
    public void One_slip_from_a_common_word_is_a_near_miss(string word, string suggestion)
    {
        var check = Check("bandwidth*\nreasonable*\nefficient*\nlibrary*\ncapacity*\nreoccur\nreoccurred*\n");
        Assert.Equal([suggestion], check.Suggest(word)!);
        Assert.Same(check.Suggest(word), check.Suggest(word)); // cached
    }

    [Theory]
    [InlineData("csharp")]      // a letter added before a word: an identifier
    [InlineData("hyperv")]      // after it
    [InlineData("untrusted")]   // un + a known word
    [InlineData("attaches")]    // attach + es
    [InlineData("globbing")]    // glob + b + ing
    [InlineData("proxied")]     // proxy, proxied
    [InlineData("affordance")]  // afford + ance
    [InlineData("brainstorm")]  // nothing common one slip away
    public void Identifiers_derived_words_and_far_words_are_not(string word)
    {
        var check = Check("sharp*\nhyper*\ntrusted\nentrusted*\nattach\nattached*\nglob\nblobbing*\nproxy\nproxies*\nafford\nabundance*\naffordable*\n");
        Assert.Null(check.Suggest(word));
    }

    [Theory]
    [InlineData("identifified", "identified")]   // a syllable doubled
    [InlineData("opiniated", "opinionated")]      // two letters dropped
    [InlineData("jeapordize", "jeopardize")]      // two replaced
    public void A_long_word_two_slips_from_a_long_common_word_is_a_near_miss(string word, string suggestion)
    {
        var check = Check("identified*\nopinionated*\njeopardize*\njeopardy*\nidentify*\n");
        Assert.Equal([suggestion], check.Suggest(word)!);
        Assert.Null(check.Suggest("idempotent"));                   // far from every word
        Assert.Null(Check("identified\n").Suggest("identifified")); // only common words are guessed
        Assert.Equal(["dotasheep"], Check("dotasheep*\n").Suggest("datasheet")!);
        Assert.Null(Check("data\nsheet\ndotasheep*\n").Suggest("datasheet")); // two words written together
    }

    [Fact]
    public void More_than_three_close_words_is_too_odd_to_guess()
    {
        Assert.Equal(["forged", "forger", "forges"], Check("forged*\nforger*\nforges*\n").Suggest("forgea")!);
        Assert.Null(Check("forged*\nforger*\nforges*\nforget*\n").Suggest("forgea"));
    }

    [Fact]
    public void Compiled_index_of_the_word_list_is_what_the_list_builds()
    {
        // A run reads Spelling/Compiled/en-words.index; after tests/tools/build-en-words.py rewrites the list this
        // fails until the index is rewritten: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled
        var index = EnglishWords.Read("rules/misspellings/en-words.txt", File.ReadAllBytes(Repo.Path("rules", "misspellings", "en-words.txt"))).WriteIndex();
        var path = Repo.Path("src", "PostLint.Rules", "Spelling", "Compiled", "en-words.index");
        if (Repo.UpdateSnapshots)
        {
            File.WriteAllBytes(path, index);
            return;
        }

        Assert.True(File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(index), $"{path} is out of date; rewrite it: POSTLINT_UPDATE_SNAPSHOTS=1 dotnet test --filter Compiled");
        var embedded = MisspellingLists.BuiltInWords();
        Assert.True(embedded.IsKnown(Hash("bandwidth")) && embedded.IsCommon(Hash("bandwidth")) && !embedded.IsKnown(Hash("bandwwidth")));
        Assert.Equal(["bandwidth"], NearMisses.BuiltIn.Suggest("bandwwidth")!);
    }
}
