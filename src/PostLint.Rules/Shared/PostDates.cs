using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>Dates as Jekyll and Hugo accept them in front matter and in post file names.</summary>
public static partial class PostDates
{
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:(?:[Tt]|\s+)(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?)?(?:\s*(?<z>Z|z|[+-]\d{2}:?\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"\d:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayRegex();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YamlTimestampRegex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})-", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameRegex();

    /// <summary>The outcome of reading a date value.</summary>
    public enum Shape
    {
        /// <summary>A real date.</summary>
        Valid,

        /// <summary>Not in a form Jekyll or Hugo accept.</summary>
        Malformed,

        /// <summary>Well formed but impossible (2024-02-30, 25:00).</summary>
        Impossible,
    }

    /// <summary>Reads a front matter date (<c>YYYY-MM-DD</c>, optional <c>HH:MM[:SS[.fff]]</c>, optional zone).</summary>
    public static Shape TryParse(string value, out DateTime date)
    {
        date = default;
        var m = DateRegex().Match(value.Trim());
        if (!m.Success)
        {
            return Shape.Malformed;
        }

        int Get(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int y = Get("y"), mo = Get("m"), d = Get("d"), h = Get("H"), mi = Get("M"), s = Get("S");
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
        {
            return Shape.Impossible;
        }

        if (m.Groups["z"].Success)
        {
            var zone = m.Groups["z"].Value;
            if (zone is not ("Z" or "z"))
            {
                var digits = zone.Replace(":", "", StringComparison.Ordinal);
                var zh = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var zm = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
                if (zh > 14 || zm > 59)
                {
                    return Shape.Impossible;
                }
            }
        }

        date = new DateTime(y, mo, d, h, mi, Math.Min(s, 59), DateTimeKind.Unspecified);
        return Shape.Valid;
    }

    /// <summary>The date at the start of a Jekyll post's file name (<c>2025-03-01-title.md</c>), if valid.</summary>
    public static bool TryGetFileNameDate(string path, out DateOnly date, out string text)
    {
        date = default;
        text = "";
        var m = FileNameRegex().Match(Path.GetFileName(path));
        if (!m.Success)
        {
            return false;
        }

        text = m.Value[..10];
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>Whether the path lies in a Jekyll <c>_posts</c> folder.</summary>
    public static bool IsInPostsFolder(string path) =>
        path.Replace('\\', '/').Split('/').Contains("_posts");

    /// <summary>
    /// A valid front matter date as written: the wall-clock value, whether a time and seconds were given, and the
    /// zone's offset when one was written.
    /// </summary>
    /// <param name="WallClock">The date and time as written (midnight when no time was given).</param>
    /// <param name="HasTime">Whether a time of day was written.</param>
    /// <param name="HasSeconds">Whether the time has seconds (then Ruby's YAML reads an unquoted value as a timestamp).</param>
    /// <param name="Offset">The written zone's offset, or null.</param>
    public readonly record struct Written(DateTime WallClock, bool HasTime, bool HasSeconds, TimeSpan? Offset)
    {
        /// <summary>The calendar day as written.</summary>
        public DateOnly Day => DateOnly.FromDateTime(WallClock);
    }

    /// <summary>
    /// Reads a front matter date as the generator <paramref name="kind"/> reads it (<see cref="DateGrammar"/>: Ruby's
    /// <c>Time.parse</c> for Jekyll, Hugo's layouts, <c>new Date()</c> for Astro, any of them without a generator), with
    /// the date it gives a shifted value (Jekyll reads 2024-02-30 as 2024-03-01). False for a value the generator cannot
    /// read, or whose reading PostLint cannot tell: those are placeholder-date's findings.
    /// </summary>
    public static bool TryRead(SiteKind kind, YScalar scalar, out Written written)
    {
        written = default;
        var reading = DateGrammar.Read(kind, scalar.Value, scalar.IsPlain);
        if (reading.Verdict is DateVerdict.Invalid or DateVerdict.Unknown || reading.ReadAs is not { } at)
        {
            return false;
        }

        // Dates at the edges of the calendar or zones beyond ±14:00 (a 15:30-16:00 time range) cannot become instants.
        if (at.Year is < 2 or > 9998 || reading.Offset?.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        var text = scalar.Value.Trim();
        var hasTime = TimeOfDayRegex().IsMatch(text) || at.TimeOfDay != TimeSpan.Zero;
        written = new Written(at, hasTime, YamlTimestampRegex().IsMatch(text), reading.Offset);
        return true;
    }

    /// <summary>Reads a valid front matter date with its parts; false for anything <see cref="TryParse"/> does not call valid.</summary>
    public static bool TryRead(string value, out Written written)
    {
        written = default;
        if (TryParse(value, out var wallClock) != Shape.Valid)
        {
            return false;
        }

        var m = DateRegex().Match(value.Trim());
        TimeSpan? offset = null;
        if (m.Groups["z"].Success)
        {
            var zone = m.Groups["z"].Value;
            if (zone is "Z" or "z")
            {
                offset = TimeSpan.Zero;
            }
            else
            {
                var digits = zone.Replace(":", "", StringComparison.Ordinal);
                var span = new TimeSpan(int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture), int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture), 0);
                offset = zone[0] == '-' ? -span : span;
            }
        }

        // Dates at the edges of the calendar or zones beyond ±14:00 cannot become instants.
        if (wallClock.Year is < 2 or > 9998 || offset?.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        written = new Written(wallClock, m.Groups["H"].Success, m.Groups["S"].Success, offset);
        return true;
    }
}
