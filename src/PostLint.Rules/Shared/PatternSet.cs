using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// Regular expressions from a pack's <c>patterns:</c> list (<c>id</c>, <c>regex</c>, <c>matches</c>, <c>not</c>),
/// compiled once per run with a match timeout. The examples of a user's pack are checked when the pack loads, so a
/// pattern that does not do what its author meant stops the run with the pack's file and line. A built-in pack's were
/// checked by the test suite (<c>PackTreeTests</c>): its patterns are compiled when first used, which a post whose
/// text holds none of a pattern's <c>requires</c> words never does.
/// </summary>
public sealed class PatternSet
{
    /// <summary>How long one match may run before it is abandoned.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly WordFilter?[] _requires;
    private readonly WordFilter? _anyRequired;

    private PatternSet(string source, IReadOnlyList<Pattern> patterns, IReadOnlyList<string[]?> requires)
    {
        Source = source;
        Patterns = patterns;

        // One vectorised multi-string search per pattern, and one over all of them (when every pattern has words).
        _requires = requires.Select(r => r is null ? null : new WordFilter(r)).ToArray();
        _anyRequired = requires.Count > 0 && requires.All(r => r is not null)
            ? new WordFilter(requires.SelectMany(r => r!).Distinct().ToArray())
            : null;
    }

    /// <summary>The pack the patterns come from (for messages).</summary>
    public string Source { get; }

    /// <summary>The patterns with their ids.</summary>
    public IReadOnlyList<Pattern> Patterns { get; }

    /// <summary>
    /// Where any pattern's required word occurs in <paramref name="text"/> (offsets into it, ascending), found in one
    /// pass; null when some pattern requires nothing (then any text may match). A rule checks only the blocks that hold
    /// one of these, instead of searching every block again.
    /// </summary>
    public List<int>? Candidates(ReadOnlySpan<char> text) => _anyRequired?.FindAll(text);

    /// <summary>Whether every pattern lists <c>requires</c> words, so that <see cref="Candidates"/> narrows the search.</summary>
    public bool FiltersByWords => _anyRequired is not null;

    /// <summary>Whether some pattern can match <paramref name="text"/>: it holds a required word, or a pattern requires none.</summary>
    public bool MayAnyMatch(ReadOnlySpan<char> text) => _anyRequired is null || _anyRequired.IsFoundIn(text);

    /// <summary>
    /// Whether pattern <paramref name="index"/> can match <paramref name="text"/>: false when the pattern lists
    /// <c>requires</c> words and the text holds none of them (compared ignoring case). A cheap, vectorised search
    /// that spares the regex on almost every paragraph.
    /// </summary>
    public bool MayMatch(int index, ReadOnlySpan<char> text)
    {
        return _requires[index] is not { } words || words.IsFoundIn(text);
    }

    /// <summary>The id of the first pattern matching <paramref name="text"/>, or null.</summary>
    public string? Match(string text)
    {
        foreach (var pattern in Patterns)
        {
            try
            {
                if (pattern.Regex.IsMatch(text))
                {
                    return pattern.Id;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological value cannot stall the run; it is treated as no match.
            }
        }

        return null;
    }

    /// <summary>
    /// Compiles the <c>patterns:</c> list of <paramref name="pack"/>, checking each pattern's examples; a built-in
    /// pack's patterns are compiled when first used and their examples left to the test suite, unless
    /// <paramref name="checkBuiltIn"/>.
    /// </summary>
    public static PatternSet Load(Pack pack, RuleSetup setup, RegexOptions extra = RegexOptions.IgnoreCase, bool checkBuiltIn = false)
    {
        var options = RegexOptions.CultureInvariant | extra;
        var check = !pack.IsBuiltIn || checkBuiltIn;
        var list = new List<Pattern>();
        var requires = new List<string[]?>();
        if (pack.Root.Get("patterns") is not YSequence items)
        {
            setup.Error(pack.ErrorAt(pack.Root, "the pack needs a 'patterns' list"));
            return new PatternSet(pack.DisplayPath, list, requires);
        }

        foreach (var item in items.Items)
        {
            var map = item as YMapping;
            var regexNode = map?.Get("regex") as YScalar;
            if (map is null || regexNode is null)
            {
                setup.Error(pack.ErrorAt(item, "each pattern needs 'regex' (and optionally 'id', 'matches', 'not')"));
                continue;
            }

            foreach (var key in map.Entries)
            {
                if (key.KeyText is not ("id" or "regex" or "matches" or "not" or "requires"))
                {
                    setup.Error(pack.ErrorAt(key.Key, $"unknown key '{key.KeyText}' in a pattern; expected id, regex, requires, matches, not"));
                }
            }

            var id = (map.Get("id") as YScalar)?.Value ?? regexNode.Value;
            var pattern = new Pattern(id, regexNode.Value, options);
            if (!check)
            {
                list.Add(pattern);
                requires.Add(Required(map, id, pack, setup));
                continue;
            }

            Regex? regex = null;
            try
            {
                regex = pattern.Regex;
            }
            catch (ArgumentException ex)
            {
                setup.Error(pack.ErrorAt(regexNode, $"invalid regular expression: {ex.Message}"));
                continue;
            }

            foreach (var (key, expected) in new[] { ("matches", true), ("not", false) })
            {
                var examples = map.Get(key) as YSequence;
                if (examples is null)
                {
                    continue;
                }

                foreach (var example in examples.Items.OfType<YScalar>())
                {
                    var matched = false;
                    try
                    {
                        matched = regex.IsMatch(example.Value);
                    }
                    catch (RegexMatchTimeoutException)
                    {
                        setup.Error(pack.ErrorAt(regexNode, $"pattern '{id}' timed out on its example '{example.Value}'"));
                        continue;
                    }

                    if (matched != expected)
                    {
                        setup.Error(pack.ErrorAt(example, expected
                            ? $"pattern '{id}' does not match its example '{example.Value}'"
                            : $"pattern '{id}' matches '{example.Value}', listed under 'not'"));
                    }
                }
            }

            var required = Required(map, id, pack, setup);

            // The prefilter must never hide a match: every example that should match holds a required word.
            if (required is not null && map.Get("matches") is YSequence must)
            {
                foreach (var example in must.Items.OfType<YScalar>())
                {
                    if (!required.Any(w => example.Value.Contains(w, StringComparison.OrdinalIgnoreCase)))
                    {
                        setup.Error(pack.ErrorAt(example, $"pattern '{id}' example '{example.Value}' holds none of its 'requires' words"));
                    }
                }
            }

            list.Add(pattern);
            requires.Add(required);
        }

        return new PatternSet(pack.DisplayPath, list, requires);
    }

    /// <summary>The <c>requires</c> words of a pattern, or null when it lists none.</summary>
    private static string[]? Required(YMapping map, string id, Pack pack, RuleSetup setup)
    {
        switch (map.Get("requires"))
        {
            case YSequence words when words.Items.All(w => w is YScalar { Value.Length: > 0 }):
                return words.Items.Cast<YScalar>().Select(w => w.Value).ToArray();
            case YScalar { Value.Length: > 0 } word:
                return [word.Value];
            case { } other:
                setup.Error(pack.ErrorAt(other, $"'requires' of pattern '{id}' must be a list of words"));
                return null;
            default:
                return null;
        }
    }

    /// <summary>One pattern of the list: its id and its regular expression, compiled when first used.</summary>
    public sealed class Pattern
    {
        private readonly string _source;
        private readonly RegexOptions _options;
        private Regex? _regex;

        internal Pattern(string id, string source, RegexOptions options)
        {
            Id = id;
            _source = source;
            _options = options;
        }

        /// <summary>The pattern's id (its regex when it has none).</summary>
        public string Id { get; }

        /// <summary>The compiled regular expression, with <see cref="MatchTimeout"/>.</summary>
        /// <exception cref="ArgumentException">The pattern is not a valid regular expression (never for a built-in pack: the tests compile them).</exception>
        public Regex Regex => _regex ?? Interlocked.CompareExchange(ref _regex, new Regex(_source, _options, MatchTimeout), null) ?? _regex;
    }

    /// <summary>
    /// Finds any of a set of words, ignoring case, with vectorised searches. Words without cased letters (Hangul,
    /// digits) are compared ordinally and ASCII words ignoring ASCII case, so both stay on fast paths: a case-insensitive
    /// <see cref="SearchValues{T}"/> over non-ASCII words, and one over Hangul at all, fall back to slow scalar scans.
    /// Non-ASCII caseless words are found by a vectorised search for their first characters, then compared.
    /// </summary>
    private sealed class WordFilter
    {
        // Groups of at most eight: one SearchValues over thirty words ran 3-4x slower than four over eight each
        // (a different, bucketed Teddy with many more false candidates).
        private const int GroupSize = 8;
        private readonly SearchValues<string>[] _ignoringCase;
        private readonly SearchValues<string>? _asciiCaseless;
        private readonly SearchValues<char>? _firstChars;
        private readonly string[] _caseless;
        private readonly char _firstMin;
        private readonly char _firstMax;

        public WordFilter(IReadOnlyList<string> words)
        {
            var cased = words.Where(w => w.Any(HasCase)).ToArray();
            _ignoringCase = cased.Chunk(GroupSize).Select(g => SearchValues.Create(g, StringComparison.OrdinalIgnoreCase)).ToArray();
            _caseless = words.Where(w => !w.Any(HasCase)).ToArray();
            if (_caseless.Length > 0 && _caseless.All(w => Ascii.IsValid(w)))
            {
                _asciiCaseless = SearchValues.Create(_caseless, StringComparison.Ordinal);
            }
            else if (_caseless.Length > 0)
            {
                _firstChars = SearchValues.Create(_caseless.Select(w => w[0]).Distinct().ToArray());
                _firstMin = _caseless.Min(w => w[0]);
                _firstMax = _caseless.Max(w => w[0]);
            }
        }

        private static bool HasCase(char c) => char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c;

        public bool IsFoundIn(ReadOnlySpan<char> text)
        {
            foreach (var words in _ignoringCase)
            {
                if (text.IndexOfAny(words) >= 0)
                {
                    return true;
                }
            }

            return (_asciiCaseless is not null && text.IndexOfAny(_asciiCaseless) >= 0) || (_firstChars is not null && HasCaseless(text));
        }

        public List<int> FindAll(ReadOnlySpan<char> text)
        {
            var found = new List<int>();
            void All(ReadOnlySpan<char> t, SearchValues<string> words)
            {
                for (int at = 0, i; (i = t[at..].IndexOfAny(words)) >= 0; at += i + 1)
                {
                    found.Add(at + i);
                }
            }

            foreach (var words in _ignoringCase)
            {
                All(text, words);
            }

            if (_asciiCaseless is not null)
            {
                All(text, _asciiCaseless);
            }

            if (_firstChars is not null)
            {
                for (int at = 0, i; (i = IndexOfCaseless(text[at..])) >= 0; at += i + 1)
                {
                    found.Add(at + i);
                }
            }

            found.Sort();
            return found;
        }

        private bool HasCaseless(ReadOnlySpan<char> text) => IndexOfCaseless(text) >= 0;

        /// <summary>Where the first caseless word starts in <paramref name="text"/>, or -1.</summary>
        private int IndexOfCaseless(ReadOnlySpan<char> text)
        {
            // A range search first: text without a character between the words' first ones (English text for Hangul
            // words) is ruled out faster than by the set search.
            if (text.IndexOfAnyInRange(_firstMin, _firstMax) < 0)
            {
                return -1;
            }

            for (int from = 0, at; (at = text[from..].IndexOfAny(_firstChars!)) >= 0; from += at + 1)
            {
                foreach (var word in _caseless)
                {
                    if (text[(from + at)..].StartsWith(word, StringComparison.Ordinal))
                    {
                        return from + at;
                    }
                }
            }

            return -1;
        }
    }
}
