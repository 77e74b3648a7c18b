using System.Buffers;
using System.Text.RegularExpressions;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>
/// Regular expressions from a pack's <c>patterns:</c> list (<c>id</c>, <c>regex</c>, <c>matches</c>, <c>not</c>),
/// compiled once per run with a match timeout. The examples are checked when the pack loads, so a pattern that does
/// not do what its author meant stops the run with the pack's file and line.
/// </summary>
public sealed class PatternSet
{
    /// <summary>How long one match may run before it is abandoned.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly SearchValues<string>?[] _requires;
    private readonly SearchValues<string>? _anyRequired;

    private PatternSet(string source, IReadOnlyList<(string Id, Regex Regex)> patterns, IReadOnlyList<string[]?> requires)
    {
        Source = source;
        Patterns = patterns;

        // One vectorised multi-string search per pattern, and one over all of them (when every pattern has words).
        _requires = requires.Select(r => r is null ? null : SearchValues.Create(r, StringComparison.OrdinalIgnoreCase)).ToArray();
        _anyRequired = requires.Count > 0 && requires.All(r => r is not null)
            ? SearchValues.Create(requires.SelectMany(r => r!).Distinct().ToArray(), StringComparison.OrdinalIgnoreCase)
            : null;
    }

    /// <summary>The pack the patterns come from (for messages).</summary>
    public string Source { get; }

    /// <summary>The compiled patterns with their ids.</summary>
    public IReadOnlyList<(string Id, Regex Regex)> Patterns { get; }

    /// <summary>Whether any pattern can match <paramref name="text"/> (see <see cref="MayMatch"/>).</summary>
    public bool MayAnyMatch(ReadOnlySpan<char> text)
    {
        if (_anyRequired is not null)
        {
            return text.IndexOfAny(_anyRequired) >= 0;
        }

        for (var i = 0; i < Patterns.Count; i++)
        {
            if (MayMatch(i, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether pattern <paramref name="index"/> can match <paramref name="text"/>: false when the pattern lists
    /// <c>requires</c> words and the text holds none of them (compared ignoring case). A cheap, vectorised search
    /// that spares the regex on almost every paragraph.
    /// </summary>
    public bool MayMatch(int index, ReadOnlySpan<char> text)
    {
        return _requires[index] is not { } words || text.IndexOfAny(words) >= 0;
    }

    /// <summary>The id of the first pattern matching <paramref name="text"/>, or null.</summary>
    public string? Match(string text)
    {
        foreach (var (id, regex) in Patterns)
        {
            try
            {
                if (regex.IsMatch(text))
                {
                    return id;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological value cannot stall the run; it is treated as no match.
            }
        }

        return null;
    }

    /// <summary>Compiles the <c>patterns:</c> list of <paramref name="pack"/>.</summary>
    public static PatternSet Load(Pack pack, RuleSetup setup, RegexOptions extra = RegexOptions.IgnoreCase)
    {
        var list = new List<(string, Regex)>();
        var requires = new List<string[]?>();
        if (pack.Root.Get("patterns") is not YSequence items)
        {
            setup.Error(pack.ErrorAt(pack.Root, "the pack needs a 'patterns' list"));
            return new PatternSet(pack.DisplayPath, list, requires);
        }

        foreach (var item in items.Items)
        {
            if (item is not YMapping map || map.Get("regex") is not YScalar regexNode)
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
            Regex regex;
            try
            {
                regex = new Regex(regexNode.Value, RegexOptions.CultureInvariant | extra, MatchTimeout);
            }
            catch (ArgumentException ex)
            {
                setup.Error(pack.ErrorAt(regexNode, $"invalid regular expression: {ex.Message}"));
                continue;
            }

            foreach (var (key, expected) in new[] { ("matches", true), ("not", false) })
            {
                if (map.Get(key) is not YSequence examples)
                {
                    continue;
                }

                foreach (var example in examples.Items.OfType<YScalar>())
                {
                    bool matched;
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

            string[]? required = null;
            switch (map.Get("requires"))
            {
                case YSequence words when words.Items.All(w => w is YScalar { Value.Length: > 0 }):
                    required = words.Items.Cast<YScalar>().Select(w => w.Value).ToArray();
                    break;
                case YScalar { Value.Length: > 0 } word:
                    required = [word.Value];
                    break;
                case { } other:
                    setup.Error(pack.ErrorAt(other, $"'requires' of pattern '{id}' must be a list of words"));
                    break;
            }

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

            list.Add((id, regex));
            requires.Add(required);
        }

        return new PatternSet(pack.DisplayPath, list, requires);
    }
}
