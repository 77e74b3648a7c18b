using System.Text;
using CsCheck;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Fixing;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Fixing;

/// <summary>
/// Properties over generated posts: random front matter, Hangul prose, LF, CRLF, CR or a mix of them, a BOM or not, a
/// final line break or not, placeholder dates in date keys and in places that are not date keys.
/// </summary>
public class FixPropertyTests
{
    /// <summary>A generated post and what <c>--fix --unsafe-fixes</c> must make of it.</summary>
    public sealed record GeneratedPost(string FileDate, bool Bom, string Before, string Expected)
    {
        public string FileName => $"_posts/{FileDate}-generated.md";

        public byte[] Bytes(string text) => Bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

        public override string ToString() => $"{FileName} bom={Bom}\n{Before.Replace("\r", "\\r", StringComparison.Ordinal)}";
    }

    private static readonly Gen<string> Syllables = Gen.Char['가', '힣'].Array[1, 5].Select(a => new string(a));

    private static readonly Gen<string> Sentence = Gen.OneOf(Syllables, Gen.OneOf("컨테이너", "VM", "Docker", "`code`", "**굵게**", "😀", "YYYY-MM-DD", "2024-01-01"))
        .Array[1, 8].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Placeholder = Gen.OneOf("YYYY-MM-DD", "yyyy-mm-dd", "TBD", "0000-00-00", "20XX-XX-XX", "YYYY/MM/DD");

    /// <summary>A front matter or body line: (before, expected after the fix).</summary>
    private static Gen<(string Before, string After)[]> Lines(string fileDate)
    {
        Gen<(string, string)[]> DateLine(string key) => Gen.Select(Gen.Int[0, 2], Placeholder, Gen.Int[2000, 2024], (kind, placeholder, year) => kind switch
        {
            0 => [],
            1 => new[] { ($"{key}: {placeholder}", $"{key}: {fileDate}") },
            _ => [($"{key}: {year}-04-05", $"{key}: {year}-04-05")],
        });
        var dateLines = Gen.Select(DateLine("date"), DateLine("last_modified_at"), DateLine("lastmod"), DateLine("updated"), (a, b, c, d) => a.Concat(b).Concat(c).Concat(d).ToArray());

        var otherFrontMatter = Gen.OneOf(
            Syllables.Select(s => $"title: \"{s} 이야기\""),
            Syllables.Select(s => $"# 메모: {s}"),
            Gen.Select(Syllables, Syllables, (a, b) => $"tags: [{a}, {b}]"),
            Syllables.Select(s => $"excerpt: {s} YYYY-MM-DD"),
            Gen.Const("toc: true")).Array[0, 4].Select(a => a.Select(l => (l, l)).ToArray());

        var body = Gen.OneOf(
            Sentence.Select(s => new[] { s }),
            Sentence.Select(s => new[] { "## " + s }),
            Gen.Const(new[] { "```yaml", "date: YYYY-MM-DD", "```" }),
            Gen.Select(Syllables, Syllables, (a, b) => new[] { "| 항목 | 설명 |", "|---|---|", $"| {a} | {b} |" }),
            Gen.Const(new[] { "" })).Array[0, 8].Select(blocks => blocks.SelectMany(b => b).Select(l => (l, l)).ToArray());

        return Gen.Select(otherFrontMatter, dateLines, otherFrontMatter, body, (fm1, dates, fm2, text) =>
            new[] { ("---", "---") }.Concat(fm1).Concat(dates).Concat(fm2).Append(("---", "---")).Concat(text).ToArray());
    }

    private static readonly Gen<GeneratedPost> Posts =
        Gen.Select(Gen.Int[2019, 2025], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{y:0000}-{m:00}-{d:00}")
            .SelectMany(date => Gen.Select(
                Lines(date),
                Gen.Int[0, 3],
                Gen.OneOf("\n", "\r\n", "\r").Array[64],
                Gen.Bool,
                Gen.Bool,
                (lines, style, endings, bom, finalBreak) =>
                {
                    var before = new StringBuilder();
                    var after = new StringBuilder();
                    for (var i = 0; i < lines.Length; i++)
                    {
                        var ending = style switch { 0 => "\n", 1 => "\r\n", 2 => "\r", _ => endings[i % endings.Length] };
                        var last = i == lines.Length - 1;
                        before.Append(lines[i].Before).Append(last && !finalBreak ? "" : ending);
                        after.Append(lines[i].After).Append(last && !finalBreak ? "" : ending);
                    }

                    return new GeneratedPost(date, bom, before.ToString(), after.ToString());
                }));

    [Fact]
    public void Fix_replaces_exactly_the_placeholders_keeps_every_other_byte_and_is_idempotent()
    {
        Posts.Sample(post =>
        {
            using var site = new TempSite();
            var path = site.WriteBytes(post.FileName, post.Bytes(post.Before));

            var first = site.Run("--fix", "--unsafe-fixes", "--select", "placeholder-date");
            Assert.Equal(post.Bytes(post.Expected), File.ReadAllBytes(path));
            Assert.Empty(first.Findings);

            var stamp = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);
            var second = site.Run("--fix", "--unsafe-fixes", "--select", "placeholder-date");
            Assert.Contains("postlint: nothing fixed", second.Error, StringComparison.Ordinal);
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));

            // With every rule on, fixing reaches a fixed point too: a second run changes nothing.
            site.Run("--fix", "--unsafe-fixes", "--fail-level", "never");
            var settled = File.ReadAllBytes(path);
            site.Run("--fix", "--unsafe-fixes", "--fail-level", "never");
            Assert.Equal(settled, File.ReadAllBytes(path));
        }, iter: 60, threads: 1);
    }

    private static readonly Gen<string> InsertedText = Gen.OneOf("", "확장성", "GitHub", "\n", "가\r\n나", "😀", "| x |\n", "\r");

    private static Gen<Fix[]> Fixes(int length) =>
        Gen.Select(Gen.Int[-1, length + 1], Gen.Int[0, 6], InsertedText, (start, len, text) => new TextEdit(new TextRange(start, Math.Min(start + len, length + 1)), text))
            .Array[1, 3]
            .Select(edits => new Fix("Synthetic", edits))
            .Array[0, 6];

    [Fact]
    public void A_pass_changes_nothing_outside_its_edits()
    {
        Posts.SelectMany(post => Fixes(post.Before.Length).Select(fixes => (post, fixes))).Sample((post, fixes) =>
        {
            var source = new SourceText(post.Before, post.Bom);
            var pass = FixApplier.ApplyPass(source, fixes);

            // The edits are sorted and disjoint, and the text between them is the original text.
            var rebuilt = new StringBuilder();
            var at = 0;
            foreach (var edit in pass.Edits)
            {
                Assert.True(edit.Range.Start >= at, "edits overlap or are out of order");
                rebuilt.Append(post.Before, at, edit.Range.Start - at).Append(edit.NewText);
                at = edit.Range.End;
            }

            rebuilt.Append(post.Before, at, post.Before.Length - at);
            Assert.Equal(rebuilt.ToString(), pass.Text);

            // Each applied edit is an edit of an applied fix, its line breaks turned into the edited line's.
            var offered = pass.Applied.SelectMany(f => f.Edits).ToList();
            Assert.Equal(offered.Count, pass.Edits.Count);
            for (var i = 0; i < pass.Edits.Count; i++)
            {
                var edit = pass.Edits[i];
                var ending = FixApplier.LineEndingAt(source, edit.Range.Start);
                var normalised = offered.Where(o => o.Range == edit.Range).Select(o => FixApplier.WithLineEnding(o.NewText, ending)).ToArray();
                var isLast = i == pass.Edits.Count - 1 && edit.Range.End == post.Before.Length;
                Assert.True(
                    normalised.Contains(edit.NewText) || (isLast && normalised.Any(n => edit.NewText == n + source.DominantLineEnding || edit.NewText == n.TrimEnd('\r', '\n'))),
                    $"edit {edit} is not one that was offered");
            }

            // Fixes from different findings never touch; the final line break or its absence is kept; the text still encodes.
            var owners = pass.Applied.Select(f => f.Edits.Select(e => e.Range).ToArray()).ToArray();
            for (var a = 0; a < owners.Length; a++)
            {
                for (var b = a + 1; b < owners.Length; b++)
                {
                    Assert.DoesNotContain(owners[a], r => owners[b].Any(o => r.Start <= o.End && o.Start <= r.End));
                }
            }

            Assert.Equal(post.Before.Length > 0 && post.Before[^1] is '\n' or '\r', pass.Text.Length > 0 && pass.Text[^1] is '\n' or '\r');
            FixApplier.Encode(pass.Text, post.Bom);
            Assert.Equal(post.Before, FixApplier.ApplyPass(source, []).Text);
        }, iter: 500, threads: 1);
    }
}
