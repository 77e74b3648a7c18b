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

    private PatternSet(IReadOnlyList<(string Id, Regex Regex)> patterns) => Patterns = patterns;

    /// <summary>The compiled patterns with their ids.</summary>
    public IReadOnlyList<(string Id, Regex Regex)> Patterns { get; }

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
        if (pack.Root.Get("patterns") is not YSequence items)
        {
            setup.Error(pack.ErrorAt(pack.Root, "the pack needs a 'patterns' list"));
            return new PatternSet(list);
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
                if (key.KeyText is not ("id" or "regex" or "matches" or "not"))
                {
                    setup.Error(pack.ErrorAt(key.Key, $"unknown key '{key.KeyText}' in a pattern; expected id, regex, matches, not"));
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

            list.Add((id, regex));
        }

        return new PatternSet(list);
    }
}
