using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>Front matter dates as instants, the way Jekyll reads them.</summary>
public static class SiteTime
{
    /// <summary>The site's time zone (Jekyll's <c>timezone</c>, Hugo's <c>timeZone</c>) when it is set and the system knows it, else null.</summary>
    public static TimeZoneInfo? Zone(Site site)
    {
        if (site.TimeZone is not { Length: > 0 } id)
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// The zone a date without one is read in: the site's, else UTC for Hugo (checked with Hugo 0.111: the machine's
    /// zone does not count) and the build machine's for Jekyll (taken to be this one).
    /// </summary>
    public static TimeZoneInfo ZoneOrDefault(Site site) => ZoneOrDefault(site, TimeZoneInfo.Local);

    /// <summary><see cref="ZoneOrDefault(Site)"/> on a machine whose zone is <paramref name="machine"/>.</summary>
    internal static TimeZoneInfo ZoneOrDefault(Site site, TimeZoneInfo machine) =>
        Zone(site) ?? (site.Kind == SiteKind.Hugo ? TimeZoneInfo.Utc : machine);

    /// <summary>
    /// The instant the generator gives a date: at its written zone; for Jekyll an unquoted date-time with seconds and
    /// no zone is a YAML timestamp, which Ruby reads as UTC; any other value is in <see cref="ZoneOrDefault"/>.
    /// </summary>
    public static DateTimeOffset Instant(PostDates.Written date, bool isPlainScalar, Site site)
    {
        if (date.Offset is { } offset)
        {
            return new DateTimeOffset(date.WallClock, offset);
        }

        if (isPlainScalar && date.HasSeconds && SitePaths.IsJekyllLike(site))
        {
            return new DateTimeOffset(date.WallClock, TimeSpan.Zero);
        }

        return InZone(date.WallClock, ZoneOrDefault(site));
    }

    /// <summary>A wall-clock time in <paramref name="zone"/> (a time skipped by a clock change takes the standard offset).</summary>
    public static DateTimeOffset InZone(DateTime wallClock, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(unspecified) ? zone.BaseUtcOffset : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
