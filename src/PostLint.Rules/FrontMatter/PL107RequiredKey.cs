using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;
using PostLint.Sites;
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
        KoreanTitle = "필수 front matter 키가 없거나 비어 있습니다",
        SkipsUnrendered = true,
    };

    private static readonly Message NotAKey = new(
        "'{key}' is not a key; write a name such as title or a dotted path such as header.teaser",
        "'{key}'{은} 키가 아닙니다. title 같은 이름이나 header.teaser처럼 점으로 이은 경로를 쓰세요");

    private static readonly Message MissingToml = new(
        "front matter has no {key}; add {key} = with a value",
        "front matter에 {key}{이} 없습니다. {key} = 뒤에 값을 적어 넣으세요");

    private static readonly Message MissingJson = new(
        "front matter has no {key}; add \"{key}\": with a value",
        "front matter에 {key}{이} 없습니다. \"{key}\": 뒤에 값을 적어 넣으세요");

    private static readonly Message MissingYaml = new(
        "front matter has no {key}; add {key}: with a value",
        "front matter에 {key}{이} 없습니다. {key}: 뒤에 값을 적어 넣으세요");

    private static readonly Message Empty = new("{key} is empty; give it a value", "{key}{이} 비어 있습니다. 값을 적으세요");

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
                setup.Error(setup.Options.Node("keys"), NotAKey.With(key));
            }
        }

        // A blank or malformed key is a config error, and a config with errors stops the run before any post is checked.
        return new State(keys.Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter is not { Root: { } root } fm || !SitePaths.IsPost(post))
        {
            return;
        }

        if (!context.Drafts && Drafts.IsDraft(post))
        {
            // A draft (published: false, Hugo's draft: true) is not built: its keys are checked once it is, or with --drafts.
            return;
        }

        var opening = new TextRange(fm.Block.Start, post.Source.GetLineEnd(1));
        // Hugo reads front matter keys in any letter case (Title: is the title).
        var comparer = FrontMatterKeys.KeyComparer(post.Site.Kind);
        foreach (var key in context.State<State>().Keys)
        {
            var entry = root.FindPath(key, comparer);
            if (entry is null)
            {
                var missing = fm.Kind switch
                {
                    FrontMatterKind.Toml => MissingToml,
                    FrontMatterKind.Json => MissingJson,
                    _ => MissingYaml,
                };
                context.Report(opening, missing.With(key));
            }
            else if (IsEmpty(entry.Value))
            {
                context.Report(entry.Key.Range, Empty.With(key));
            }
        }
    }

    private static bool IsEmpty(YNode value) => value switch
    {
        YScalar s => s.IsNull || s.Value.Trim().Length == 0,
        YSequence q => q.Items.Count == 0,
        // YMapping, the only other kind of node.
        _ => value is YMapping { Entries.Count: 0 },
    };
}
