using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using PostLint.Fixing;

namespace PostLint.Tests.Fixing;

public partial class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("a.md", "같은 글\n", "같은 글\n"));
    }

    [Fact]
    public void One_changed_line_gets_three_lines_of_context()
    {
        var before = string.Concat(Enumerable.Range(1, 10).Select(i => $"줄 {i}\n"));
        var after = before.Replace("줄 5\n", "다섯째 줄\n", StringComparison.Ordinal);
        Assert.Equal(
            """
            --- a/_posts/2025-03-01-post.md
            +++ b/_posts/2025-03-01-post.md
            @@ -2,7 +2,7 @@
             줄 2
             줄 3
             줄 4
            -줄 5
            +다섯째 줄
             줄 6
             줄 7
             줄 8

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            UnifiedDiff.Create("_posts/2025-03-01-post.md", before, after));
    }

    [Fact]
    public void Changes_far_apart_get_two_hunks_and_near_ones_share_one()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"line {i}\n").ToArray();
        var far = (string[])lines.Clone();
        far[1] = "changed 2\n";
        far[20] = "changed 21\n";
        var near = (string[])lines.Clone();
        near[1] = "changed 2\n";
        near[8] = "changed 9\n";
        Assert.Equal(2, Hunks(UnifiedDiff.Create("p.md", string.Concat(lines), string.Concat(far))));
        Assert.Equal(1, Hunks(UnifiedDiff.Create("p.md", string.Concat(lines), string.Concat(near))));
    }

    [Theory]
    [InlineData("_posts/2025-05-03-plain.md", "--- a/_posts/2025-05-03-plain.md\n+++ b/_posts/2025-05-03-plain.md\n")]
    [InlineData("_posts/2025-05-03-한글 파일명.md", "--- a/_posts/2025-05-03-한글 파일명.md\t\n+++ b/_posts/2025-05-03-한글 파일명.md\t\n")]
    [InlineData("_posts/한글.md", "--- a/_posts/한글.md\n+++ b/_posts/한글.md\n")]
    [InlineData("q\"b.md", "--- \"a/q\\\"b.md\"\n+++ \"b/q\\\"b.md\"\n")]
    [InlineData("tab\tname.md", "--- \"a/tab\\tname.md\"\n+++ \"b/tab\\tname.md\"\n")]
    [InlineData("back\\slash.md", "--- \"a/back\\\\slash.md\"\n+++ \"b/back\\\\slash.md\"\n")]
    [InlineData("new\nline.md", "--- \"a/new\\nline.md\"\n+++ \"b/new\\nline.md\"\n")]
    [InlineData("cr\rname.md", "--- \"a/cr\\rname.md\"\n+++ \"b/cr\\rname.md\"\n")]
    [InlineData("bell\u0001.md", "--- \"a/bell\\001.md\"\n+++ \"b/bell\\001.md\"\n")]
    [InlineData("del\u007f.md", "--- \"a/del\\177.md\"\n+++ \"b/del\\177.md\"\n")]
    [InlineData("q\"b c.md", "--- \"a/q\\\"b c.md\"\n+++ \"b/q\\\"b c.md\"\n")]
    public void File_names_are_written_as_git_writes_them(string path, string header)
    {
        Assert.StartsWith(header + "@@ -1 +1 @@\n", UnifiedDiff.Create(path, "a\n", "b\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_final_newline_is_marked()
    {
        Assert.Equal(
            "--- a/p.md\n+++ b/p.md\n@@ -1,2 +1,2 @@\n 제목\n-끝\n\\ No newline at end of file\n+마지막\n\\ No newline at end of file\n",
            UnifiedDiff.Create("p.md", "제목\n끝", "제목\n마지막"));
    }

    [Fact]
    public void Crlf_lines_keep_their_carriage_return()
    {
        Assert.Equal("--- a/p.md\n+++ b/p.md\n@@ -1 +1 @@\n-a: TBD\r\n+a: 2025-03-01\r\n", UnifiedDiff.Create("p.md", "a: TBD\r\n", "a: 2025-03-01\r\n"));
    }

    [Fact]
    public void Insertion_into_an_empty_file_counts_from_line_zero()
    {
        Assert.Equal("--- a/p.md\n+++ b/p.md\n@@ -0,0 +1 @@\n+새 글\n", UnifiedDiff.Create("p.md", "", "새 글\n"));
    }

    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_text()
    {
        // Lines from a tiny alphabet so the texts share many lines and the diff has to choose well.
        var lines = Gen.OneOf("가\n", "나\n", "다\n", "a\r\n", "b\n", "\n").Array[0, 25];
        var tail = Gen.OneOf("", "끝", "end\r");
        Gen.Select(lines, tail, lines, tail).Sample((a, ta, b, tb) =>
        {
            var before = string.Concat(a) + ta;
            var after = string.Concat(b) + tb;
            var diff = UnifiedDiff.Create("p.md", before, after);
            Assert.Equal(after, Patch(before, diff));
        }, iter: 400, threads: 1);
    }

    [Fact]
    public void The_diff_changes_no_more_lines_than_it_must()
    {
        // Myers' diff is minimal: its '-' and '+' lines are the lines outside a longest common subsequence.
        var lines = Gen.OneOf("가\n", "나\n", "다\n", "a\n", "b\n").Array[0, 30];
        Gen.Select(lines, lines).Sample((a, b) =>
        {
            var diff = UnifiedDiff.Create("p.md", string.Concat(a), string.Concat(b));
            var changed = diff.Split('\n').Skip(2).Count(l => l.Length > 0 && l[0] is '-' or '+');
            var common = Lcs(a, b);
            Assert.Equal(a.Length - common + (b.Length - common), changed);
        }, iter: 400, threads: 1);
    }

    [Theory]
    [InlineData("가\n나\n다\n", "나\n다\n", "@@ -1,3 +1,2 @@\n-가\n 나\n 다\n")]
    [InlineData("가\n나\n다\n", "가\n나\n", "@@ -1,3 +1,2 @@\n 가\n 나\n-다\n")]
    [InlineData("가\n나\n", "새\n가\n나\n", "@@ -1,2 +1,3 @@\n+새\n 가\n 나\n")]
    [InlineData("가\n나\n", "가\n나\n끝\n", "@@ -1,2 +1,3 @@\n 가\n 나\n+끝\n")]
    [InlineData("a\nb\nc\nd\n", "x\ny\n", "@@ -1,4 +1,2 @@\n-a\n-b\n-c\n-d\n+x\n+y\n")]
    [InlineData("a\nb\nc\n", "a\nx\nc\ny\n", "@@ -1,3 +1,4 @@\n a\n-b\n+x\n c\n+y\n")]
    public void Hunks_are_exact_at_the_ends_of_the_file(string before, string after, string hunk)
    {
        Assert.Equal("--- a/p.md\n+++ b/p.md\n" + hunk, UnifiedDiff.Create("p.md", before, after));
    }

    private static int Lcs(string[] a, string[] b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                t[i, j] = a[i] == b[j] ? t[i + 1, j + 1] + 1 : Math.Max(t[i + 1, j], t[i, j + 1]);
            }
        }

        return t[0, 0];
    }

    private static int Hunks(string diff) => diff.Split('\n').Count(l => l.StartsWith("@@ ", StringComparison.Ordinal));

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$")]
    private static partial Regex HunkHeader();

    /// <summary>A strict patch: every context and deleted line must match the old text exactly.</summary>
    private static string Patch(string before, string diff)
    {
        if (diff.Length == 0)
        {
            return before;
        }

        var old = UnifiedDiff.SplitLines(before);
        var lines = diff.Split('\n');
        Assert.StartsWith("--- a/p.md", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("+++ b/p.md", lines[1], StringComparison.Ordinal);
        var output = new StringBuilder();
        var next = 0;
        var written = 0;
        var i = 2;
        while (i < lines.Length && lines[i].Length > 0)
        {
            var m = HunkHeader().Match(lines[i]);
            Assert.True(m.Success, lines[i]);
            var aStart = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var aCount = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 1;
            var bStart = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var bCount = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 1;
            var from = aCount == 0 ? aStart : aStart - 1;
            while (next < from)
            {
                output.Append(old[next++]);
                written++;
            }

            // The header's counts and the new file's first line are the hunk's own.
            Assert.Equal(bCount == 0 ? written : written + 1, bStart);
            var (hunkA, hunkB) = (0, 0);
            i++;
            while (i < lines.Length && lines[i].Length > 0 && lines[i][0] is ' ' or '-' or '+')
            {
                var kind = lines[i][0];
                var text = lines[i][1..] + "\n";
                i++;
                if (i < lines.Length && lines[i] == "\\ No newline at end of file")
                {
                    text = text[..^1];
                    i++;
                }

                if (kind != '+')
                {
                    Assert.Equal(old[next], text);
                    next++;
                    hunkA++;
                }

                if (kind != '-')
                {
                    output.Append(text);
                    written++;
                    hunkB++;
                }
            }

            Assert.Equal((aCount, bCount), (hunkA, hunkB));
        }

        while (next < old.Count)
        {
            output.Append(old[next++]);
        }

        return output.ToString();
    }
}
