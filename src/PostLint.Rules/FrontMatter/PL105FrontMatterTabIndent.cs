using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags tab characters in the indentation of front matter lines. Docs: PL105FrontMatterTabIndent.md.</summary>
public sealed class PL105FrontMatterTabIndent : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL105", "front-matter-tab-indent", "Front matter is indented with tabs",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "front matter를 탭으로 들여썼습니다" };

    private static readonly Message OneTab = new(
        "tab in indentation; YAML indents with spaces only",
        "들여쓰기에 탭이 있습니다. YAML은 공백으로만 들여씁니다");

    private static readonly Message Tabs = new(
        "{tabs} tabs in indentation; YAML indents with spaces only",
        "들여쓰기에 탭이 {tabs}개 있습니다. YAML은 공백으로만 들여씁니다");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        // A block never closed is no front matter to Jekyll and stops Hugo's build (PL102 says so): its "content" is the body,
        // whose tab-indented code lines are no YAML indentation.
        if (post.FrontMatter is not { Kind: FrontMatterKind.Yaml, IsClosed: true } fm || fm.Content.Length == 0 ||
            !post.Text.AsSpan(fm.Content.Start, fm.Content.Length).Contains('\t'))
        {
            return;
        }

        var source = post.Source;
        var continued = fm.RootNode is null ? [] : ContinuationRanges(post.Text, fm.RootNode);
        var firstLine = source.GetPosition(fm.Content.Start).Line;
        var lastLine = source.GetPosition(fm.Content.End - 1).Line;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var text = source.GetLineSpan(line);
            var indent = text.Length - text.TrimStart(" \t").Length;
            if (indent == text.Length || text[..indent].IndexOf('\t') < 0 || text[indent] == '#')
            {
                continue;
            }

            // Blank lines and comments may hold tabs; in a multi-line scalar or flow collection, leading tabs are part of the value's line folding, not indentation.
            var start = source.GetLineStart(line);
            if (continued.Any(r => r.Start < start && start < r.End))
            {
                continue;
            }

            var tabs = text[..indent].Count('\t');
            context.Report(
                new TextRange(start, start + indent),
                tabs == 1 ? OneTab.With() : Tabs.With(tabs));
        }
    }

    /// <summary>The ranges of scalars and flow collections, whose later lines may start with tabs.</summary>
    private static List<TextRange> ContinuationRanges(string text, YNode root)
    {
        var ranges = new List<TextRange>();
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

            if (node is YScalar || text.AsSpan(node.Range.Start, node.Range.Length) is ['[' or '{', ..])
            {
                ranges.Add(node.Range);
            }

            switch (node)
            {
                case YMapping m:
                    foreach (var e in m.Entries)
                    {
                        pending.Push(e.Key);
                        pending.Push(e.Value);
                    }

                    break;
                case YSequence s:
                    foreach (var item in s.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return ranges;
    }
}
