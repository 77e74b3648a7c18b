using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags a key set twice in one front matter mapping, at any depth. Docs: PL104FrontMatterDuplicateKey.md.</summary>
public sealed class PL104FrontMatterDuplicateKey : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL104", "front-matter-duplicate-key", "A front matter key is set twice",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "front matter 키를 두 번 설정했습니다" };

    private static readonly Message Duplicate = new(
        "key '{key}' is already set on line {line}; {consequence}: remove one",
        "키 '{key}'{은} {line}번째 줄에서 이미 설정했습니다. {consequence}. 하나를 지우세요");

    private static readonly Message TomlStops = new("TOML forbids it and Hugo stops the build", "TOML은 이를 허용하지 않아 Hugo 빌드가 멈춥니다");

    private static readonly Message HugoKeepsLast = new("Hugo keeps only the last value", "Hugo는 마지막 값만 씁니다");

    private static readonly Message HugoRejects = new("Hugo rejects the file", "Hugo는 이 파일을 거부합니다");

    private static readonly Message AstroRejects = new("Astro's YAML reader rejects the file", "Astro의 YAML 리더는 이 파일을 거부합니다");

    private static readonly Message JekyllKeepsLast = new("Jekyll keeps only the last value", "Jekyll은 마지막 값만 씁니다");

    private static readonly Message BothDisagree = new(
        "Jekyll keeps only the last value and Hugo rejects the file",
        "Jekyll은 마지막 값만 쓰고 Hugo는 이 파일을 거부합니다");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter?.RootNode is not { } root)
        {
            return;
        }

        var visited = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YMapping mapping:
                    CheckMapping(post, mapping, context);
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        pending.Push(mapping.Entries[i].Value);
                    }

                    break;
                case YSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(sequence.Items[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>What the generator does with a key set twice.</summary>
    private static Localized Consequence(Post post) => (post.FrontMatter?.Kind switch
    {
        FrontMatterKind.Toml => TomlStops,
        FrontMatterKind.Json => HugoKeepsLast,
        _ => post.Site.Kind switch
        {
            Sites.SiteKind.Hugo => HugoRejects,
            Sites.SiteKind.Astro => AstroRejects,
            Sites.SiteKind.Jekyll => JekyllKeepsLast,
            _ => BothDisagree,
        },
    }).With();

    private static void CheckMapping(Post post, YMapping mapping, RuleContext context)
    {
        // Front matter mappings are short: each key is compared with the ones before it, with no set to build.
        var entries = mapping.Entries;
        for (var i = 1; i < entries.Count; i++)
        {
            // `<<` merge keys may repeat in practice and are resolved by the YAML loader, not overwritten.
            var key = entries[i].KeyText;
            if (key is null || key == "<<")
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(entries[j].KeyText, key, StringComparison.Ordinal))
                {
                    var line = post.Source.GetPosition(entries[j].Key.Range.Start).Line;
                    context.Report(entries[i].Key.Range, Duplicate.With(key, line, Consequence(post)));
                    break;
                }
            }
        }
    }
}
