using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostLint.Reporting;

/// <summary>
/// Turns a rule's Markdown doc into the plain text SARIF wants (<c>help.text</c>, <c>fullDescription.text</c>) and
/// truncates text without splitting a character.
/// </summary>
public static class RuleDocText
{
    /// <summary>The doc as plain text: headings and paragraphs as lines, list items with <c>- </c>, code indented.</summary>
    public static string ToPlainText(string markdown) => Render(Markdown.Parse(markdown));

    /// <summary>The plain text of the <c>## heading</c> section, or null when the doc has no such section.</summary>
    public static string? Section(string markdown, string heading)
    {
        var doc = Markdown.Parse(markdown);
        var blocks = new List<Block>();
        var inSection = false;
        foreach (var block in doc)
        {
            if (block is HeadingBlock h && h.Level <= 2)
            {
                if (inSection)
                {
                    break;
                }

                inSection = h.Level == 2 && string.Equals(InlineText(h.Inline).Trim(), heading, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inSection)
            {
                blocks.Add(block);
            }
        }

        if (blocks.Count == 0)
        {
            return null;
        }

        var text = string.Join("\n\n", blocks.Select(RenderBlock).Where(s => s.Length > 0));
        return text.Length > 0 ? text : null;
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16 code units, ending with <c>…</c>, on
    /// a text-element boundary: a surrogate pair, a Hangul syllable made of jamo, or an emoji sequence stays whole.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var budget = maxLength - 1;
        var end = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(end));
            if (end + next > budget)
            {
                break;
            }

            end += next;
        }

        return text[..end].TrimEnd() + "…";
    }

    private static string Render(ContainerBlock container) =>
        string.Join("\n\n", container.Select(RenderBlock).Where(s => s.Length > 0));

    private static string RenderBlock(Block block) => block switch
    {
        HeadingBlock h => InlineText(h.Inline).Trim(),
        ParagraphBlock p => InlineText(p.Inline).Trim(),
        CodeBlock c => string.Join("\n", c.Lines.ToString().Split('\n').Select(l => ("    " + l).TrimEnd())),
        ListBlock list => RenderList(list),
        QuoteBlock q => Render(q),
        ContainerBlock other => Render(other),
        _ => "",
    };

    private static string RenderList(ListBlock list)
    {
        var sb = new StringBuilder();
        var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var bullet = list.IsOrdered ? number++.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var body = string.Join("\n", item.Select(RenderBlock).Where(s => s.Length > 0));
            var lines = body.Split('\n');
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(bullet).Append(lines[0]);
            foreach (var line in lines.Skip(1))
            {
                sb.Append('\n');
                if (line.Length > 0)
                {
                    sb.Append(' ', bullet.Length).Append(line);
                }
            }
        }

        return sb.ToString();
    }

    private static string InlineText(ContainerInline? container)
    {
        var sb = new StringBuilder();
        AppendInlines(container, sb);
        return sb.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder sb)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline br:
                    sb.Append(br.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case LinkInline link:
                    var start = sb.Length;
                    AppendInlines(link, sb);
                    if (!link.IsImage && !string.IsNullOrEmpty(link.Url) && sb.ToString(start, sb.Length - start) != link.Url)
                    {
                        sb.Append(" (").Append(link.Url).Append(')');
                    }

                    break;
                case ContainerInline inner:
                    AppendInlines(inner, sb);
                    break;
            }
        }
    }
}
