using System.Text;
using CsCheck;
using PostLint.Documents;
using PostLint.Rules;
using PostLint.Rules.Spelling;

namespace PostLint.Tests.Spelling;

public class MisspellingMatcherTests
{
    private static MisspellingEntry Entry(string wrong, string expected, bool caseSensitive = false, bool? prefix = null, bool anywhere = false) =>
        new([wrong], [expected]) { CaseSensitive = caseSensitive, Prefix = prefix, Anywhere = anywhere };

    private static string[] Hits(MisspellingMatcher matcher, string text) =>
        matcher.Find(text).Select(h => $"{h.Start}:{text.Substring(h.Start, h.Length)}").ToArray();

    [Fact]
    public void Finds_every_occurrence_in_one_pass_with_overlapping_forms()
    {
        // Classic Aho-Corasick case: forms that are suffixes and prefixes of each other.
        var matcher = new MisspellingMatcher([Entry("he", "x", anywhere: true, prefix: true), Entry("she", "y", anywhere: true, prefix: true),
            Entry("his", "z", anywhere: true, prefix: true), Entry("hers", "w", anywhere: true, prefix: true)]);
        const string Text = "ushers he";
        var candidates = new List<MisspellingHit>();
        matcher.FindCandidates(Text, 0, Text.Length, candidates);
        Assert.Equal(["1:she", "2:he", "2:hers", "7:he"], candidates.Select(h => $"{h.Start}:{Text.Substring(h.Start, h.Length)}").Order(StringComparer.Ordinal));

        // Reported hits never overlap: the leftmost wins, then the longest.
        Assert.Equal(["1:she", "7:he"], Hits(matcher, Text));
    }

    [Fact]
    public void Leftmost_longest_wins_and_later_entries_win_ties()
    {
        var early = Entry("확작", "a", anywhere: true);
        var late = Entry("확작", "b", anywhere: true);
        var longer = Entry("확작성", "확장성");
        var matcher = new MisspellingMatcher([early, longer, late]);
        var hit = Assert.Single(matcher.Find("확작성"));
        Assert.Same(longer, hit.Entry);
        hit = Assert.Single(matcher.Find("정확작"));
        Assert.Same(late, hit.Entry);
    }

    [Fact]
    public void Case_sensitive_forms_match_only_their_exact_casing()
    {
        var matcher = new MisspellingMatcher([Entry("Github", "GitHub", caseSensitive: true)]);
        Assert.Equal(["0:Github"], Hits(matcher, "Github"));
        Assert.Empty(Hits(matcher, "github GITHUB GitHub gitHub"));
    }

    [Fact]
    public void Case_insensitive_forms_fold_case_but_skip_text_that_is_already_right()
    {
        var matcher = new MisspellingMatcher([Entry("github", "GitHub")]);
        Assert.Equal(["0:github", "7:GITHUB"], Hits(matcher, "github GITHUB GitHub"));
    }

    [Theory]
    [InlineData("Github", true)]
    [InlineData("Github에서", true)]
    [InlineData("Github.", true)]
    [InlineData("Github, x", true)]
    [InlineData("'Github'", true)]
    [InlineData("non-Github", true)]
    [InlineData("Github-hosted", true)]
    [InlineData("MyGithub", false)]
    [InlineData("Githubs", false)]
    [InlineData("Github2", false)]
    [InlineData("Github_x", false)]
    [InlineData("Github.com", false)]
    [InlineData("Github/repo", false)]
    [InlineData("x/Github", false)]
    [InlineData(".Github", false)]
    [InlineData("@Github", false)]
    [InlineData("a:Github", false)]
    [InlineData("참고:Github", true)]
    [InlineData("Github:x", false)]
    [InlineData("éGithub", false)]
    public void Latin_boundaries(string text, bool found)
    {
        var matcher = new MisspellingMatcher([Entry("Github", "GitHub", caseSensitive: true)]);
        Assert.Equal(found, matcher.Find(text).Count == 1);
    }

    [Theory]
    [InlineData("확작성", true)]
    [InlineData("확작성이", true)]
    [InlineData("확작성을 높인다", true)]
    [InlineData("(확작성)", true)]
    [InlineData("정확작성", false)]
    [InlineData("API확작성", false)]
    [InlineData("2확작성", false)]
    public void Hangul_forms_start_a_word_and_take_particles(string text, bool found)
    {
        var matcher = new MisspellingMatcher([Entry("확작성", "확장성")]);
        Assert.Equal(found, matcher.Find(text).Count == 1);
    }

    [Theory]
    [InlineData("금새", true)]
    [InlineData("금새.", true)]
    [InlineData("금새우", false)]
    [InlineData("금새a", false)]
    public void Hangul_forms_with_prefix_false_end_the_word(string text, bool found)
    {
        var matcher = new MisspellingMatcher([Entry("금새", "금세", prefix: false)]);
        Assert.Equal(found, matcher.Find(text).Count == 1);
    }

    [Fact]
    public void Anywhere_forms_may_start_inside_a_word()
    {
        var matcher = new MisspellingMatcher([Entry("되요", "돼요", anywhere: true, prefix: false)]);
        Assert.Equal(["1:되요"], Hits(matcher, "안되요"));
        Assert.Empty(Hits(matcher, "안되요리"));
    }

    [Fact]
    public void Range_edges_are_word_boundaries()
    {
        var matcher = new MisspellingMatcher([Entry("Github", "GitHub", caseSensitive: true)]);
        var hits = new List<MisspellingHit>();
        matcher.Find("xGithubx", 1, 7, hits);
        Assert.Equal(1, Assert.Single(hits).Start);
    }

    [Fact]
    public void Empty_matcher_finds_nothing()
    {
        var matcher = new MisspellingMatcher([]);
        Assert.Equal(0, matcher.FormCount);
        Assert.Empty(matcher.Find("아무 말 any words"));
    }

    /// <summary>
    /// A list of 50,000 generated entries (made here, never committed) still finds exactly the planted misspellings,
    /// with the automaton's size linear in the list. Timing belongs to the benchmarks.
    /// </summary>
    [Fact]
    public void Fifty_thousand_entry_list_finds_the_right_hits()
    {
        var random = new Random(401);
        const string Latin = "abcdefghijklmnopqrstuvwxyz";
        var dictionary = new StringBuilder();
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < 50_000)
        {
            var korean = words.Count % 2 == 0;
            var length = random.Next(korean ? 2 : 5, korean ? 5 : 11);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = korean ? (char)random.Next(0xAC00, 0xD7A4) : Latin[random.Next(Latin.Length)];
            }

            var word = new string(chars);
            if (words.Add(word))
            {
                dictionary.Append(word).Append("->").Append(korean ? "맞춤" : "right").Append(words.Count).Append('\n');
            }
        }

        var errors = new List<ConfigError>();
        var list = MisspellingLists.ParseCodespell("generated.txt", new SourceText(dictionary.ToString()), errors.Add);
        Assert.Empty(errors);
        Assert.Equal(50_000, list.Entries.Count);

        var matcher = new MisspellingMatcher(list.Entries);
        Assert.Equal(50_000, matcher.FormCount);
        Assert.True(matcher.NodeCount < words.Sum(w => w.Length) + 1);

        // Plant ten entries in text made of words that are not in the list.
        var planted = list.Entries.Where((_, i) => i % 5_000 == 17).ToArray();
        var text = new StringBuilder();
        var expected = new List<string>();
        foreach (var entry in planted)
        {
            text.Append("문장 속에 ");
            expected.Add($"{text.Length}:{entry.Wrong[0]}");
            text.Append(entry.Wrong[0]).Append(Scripts(entry.Wrong[0]) ? "이 있다. " : " is here. ");
        }

        var hits = matcher.Find(text.ToString());
        Assert.Equal(expected, hits.Select(h => $"{h.Start}:{text.ToString(h.Start, h.Length)}"));
        Assert.Equal(planted, hits.Select(h => h.Entry));
    }

    private static bool Scripts(string word) => PostLint.Rules.Shared.Scripts.IsHangul(word[0]);

    [Theory]
    [InlineData("all")]
    [InlineData("no Latin prefix form")]
    [InlineData("Hangul only")]
    [InlineData("all, and a word table")]
    [InlineData("a word table only")]
    public void Skipping_search_finds_exactly_what_brute_force_finds(string lists)
    {
        // The matcher jumps with vectorised searches and hashes whole Latin words (one path when a Latin form is a
        // prefix, one when none is, one when no form starts with a Latin letter); any text must give the candidates of
        // the plain definition.
        MisspellingEntry[] entries =
        [
            Entry("Github", "GitHub", caseSensitive: true), Entry("recieve", "receive"), Entry("ab", "x"), Entry("b", "y"),
            Entry("확작성", "확장성"), Entry("되있", "돼 있", anywhere: true, prefix: true), Entry("작성", "z", prefix: true),
            Entry("é", "e"), Entry("Ḱx", "k"), Entry("-ab", "w", anywhere: true), Entry("있다", "v", anywhere: true),
            Entry("githu", "u", prefix: true), Entry("nodejs", "Node.js"), Entry("node.JS", "Node.js"), Entry("e-mail", "email"),
        ];
        entries = lists switch
        {
            "no Latin prefix form" => entries.Where(e => e.Expected[0] != "u").ToArray(),
            "Hangul only" => entries.Where(e => PostLint.Rules.Shared.Scripts.IsHangul(e.Wrong[0][0])).ToArray(),
            "a word table only" => [],
            _ => entries,
        };
        var table = lists.Contains("word table", StringComparison.Ordinal)
            ? WordTable.Read("t.txt", Encoding.UTF8.GetBytes("abab->x\nnodejs->y\nrecieve->z\nudpate->update\n"))
            : null;
        var matcher = new MisspellingMatcher(entries, table);

        // The same matcher read back from its index (how a run gets the built-in lists' matcher) finds the same.
        var loaded = MisspellingMatcher.Load(matcher.WriteIndex(7), 7, entries.Length, e => entries[e], table)!;
        var pieces = Gen.OneOf(Gen.Const("Github"), Gen.Const("github"), Gen.Const("RECIEVE"), Gen.Const("ab"), Gen.Const("b"),
            Gen.Const("확작성"), Gen.Const("되있"), Gen.Const("작성"), Gen.Const("있다"), Gen.Const("é"), Gen.Const("É"), Gen.Const("ḱx"),
            Gen.Const("-ab"), Gen.Const("Node"), Gen.Const("js"), Gen.Const("e-"), Gen.Const("mail"), Gen.Const("githu"),
            Gen.Const("udpate"), Gen.Const("Udpate"), Gen.Const("UDPATE"), Gen.Const("uDpate"), Gen.Const("Recieve"), Gen.Const("abab"),
            Gen.Char["ab.-/_ 1é가ᄀ\n"].Select(c => c.ToString()), Gen.Char['가', '힣'].Select(c => c.ToString()));
        Gen.Select(pieces.Array[0, 12], Gen.Int[0, 3], Gen.Int[0, 3]).Sample((parts, cutStart, cutEnd) =>
        {
            var text = string.Concat(parts);
            var start = Math.Min(cutStart, text.Length);
            var end = Math.Max(start, text.Length - cutEnd);
            var fast = new List<MisspellingHit>();
            var naive = new List<MisspellingHit>();
            matcher.FindCandidates(text, start, end, fast);
            matcher.FindCandidatesNaive(text, start, end, naive);
            static string Show(List<MisspellingHit> hits) => string.Join(",", hits.Select(h => $"{h.Start}+{h.Length}:{h.Entry.Expected[0]}").Order(StringComparer.Ordinal));
            Assert.Equal(Show(naive), Show(fast));
            var read = new List<MisspellingHit>();
            loaded.FindCandidates(text, start, end, read);
            Assert.Equal(Show(fast), Show(read));
        }, iter: 20000);
    }

    [Fact]
    public void Ascii_fold_table_folds_exactly_the_Latin_word_characters()
    {
        var table = MisspellingMatcher.AsciiWordFold;
        Assert.Equal(128, table.Length);
        for (var c = '\0'; c < '\u0080'; c++)
        {
            Assert.Equal(PostLint.Rules.Shared.Scripts.IsLatinWordChar(c) ? MisspellingMatcher.Fold(c) : 0, (int)table[c]);
        }
    }
}
