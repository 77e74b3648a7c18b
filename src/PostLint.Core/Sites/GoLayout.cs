using System.Globalization;

namespace PostLint.Sites;

/// <summary>
/// Go's <c>time.Parse</c> for the layout elements Hugo's date layouts use: <c>2006 06 01 Jan January 02 _2 Mon Monday
/// 15 04 05 .999999999 MST -0700 -07:00 Z0700 Z07:00</c>. Like Go: fixed-width numbers where Go fixes them, an hour of
/// one or two digits, fractional seconds accepted after the seconds, a run of spaces matching a run of spaces, and no
/// rollover (a day past the month's end is an error).
/// </summary>
internal static class GoLayout
{
    private static readonly string[] Elements =
        ["January", "Jan", "Monday", "Mon", "2006", "-07:00", "-0700", "Z07:00", "Z0700", "MST", ".999999999", "01", "02", "_2", "15", "04", "05", "06"];

    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>
    /// Parses <paramref name="value"/> with <paramref name="layout"/>: true with the wall-clock time read; false with
    /// <paramref name="rangeError"/> set when the value has the layout's shape but a part out of range ("day out of
    /// range"), or null when it does not have the shape.
    /// </summary>
    public static bool Parse(string layout, string value, out DateTime at, out TimeSpan? offset, out string? rangeError)
    {
        at = default;
        offset = null;
        rangeError = null;
        int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0;
        var v = value.AsSpan();
        var i = 0;
        while (i < layout.Length)
        {
            var element = Elements.FirstOrDefault(e => string.CompareOrdinal(layout, i, e, 0, e.Length) == 0);
            if (element is null)
            {
                if (layout[i] == ' ')
                {
                    if (v.Length > 0 && v[0] != ' ')
                    {
                        return false;
                    }

                    while (i < layout.Length && layout[i] == ' ')
                    {
                        i++;
                    }

                    v = v.TrimStart(' ');
                    continue;
                }

                if (v.Length == 0 || v[0] != layout[i])
                {
                    return false;
                }

                v = v[1..];
                i++;
                continue;
            }

            i += element.Length;
            bool ok;
            switch (element)
            {
                case "2006":
                    ok = Digits(ref v, 4, 4, out year);
                    break;
                case "06":
                    ok = Digits(ref v, 2, 2, out year);
                    year += year >= 69 ? 1900 : 2000;
                    break;
                case "01":
                    ok = Digits(ref v, 2, 2, out month);
                    if (ok && month is < 1 or > 12)
                    {
                        rangeError = "month out of range";
                        return false;
                    }

                    break;
                case "Jan" or "January":
                    ok = Name(ref v, MonthNames, element.Length == 3, out month);
                    month++;
                    break;
                case "Mon" or "Monday":
                    ok = Name(ref v, DayNames, element.Length == 3, out _);
                    break;
                case "02":
                    ok = Digits(ref v, 2, 2, out day);
                    break;
                case "_2":
                    if (v.Length > 0 && v[0] == ' ')
                    {
                        v = v[1..];
                    }

                    ok = Digits(ref v, 1, 2, out day);
                    break;
                case "15":
                    ok = Digits(ref v, 1, 2, out hour);
                    if (ok && hour > 23)
                    {
                        rangeError = "hour out of range";
                        return false;
                    }

                    break;
                case "04":
                    ok = Digits(ref v, 2, 2, out minute);
                    if (ok && minute > 59)
                    {
                        rangeError = "minute out of range";
                        return false;
                    }

                    break;
                case "05":
                    ok = Digits(ref v, 2, 2, out second);
                    if (ok && second > 59)
                    {
                        rangeError = "second out of range";
                        return false;
                    }

                    // Go takes a fraction after the seconds even when the layout has none.
                    if (ok && !(i < layout.Length && layout[i] == '.') && v.Length >= 2 && v[0] is '.' or ',' && char.IsAsciiDigit(v[1]))
                    {
                        v = v[1..];
                        while (v.Length > 0 && char.IsAsciiDigit(v[0]))
                        {
                            v = v[1..];
                        }
                    }

                    break;
                case ".999999999":
                    ok = true;
                    if (v.Length >= 2 && v[0] == '.' && char.IsAsciiDigit(v[1]))
                    {
                        v = v[1..];
                        while (v.Length > 0 && char.IsAsciiDigit(v[0]))
                        {
                            v = v[1..];
                        }
                    }

                    break;
                case "MST":
                    var letters = 0;
                    while (letters < v.Length && char.IsAsciiLetterUpper(v[letters]))
                    {
                        letters++;
                    }

                    // Go gives an abbreviation the offset the site's zone has for it; one it does not know (KST
                    // in a UTC site) is a zone at offset 0. A numeric offset written too (-0700 MST) wins.
                    ok = letters >= 3;
                    offset ??= TimeSpan.Zero;
                    v = v[letters..];
                    break;
                default:
                    // -0700, -07:00, Z0700, Z07:00
                    if (element[0] == 'Z' && v.Length > 0 && v[0] == 'Z')
                    {
                        v = v[1..];
                        offset = TimeSpan.Zero;
                        ok = true;
                        break;
                    }

                    var colon = element.Contains(':', StringComparison.Ordinal);
                    ok = v.Length >= (colon ? 6 : 5) && v[0] is '+' or '-';
                    if (ok)
                    {
                        var sign = v[..1];
                        v = v[1..];
                        var zm = 0;
                        ok = Digits(ref v, 2, 2, out var zh) && (!colon || (v.Length > 0 && v[0] == ':'));
                        if (ok && colon)
                        {
                            v = v[1..];
                        }

                        // No range check: Hugo 0.111 reads +25:00 as an offset of 25 hours (its real build does).
                        ok = ok && Digits(ref v, 2, 2, out zm);
                        offset = new TimeSpan(zh, zm, 0) * (sign[0] == '-' ? -1 : 1);
                    }

                    break;
            }

            if (!ok)
            {
                return false;
            }
        }

        if (v.Length > 0)
        {
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            rangeError = "day out of range";
            return false;
        }

        at = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool Digits(ref ReadOnlySpan<char> v, int min, int max, out int number)
    {
        number = 0;
        var n = 0;
        while (n < max && n < v.Length && char.IsAsciiDigit(v[n]))
        {
            number = number * 10 + (v[n] - '0');
            n++;
        }

        if (n < min)
        {
            return false;
        }

        v = v[n..];
        return true;
    }

    private static bool Name(ref ReadOnlySpan<char> v, string[] names, bool shortForm, out int index)
    {
        for (index = 0; index < names.Length; index++)
        {
            var name = shortForm ? names[index].AsSpan(0, 3) : names[index].AsSpan();
            if (v.Length >= name.Length && v[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                v = v[name.Length..];
                return true;
            }
        }

        return false;
    }
}
