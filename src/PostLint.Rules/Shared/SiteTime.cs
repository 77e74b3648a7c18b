using PostLint.Sites;

namespace PostLint.Rules.Shared;

/// <summary>Front matter dates as instants, the way Jekyll reads them.</summary>
public static class SiteTime
{
    /// <summary>The site's time zone (Jekyll's <c>timezone</c>) when it is set and the system knows it, else null.</summary>
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
    /// The instant Jekyll gives a date: at its written zone; an unquoted date-time with seconds and no zone is a YAML
    /// timestamp, which Ruby reads as UTC; any other value is in the site's time zone, or the machine's when the site
    /// sets none.
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

        return InZone(date.WallClock, Zone(site) ?? TimeZoneInfo.Local);
    }

    /// <summary>A wall-clock time in <paramref name="zone"/> (a time skipped by a clock change takes the standard offset).</summary>
    public static DateTimeOffset InZone(DateTime wallClock, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(unspecified) ? zone.BaseUtcOffset : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
