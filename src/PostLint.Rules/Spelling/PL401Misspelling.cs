using System.Collections.Concurrent;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.Spelling;

/// <summary>Flags words from misspelling lists (Korean-aware) in prose and chosen front matter values. Docs: PL401Misspelling.md.</summary>
public sealed class PL401Misspelling : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL401", "misspelling", "A word is misspelled or a name is written with the wrong letter case",
        RuleCategory.Spelling, Severity.Warning, FixAvailability.Sometimes)
    {
        KoreanTitle = "맞춤법 오류나 대소문자가 틀린 이름이 있습니다",
        Options =
        [
            new OptionSpec("lists", OptionKind.StringList, "Your own lists (PostLint YAML, prh YAML or codespell), relative to the config file"),
            new OptionSpec("builtin", OptionKind.StringList, "Built-in lists to use: ko, en, en-typos, en-near-miss ([] for none)"),
            new OptionSpec("front-matter-keys", OptionKind.StringList, "Front matter keys whose string values are checked"),
            new OptionSpec("allow", OptionKind.StringList, "Words never reported, exactly as written"),
        ],
    };

    /// <summary>Front matter keys checked unless <c>front-matter-keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultFrontMatterKeys = ["title", "excerpt", "description"];

    /// <summary>Automata for built-in list combinations without user lists, built once per process.</summary>
    private static readonly ConcurrentDictionary<string, Task<MisspellingMatcher>> BuiltInMatchers = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <summary>
    /// The rule's setup. The matcher is built on a thread of its own while the run finds its files (a 50,000-entry user
    /// list takes about 150 ms to build, a site's file search about as long; the large built-in list's table a few ms);
    /// the first check waits for it.
    /// </summary>
    private static readonly Message WrongCase = new(
        "'{wrong}' should be written '{suggestion}'",
        "'{wrong}'{은} '{suggestion}'{으로} 써야 합니다");

    private static readonly Message Misspelled = new(
        "'{wrong}' is a misspelling of {suggestions}",
        "'{wrong}'{은} 맞춤법 오류입니다. {suggestions}{으로} 쓰세요");

    private static readonly Message NotAWord = new(
        "'{wrong}' is not an English word; did you mean {suggestions}?",
        "'{wrong}'{은} 영어 단어가 아닙니다. {suggestions}{을} 잘못 쓴 것 아닌가요?");

    private static readonly Message WithNote = new("{message} ({note})", "{message} ({note})");

    private static readonly Message OneSuggestion = new("'{suggestion}'", "'{suggestion}'");

    private static readonly Message Suggestions = new("{first} or '{last}'", "{first} 또는 '{last}'");

    private static readonly Message ReplaceWith = new("Replace with '{suggestion}'", "'{suggestion}'{으로} 바꾸세요");

    private static readonly Message UnknownBuiltIn = new(
        "unknown built-in list '{name}'; expected: {names}",
        "알 수 없는 기본 제공 목록 '{name}'입니다. 쓸 수 있는 목록: {names}");

    private static readonly Message ListMissing = new(
        "misspelling list '{path}' does not exist",
        "맞춤법 목록 '{path}'{이} 없습니다");

    private sealed record State(Task<MisspellingMatcher> Building, IReadOnlyList<string> FrontMatterKeys, HashSet<string> Allow)
    {
        public MisspellingMatcher Matcher => Building.GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var options = setup.Options;
        var builtIn = options.GetStringList("builtin", MisspellingLists.BuiltInNames);
        var curated = new List<string>();
        var table = false;
        var nearMisses = false;

        foreach (var name in builtIn)
        {
            if (name == MisspellingLists.TableName)
            {
                table = true; // read in place with its compiled index
                continue;
            }

            if (name == MisspellingLists.NearMissName)
            {
                nearMisses = true; // its words are read the first time a post has a word no other list knows
                continue;
            }

            if (!MisspellingLists.BuiltInNames.Contains(name))
            {
                setup.Error(ItemNode(options.Node("builtin"), name), UnknownBuiltIn.With(name, string.Join(", ", MisspellingLists.BuiltInNames)));
                continue;
            }

            curated.Add(name);
        }

        var userLists = options.GetStringList("lists", []);
        if (userLists.Count == 0 && curated.SequenceEqual(MisspellingLists.CompiledMatcherLists))
        {
            // The default lists: their matcher is compiled (Spelling/Compiled/ko-en.index) and read in place.
            var compiled = BuiltInMatchers.GetOrAdd(string.Join(",", builtIn), _ => MisspellingLists.CompiledMatcher(
                table ? MisspellingLists.BuiltInTable(MisspellingLists.TableName) : null,
                nearMisses ? NearMisses.BuiltIn : null) is { } loaded ? Task.FromResult(loaded) : Start(() => Build(CuratedEntries(curated), table, nearMisses)));
            return Finish(compiled);
        }

        var entries = CuratedEntries(curated);
        foreach (var path in userLists)
        {
            var full = Path.GetFullPath(Path.Combine(setup.BaseDirectory, path));
            if (!File.Exists(full))
            {
                setup.Error(ItemNode(options.Node("lists"), path), ListMissing.With(path));
                continue;
            }

            // Later lists win over earlier ones (and over the built-in lists) for the same wrong form.
            entries.AddRange(MisspellingLists.Load(full, path.Replace('\\', '/'), setup.Error)?.Entries ?? []);
        }

        var matcher = userLists.Count == 0
            ? BuiltInMatchers.GetOrAdd(string.Join(",", builtIn), _ => Start(() => Build(entries, table, nearMisses)))
            : Start(() => Build(entries, table, nearMisses));
        return Finish(matcher);

        State Finish(Task<MisspellingMatcher> matcher)
        {
            var keys = options.GetStringList("front-matter-keys", DefaultFrontMatterKeys);
            var allow = new HashSet<string>(options.GetStringList("allow", []), StringComparer.Ordinal);
            return new State(matcher, keys, allow);
        }
    }

    /// <summary>
    /// Whether the word is an emoji code, <c>:womens:</c>: GitHub, jemoji (GitHub Pages) and Hugo's <c>enableEmoji</c> show
    /// an emoji there, and without them the reader sees the code, a name, not a word.
    /// </summary>
    private static bool IsEmojiCode(string text, int start, int end) =>
        start > 0 && end < text.Length && text[start - 1] == ':' && text[end] == ':' && (start < 2 || !char.IsLetterOrDigit(text[start - 2]));

    /// <summary>The entries of the curated built-in lists <paramref name="names"/> (known names other than the table and the near misses), in order.</summary>
    private static List<MisspellingEntry> CuratedEntries(List<string> names) =>
        names.SelectMany(n => MisspellingLists.BuiltIn(n)!.Entries).ToList();

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var state = context.State<State>();
        var matcher = state.Matcher;
        if (matcher.FormCount == 0 && matcher.WordCount == 0 && !matcher.HasNearMisses)
        {
            return;
        }

        var prose = VisibleProse.Of(post);
        var text = post.Text;
        var hits = new List<MisspellingHit>();
        foreach (var run in prose.FrontMatterValues(state.FrontMatterKeys))
        {
            matcher.Find(text, run.Range.Start, run.Range.End, hits);
        }

        foreach (var run in prose.Body)
        {
            matcher.Find(text, run.Range.Start, run.Range.End, hits);
        }

        WordContext? words = null;
        foreach (var hit in hits)
        {
            var wrong = text.Substring(hit.Start, hit.Length);
            if (state.Allow.Contains(wrong))
            {
                continue;
            }

            var entry = hit.Entry;
            if (!entry.CaseSensitive && Scripts.IsLatinWordChar(wrong[0]))
            {
                // A Latin word matched whatever its letter case: the reader may see more than the word that matched.
                words ??= new WordContext(text);
                if (words.IsPartOfWord(hit.Start, hit.End) || words.IsAffixMention(hit.Start) || words.IsElision(hit.End, wrong) || IsEmojiCode(text, hit.Start, hit.End) ||
                    (entry.NearMiss && words.IsName(hit.Start, hit.End)))
                {
                    continue;
                }
            }

            if (entry.NearMiss)
            {
                if (!(words ??= new WordContext(text)).IsSlip(hit.Start, hit.End))
                {
                    continue;
                }

                var guesses = entry.SuggestionsFor(wrong);
                var at = new TextRange(hit.Start, hit.End);

                // A guess from distance: offered as an unsafe fix when it is the only one (mismat could be mismatch).
                var guess = guesses.Count == 1 ? Fix.Replace(ReplaceWith.With(guesses[0]), at, guesses[0], FixSafety.Unsafe) : null;
                context.Report(at, NotAWord.With(wrong, Quoted(guesses)), guess);
                continue;
            }

            var suggestions = entry.SuggestionsFor(wrong);
            var message = entry.IsCasingOf(wrong)
                ? WrongCase.With(wrong, suggestions[0])
                : Misspelled.With(wrong, Quoted(suggestions));
            if (entry.Note is { Length: > 0 } note)
            {
                message = WithNote.With(message, note);
            }

            var range = new TextRange(hit.Start, hit.End);
            var fix = entry.HasFix ? Fix.Replace(ReplaceWith.With(suggestions[0]), range, suggestions[0]) : null;
            context.Report(range, message, fix);
        }
    }

    /// <summary>
    /// Builds the matcher on a thread of its own while the other rules prepare. Not on the thread pool: a one-post run
    /// uses the pool for nothing else, and starting it (two workers, the gate thread, their spinning) cost about 2 ms
    /// of CPU (median of 40 interleaved runs: 50.6 -> 47.4 ms, load average about 16).
    /// </summary>
    private static Task<MisspellingMatcher> Start(Func<MisspellingMatcher> build) =>
        Task.Factory.StartNew(build, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static MisspellingMatcher Build(List<MisspellingEntry> entries, bool table, bool nearMisses) =>
        new(entries, table ? MisspellingLists.BuiltInTable(MisspellingLists.TableName) : null, nearMisses ? NearMisses.BuiltIn : null);

    /// <summary>
    /// What the text around a Latin word says about it. A word set in emphasis inside a longer word (<c>**M**otivate</c>,
    /// <c>Pic**ture**</c>), a suffix named on its own (<c>-ment</c>) or a dropped g (<c>Makin'</c>) is not a misspelling;
    /// a near miss written with a capital is a name where a capital means one, and a slip only if it is written once,
    /// in prose (<see cref="NearMisses"/> has judged the word alone).
    /// </summary>
    private sealed class WordContext(string text)
    {
        /// <summary>The longest inline tag looked at, attributes included.</summary>
        private const int MaxTagLength = 200;

        /// <summary>HTML elements that set text inline with nothing between it and the letters around it.</summary>
        private static readonly string[] InlineElements = ["b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "span", "small", "font", "a", "abbr"];

        private List<(int Start, int End)>? _comments;

        /// <summary>
        /// Whether emphasis marks join text[start..end) to letters before or after it: the reader sees one word
        /// (<c>**S**aturation</c>), of which the match is only a part.
        /// </summary>
        public bool IsPartOfWord(int start, int end)
        {
            var i = start - 1;
            while (i >= 0)
            {
                if (text[i] is '*' or '_' or '~')
                {
                    i--;
                }
                else if (TagStartBefore(i) is var open and >= 0)
                {
                    i = open - 1;
                }
                else
                {
                    break;
                }
            }

            if (i < start - 1 && i >= 0 && char.IsAsciiLetter(text[i]))
            {
                return true;
            }

            var j = end;
            while (j < text.Length)
            {
                if (text[j] is '*' or '_' or '~')
                {
                    j++;
                }
                else if (TagEndAfter(j) is var close and >= 0)
                {
                    j = close + 1;
                }
                else
                {
                    break;
                }
            }

            return j > end && j < text.Length && char.IsAsciiLetter(text[j]);
        }

        /// <summary>
        /// The start of the inline element's tag that ends with the <c>&gt;</c> at <paramref name="at"/>
        /// (<c>&lt;strong&gt;</c>, <c>&lt;/span&gt;</c>), or -1: such an element sets text in a word apart no more than
        /// emphasis does (<c>&lt;strong&gt;M&lt;/strong&gt;embership</c> reads Membership). Not <c>&lt;br&gt;</c>, which ends a line.
        /// </summary>
        private int TagStartBefore(int at)
        {
            if (text[at] != '>')
            {
                return -1;
            }

            var lt = at - 1;
            while (lt >= 0 && at - lt <= MaxTagLength && text[lt] is not ('<' or '>' or '\n'))
            {
                lt--;
            }

            return lt >= 0 && text[lt] == '<' && IsInlineElementTag(lt) ? lt : -1;
        }

        /// <summary>The end (its <c>&gt;</c>) of the inline element's tag that starts at <paramref name="at"/>, or -1 (<see cref="TagStartBefore"/>).</summary>
        private int TagEndAfter(int at)
        {
            if (text[at] != '<' || !IsInlineElementTag(at))
            {
                return -1;
            }

            var gt = at + 1;
            while (gt < text.Length && gt - at <= MaxTagLength && text[gt] is not ('<' or '>' or '\n'))
            {
                gt++;
            }

            return gt < text.Length && text[gt] == '>' ? gt : -1;
        }

        /// <summary>Whether the tag at <paramref name="lt"/> opens or closes an element that sets text inline, no space around it.</summary>
        private bool IsInlineElementTag(int lt)
        {
            var i = lt + 1 < text.Length && text[lt + 1] == '/' ? lt + 2 : lt + 1;
            var j = i;
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            if (j == i || j >= text.Length || text[j] is not ('>' or ' ' or '\t' or '/'))
            {
                return false;
            }

            var name = text.AsSpan(i, j - i);
            foreach (var element in InlineElements)
            {
                if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the word is a suffix named on its own, a hyphen before it and no letter before that (<c>-ment</c>, <c>-tion</c>).</summary>
        public bool IsAffixMention(int start) =>
            start >= 1 && text[start - 1] == '-' && (start < 2 || !char.IsLetterOrDigit(text[start - 2]));

        /// <summary>Whether the word drops its final g, an apostrophe in its place (<c>Makin'</c>, <c>livin’</c>).</summary>
        public bool IsElision(int end, string word) =>
            end < text.Length && text[end] is '\'' or '\u2019' && word.EndsWith("in", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether a near miss with a capital first letter is a name: a capital that does not start a sentence starts
        /// one (Solaris, Montag), and so does a capital in a line of Korean, which has no capitals of its own
        /// (<c>*Trezor* 하드웨어 지갑</c>), or one followed on its line by a capitalised word, which reads as a name of
        /// several words even where a sentence or list item starts (<c>club: Didcot Runners</c>, <c>40. **Metronomy** _Nights Out_</c>).
        /// Not for a list's typo: Korean posts write English terms in Title Case, and misspell them so (<c>Reqeust</c>,
        /// <c>Applicaiton</c> in real posts).
        /// </summary>
        public bool IsName(int start, int end) =>
            char.IsUpper(text[start]) && (!StartsSentence(start) || InKoreanLine(start) || CapitalisedWordFollows(end));

        /// <summary>
        /// Whether a word with a capital then a small letter follows <paramref name="end"/> on the same line, past spaces
        /// and emphasis marks (<c>**Metronomy** _Nights Out_</c>); not <c>I</c> or an acronym, which follow any word.
        /// </summary>
        private bool CapitalisedWordFollows(int end)
        {
            var i = end;
            var spaced = false;
            while (i < text.Length && text[i] is ' ' or '\t' or '*' or '_' or '~')
            {
                spaced |= text[i] is ' ' or '\t';
                i++;
            }

            return spaced && i + 1 < text.Length && char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterLower(text[i + 1]);
        }

        /// <summary>Whether the near miss text[start..end) is a slip rather than a term, a name or a contraction.</summary>
        public bool IsSlip(int start, int end)
        {
            // shouldn't, wouldn’t: the lists lack the contraction's first part.
            if (end < text.Length && text[end] is '\'' or '\u2019')
            {
                return false;
            }

            // Part of a hyphenated compound (up-to-dateness, pre-empted, Raton-Laveur): coined or a name.
            if ((start >= 2 && text[start - 1] == '-' && char.IsAsciiLetter(text[start - 2])) ||
                (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1])))
            {
                return false;
            }

            // Alone in a table cell: a name or a value (a contributor's handle), not a sentence. A row's outer pipes are
            // optional, so the line's start or end closes a cell too when a pipe is on the other side.
            var before = Before(start);
            var after = After(end);
            if ((before == '|' || after == '|') && before is '|' or '\n' && after is '|' or '\n' or '\r')
            {
                return false;
            }

            // Written again in the post, in prose, code, a URL or front matter: a term, not a slip. HTML comments
            // do not count (a note about the word is not a use of it).
            var word = text.AsSpan(start, end - start);
            var at = 0;
            while (at < text.Length)
            {
                var i = text.AsSpan(at).IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (i < 0)
                {
                    break;
                }

                i += at;
                at = i + word.Length;
                if (i == start || (i > 0 && Scripts.IsLatinWordChar(text[i - 1])) || (at < text.Length && Scripts.IsLatinWordChar(text[at])) || InComment(i))
                {
                    continue;
                }

                return false;
            }

            return true;
        }

        /// <summary>Whether the line holding <paramref name="offset"/> has a Hangul letter.</summary>
        private bool InKoreanLine(int offset)
        {
            for (var i = offset - 1; i >= 0 && text[i] != '\n'; i--)
            {
                if (Scripts.IsHangul(text[i]))
                {
                    return true;
                }
            }

            for (var i = offset; i < text.Length && text[i] != '\n'; i++)
            {
                if (Scripts.IsHangul(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first character before <paramref name="start"/> that is not a space or a tab ('\n' at a line's start).</summary>
        private char Before(int start)
        {
            var i = start - 1;
            while (i >= 0 && text[i] is ' ' or '\t')
            {
                i--;
            }

            return i < 0 ? '\n' : text[i];
        }

        /// <summary>The first character from <paramref name="end"/> on that is not a space or a tab ('\n' at a line's end).</summary>
        private char After(int end)
        {
            var i = end;
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            return i >= text.Length ? '\n' : text[i];
        }

        /// <summary>Whether only spaces, opening marks and the start of a block (or a sentence's end) come before the word.</summary>
        private bool StartsSentence(int start)
        {
            var i = start - 1;
            while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '*' or '_' or '[' or '(' or '"' or '\'' or '\u201C' or '\u2018' or '`'))
            {
                i--;
            }

            // A middle initial's full stop ends no sentence: "Craig P. Motlin" (a word of one capital letter before it).
            var initial = i >= 1 && text[i] == '.' && char.IsUpper(text[i - 1]) && (i < 2 || char.IsWhiteSpace(text[i - 2]));
            return i < 0 || (text[i] is '.' or '!' or '?' or ':' or '#' or '-' or '+' or '>' or '|' or ')' or '\u2026' or '\u3002' && !initial);
        }

        private bool InComment(int offset)
        {
            if (_comments is null)
            {
                _comments = [];
                var at = 0;
                while ((at = text.IndexOf("<!--", at, StringComparison.Ordinal)) >= 0)
                {
                    var close = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
                    var end = close < 0 ? text.Length : close + 3;
                    _comments.Add((at, end));
                    at = end;
                }
            }

            foreach (var (s, e) in _comments)
            {
                if (offset >= s && offset < e)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static Localized Quoted(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        1 => OneSuggestion.With(suggestions[0]),
        _ => Suggestions.With(string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(s => $"'{s}'")), suggestions[^1]),
    };

    private static YNode? ItemNode(YNode? option, string value) =>
        option is YSequence seq ? seq.Items.OfType<YScalar>().FirstOrDefault(s => s.Value == value) ?? option : option;
}
