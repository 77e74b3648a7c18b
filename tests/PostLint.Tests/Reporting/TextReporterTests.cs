using PostLint.Engine;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Reporting;

public class TextReporterTests
{
    [Theory]
    [InlineData("\tab", 1, 3, "    ab", 4, 2)]
    [InlineData("한국어 오타", 4, 6, "한국어 오타", 7, 4)]
    [InlineData("😀 x", 3, 4, "😀 x", 3, 1)]
    [InlineData("👨‍👩‍👧 x", 9, 10, "👨‍👩‍👧 x", 3, 1)]
    [InlineData("🇰🇷 x", 5, 6, "🇰🇷 x", 3, 1)]
    [InlineData("\u1112\u1161\u11AB x", 4, 5, "\u1112\u1161\u11AB x", 3, 1)]
    [InlineData("e\u0301x", 2, 3, "e\u0301x", 1, 1)]
    [InlineData("1\uFE0F\u20E3x", 3, 4, "1\uFE0F\u20E3x", 2, 1)]
    [InlineData("가\tx", 2, 3, "가  x", 4, 1)]
    [InlineData("\u0007x", 1, 2, "\uFFFDx", 1, 1)]
    [InlineData("가나", 1, 1, "가나", 2, 0)]
    [InlineData("ab", 2, 2, "ab", 2, 0)]
    public void Layout_counts_terminal_columns(string line, int start, int end, string shown, int lead, int width)
    {
        Assert.Equal((shown, lead, width), SourceSnippet.Layout(line, start, end));
    }

    [Fact]
    public void Caret_sits_under_the_word_after_a_tab_an_emoji_and_hangul()
    {
        var output = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { ShowSource = true });
        var lines = output.Split('\n');
        var source = Array.FindIndex(lines, l => l.StartsWith("7 | ", StringComparison.Ordinal));
        Assert.Equal("7 |     😀 확작성 덕분에 100%, 정말: 빠르다.", lines[source]);
        Assert.Equal("  |        ^^^^^^", lines[source + 1]);
        Assert.Equal("  = help: Replace with '확장성'", lines[source + 2]);
    }

    [Fact]
    public void Each_severity_has_its_colour_only_when_asked()
    {
        var coloured = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { Color = true, ShowSource = true });
        Assert.Contains(": \u001b[1;31merror\u001b[0m PL901", coloured, StringComparison.Ordinal);
        Assert.Contains(": \u001b[1;33mwarning\u001b[0m PL902", coloured, StringComparison.Ordinal);
        Assert.Contains(": \u001b[1;36minfo\u001b[0m PL903", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[1;33m^^^^^^\u001b[0m", coloured, StringComparison.Ordinal);
        var plain = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options() with { ShowSource = true });
        Assert.DoesNotContain('\u001b', plain);
    }

    [Fact]
    public void Default_text_is_one_line_per_finding()
    {
        var lines = CannedRun.Render(new TextReporter(), CannedRun.Create(), CannedRun.Options()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("_posts/2025-03-01-컨테이너 정리.md:7:5: warning PL902 canned-spelling: '확작성' is misspelt: 100%, really, write '확장성' or add it to the dictionary", lines[2]);
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "never", false)]
    [InlineData(false, null, null, false)]
    [InlineData(false, null, "always", true)]
    [InlineData(true, "", null, true)]
    public void Colour_follows_the_terminal_NO_COLOR_and_the_option(bool terminal, string? noColor, string? option, bool expected)
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ndate: TBD\n---\n본문\n");
        var env = new Dictionary<string, string>();
        if (noColor is not null)
        {
            env["NO_COLOR"] = noColor;
        }

        string[] args = option is null ? ["--select", "PL201"] : ["--select", "PL201", "--color", option];
        var result = CliRunner.Run(site.Root, env, terminal, args);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(expected, result.Out.Contains("\u001b[1;31merror\u001b[0m", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_file_has_no_colour_even_from_a_terminal()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-post.md", "---\ndate: TBD\n---\n본문\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string>(), true, "--output", "report.txt", "--color", "always");
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', File.ReadAllText(Path.Combine(site.Root, "report.txt")));
    }

    /// <summary>
    /// The column width of each character at the ends of the wide ranges and just outside them: 2 for East Asian Wide
    /// and Fullwidth characters (Unicode's EastAsianWidth.txt, as Python's unicodedata 14.0 gives it), regional indicators
    /// and VS16; 0 for marks and format characters; else 1. Unassigned code points are left out.
    /// </summary>
    [Theory]
    [InlineData(0x10FF, 1)] // GEORGIAN LETTER LABIAL SIGN (N)
    [InlineData(0x1100, 2)] // HANGUL CHOSEONG KIYEOK (W)
    [InlineData(0x115F, 2)] // HANGUL CHOSEONG FILLER (W)
    [InlineData(0x1160, 1)] // HANGUL JUNGSEONG FILLER (N)
    [InlineData(0x2319, 1)] // TURNED NOT SIGN (N)
    [InlineData(0x231A, 2)] // WATCH (W)
    [InlineData(0x231B, 2)] // HOURGLASS (W)
    [InlineData(0x231C, 1)] // TOP LEFT CORNER (N)
    [InlineData(0x2328, 1)] // KEYBOARD (N)
    [InlineData(0x2329, 2)] // LEFT-POINTING ANGLE BRACKET (W)
    [InlineData(0x232A, 2)] // RIGHT-POINTING ANGLE BRACKET (W)
    [InlineData(0x232B, 1)] // ERASE TO THE LEFT (N)
    [InlineData(0x23E8, 1)] // DECIMAL EXPONENT SYMBOL (N)
    [InlineData(0x23E9, 2)] // BLACK RIGHT-POINTING DOUBLE TRIANGLE (W)
    [InlineData(0x23EC, 2)] // BLACK DOWN-POINTING DOUBLE TRIANGLE (W)
    [InlineData(0x23ED, 1)] // BLACK RIGHT-POINTING DOUBLE TRIANGLE WITH VERTICAL BAR (N)
    [InlineData(0x23EF, 1)] // BLACK RIGHT-POINTING TRIANGLE WITH DOUBLE VERTICAL BAR (N)
    [InlineData(0x23F0, 2)] // ALARM CLOCK (W)
    [InlineData(0x23F1, 1)] // STOPWATCH (N)
    [InlineData(0x23F2, 1)] // TIMER CLOCK (N)
    [InlineData(0x23F3, 2)] // HOURGLASS WITH FLOWING SAND (W)
    [InlineData(0x23F4, 1)] // BLACK MEDIUM LEFT-POINTING TRIANGLE (N)
    [InlineData(0x25FC, 1)] // BLACK MEDIUM SQUARE (N)
    [InlineData(0x25FD, 2)] // WHITE MEDIUM SMALL SQUARE (W)
    [InlineData(0x25FE, 2)] // BLACK MEDIUM SMALL SQUARE (W)
    [InlineData(0x25FF, 1)] // LOWER RIGHT TRIANGLE (N)
    [InlineData(0x2613, 1)] // SALTIRE (N)
    [InlineData(0x2614, 2)] // UMBRELLA WITH RAIN DROPS (W)
    [InlineData(0x2615, 2)] // HOT BEVERAGE (W)
    [InlineData(0x2616, 1)] // WHITE SHOGI PIECE (N)
    [InlineData(0x2647, 1)] // PLUTO (N)
    [InlineData(0x2648, 2)] // ARIES (W)
    [InlineData(0x2653, 2)] // PISCES (W)
    [InlineData(0x2654, 1)] // WHITE CHESS KING (N)
    [InlineData(0x267E, 1)] // PERMANENT PAPER SIGN (N)
    [InlineData(0x267F, 2)] // WHEELCHAIR SYMBOL (W)
    [InlineData(0x2680, 1)] // DIE FACE-1 (N)
    [InlineData(0x2692, 1)] // HAMMER AND PICK (N)
    [InlineData(0x2693, 2)] // ANCHOR (W)
    [InlineData(0x2694, 1)] // CROSSED SWORDS (N)
    [InlineData(0x26A0, 1)] // WARNING SIGN (N)
    [InlineData(0x26A1, 2)] // HIGH VOLTAGE SIGN (W)
    [InlineData(0x26A2, 1)] // DOUBLED FEMALE SIGN (N)
    [InlineData(0x26A9, 1)] // HORIZONTAL MALE WITH STROKE SIGN (N)
    [InlineData(0x26AA, 2)] // MEDIUM WHITE CIRCLE (W)
    [InlineData(0x26AB, 2)] // MEDIUM BLACK CIRCLE (W)
    [InlineData(0x26AC, 1)] // MEDIUM SMALL WHITE CIRCLE (N)
    [InlineData(0x26BC, 1)] // SESQUIQUADRATE (N)
    [InlineData(0x26BD, 2)] // SOCCER BALL (W)
    [InlineData(0x26BE, 2)] // BASEBALL (W)
    [InlineData(0x26BF, 1)] // SQUARED KEY (A)
    [InlineData(0x26C3, 1)] // BLACK DRAUGHTS KING (N)
    [InlineData(0x26C4, 2)] // SNOWMAN WITHOUT SNOW (W)
    [InlineData(0x26C5, 2)] // SUN BEHIND CLOUD (W)
    [InlineData(0x26C6, 1)] // RAIN (A)
    [InlineData(0x26CD, 1)] // DISABLED CAR (A)
    [InlineData(0x26CE, 2)] // OPHIUCHUS (W)
    [InlineData(0x26CF, 1)] // PICK (A)
    [InlineData(0x26D3, 1)] // CHAINS (A)
    [InlineData(0x26D4, 2)] // NO ENTRY (W)
    [InlineData(0x26D5, 1)] // ALTERNATE ONE-WAY LEFT WAY TRAFFIC (A)
    [InlineData(0x26E9, 1)] // SHINTO SHRINE (A)
    [InlineData(0x26EA, 2)] // CHURCH (W)
    [InlineData(0x26EB, 1)] // CASTLE (A)
    [InlineData(0x26F1, 1)] // UMBRELLA ON GROUND (A)
    [InlineData(0x26F2, 2)] // FOUNTAIN (W)
    [InlineData(0x26F3, 2)] // FLAG IN HOLE (W)
    [InlineData(0x26F4, 1)] // FERRY (A)
    [InlineData(0x26F5, 2)] // SAILBOAT (W)
    [InlineData(0x26F6, 1)] // SQUARE FOUR CORNERS (A)
    [InlineData(0x26F9, 1)] // PERSON WITH BALL (A)
    [InlineData(0x26FA, 2)] // TENT (W)
    [InlineData(0x26FB, 1)] // JAPANESE BANK SYMBOL (A)
    [InlineData(0x26FC, 1)] // HEADSTONE GRAVEYARD SYMBOL (A)
    [InlineData(0x26FD, 2)] // FUEL PUMP (W)
    [InlineData(0x26FE, 1)] // CUP ON BLACK SQUARE (A)
    [InlineData(0x2704, 1)] // WHITE SCISSORS (N)
    [InlineData(0x2705, 2)] // WHITE HEAVY CHECK MARK (W)
    [InlineData(0x2706, 1)] // TELEPHONE LOCATION SIGN (N)
    [InlineData(0x2709, 1)] // ENVELOPE (N)
    [InlineData(0x270A, 2)] // RAISED FIST (W)
    [InlineData(0x270B, 2)] // RAISED HAND (W)
    [InlineData(0x270C, 1)] // VICTORY HAND (N)
    [InlineData(0x2727, 1)] // WHITE FOUR POINTED STAR (N)
    [InlineData(0x2728, 2)] // SPARKLES (W)
    [InlineData(0x2729, 1)] // STRESS OUTLINED WHITE STAR (N)
    [InlineData(0x274B, 1)] // HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK (N)
    [InlineData(0x274C, 2)] // CROSS MARK (W)
    [InlineData(0x274D, 1)] // SHADOWED WHITE CIRCLE (N)
    [InlineData(0x274E, 2)] // NEGATIVE SQUARED CROSS MARK (W)
    [InlineData(0x274F, 1)] // LOWER RIGHT DROP-SHADOWED WHITE SQUARE (N)
    [InlineData(0x2752, 1)] // UPPER RIGHT SHADOWED WHITE SQUARE (N)
    [InlineData(0x2753, 2)] // BLACK QUESTION MARK ORNAMENT (W)
    [InlineData(0x2755, 2)] // WHITE EXCLAMATION MARK ORNAMENT (W)
    [InlineData(0x2756, 1)] // BLACK DIAMOND MINUS WHITE X (N)
    [InlineData(0x2757, 2)] // HEAVY EXCLAMATION MARK SYMBOL (W)
    [InlineData(0x2758, 1)] // LIGHT VERTICAL BAR (N)
    [InlineData(0x2794, 1)] // HEAVY WIDE-HEADED RIGHTWARDS ARROW (N)
    [InlineData(0x2795, 2)] // HEAVY PLUS SIGN (W)
    [InlineData(0x2797, 2)] // HEAVY DIVISION SIGN (W)
    [InlineData(0x2798, 1)] // HEAVY SOUTH EAST ARROW (N)
    [InlineData(0x27AF, 1)] // NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW (N)
    [InlineData(0x27B0, 2)] // CURLY LOOP (W)
    [InlineData(0x27B1, 1)] // NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW (N)
    [InlineData(0x27BE, 1)] // OPEN-OUTLINED RIGHTWARDS ARROW (N)
    [InlineData(0x27BF, 2)] // DOUBLE CURLY LOOP (W)
    [InlineData(0x27C0, 1)] // THREE DIMENSIONAL ANGLE (N)
    [InlineData(0x2B1A, 1)] // DOTTED SQUARE (N)
    [InlineData(0x2B1B, 2)] // BLACK LARGE SQUARE (W)
    [InlineData(0x2B1C, 2)] // WHITE LARGE SQUARE (W)
    [InlineData(0x2B1D, 1)] // BLACK VERY SMALL SQUARE (N)
    [InlineData(0x2B4F, 1)] // SHORT BACKSLANTED SOUTH ARROW (N)
    [InlineData(0x2B50, 2)] // WHITE MEDIUM STAR (W)
    [InlineData(0x2B51, 1)] // BLACK SMALL STAR (N)
    [InlineData(0x2B54, 1)] // WHITE RIGHT-POINTING PENTAGON (N)
    [InlineData(0x2B55, 2)] // HEAVY LARGE CIRCLE (W)
    [InlineData(0x2B56, 1)] // HEAVY OVAL WITH OVAL INSIDE (A)
    [InlineData(0x2E80, 2)] // CJK RADICAL REPEAT (W)
    [InlineData(0x303E, 2)] // IDEOGRAPHIC VARIATION INDICATOR (W)
    [InlineData(0x303F, 1)] // IDEOGRAPHIC HALF FILL SPACE (N)
    [InlineData(0x3041, 2)] // HIRAGANA LETTER SMALL A (W)
    [InlineData(0x33FF, 2)] // SQUARE GAL (W)
    [InlineData(0x3400, 2)] // CJK UNIFIED IDEOGRAPH-3400 (W)
    [InlineData(0x4DBF, 2)] // CJK UNIFIED IDEOGRAPH-4DBF (W)
    [InlineData(0x4DC0, 1)] // HEXAGRAM FOR THE CREATIVE HEAVEN (N)
    [InlineData(0x4DFF, 1)] // HEXAGRAM FOR BEFORE COMPLETION (N)
    [InlineData(0x4E00, 2)] // CJK UNIFIED IDEOGRAPH-4E00 (W)
    [InlineData(0x9FFF, 2)] // CJK UNIFIED IDEOGRAPH-9FFF (W)
    [InlineData(0xA000, 2)] // YI SYLLABLE IT (W)
    [InlineData(0xA4D0, 1)] // LISU LETTER BA (N)
    [InlineData(0xA95F, 1)] // REJANG SECTION MARK (N)
    [InlineData(0xA960, 2)] // HANGUL CHOSEONG TIKEUT-MIEUM (W)
    [InlineData(0xA980, 0)] // JAVANESE SIGN PANYANGGA (N)
    [InlineData(0xAC00, 2)] // HANGUL SYLLABLE GA (W)
    [InlineData(0xD7A3, 2)] // HANGUL SYLLABLE HIH (W)
    [InlineData(0xF8FF, 1)] // ? (A)
    [InlineData(0xF900, 2)] // CJK COMPATIBILITY IDEOGRAPH-F900 (W)
    [InlineData(0xFB00, 1)] // LATIN SMALL LIGATURE FF (N)
    [InlineData(0xFE0E, 0)] // VARIATION SELECTOR-15 (A)
    [InlineData(0xFE0F, 2)] // VARIATION SELECTOR-16 (A)
    [InlineData(0xFE10, 2)] // PRESENTATION FORM FOR VERTICAL COMMA (W)
    [InlineData(0xFE19, 2)] // PRESENTATION FORM FOR VERTICAL HORIZONTAL ELLIPSIS (W)
    [InlineData(0xFE2F, 0)] // COMBINING CYRILLIC TITLO RIGHT HALF (N)
    [InlineData(0xFE30, 2)] // PRESENTATION FORM FOR VERTICAL TWO DOT LEADER (W)
    [InlineData(0xFE70, 1)] // ARABIC FATHATAN ISOLATED FORM (N)
    [InlineData(0xFEFF, 0)] // ZERO WIDTH NO-BREAK SPACE (N)
    [InlineData(0xFF60, 2)] // FULLWIDTH RIGHT WHITE PARENTHESIS (F)
    [InlineData(0xFF61, 1)] // HALFWIDTH IDEOGRAPHIC FULL STOP (H)
    [InlineData(0xFFE0, 2)] // FULLWIDTH CENT SIGN (F)
    [InlineData(0xFFE6, 2)] // FULLWIDTH WON SIGN (F)
    [InlineData(0x16FE0, 2)] // TANGUT ITERATION MARK (W)
    [InlineData(0x16FE4, 2)] // KHITAN SMALL SCRIPT FILLER (W)
    [InlineData(0x17000, 2)] // ? (W)
    [InlineData(0x18D00, 2)] // ? (W)
    [InlineData(0x18D08, 2)] // ? (W)
    [InlineData(0x1B000, 2)] // KATAKANA LETTER ARCHAIC E (W)
    [InlineData(0x1F003, 1)] // MAHJONG TILE NORTH WIND (N)
    [InlineData(0x1F004, 2)] // MAHJONG TILE RED DRAGON (W)
    [InlineData(0x1F005, 1)] // MAHJONG TILE GREEN DRAGON (N)
    [InlineData(0x1F0CE, 1)] // PLAYING CARD KING OF DIAMONDS (N)
    [InlineData(0x1F0CF, 2)] // PLAYING CARD BLACK JOKER (W)
    [InlineData(0x1F18D, 1)] // NEGATIVE SQUARED SA (A)
    [InlineData(0x1F18E, 2)] // NEGATIVE SQUARED AB (W)
    [InlineData(0x1F18F, 1)] // NEGATIVE SQUARED WC (A)
    [InlineData(0x1F190, 1)] // SQUARE DJ (A)
    [InlineData(0x1F191, 2)] // SQUARED CL (W)
    [InlineData(0x1F19A, 2)] // SQUARED VS (W)
    [InlineData(0x1F19B, 1)] // SQUARED THREE D (A)
    [InlineData(0x1F1E6, 2)] // REGIONAL INDICATOR SYMBOL LETTER A (N)
    [InlineData(0x1F1FF, 2)] // REGIONAL INDICATOR SYMBOL LETTER Z (N)
    [InlineData(0x1F200, 2)] // SQUARE HIRAGANA HOKA (W)
    [InlineData(0x1F251, 2)] // CIRCLED IDEOGRAPH ACCEPT (W)
    [InlineData(0x1F300, 2)] // CYCLONE (W)
    [InlineData(0x1F64F, 2)] // PERSON WITH FOLDED HANDS (W)
    [InlineData(0x1F650, 1)] // NORTH WEST POINTING LEAF (N)
    [InlineData(0x1F67F, 1)] // REVERSE CHECKER BOARD (N)
    [InlineData(0x1F680, 2)] // ROCKET (W)
    [InlineData(0x1F700, 1)] // ALCHEMICAL SYMBOL FOR QUINTESSENCE (N)
    [InlineData(0x1F7E0, 2)] // LARGE ORANGE CIRCLE (W)
    [InlineData(0x1F7EB, 2)] // LARGE BROWN SQUARE (W)
    [InlineData(0x1F90B, 1)] // DOWNWARD FACING NOTCHED HOOK WITH DOT (N)
    [InlineData(0x1F90C, 2)] // PINCHED FINGERS (W)
    [InlineData(0x1F9FF, 2)] // NAZAR AMULET (W)
    [InlineData(0x1FA00, 1)] // NEUTRAL CHESS KING (N)
    [InlineData(0x1FA70, 2)] // BALLET SHOES (W)
    [InlineData(0x1FB00, 1)] // BLOCK SEXTANT-1 (N)
    [InlineData(0x20000, 2)] // CJK UNIFIED IDEOGRAPH-20000 (W)
    [InlineData(0x30000, 2)] // CJK UNIFIED IDEOGRAPH-30000 (W)

    [InlineData(0x0301, 0)] // COMBINING ACUTE ACCENT (Mn)
    [InlineData(0x20DD, 0)] // COMBINING ENCLOSING CIRCLE (Me)
    [InlineData(0x200D, 0)] // ZERO WIDTH JOINER (Cf)
    [InlineData(0x0041, 1)] // LATIN CAPITAL LETTER A
    public void A_character_is_as_wide_as_Unicode_says(int codePoint, int width)
    {
        Assert.Equal(width, SourceSnippet.DisplayWidth(char.ConvertFromUtf32(codePoint)));
    }

    /// <summary>The canned run with only the post's findings named by <paramref name="keep"/> (0 date, unsafe fix; 1 spelling, safe fix; 2 table).</summary>
    private static LintRun CannedWith(params int[] keep)
    {
        var run = CannedRun.Create();
        var post = run.Files[1];
        var files = new[] { post with { Diagnostics = keep.Select(i => post.Diagnostics[i]).ToArray() }, run.Files[2] };
        return new LintRun(files, TimeSpan.FromMilliseconds(1234));
    }

    [Theory]
    [InlineData(new int[0], "0 errors, 0 warnings, 0 infos in 0 files (2 checked) in 1.23s", "파일 2개 중 0개에서 오류 0개, 경고 0개, 정보 0개를 찾았습니다(1.23초)")]
    [InlineData(new[] { 2 }, "0 errors, 0 warnings, 1 info in 1 file (2 checked) in 1.23s", "파일 2개 중 1개에서 오류 0개, 경고 0개, 정보 1개를 찾았습니다(1.23초)")]
    [InlineData(new[] { 1 }, "0 errors, 1 warning, 0 infos in 1 file (2 checked; 1 fixable with --fix) in 1.23s", "파일 2개 중 1개에서 오류 0개, 경고 1개, 정보 0개를 찾았습니다. --fix로 1개를 고칠 수 있습니다(1.23초)")]
    [InlineData(new[] { 0 }, "1 error, 0 warnings, 0 infos in 1 file (2 checked; 1 fixable with --fix --unsafe-fixes) in 1.23s", "파일 2개 중 1개에서 오류 1개, 경고 0개, 정보 0개를 찾았습니다. --fix --unsafe-fixes로 1개를 고칠 수 있습니다(1.23초)")]
    [InlineData(new[] { 0, 1, 2 }, "1 error, 1 warning, 1 info in 1 file (2 checked; 1 fixable with --fix, 1 more with --unsafe-fixes) in 1.23s", "파일 2개 중 1개에서 오류 1개, 경고 1개, 정보 1개를 찾았습니다. --fix로 1개, --unsafe-fixes로 1개를 더 고칠 수 있습니다(1.23초)")]
    public void The_summary_counts_findings_files_and_fixes(int[] keep, string english, string korean)
    {
        Assert.Equal(english, TextReporter.Summary(CannedWith(keep)));
        Assert.Equal(korean, TextReporter.Summary(CannedWith(keep), Language.Korean));
    }

    [Theory]
    [InlineData("one line", "one line")]
    [InlineData("a\nb", "a b")]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\rb", "a b")]
    [InlineData("a\n\nb\r", "a  b ")]
    public void A_message_is_printed_on_one_line(string message, string line) => Assert.Equal(line, TextReporter.OneLine(message));
}

