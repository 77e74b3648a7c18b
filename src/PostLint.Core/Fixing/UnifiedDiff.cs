using System.Globalization;
using System.Text;

namespace PostLint.Fixing;

/// <summary>
/// A unified diff of two texts, line by line (Myers' O(ND) algorithm), in the form <c>patch</c> and <c>git apply</c>
/// read: <c>--- a/PATH</c>, <c>+++ b/PATH</c>, hunks with three lines of context. A line is everything up to and
/// including its LF, so a CR before it is part of the line and a change of line ending shows as a change; a last line
/// without LF is followed by <c>\ No newline at end of file</c>.
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Lines of context around each change.</summary>
    public const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> and <paramref name="after"/>, or "" when they are equal.</summary>
    /// <param name="path">The file's path with <c>/</c>, shown as <c>a/PATH</c> and <c>b/PATH</c>.</param>
    /// <param name="before">The old text.</param>
    /// <param name="after">The new text.</param>
    public static string Create(string path, string before, string after)
    {
        if (before == after)
        {
            return "";
        }

        var a = SplitLines(before);
        var b = SplitLines(after);
        var script = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(FileName("a/", path)).Append('\n');
        sb.Append("+++ ").Append(FileName("b/", path)).Append('\n');

        // Group the script into hunks: runs of changes with up to 2 * Context equal lines between them.
        var i = 0;
        while (i < script.Count)
        {
            if (script[i].Kind == ' ')
            {
                i++;
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = i;
            while (true)
            {
                while (end < script.Count && script[end].Kind != ' ')
                {
                    end++;
                }

                var next = end;
                while (next < script.Count && script[next].Kind == ' ')
                {
                    next++;
                }

                if (next < script.Count && next - end <= 2 * Context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, end + Context);
                break;
            }

            WriteHunk(sb, script, start, end, a, b);
            i = end;
        }

        return sb.ToString();
    }

    /// <summary>
    /// A file name in a <c>---</c> or <c>+++</c> line, written as git writes it so that <c>patch -p1</c> and
    /// <c>git apply</c> read it back: a name with a control character, <c>"</c> or <c>\</c> is C-quoted
    /// (<c>"a/q\"b.md"</c>); a name with a space ends with a tab (GNU patch reads a name up to a tab or the line's
    /// end). Other characters, Hangul included, are written as they are (git's <c>core.quotePath=false</c>).
    /// </summary>
    public static string FileName(string prefix, string path)
    {
        var name = prefix + path;
        if (!name.Any(c => c < ' ' || c == '\x7f' || c == '"' || c == '\\'))
        {
            return name.Contains(' ', StringComparison.Ordinal) ? name + "\t" : name;
        }

        var sb = new StringBuilder("\"");
        foreach (var c in name)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case < ' ' or '\x7f': sb.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0')); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Splits after each LF; the last line may have none. An empty text has no lines.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var lf = text.IndexOf('\n', start);
            var end = lf < 0 ? text.Length : lf + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private readonly record struct Op(char Kind, int A, int B);

    private static void WriteHunk(StringBuilder sb, List<Op> script, int start, int end, List<string> a, List<string> b)
    {
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        for (var k = start; k < end; k++)
        {
            var op = script[k];
            if (op.Kind != '+')
            {
                aCount++;
                if (aStart < 0) aStart = op.A;
            }

            if (op.Kind != '-')
            {
                bCount++;
                if (bStart < 0) bStart = op.B;
            }
        }

        // An empty side is numbered by the line before it (patch's convention: "-0,0" for an empty file).
        if (aStart < 0) aStart = script[start].A;
        if (bStart < 0) bStart = script[start].B;
        sb.Append("@@ -").Append(Range(aStart, aCount)).Append(" +").Append(Range(bStart, bCount)).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var op = script[k];
            var line = op.Kind == '+' ? b[op.B] : a[op.A];
            sb.Append(op.Kind).Append(line);
            if (!line.EndsWith('\n'))
            {
                sb.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int start, int count) =>
        count == 1 ? (start + 1).ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{(count == 0 ? start : start + 1)},{count}");

    /// <summary>The edit script: ' ' keeps a[A] (= b[B]), '-' deletes a[A], '+' inserts b[B]. A and B track positions on both sides.</summary>
    private static List<Op> Diff(List<string> a, List<string> b)
    {
        // Trim the common prefix and suffix: fixes change a few lines of long posts.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var script = new List<Op>(a.Count + b.Count);
        for (var k = 0; k < prefix; k++)
        {
            script.Add(new Op(' ', k, k));
        }

        Middle(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix, script);
        for (var k = suffix; k > 0; k--)
        {
            script.Add(new Op(' ', a.Count - k, b.Count - k));
        }

        return script;
    }

    /// <summary>Myers' greedy algorithm over a[aLo..aHi) and b[bLo..bHi), keeping each round's frontier to trace back.</summary>
    private static void Middle(List<string> a, List<string> b, int aLo, int aHi, int bLo, int bHi, List<Op> script)
    {
        int n = aHi - aLo, m = bHi - bLo, max = n + m;
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        var found = max == 0;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[aLo + x] == b[bLo + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        // Walk back from (n, m) through the saved frontiers.
        var ops = new List<Op>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var prev = trace[d];
            var k = cx - cy;
            var prevK = k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = prev[offset + prevK];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--;
                cy--;
                ops.Add(new Op(' ', aLo + cx, bLo + cy));
            }

            if (cx == prevX)
            {
                cy--;
                ops.Add(new Op('+', aLo + cx, bLo + cy));
            }
            else
            {
                cx--;
                ops.Add(new Op('-', aLo + cx, bLo + cy));
            }
        }

        while (cx > 0 && cy > 0)
        {
            cx--;
            cy--;
            ops.Add(new Op(' ', aLo + cx, bLo + cy));
        }

        ops.Reverse();
        script.AddRange(ops);
    }
}
