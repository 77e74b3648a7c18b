using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Rules.Shared;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags front matter whose opening delimiter is never closed. Docs: PL102FrontMatterUnterminated.md.</summary>
public sealed partial class PL102FrontMatterUnterminated : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL102", "front-matter-unterminated", "Front matter is opened but never closed",
        RuleCategory.FrontMatter, Severity.Error);

    // A TOML key (`title =`) or table (`[params]`).
    [GeneratedRegex(@"\A(?:\[|[A-Za-z0-9_""'.-]+\s*=)", RegexOptions.CultureInvariant)]
    private static partial Regex TomlKeyLine();

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter is not { IsClosed: false } fm)
        {
            return;
        }

        // `---` alone at the top of a file is also a thematic break: only call it front matter when a key follows.
        var source = post.Source;
        var first = DisplacedFrontMatter.FirstContentLine(post.Text, fm.Content.Start);
        if (first < 0)
        {
            return;
        }

        var firstLine = source.GetLineSpan(source.GetPosition(first).Line);
        var isToml = fm.Kind == FrontMatterKind.Toml;
        if (!(isToml ? TomlKeyLine().IsMatch(firstLine) : DisplacedFrontMatter.IsKeyLine(firstLine)))
        {
            return;
        }

        var delimiter = isToml ? "+++" : "---";
        context.Report(
            new TextRange(0, source.GetLineEnd(1)),
            $"front matter is never closed; add a {delimiter} line after its last key");
    }
}
