using System.Security.Cryptography;
using System.Text;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// A finding's stable identity, shared by SARIF's <c>partialFingerprints</c> and the baseline file: a hash of the rule,
/// the path, the flagged line's text with white space folded, and the occurrence index among findings with the same
/// three. Lines moving above a finding do not change it; editing the flagged line does.
/// </summary>
public static class Fingerprints
{
    /// <summary>The key used in SARIF <c>partialFingerprints</c>.</summary>
    public const string SarifKey = "postlint/v1";

    /// <summary>The fingerprint of every diagnostic of <paramref name="file"/>, in the file's diagnostic order.</summary>
    public static string[] Compute(FileResult file)
    {
        var result = new string[file.Diagnostics.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Length; i++)
        {
            var d = file.Diagnostics[i];
            var line = file.Source is { } source && d.Start.Line <= source.LineCount ? Normalise(source.GetLineSpan(d.Start.Line)) : "";
            var key = d.Rule.Id + "\n" + file.Path + "\n" + line;
            var occurrence = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = occurrence;
            result[i] = Hash(key + "\n" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>The line with leading and trailing white space removed and inner runs folded to one space.</summary>
    public static string Normalise(ReadOnlySpan<char> line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
