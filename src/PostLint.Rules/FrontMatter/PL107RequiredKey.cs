using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a post whose front matter lacks a required key or leaves it empty. Docs: PL107RequiredKey.md.</summary>
public sealed class PL107RequiredKey : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL107", "required-key", "A required front matter key is missing or empty",
        RuleCategory.FrontMatter, Severity.Error)
    {
        Options =
        [
            new OptionSpec("keys", OptionKind.StringList, "Front matter keys every post must set (dotted paths such as header.teaser reach into mappings)"),
        ],
    };

    /// <summary>The keys required unless <c>keys</c> is configured.</summary>
    public static readonly IReadOnlyList<string> DefaultKeys = ["title"];

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private sealed record State(IReadOnlyList<string> Keys);

    /// <inheritdoc/>
    public object? Prepare(RuleSetup setup)
    {
        var keys = setup.Options.GetStringList("keys", DefaultKeys);
        foreach (var key in keys)
        {
            if (key.Trim().Length == 0 || key.Split('.').Any(p => p.Length == 0))
            {
                setup.Error(setup.Options.Node("keys"), $"'{key}' is not a key; write a name such as title or a dotted path such as header.teaser");
            }
        }

        return new State(keys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter is not { Root: { } root } fm || !SitePaths.IsPost(post))
        {
            return;
        }

        var opening = new TextRange(fm.Block.Start, post.Source.GetLineEnd(1));
        foreach (var key in context.State<State>().Keys)
        {
            var entry = root.FindPath(key);
            if (entry is null)
            {
                context.Report(opening, fm.Kind switch
                {
                    FrontMatterKind.Toml => $"front matter has no {key}; add {key} = with a value",
                    FrontMatterKind.Json => $"front matter has no {key}; add \"{key}\": with a value",
                    _ => $"front matter has no {key}; add {key}: with a value",
                });
            }
            else if (IsEmpty(entry.Value))
            {
                context.Report(entry.Key.Range, $"{key} is empty; give it a value");
            }
        }
    }

    private static bool IsEmpty(YNode value) => value switch
    {
        YScalar s => s.IsNull || s.Value.Trim().Length == 0,
        YSequence q => q.Items.Count == 0,
        YMapping m => m.Entries.Count == 0,
        _ => false,
    };
}
