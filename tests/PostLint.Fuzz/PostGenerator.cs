using System.Text;
using CsCheck;

namespace PostLint.Fuzz;

/// <summary>
/// Generates hostile and ordinary posts for property tests and the long fuzz run: random front matter (placeholders,
/// broken YAML, anchors, tabs, duplicates), tables, images, Hangul, misspellings, Liquid, HTML, conflict markers,
/// suppression comments, control characters, and every line ending, with or without a BOM.
/// </summary>
public static class PostGenerator
{
    private static readonly string[] Keys =
    [
        "title", "date", "last_modified_at", "lastmod", "updated", "excerpt", "description", "tags", "categories",
        "header", "image", "teaser", "permalink", "published", "toc", "title",
    ];

    private static readonly string[] Values =
    [
        "2025-03-01", "YYYY-MM-DD", "2024-02-30", "TBD", "\"{{ date }}\"", "", "\"컨테이너와 VM의 이해\"", "확작성 테스트",
        "/assets/images/a.png", "../../../../etc/passwd", "[a, b", "{x: 1}", "&a 값", "*a", "*nope", "\"\\u0000\"",
        "'quoted: yes'", "2099-01-01 10:00:00 +0900", "Github 사용법", "|\n  block\n  scalar", ">-\n  folded", "null", "~",
        "\t탭", "- 목록", "Lorem ipsum TODO", "2025-3-1", "0000-00-00", "도", "ㅋㅋ",
    ];

    private static readonly string[] Words =
    [
        "컨테이너", "확작성이", "확장성을", "Github에서", "GitHub", "Gvisor", "핵십입니다", "되요", "몇일", "도", "을", "ㅋㅋ", "TODO",
        "lorem", "ipsum", "recieve", "the", "VM", "쿠버네티스", "`code | span`", "**굵게**", "_기울임_", "[링크](http://x.y)",
        "<br>", "{{ site.baseurl }}", "{% raw %}", "{% endraw %}", "\\|", "|", "https://github.com", "😀", "\u0007", "\u200B",
        "\u1100\u1161", "&amp;", "<!-- postlint-disable-line -->", "<!-- postlint-disable-next-line misspelling -->",
        "<!-- postlint-disable nope -->", "<!-- postlint-enable -->", "\uFFFD", "\uD800",
    ];

    private static readonly string[] Images =
    [
        "/assets/images/a.png", "assets/Images/A.PNG", "../x.png", "/../../../etc/passwd", "http://example.com/a.png",
        "data:image/png;base64,AAAA", "{{ '/a.png' | relative_url }}", "img\\b.png", "a b.png", "%ED%95%9C.png", "",
        "/assets/스크린샷.png", "?q#f", "//cdn.example.com/a.png",
    ];

    /// <summary>One block of body text.</summary>
    public static readonly Gen<string> Block = Gen.Frequency(
        (4, Sentence.Select(s => s + "\n")),
        (2, Gen.Int[1, 6].Select(Sentence, (n, s) => new string('#', n) + " " + s + "\n")),
        (2, Table()),
        (2, Gen.OneOf(Images).Select(Gen.OneOf("", "대체 텍스트", "alt"), (p, a) => $"![{a}]({p})\n")),
        (1, Gen.OneOf(Images).Select(p => $"<img src=\"{p}\" srcset=\"{p} 2x, {p}\">\n")),
        (1, Sentence.Select(s => "```\n" + s + "\n```\n")),
        (1, Sentence.Select(s => "```python\n" + s + "\n")),
        (1, Sentence.Select(s => "    " + s + "\n")),
        (1, Gen.Int[1, 30].Select(Sentence, (n, s) => new string('>', n) + " " + s + "\n")),
        (1, Gen.Int[1, 30].Select(Sentence, (n, s) => string.Concat(Enumerable.Repeat("- ", n)) + s + "\n")),
        (1, Gen.Const("<<<<<<< HEAD\n가\n=======\n나\n>>>>>>> b\n")),
        (1, Gen.Const("{% highlight ruby %}\nputs '확작성'\n{% endhighlight %}\n")),
        (1, Gen.Const("<div>\n확작성 | 표 | 아님\n</div>\n")),
        (1, Gen.Const("{: .notice}\n")),
        (1, Gen.Const("[ref]: /assets/none.png\n![참조][ref]\n")),
        (1, Gen.Const("---\n")),
        (1, Gen.Const("\n")));

    /// <summary>A whole post as text (line endings mixed as the generator picks).</summary>
    public static readonly Gen<string> Post =
        Gen.Select(FrontMatter, Block.Array[0, 25], Gen.OneOf("\n", "\r\n", "\r", "mixed"), Gen.Bool,
            (fm, blocks, eol, bom) =>
            {
                var text = fm + string.Concat(blocks);
                text = eol switch
                {
                    "\n" => text,
                    "mixed" => MixEndings(text),
                    _ => text.Replace("\n", eol, StringComparison.Ordinal),
                };
                return bom ? "\uFEFF" + text : text;
            });

    /// <summary>A post as bytes: mostly UTF-8 of <see cref="Post"/>, sometimes with bytes flipped or cut.</summary>
    public static readonly Gen<byte[]> PostBytes = Gen.Frequency(
        (6, Post.Select(p => Encoding.UTF8.GetBytes(p))),
        (2, Post.Select(Gen.Int[0, 1000], Gen.Byte, (p, at, b) =>
        {
            var bytes = Encoding.UTF8.GetBytes(p);
            if (bytes.Length > 0)
            {
                bytes[at % bytes.Length] = b;
            }

            return bytes;
        })),
        (1, Post.Select(Gen.Int[0, 4000], (p, cut) =>
        {
            var bytes = Encoding.UTF8.GetBytes(p);
            return bytes[..Math.Min(cut, bytes.Length)];
        })),
        (1, Gen.Byte.Array[0, 600]));

    private static Gen<string> Sentence => Gen.OneOf(Words).Array[1, 12].Select(w => string.Join(' ', w));

    private static Gen<string> FrontMatter => Gen.Frequency(
        (1, Gen.Const("")),
        (1, Gen.Const("---\n")),
        (1, Gen.Const("+++\ntitle = 'x'\n+++\n")),
        (6, Gen.Select(Gen.OneOf(Keys), Gen.OneOf(Values), Gen.Bool, (k, v, nested) => nested ? $"{k}:\n  teaser: {v}\n  overlay_image: {v}\n" : $"{k}: {v}\n")
            .Array[0, 10]
            .Select(Gen.OneOf("---\n", "...\n", "", "--- \n"), Gen.OneOf("", "\n", "  \n"), (lines, close, lead) => lead + "---\n" + string.Concat(lines) + close)));

    private static Gen<string> Table() =>
        Gen.Select(Gen.Int[1, 5], Gen.Int[0, 6], Gen.OneOf(Words).Array[1, 40], Gen.Bool, Gen.OneOf("---", ":--", "-:", ":-:", "x", "", "--- | ---"),
            (cols, rows, cells, pipes, delim) =>
            {
                var sb = new StringBuilder();
                var c = 0;
                string Row(int n)
                {
                    var parts = Enumerable.Range(0, n).Select(_ => cells[c++ % cells.Length]);
                    var row = string.Join(" | ", parts);
                    return pipes ? "| " + row + " |" : row;
                }

                sb.Append(Row(cols)).Append('\n');
                var d = string.Join(" | ", Enumerable.Repeat(delim, Math.Max(1, cols + (rows % 3) - 1)));
                sb.Append(pipes ? "| " + d + " |" : d).Append('\n');
                for (var r = 0; r < rows; r++)
                {
                    sb.Append(Row(Math.Max(1, cols + (r % 3) - 1))).Append('\n');
                }

                return sb.ToString();
            });

    private static string MixEndings(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        foreach (var ch in text)
        {
            if (ch == '\n')
            {
                sb.Append((i++ % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }
}
