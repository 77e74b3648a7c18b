namespace PostLint.Rules.Shared;

/// <summary>Lexical path helpers: no file system access.</summary>
public static class SitePaths
{
    /// <summary>Whether the full path <paramref name="path"/> is <paramref name="root"/> or lies under it.</summary>
    public static bool IsUnder(string path, string root)
    {
        var p = Path.TrimEndingDirectorySeparator(path);
        var r = Path.TrimEndingDirectorySeparator(root);
        return p.Length == r.Length
            ? string.Equals(p, r, StringComparison.Ordinal)
            : p.Length > r.Length && p.StartsWith(r, StringComparison.Ordinal) && (p[r.Length] == Path.DirectorySeparatorChar || p[r.Length] == Path.AltDirectorySeparatorChar || r.EndsWith(Path.DirectorySeparatorChar));
    }

    /// <summary>The segments of a full path below <paramref name="root"/> (empty for the root itself).</summary>
    public static List<string> SegmentsBelow(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? [] : relative.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>
    /// Applies a '/'-separated relative path to <paramref name="baseSegments"/>: <c>.</c> and empty segments are dropped,
    /// <c>..</c> goes up. Returns the number of levels the path tried to climb above the base's root (0 when it stays inside).
    /// </summary>
    public static int Combine(List<string> baseSegments, string relative, out List<string> result)
    {
        result = new List<string>(baseSegments);
        var above = 0;
        foreach (var part in relative.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (result.Count > 0)
                {
                    result.RemoveAt(result.Count - 1);
                }
                else
                {
                    above++;
                }

                continue;
            }

            result.Add(part);
        }

        return above;
    }

    /// <summary>Joins segments into a URL path with a leading slash.</summary>
    public static string ToUrl(IEnumerable<string> segments, bool trailingSlash = false)
    {
        var joined = "/" + string.Join('/', segments);
        return trailingSlash && !joined.EndsWith('/') ? joined + "/" : joined;
    }

    /// <summary>Joins segments into a site-relative display path (<c>assets/images/a.png</c>).</summary>
    public static string ToDisplay(IEnumerable<string> segments, bool folder = false)
    {
        var joined = string.Join('/', segments);
        return folder && joined.Length > 0 ? joined + "/" : joined;
    }
}
