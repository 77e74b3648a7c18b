using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Sites;
using PostLint.Yaml;

namespace PostLint.Rules.Shared;

/// <summary>Front matter dates as the site's generator reads them (<see cref="DateGrammar"/>), and the dates of post file names.</summary>
public static partial class PostDates
{
    [GeneratedRegex(@"\d:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDayRegex();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YamlTimestampRegex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})-", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameRegex();

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
    /// A front matter date as the generator reads it: the wall-clock value, whether a time and seconds were written,
    /// and the zone's offset when one was written.
    /// </summary>
    /// <param name="WallClock">The date and time read (midnight when no time was given).</param>
    /// <param name="HasTime">Whether a time of day was written.</param>
    /// <param name="HasSeconds">Whether the time has seconds (then Ruby's YAML reads an unquoted value as a timestamp).</param>
    /// <param name="Offset">The written zone's offset, or null.</param>
    public readonly record struct Written(DateTime WallClock, bool HasTime, bool HasSeconds, TimeSpan? Offset)
    {
        /// <summary>The calendar day read.</summary>
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
        var reading = DateGrammar.Read(kind, scalar);
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
}
