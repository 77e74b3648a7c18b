using System.Globalization;
using PostLint.Sites;

namespace PostLint.Tests.Sites;

/// <summary>Go's <c>time.Parse</c> for the layouts Hugo reads dates with: what Go reads, what it refuses and what it calls out of range.</summary>
public class GoLayoutTests
{
    private static string Parse(string layout, string value) =>
        GoLayout.Parse(layout, value, out var at, out var offset, out var rangeError)
            ? at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (offset is { } o ? " " + o.ToString() : "")
            : "error" + (rangeError is null ? "" : ": " + rangeError);

    [Theory]
    [InlineData("January", 1)]
    [InlineData("February", 2)]
    [InlineData("March", 3)]
    [InlineData("April", 4)]
    [InlineData("May", 5)]
    [InlineData("June", 6)]
    [InlineData("July", 7)]
    [InlineData("August", 8)]
    [InlineData("September", 9)]
    [InlineData("October", 10)]
    [InlineData("November", 11)]
    [InlineData("December", 12)]
    public void Each_month_name_is_read_in_full_and_short(string name, int month)
    {
        Assert.Equal($"2024-{month:00}-05 00:00:00", Parse("02 January 2006", $"05 {name} 2024"));
        Assert.Equal($"2024-{month:00}-05 00:00:00", Parse("02 Jan 2006", $"05 {name[..3].ToUpperInvariant()} 2024"));
    }

    [Theory]
    [InlineData("2006-01-02 15:04:05", "2024-02-29 23:59:59", "2024-02-29 23:59:59")]       // the last of each range
    [InlineData("2006-01-02", "2024-01-31", "2024-01-31 00:00:00")]
    [InlineData("2006-01-02", "2023-02-29", "error: day out of range")]
    [InlineData("2006-01-02", "2024--05", "error")]                                        // a number left out is no number 0
    [InlineData("2006-01-02 15:04:05", "2024-03-0510:20:30", "error")]                      // a space in the layout needs one in the value
    [InlineData("2006-01-02 ", "2024-03-05", "2024-03-05 00:00:00")]                        // ... or the end of the value
    [InlineData("02 Jan 06 15:04 -0700", "05 Mar 69 10:20 +0900", "1969-03-05 10:20:00 09:00:00")] // two-digit years from 69 are 19xx
    [InlineData("02 Jan 06 15:04 -0700", "05 Mar 68 10:20 -0930", "2068-03-05 10:20:00 -09:30:00")] // ... below it 20xx
    [InlineData("2006 January", "2024 March", "2024-03-01 00:00:00")]                       // a name at the end of the value
    [InlineData("Mon, 02 Jan 2006 15:04:05 -0700", ", 05 Mar 2024 10:20:30 +0900", "error")] // the day's name is required
    [InlineData("Mon, 02 Jan 2006 15:04:05 -0700", "Tue, 05 Mar 2024 10:20:30 +0900", "2024-03-05 10:20:30 09:00:00")]
    [InlineData("_2 Jan 2006", " 5 Mar 2024", "2024-03-05 00:00:00")]                       // _2 takes a space before one digit
    [InlineData("Mon Jan _2 15:04:05 2006", "Tue Mar ", "error")]
    [InlineData("2006-01-02T15:04:05", "2024-03-05T10:20:30.5", "2024-03-05 10:20:30")]     // a fraction after the seconds
    [InlineData("2006-01-02T15:04:05", "2024-03-05T10:20:30,25", "2024-03-05 10:20:30")]
    [InlineData("15:04:05.999999999", "10:20:30.5", "0001-01-01 10:20:30")]
    [InlineData("2006-01-02 15:04:05 -07:00", "2024-03-05 10:20:30 +09000", "error")]      // -07:00 needs its colon
    [InlineData("2006-01-02 15:04:05 -07:00", "2024-03-05 10:20:30 -09:30", "2024-03-05 10:20:30 -09:30:00")]
    [InlineData("-07:00 2006", "+:30 2024", "error")]                                      // ... and the hours
    public void A_value_is_read_as_go_reads_it(string layout, string value, string expected) =>
        Assert.Equal(expected, Parse(layout, value));
}
