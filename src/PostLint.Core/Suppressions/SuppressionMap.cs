using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostLint.Documents;
using PostLint.Rules;

namespace PostLint.Suppressions;

/// <summary>
/// The suppression comments of one post, applied by the engine after the rules ran. In the body they are HTML comments
/// (<c>&lt;!-- postlint-disable-next-line placeholder-date --&gt;</c>); in front matter, YAML comments with the same verbs
/// (<c># postlint-disable-next-line placeholder-date</c>). Rules are named by id, name or category; none means all.
/// </summary>
public sealed partial class SuppressionMap
{
    private enum Verb
    {
        Disable,
        Enable,
        DisableLine,
        DisableNextLine,
        DisableFile,
    }

    private readonly record struct Directive(Verb Verb, int Line, HashSet<string>? Rules);

    private readonly List<Directive> _directives;

    private SuppressionMap(List<Directive> directives, List<UnknownRuleReference> unknown)
    {
        _directives = directives;
        UnknownRules = unknown;
    }

    /// <summary>Rules named in suppressions that the catalog does not know.</summary>
    public IReadOnlyList<UnknownRuleReference> UnknownRules { get; }

    /// <summary>Whether the post has any suppression at all.</summary>
    public bool IsEmpty => _directives.Count == 0;

    /// <summary>A map with no suppressions.</summary>
    public static SuppressionMap Empty { get; } = new([], []);

    [GeneratedRegex(@"<!--\s*postlint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlDirective();

    [GeneratedRegex(@"#\s*postlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)", RegexOptions.CultureInvariant)]
    private static partial Regex YamlDirective();

    /// <summary>Finds every suppression in <paramref name="post"/>.</summary>
    public static SuppressionMap Build(Post post, RuleCatalog catalog)
    {
        var text = post.Text;
        if (!text.Contains("postlint-", StringComparison.Ordinal))
        {
            return Empty;
        }

        var directives = new List<Directive>();
        var unknown = new List<UnknownRuleReference>();
        var source = post.Source;

        var fm = post.FrontMatter;
        if (fm is not null && fm.Kind == FrontMatterKind.Yaml)
        {
            var content = fm.Content;
            foreach (Match m in YamlDirective().Matches(text[..content.End], content.Start))
            {
                Add(m, source.GetPosition(m.Index).Line);
            }
        }

        // Only posts that mention a directive get here, so the code ranges are worth finding at once.
        var code = CodeRanges(post);
        foreach (Match m in HtmlDirective().Matches(text, post.BodyStart))
        {
            if (!code.Any(r => r.Contains(m.Index)))
            {
                Add(m, source.GetPosition(m.Index).Line);
            }
        }

        // The directives are in line order: the front matter's first, then the body's, each in text order.
        return new SuppressionMap(directives, unknown);

        void Add(Match m, int line)
        {
            var verb = m.Groups[1].Value switch
            {
                "disable-next-line" => Verb.DisableNextLine,
                "disable-line" => Verb.DisableLine,
                "disable-file" => Verb.DisableFile,
                "disable" => Verb.Disable,
                _ => Verb.Enable,
            };
            HashSet<string>? rules = null;
            var group = m.Groups[2];
            var offset = group.Index;
            foreach (var token in group.Value.Split([' ', '\t', ',', '\r', '\n'], StringSplitOptions.None))
            {
                if (token.Length > 0)
                {
                    var targets = catalog.Resolve(token);
                    if (targets is null)
                    {
                        unknown.Add(new UnknownRuleReference(token, new TextRange(offset, offset + token.Length)));
                    }
                    else
                    {
                        rules ??= new HashSet<string>(StringComparer.Ordinal);
                        foreach (var t in targets)
                        {
                            rules.Add(t.Id);
                        }
                    }
                }

                offset += token.Length + 1;
            }

            // A directive that names only unknown rules suppresses nothing rather than everything.
            if (rules is null && group.Value.Trim().Length > 0)
            {
                rules = [];
            }

            directives.Add(new Directive(verb, line, rules));
        }
    }

    /// <summary>Whether a finding of <paramref name="ruleId"/> starting on 1-based <paramref name="line"/> is suppressed.</summary>
    public bool IsSuppressed(string ruleId, int line)
    {
        var allDisabled = false;
        HashSet<string>? disabled = null, exempt = null;
        foreach (var d in _directives)
        {
            var applies = d.Rules is null || d.Rules.Contains(ruleId);
            switch (d.Verb)
            {
                case Verb.DisableFile when applies:
                    return true;
                case Verb.DisableLine when applies && d.Line == line:
                case Verb.DisableNextLine when applies && d.Line + 1 == line:
                    return true;
                case Verb.Disable when d.Line <= line:
                    if (d.Rules is null)
                    {
                        allDisabled = true;
                        disabled = exempt = null;
                    }
                    else if (allDisabled)
                    {
                        exempt?.ExceptWith(d.Rules);
                    }
                    else
                    {
                        (disabled ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(d.Rules);
                    }

                    break;
                case Verb.Enable when d.Line <= line:
                    if (d.Rules is null)
                    {
                        allDisabled = false;
                        disabled = exempt = null;
                    }
                    else if (allDisabled)
                    {
                        (exempt ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(d.Rules);
                    }
                    else
                    {
                        disabled?.ExceptWith(d.Rules);
                    }

                    break;
            }
        }

        return allDisabled ? exempt is null || !exempt.Contains(ruleId) : disabled is not null && disabled.Contains(ruleId);
    }

    private static List<TextRange> CodeRanges(Post post)
    {
        var ranges = new List<TextRange>();
        foreach (var node in post.Document.Descendants())
        {
            if (node is CodeBlock or CodeInline)
            {
                ranges.Add(Post.RangeOf(node));
            }
        }

        return ranges;
    }
}

/// <summary>A rule name in a suppression comment that matches no rule.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Range">Where it is written.</param>
public sealed record UnknownRuleReference(string Name, TextRange Range);
