using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;
using PostLint.Rules.Shared;

namespace PostLint.Rules.FrontMatter;

/// <summary>Flags front matter whose opening delimiter is never closed. Docs: PL102FrontMatterUnterminated.md.</summary>
public sealed class PL102FrontMatterUnterminated : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL102", "front-matter-unterminated", "Front matter is opened but never closed",
        RuleCategory.FrontMatter, Severity.Error)
    { KoreanTitle = "front matter를 열고 닫지 않았습니다" };

    private static readonly Message JsonUnclosed = new(
        "JSON front matter is never closed; end the object with a '}' line after its last key",
        "JSON front matter가 닫히지 않았습니다. 마지막 키 다음에 '}' 줄을 넣어 객체를 닫으세요");

    private static readonly Message Unclosed = new(
        "front matter is never closed; add a {delimiter} line after its last key",
        "front matter가 닫히지 않았습니다. 마지막 키 다음에 {delimiter} 줄을 넣으세요");

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        if (post.FrontMatter is not { IsClosed: false } fm)
        {
            return;
        }

        if (fm.Kind == FrontMatterKind.Json)
        {
            // JSON front matter is an object opening the file: its '{' is the first character.
            context.Report(new TextRange(0, 1), JsonUnclosed.With());
            return;
        }

        // `---` alone at the top of a file is also a thematic break: only call it front matter when a key follows.
        var isToml = fm.Kind == FrontMatterKind.Toml;
        if (!DisplacedFrontMatter.StartsWithKey(post.Text, fm.Content.Start, isToml))
        {
            return;
        }

        var source = post.Source;
        var delimiter = isToml ? "+++" : "---";
        context.Report(
            new TextRange(0, source.GetLineEnd(1)),
            Unclosed.With(delimiter));
    }
}
