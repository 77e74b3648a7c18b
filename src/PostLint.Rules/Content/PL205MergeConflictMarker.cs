using Markdig.Syntax;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Localization;

namespace PostLint.Rules.Content;

/// <summary>Flags git merge conflict markers left in a post. Docs: PL205MergeConflictMarker.md.</summary>
public sealed class PL205MergeConflictMarker : IRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = new(
        "PL205", "merge-conflict-marker", "A git merge conflict marker was left in the file",
        RuleCategory.Content, Severity.Error)
    { KoreanTitle = "git 병합 충돌 표시가 파일에 남아 있습니다" };

    /// <inheritdoc/>
    public RuleDescriptor Descriptor => Rule;

    private static readonly Message Marker = new(
        "merge conflict marker '{marker}' (conflict ends at line {end}); keep one side and delete the marker lines",
        "병합 충돌 표시 '{marker}'{이} 남아 있습니다({end}번 줄에서 충돌이 끝납니다). 한쪽만 남기고 표시 줄을 지우세요");

    private static readonly Message Unended = new(
        "merge conflict marker '{marker}'; resolve the conflict and delete the marker lines",
        "병합 충돌 표시 '{marker}'{이} 남아 있습니다. 충돌을 해결하고 표시 줄을 지우세요");

    /// <inheritdoc/>
    public void Check(Post post, RuleContext context)
    {
        var text = post.Text;
        if (!text.Contains("<<<<<<<", StringComparison.Ordinal))
        {
            return;
        }

        var source = post.Source;
        List<TextRange>? code = null;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (!IsMarker(span, '<'))
            {
                continue;
            }

            var start = source.GetLineStart(line);
            code ??= CodeBlocks(post);
            if (!post.IsInFrontMatter(start) && code.Exists(r => r.Contains(start)))
            {
                // A post about git may show a conflict inside a code block.
                continue;
            }

            var end = FindEnd(source, line);
            var marker = span.ToString().Trim();
            var message = end > 0 ? Marker.With(marker, end) : Unended.With(marker);
            context.Report(new TextRange(start, source.GetLineEnd(line)), message);
            if (end > 0)
            {
                line = end;
            }
        }
    }

    private static int FindEnd(SourceText source, int from)
    {
        var sawSeparator = false;
        for (var line = from + 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (IsMarker(span, '<'))
            {
                return 0;
            }

            if (span.TrimEnd().SequenceEqual("======="))
            {
                sawSeparator = true;
            }
            else if (sawSeparator && IsMarker(span, '>'))
            {
                return line;
            }
        }

        return 0;
    }

    /// <summary>Seven marker characters at the start of the line, then a space or the end of the line.</summary>
    private static bool IsMarker(ReadOnlySpan<char> line, char c) =>
        line.Length >= 7 && line[..7].IndexOfAnyExcept(c) < 0 && (line.Length == 7 || line[7] == ' ');

    private static List<TextRange> CodeBlocks(Post post)
    {
        var list = new List<TextRange>();
        foreach (var block in post.Document.Descendants<CodeBlock>())
        {
            list.Add(Post.RangeOf(block));
        }

        return list;
    }
}
