using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.Yaml;

namespace PostLint.Sites;

/// <summary>How a generator reads a date value.</summary>
public enum DateVerdict
{
    /// <summary>Read as the date written.</summary>
    Valid,

    /// <summary>Read without an error, but as another date than the writer meant (see <see cref="DateReading.Note"/>).</summary>
    Shifted,

    /// <summary>A time range (<c>15:30-16:00</c>) that the generator reads as a time at a zone offset.</summary>
    TimeRange,

    /// <summary>Not a date the generator reads.</summary>
    Invalid,

    /// <summary>A form PostLint cannot tell the generator's reading of.</summary>
    Unknown,
}

/// <summary>The outcome of reading a date value with a generator's grammar.</summary>
/// <param name="Verdict">Whether and how it is read.</param>
/// <param name="Note">For a shifted or invalid value: what the generator makes of it ("no such day", "reads it as 2024-03-01"), in
/// either language; a shifted value's note is a sentence, an invalid value's a short phrase.</param>
/// <param name="ReadAs">The date and time the generator reads (wall clock, before <paramref name="Offset"/>), when it reads one.</param>
/// <param name="Offset">The zone offset written with the value, or null when the site's (or machine's) zone applies.</param>
public readonly record struct DateReading(DateVerdict Verdict, Localized? Note = null, DateTime? ReadAs = null, TimeSpan? Offset = null);

/// <summary>
/// Each generator's date grammar, as its real build reads a front matter value (each case checked against the real
/// tool; see <c>tests/PostLint.Tests/Sites/DateGrammarCases.txt</c>):
/// <list type="bullet">
/// <item>Jekyll: YAML, then Ruby's <c>Time.parse</c>: ISO dates with or without zero padding, <c>2025.03.01</c>,
/// <c>2025/03/01</c>, <c>20250301</c>, day-first <c>01-03-2025</c>, month names (<c>Jul 08 2022</c>); a day past the
/// month's end rolls over (<c>2024-02-30</c> is 2024-03-01), a missing year is the build's year.</item>
/// <item>Hugo: its layouts (<c>2006-01-02</c>, <c>2006-01-02T15:04:05</c> with or without a zone,
/// <c>2006-01-02 15:04:05</c>, RFC 1123/822/850, <c>02 Jan 2006</c>, …): exact digits, seconds required with a time,
/// no rollover; an unquoted integer is seconds since 1970.</item>
/// <item>Astro: what the content schema's <c>z.coerce.date()</c> does, <c>new Date(value)</c>: ISO forms, month names
/// (<c>Jul 08 2022</c>), month-first <c>03/01/2025</c>, <c>2025/03/01</c>; a day past the month's end rolls over.</item>
/// <item>No generator: valid when any of the three reads it; nothing is invalid that one of them reads.</item>
/// </list>
/// </summary>
public static partial class DateGrammar
{
    private static readonly Message AGenerator = new("a generator", "사이트 생성기");

    private static readonly Message NoSuchDay = new("no such day", "없는 날짜");

    private static readonly Message NoSuchMonth = new("no such month", "없는 달");

    private static readonly Message NoSuchTime = new("no such time", "없는 시각");

    private static readonly Message NoSuchOffset = new("no such zone offset", "없는 시간대 오프셋");

    private static readonly Message RubyFindsNoDate = new("Ruby's Time.parse finds no date in it", "Ruby의 Time.parse가 날짜를 찾지 못함");

    private static readonly Message NoYear = new(
        "it has no year, so Jekyll takes the year of the build",
        "연도가 없어 Jekyll은 빌드하는 해의 연도를 씁니다");

    private static readonly Message JekyllRollsOver = new(
        "no such day: Jekyll reads it as {date}",
        "없는 날짜라서 Jekyll은 {date}{으로} 읽습니다");

    private static readonly Message JekyllDayFirst = new(
        "Jekyll reads it day first, as {date}",
        "Jekyll은 일을 월보다 먼저 읽으므로 {date}{이} 됩니다");

    private static readonly Message HugoSeconds = new(
        "YAML reads it as a number, and Hugo a number as seconds since 1970: {at} UTC",
        "YAML은 이 값을 숫자로 읽고 Hugo는 숫자를 1970년부터 센 초로 읽으므로 {at} UTC가 됩니다");

    private static readonly Message NotHugoDate = new("not a date Hugo reads", "Hugo가 읽는 날짜가 아님");

    private static readonly Message JsMilliseconds = new(
        "YAML reads it as a number, and new Date() a number as milliseconds since 1970",
        "YAML은 이 값을 숫자로 읽고 new Date()는 숫자를 1970년부터 센 밀리초로 읽습니다");

    private static readonly Message JsBoolean = new(
        "YAML reads it as a boolean, and new Date() a boolean as 1970-01-01",
        "YAML은 이 값을 불리언으로 읽고 new Date()는 불리언을 1970-01-01로 읽습니다");

    private static readonly Message YamlRollsOver = new(
        "no such day or time: YAML reads it as {at}",
        "없는 날짜나 시각이라서 YAML은 {at}{으로} 읽습니다");

    private static readonly Message JsInvalidDate = new("new Date() reads it as Invalid Date", "new Date()가 Invalid Date로 읽음");

    private static readonly Message JsRollsOver = new(
        "no such day: new Date() reads it as {date}",
        "없는 날짜라서 new Date()는 {date}{으로} 읽습니다");

    private static readonly Message JsMonthFirst = new(
        "new Date() reads it month first, as {date}",
        "new Date()는 월을 일보다 먼저 읽으므로 {date}{이} 됩니다");

    private static readonly Message TimeSpanNote = new("{start} to {end}", "{start}부터 {end}까지");

    /// <summary>Go's range errors (<see cref="GoLayout.Parse"/>) as notes.</summary>
    private static readonly Message[] GoRangeErrors =
    [
        new("month out of range", "월이 범위를 벗어남"),
        new("day out of range", "일이 범위를 벗어남"),
        new("hour out of range", "시가 범위를 벗어남"),
        new("minute out of range", "분이 범위를 벗어남"),
        new("second out of range", "초가 범위를 벗어남"),
    ];

    private const string TimePart =
        @"(?:(?:[Tt]|\s+)(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2})(?<f>[.,]\d+)?)?(?:\s*(?<ap>[AaPp]\.?[Mm]\.?))?(?:\s*(?<z>[Zz]|UTC|UT|GMT|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{3,4}))?)?";

    private const string MonthName = @"(?<mn>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Weekday = @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?";

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})" + TimePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})" + TimePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstRegex();

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[-./])(?<b>\d{1,2})\k<sep>(?<y>\d{4})" + TimePart + "$", RegexOptions.CultureInvariant)]
    private static partial Regex YearLastRegex();

    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactRegex();

    [GeneratedRegex("^" + Weekday + "(?:" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(?<y>\d{4}))?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @",?(?:\s+(?<y>\d{4}))?|(?<y>\d{4})\s+" + MonthName + @"\s+(?<d>\d{1,2}))" + TimePart + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?-(?<eh>\d{2}):(?<em>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRangeRegex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?:(?<m>\d{2})-(?<d>\d{2})|(?<m>\d{1,2})-(?<d>\d{1,2})(?:[Tt]|[ \t]+)(?<H>\d{1,2}):(?<M>\d{2}):(?<S>\d{2})(?:\.\d*)?(?:[ \t]*(?<z>Z|[-+]\d{1,2}(?::\d{2})?))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlTimestampRegex();

    [GeneratedRegex(@"^[+-]?\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerRegex();

    // A TOML offset or local date-time literal (TOML 1.0): 'T', 't' or a space between date and time, 'Z' or 'z'.
    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[Tt ](?<H>\d{2}):(?<M>\d{2}):(?<S>\d{2})(?:\.\d+)?(?<z>[Zz]|[+-]\d{2}:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TomlDateTimeRegex();

    /// <summary>
    /// Reads a front matter date as <paramref name="kind"/> does: a TOML date-time literal (<see cref="YScalar.IsTomlDateTime"/>)
    /// is a date already, read by the TOML reader (go-toml in Hugo) and not by the generator's date grammar; any other
    /// value as <see cref="Read(SiteKind, string, bool)"/> reads it.
    /// </summary>
    public static DateReading Read(SiteKind kind, YScalar scalar) =>
        scalar.IsTomlDateTime && TomlDateTime(scalar.Value.Trim()) is { } reading ? reading : Read(kind, scalar.Value, scalar.IsPlain);

    /// <summary>
    /// A TOML date-time literal as go-toml reads it (checked against Hugo 0.111): a leap second is the next minute's
    /// start (<c>2016-12-31T23:59:60Z</c> is 2017-01-01T00:00:00Z, as Go's <c>time.Date</c> normalizes it), fractional
    /// seconds are kept, and a local date-time is in the site's zone. The calendar was checked when the front matter was
    /// read (an impossible date is invalid TOML, PL103).
    /// </summary>
    private static DateReading? TomlDateTime(string text)
    {
        if (TomlDateTimeRegex().Match(text) is not { Success: true } m)
        {
            return null;
        }

        int y = Int(m, "y"), mo = Int(m, "m"), d = Int(m, "d");
        int h = m.Groups["H"].Success ? Int(m, "H") : 0, mi = m.Groups["M"].Success ? Int(m, "M") : 0, s = m.Groups["S"].Success ? Int(m, "S") : 0;
        if (y < 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
        {
            return null;
        }

        var at = new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Unspecified).AddSeconds(s);
        var zone = m.Groups["z"].Value;
        TimeSpan? offset = zone.Length == 0 ? null : zone is "Z" or "z" ? TimeSpan.Zero : YamlZone(zone);
        return new DateReading(DateVerdict.Valid, null, at, offset);
    }

    /// <summary>Reads <paramref name="value"/> (trimmed) as <paramref name="kind"/> does; an empty value is invalid.</summary>
    /// <param name="kind">The generator.</param>
    /// <param name="value">The scalar's text.</param>
    /// <param name="isPlainScalar">Whether the value is unquoted (YAML may read it as a number or timestamp).</param>
    public static DateReading Read(SiteKind kind, string value, bool isPlainScalar)
    {
        var text = value.Trim();
        try
        {
            if (ReadTimeRange(kind, text) is { } range)
            {
                return range;
            }

            return kind switch
            {
                SiteKind.Jekyll => Ruby(text),
                SiteKind.Hugo => Go(text, isPlainScalar),
                SiteKind.Astro => JavaScript(text, isPlainScalar),
                _ => Any(text, isPlainScalar),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // A date outside what .NET holds (year 0000): Ruby, Go and V8 read it as written, but PostLint keeps no
            // instant for it, so it claims nothing (PL201 gives a warning at most).
            return new DateReading(DateVerdict.Unknown);
        }
    }

    /// <summary>
    /// The generator's name as messages give it: <c>Jekyll</c>, <c>Hugo</c>, <c>Astro</c> (the same in every language),
    /// or "a generator" as a <see cref="Localized"/> piece for a site without one.
    /// </summary>
    public static object GeneratorName(SiteKind kind) => kind switch
    {
        SiteKind.Jekyll => "Jekyll",
        SiteKind.Hugo => "Hugo",
        SiteKind.Astro => "Astro",
        _ => AGenerator.With(),
    };

    /// <summary>
    /// <c>15:30-16:00</c>: a start and end time that every parser reads as 15:30 at offset −16:00. Only a negative offset
    /// later than the start time and beyond any real zone (−12:00) is taken for a range.
    /// </summary>
    private static DateReading? ReadTimeRange(SiteKind kind, string text)
    {
        var m = TimeRangeRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var end = new TimeSpan(int.Parse(m.Groups["eh"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(m.Groups["em"].ValueSpan, CultureInfo.InvariantCulture), 0);
        var start = new TimeSpan(int.Parse(text.AsSpan(11, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(14, 2), CultureInfo.InvariantCulture), 0);
        if (end <= TimeSpan.FromHours(12) || end <= start || end >= TimeSpan.FromHours(24))
        {
            return null;
        }

        // Hugo reads it only with seconds; without, it drops the value like any other it cannot read.
        var read = kind switch
        {
            SiteKind.Jekyll => Ruby(text),
            SiteKind.Hugo => Go(text, false),
            _ => JavaScript(text, false),
        };
        return read.Verdict == DateVerdict.Invalid ? read : read with { Verdict = DateVerdict.TimeRange, Note = TimeSpanNote.With(text[11..16], $"{m.Groups["eh"].Value}:{m.Groups["em"].Value}") };
    }

    // ---- Jekyll: Ruby's Time.parse ----

    private static DateReading Ruby(string text)
    {
        Match m;
        if ((m = IsoRegex().Match(text)).Success || (m = YearFirstRegex().Match(text)).Success || (m = CompactRegex().Match(text)).Success)
        {
            return RubyParts(Int(m, "y"), Int(m, "m"), Int(m, "d"), m, dayFirst: false);
        }

        if ((m = YearLastRegex().Match(text)).Success)
        {
            // Ruby reads 01-03-2025 and 03/01/2025 day first.
            var reading = RubyParts(Int(m, "y"), Int(m, "b"), Int(m, "a"), m, dayFirst: true);
            return reading;
        }

        if ((m = MonthNameRegex().Match(text)).Success)
        {
            var month = Month(m.Groups["mn"].Value);
            if (!m.Groups["y"].Success)
            {
                return Int(m, "d") is < 1 or > 31
                    ? new DateReading(DateVerdict.Invalid, NoSuchDay.With())
                    : new DateReading(DateVerdict.Shifted, NoYear.With());
            }

            return RubyParts(Int(m, "y"), month, Int(m, "d"), m, dayFirst: false);
        }

        // Date._parse finds nothing without a digit or a month or day name: "no time information".
        if (!text.Any(char.IsAsciiDigit))
        {
            return new DateReading(DateVerdict.Invalid, RubyFindsNoDate.With());
        }

        return new DateReading(DateVerdict.Unknown);
    }

    private static DateReading RubyParts(int year, int month, int day, Match m, bool dayFirst)
    {
        if (month is < 1 or > 12)
        {
            return new DateReading(DateVerdict.Invalid, NoSuchMonth.With());
        }

        if (day is < 1 or > 31)
        {
            return new DateReading(DateVerdict.Invalid, NoSuchDay.With());
        }

        if (ReadTime(m, ruby: true) is not { } time)
        {
            return new DateReading(DateVerdict.Invalid, NoSuchTime.With());
        }

        var offset = m.Groups["z"].Success ? ZoneOffset(m.Groups["z"].Value) : null;
        if (m.Groups["z"].Success && offset is null)
        {
            return new DateReading(DateVerdict.Unknown);
        }

        if (offset?.Duration() >= TimeSpan.FromHours(24))
        {
            return new DateReading(DateVerdict.Invalid, NoSuchOffset.With());
        }

        // Time.local rolls a day past the month's end over into the next month.
        var at = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(day - 1).Add(time);
        if (day > DateTime.DaysInMonth(year, month))
        {
            return new DateReading(DateVerdict.Shifted, JekyllRollsOver.With(Day(at)), at, offset);
        }

        if (dayFirst && day <= 12 && month <= 12 && day != month)
        {
            return new DateReading(DateVerdict.Shifted, JekyllDayFirst.With(Day(at)), at, offset);
        }

        return new DateReading(DateVerdict.Valid, null, at, offset);
    }

    // ---- Hugo: Go layouts ----

    /// <summary>The layouts Hugo 0.111 tries on a front matter date string, in its order (spf13/cast's list).</summary>
    private static readonly string[] GoLayouts =
    [
        "2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05", "Mon, 02 Jan 2006 15:04:05 -0700", "Mon, 02 Jan 2006 15:04:05 MST",
        "02 Jan 06 15:04 -0700", "02 Jan 06 15:04 MST", "Monday, 02-Jan-06 15:04:05 MST", "2006-01-02 15:04:05.999999999 -0700 MST",
        "2006-01-02T15:04:05-0700", "2006-01-02 15:04:05Z0700", "2006-01-02 15:04:05", "Mon Jan _2 15:04:05 2006",
        "Mon Jan _2 15:04:05 MST 2006", "Mon Jan 02 15:04:05 -0700 2006", "2006-01-02 15:04:05Z07:00", "2006-01-02",
        "02 Jan 2006", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04:05 -0700",
    ];

    private static DateReading Go(string text, bool isPlainScalar)
    {
        if (isPlainScalar && IntegerRegex().IsMatch(text))
        {
            // YAML reads it as a number, and Hugo a number as seconds since 1970.
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && Math.Abs(seconds) <= 253_402_300_799
                ? new DateReading(DateVerdict.Shifted, HugoSeconds.With(DateTime.UnixEpoch.AddSeconds(seconds).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), DateTime.UnixEpoch.AddSeconds(seconds), TimeSpan.Zero)
                : new DateReading(DateVerdict.Invalid, NotHugoDate.With());
        }

        string? rangeError = null;
        foreach (var layout in GoLayouts)
        {
            switch (GoLayout.Parse(layout, text, out var at, out var offset, out var error))
            {
                case true:
                    return new DateReading(DateVerdict.Valid, null, at, offset);
                case false when error is not null:
                    rangeError ??= error;
                    break;
            }
        }

        return new DateReading(DateVerdict.Invalid, rangeError is null ? NotHugoDate.With() : GoRangeError(rangeError));
    }

    // ---- Astro: JavaScript's new Date(string) ----

    private static DateReading JavaScript(string text, bool isPlainScalar)
    {
        if (isPlainScalar)
        {
            // js-yaml reads numbers, booleans and timestamps before the schema sees them.
            if (IntegerRegex().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) && Math.Abs(ms) <= 253_402_300_799_000)
            {
                return new DateReading(DateVerdict.Shifted, JsMilliseconds.With(), DateTime.UnixEpoch.AddMilliseconds(ms), TimeSpan.Zero);
            }

            if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            {
                return new DateReading(DateVerdict.Shifted, JsBoolean.With(), DateTime.UnixEpoch.AddMilliseconds(text[0] is 't' or 'T' ? 1 : 0), TimeSpan.Zero);
            }

            if (YamlTimestampRegex().Match(text) is { Success: true } ts)
            {
                // Date.UTC rolls every part over: 2025-13-01 is 2026-01-01.
                int Part(string g) => ts.Groups[g].Success ? Int(ts, g) : 0;
                // Date.UTC takes a year from 0 to 99 as 1900 to 1999.
                var year = Part("y") <= 99 ? 1900 + Part("y") : Part("y");
                var at = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
                    .AddMonths(Part("m") - 1).AddDays(Part("d") - 1).AddHours(Part("H")).AddMinutes(Part("M")).AddSeconds(Part("S"));
                var asWritten = year == Part("y") && Part("m") is >= 1 and <= 12 && Part("d") >= 1 && Part("d") <= DateTime.DaysInMonth(year, Part("m")) &&
                    Part("H") < 24 && Part("M") < 60 && Part("S") < 60;
                // js-yaml reads a timestamp without a zone as UTC.
                TimeSpan? offset = ts.Groups["z"].Success ? YamlZone(ts.Groups["z"].Value) : TimeSpan.Zero;
                return asWritten
                    ? new DateReading(DateVerdict.Valid, null, at, offset)
                    : new DateReading(DateVerdict.Shifted, YamlRollsOver.With(at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), at, offset);
            }
        }

        Match m;
        if ((m = IsoRegex().Match(text)).Success || (m = YearFirstRegex().Match(text)).Success)
        {
            return JsParts(Int(m, "y"), Int(m, "m"), Int(m, "d"), m, monthFirst: false);
        }

        if ((m = YearLastRegex().Match(text)).Success)
        {
            // V8 reads 03/01/2025 and 01-03-2025 month first.
            return JsParts(Int(m, "y"), Int(m, "a"), Int(m, "b"), m, monthFirst: true);
        }

        if ((m = MonthNameRegex().Match(text)).Success && m.Groups["y"].Success)
        {
            return JsParts(Int(m, "y"), Month(m.Groups["mn"].Value), Int(m, "d"), m, monthFirst: false);
        }

        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            return new DateReading(DateVerdict.Valid, null, new DateTime(int.Parse(text, CultureInfo.InvariantCulture), 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        }

        return new DateReading(text.Any(char.IsAsciiDigit) && !CompactRegex().IsMatch(text) ? DateVerdict.Unknown : DateVerdict.Invalid, JsInvalidDate.With());
    }

    private static DateReading JsParts(int year, int month, int day, Match m, bool monthFirst)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return new DateReading(DateVerdict.Invalid, JsInvalidDate.With());
        }

        if (ReadTime(m, ruby: false) is not { } time ||
            (m.Groups["z"].Success && ZoneOffset(m.Groups["z"].Value) is not { } zone))
        {
            return new DateReading(DateVerdict.Invalid, JsInvalidDate.With());
        }

        var at = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(day - 1).Add(time);
        var offset = m.Groups["z"].Success ? ZoneOffset(m.Groups["z"].Value) : null;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return new DateReading(DateVerdict.Shifted, JsRollsOver.With(Day(at)), at, offset);
        }

        if (monthFirst && day <= 12 && day != month)
        {
            return new DateReading(DateVerdict.Shifted, JsMonthFirst.With(Day(at)), at, offset);
        }

        return new DateReading(DateVerdict.Valid, null, at, offset);
    }

    // ---- No generator ----

    private static DateReading Any(string text, bool isPlainScalar)
    {
        DateReading[] readings = [Ruby(text), Go(text, isPlainScalar), JavaScript(text, isPlainScalar)];
        if (readings.Any(r => r.Verdict == DateVerdict.Valid))
        {
            return readings.First(r => r.Verdict == DateVerdict.Valid);
        }

        // Read by none as written: not a date, unless PostLint cannot tell what one of them does with it.
        return readings.Any(r => r.Verdict == DateVerdict.Unknown) ? new DateReading(DateVerdict.Unknown) : new DateReading(DateVerdict.Invalid);
    }

    // ---- shared parts ----

    private static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Localized GoRangeError(string error) => (Array.Find(GoRangeErrors, m => m.English == error) ?? NotHugoDate).With();

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    /// <summary>
    /// The time of day written, or null when it is out of range; midnight when none is written. Both read 24:00 as the
    /// next day's start; Ruby (<paramref name="ruby"/>) also reads second 60 as the next minute and takes any hour before
    /// AM/PM modulo 12 (13 PM is 13:00), where V8 takes 0 to 12.
    /// </summary>
    private static TimeSpan? ReadTime(Match m, bool ruby)
    {
        if (!m.Groups["H"].Success)
        {
            return TimeSpan.Zero;
        }

        int h = Int(m, "H"), mi = Int(m, "M"), s = m.Groups["S"].Success ? Int(m, "S") : 0;
        if (m.Groups["ap"].Success)
        {
            if (!ruby && h > 12)
            {
                return null;
            }

            h = h % 12 + (char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' ? 12 : 0);
        }

        if (mi > 59 || s > (ruby ? 60 : 59) || h > 24 || (h == 24 && (mi != 0 || s != 0)))
        {
            return null;
        }

        return new TimeSpan(h, mi, s);
    }

    /// <summary>A YAML timestamp's zone: <c>Z</c>, <c>±H</c>, <c>±HH</c>, <c>±HH:MM</c>.</summary>
    private static TimeSpan YamlZone(string zone)
    {
        if (zone == "Z")
        {
            return TimeSpan.Zero;
        }

        var parts = zone[1..].Split(':');
        var span = new TimeSpan(int.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0, 0);
        return zone[0] == '-' ? -span : span;
    }

    /// <summary>A written zone's offset: <c>Z</c>, <c>UTC</c>, <c>GMT</c>, <c>±HH</c>, <c>±HHMM</c>, <c>±HH:MM</c>, or a North American abbreviation; null for a name Ruby may not know.</summary>
    private static TimeSpan? ZoneOffset(string zone)
    {
        if (zone[0] is '+' or '-')
        {
            var digits = zone.Replace(":", "", StringComparison.Ordinal);
            var span = new TimeSpan(int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture), digits.Length > 3 ? int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture) : 0, 0);
            return zone[0] == '-' ? -span : span;
        }

        return zone.ToUpperInvariant() switch
        {
            "Z" or "UTC" or "GMT" or "UT" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }
}
