using System.Text;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Fixing;
using PostLint.Rules;

namespace PostLint.Tests.Fixing;

public class FixApplierTests
{
    private static readonly RuleDescriptor TestRule = new("PL999", "test-rule", "A rule made up for tests", RuleCategory.Content, Severity.Error, FixAvailability.Always);

    private static Fix Replace(int start, int end, string text, FixSafety safety = FixSafety.Safe) =>
        Fix.Replace("Replace", new TextRange(start, end), text, safety);

    private static FixPass Pass(string text, params Fix[] fixes) => FixApplier.ApplyPass(new SourceText(text), fixes);

    [Fact]
    public void Edits_apply_from_the_end_so_earlier_offsets_stay_valid()
    {
        const string text = "확작성 그리고 핵십 그리고 Github";
        var pass = Pass(text, Replace(0, 3, "확장성"), Replace(8, 10, "핵심"), Replace(15, 21, "GitHub"));
        Assert.Equal("확장성 그리고 핵심 그리고 GitHub", pass.Text);
        Assert.Equal(3, pass.Applied.Count);
        Assert.Equal(0, pass.Skipped);
    }

    [Fact]
    public void Overlapping_fixes_keep_the_one_that_starts_first()
    {
        var pass = Pass("컨테이너 확작성", Replace(5, 8, "확장성"), Replace(6, 8, "XX"));
        Assert.Equal("컨테이너 확장성", pass.Text);
        Assert.Equal(1, pass.Skipped);
    }

    [Fact]
    public void Fixes_that_touch_go_one_per_pass()
    {
        var pass = Pass("abcdef", Replace(0, 3, "X"), Replace(3, 3, "Y"));
        Assert.Equal("Xdef", pass.Text);
        Assert.Equal(1, pass.Skipped);
    }

    [Fact]
    public void A_fix_whose_own_edits_overlap_is_skipped()
    {
        var bad = new Fix("Both", [new TextEdit(new TextRange(0, 4), "A"), new TextEdit(new TextRange(2, 6), "B")]);
        var twoInserts = new Fix("Two inserts", [new TextEdit(new TextRange(7, 7), "A"), new TextEdit(new TextRange(7, 7), "B")]);
        var pass = Pass("abcdefgh", bad, twoInserts);
        Assert.Equal("abcdefgh", pass.Text);
        Assert.Equal(2, pass.Skipped);
    }

    [Fact]
    public void A_fix_with_several_edits_applies_all_of_them()
    {
        var table = new Fix("Pad the row", [new TextEdit(new TextRange(1, 1), " "), new TextEdit(new TextRange(2, 2), " "), new TextEdit(new TextRange(3, 3), " ")]);
        Assert.Equal("| a | b", Pass("|a|b", table).Text);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(2, 99)]
    [InlineData(3, 2)]
    public void Edits_outside_the_text_are_skipped(int start, int end)
    {
        var pass = Pass("본문입니다", Replace(start, end, "x"));
        Assert.Equal("본문입니다", pass.Text);
        Assert.Equal(1, pass.Skipped);
    }

    [Fact]
    public void Edits_that_split_a_crlf_or_a_surrogate_pair_are_skipped()
    {
        const string text = "a\r\nb 😀 c";
        Assert.Equal(text, Pass(text, Replace(2, 2, "x")).Text);
        Assert.Equal(text, Pass(text, Replace(6, 7, "x")).Text);
        Assert.Equal("a\r\nb x c", Pass(text, Replace(5, 7, "x")).Text);
    }

    [Theory]
    [InlineData("제목\r\n본문\r\n", "제목\r\n새 줄\r\n둘째 줄\r\n본문\r\n")]
    [InlineData("제목\n본문\n", "제목\n새 줄\n둘째 줄\n본문\n")]
    [InlineData("제목\r본문\r", "제목\r새 줄\r둘째 줄\r본문\r")]
    public void Inserted_line_breaks_take_the_line_ending_of_the_file(string text, string expected)
    {
        var at = text.IndexOf('본', StringComparison.Ordinal);
        Assert.Equal(expected, Pass(text, Replace(at, at, "새 줄\n둘째 줄\r\n")).Text);
    }

    [Fact]
    public void In_a_mixed_file_an_insertion_takes_the_ending_of_its_own_line()
    {
        var source = new SourceText("lf\ncrlf\r\ncr\rlast");
        Assert.Equal("\n", FixApplier.LineEndingAt(source, 1));
        Assert.Equal("\r\n", FixApplier.LineEndingAt(source, 4));
        Assert.Equal("\r", FixApplier.LineEndingAt(source, 10));
        Assert.Equal("\n", FixApplier.LineEndingAt(source, 14));
        Assert.Equal("lf\ncrlf\r\nA\rB\rcr\rlast", FixApplier.ApplyPass(source, [Replace(9, 9, "A\nB\n")]).Text);
    }

    [Theory]
    [InlineData("a\nb\n", 2, 4, "c", "a\nc\n")]
    [InlineData("a\nb\n", 2, 4, "c\n", "a\nc\n")]
    [InlineData("a\r\nb\r\n", 3, 6, "c\n", "a\r\nc\r\n")]
    [InlineData("a\r\nb\r\n", 3, 6, "c", "a\r\nc\r\n")]
    [InlineData("a\nb", 2, 3, "c\n", "a\nc")]
    [InlineData("a\nb", 3, 3, "\n", "a\nb")]
    public void The_final_line_break_or_its_absence_is_kept(string text, int start, int end, string newText, string expected)
    {
        Assert.Equal(expected, Pass(text, Replace(start, end, newText)).Text);
    }

    [Fact]
    public void A_fix_that_would_leave_a_final_line_break_outside_its_edit_is_skipped()
    {
        var pass = Pass("a\nb", Replace(0, 1, "A"), Replace(2, 3, ""));
        Assert.Equal("A\nb", pass.Text);
        Assert.Equal(1, pass.Skipped);
    }

    [Fact]
    public void A_fix_that_changes_nothing_is_not_applied()
    {
        var pass = Pass("같은 글", Replace(0, 2, "같은"));
        Assert.Empty(pass.Applied);
        Assert.Equal("같은 글", pass.Text);
    }

    [Fact]
    public void A_fix_with_an_edit_that_changes_nothing_still_applies_its_other_edits()
    {
        var pad = new Fix("Pad the row", [new TextEdit(new TextRange(0, 1), "|"), new TextEdit(new TextRange(2, 2), " ")]);
        var pass = Pass("|a|b", pad);
        Assert.Equal("|a |b", pass.Text);
        Assert.Equal([pad], pass.Applied);
        Assert.Equal(0, pass.Skipped);
    }

    [Theory]
    [InlineData("제목\r\n본문\r\n", "\n추가", "제목\r\n추가\r\n본문\r\n")]
    [InlineData("제목\n본문\n", "\r\n추가", "제목\n추가\n본문\n")]
    [InlineData("제목\r\n본문\r\n", "\n", "제목\r\n\r\n본문\r\n")]
    public void Inserted_text_that_starts_with_a_line_break_takes_the_line_ending_of_the_file(string text, string insert, string expected)
    {
        Assert.Equal(expected, Pass(text, Replace(2, 2, insert)).Text);
    }

    [Theory]
    [InlineData("본문\n", "\n")]
    [InlineData("본문", "")]
    [InlineData("본문\r\n", "\r\n")]
    public void A_fix_that_empties_the_file_keeps_only_its_final_line_break(string text, string expected)
    {
        var pass = Pass(text, Replace(0, text.Length, ""));
        Assert.Equal(expected, pass.Text);
        Assert.Single(pass.Applied);
    }

    [Fact]
    public void A_fix_of_an_empty_file_keeps_it_without_a_final_line_break()
    {
        Assert.Equal("첫 줄", Pass("", Replace(0, 0, "첫 줄\n")).Text);
    }

    [Fact]
    public void Fixes_whose_edits_interleave_both_apply()
    {
        var outer = new Fix("Outer", [new TextEdit(new TextRange(0, 1), "A"), new TextEdit(new TextRange(8, 9), "B")]);
        var inner = Replace(4, 5, "C");
        var pass = Pass("0123456789", outer, inner);
        Assert.Equal("A123C567B9", pass.Text);
        Assert.Equal([outer, inner], pass.Applied);
        Assert.Equal([new TextRange(0, 1), new TextRange(4, 5), new TextRange(8, 9)], pass.Edits.Select(e => e.Range));
    }

    [Fact]
    public void Edits_of_one_fix_may_meet_end_to_start()
    {
        var adjacent = new Fix("Adjacent", [new TextEdit(new TextRange(2, 4), "Y"), new TextEdit(new TextRange(0, 2), "X")]);
        Assert.Equal("XY", Pass("abcd", adjacent).Text);
        var insertThenReplace = new Fix("Insert and replace", [new TextEdit(new TextRange(2, 4), "Y"), new TextEdit(new TextRange(2, 2), "I")]);
        Assert.Equal("abIY", Pass("abcd", insertThenReplace).Text);
    }

    [Fact]
    public void A_fix_without_edits_is_not_selected()
    {
        var source = new SourceText("본문\n");
        var empty = new Fix("Nothing", []);
        var real = Replace(0, 2, "글");
        Diagnostic[] found = [Linter.Make(source, TestRule, Severity.Error, "a", new TextRange(0, 1), empty), Linter.Make(source, TestRule, Severity.Error, "b", new TextRange(0, 1), real)];
        Assert.Equal([real], FixApplier.SelectedFixes(found, includeUnsafe: true));
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_left_as_it_was()
    {
        var unread = new FileResult("p.md", "/virtual/p.md", null, []);
        var result = FixApplier.FixUntilStable(unread, _ => throw new InvalidOperationException("never linted again"), includeUnsafe: true);
        Assert.Equal(("", 0, 0, false), (result.Text, result.Applied, result.Passes, result.Changed));
        Assert.Same(unread, result.Final);
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_is_never_fixed()
    {
        var source = new SourceText("---\ndate: TBD\n---\na\uD800b\n");
        Assert.Equal("the file is not valid UTF-8", FixApplier.CannotFix(Encoding.UTF8.GetBytes(source.Text), source)?.ToString());
    }

    [Fact]
    public void Unsafe_fixes_are_selected_only_when_asked()
    {
        var unsafeFix = Replace(0, 1, "x", FixSafety.Unsafe);
        Assert.False(FixApplier.IsSelected(unsafeFix, includeUnsafe: false));
        Assert.True(FixApplier.IsSelected(unsafeFix, includeUnsafe: true));
        Assert.True(FixApplier.IsSelected(Replace(0, 1, "x"), includeUnsafe: false));
    }

    [Fact]
    public void Fixing_repeats_until_nothing_changes()
    {
        // Three adjacent findings: their fixes touch, so the first pass fixes the outer two and the second the middle one.
        var relint = Relint(text => Enumerable.Range(0, text.Length - 1)
            .Where(i => text.AsSpan(i).StartsWith("확작") && i % 2 == 0)
            .Select(i => (new TextRange(i, i + 2), (Fix?)Replace(i, i + 2, "확장")))
            .ToArray());
        var result = FixApplier.FixUntilStable(relint(new SourceText("확작확작확작")), relint, includeUnsafe: false);
        Assert.Equal("확장확장확장", result.Text);
        Assert.Equal(3, result.Applied);
        Assert.Equal(2, result.Passes);
        Assert.True(result.Changed);
        Assert.Empty(result.Final.Diagnostics);
    }

    [Fact]
    public void Fixing_stops_after_ten_passes()
    {
        var relint = Relint(_ => [(new TextRange(0, 0), Replace(0, 0, "+"))]);
        var result = FixApplier.FixUntilStable(relint(new SourceText("x")), relint, includeUnsafe: false);
        Assert.Equal(FixApplier.MaxPasses, result.Passes);
        Assert.Equal(new string('+', FixApplier.MaxPasses) + "x", result.Text);
        Assert.Single(result.Final.Diagnostics);
    }

    [Fact]
    public void Fixing_stops_when_two_fixes_undo_each_other()
    {
        var relint = Relint(text => [(new TextRange(0, 1), Replace(0, 1, text == "A" ? "B" : "A"))]);
        var result = FixApplier.FixUntilStable(relint(new SourceText("A")), relint, includeUnsafe: false);
        Assert.Equal("B", result.Text);
        Assert.Equal(1, result.Passes);
    }

    [Fact]
    public void Unsafe_fixes_are_left_alone_without_include_unsafe()
    {
        var relint = Relint(text => text.StartsWith("TBD", StringComparison.Ordinal) ? [(new TextRange(0, 3), Replace(0, 3, "2025-03-01", FixSafety.Unsafe))] : []);
        var first = relint(new SourceText("TBD\n"));
        Assert.False(FixApplier.FixUntilStable(first, relint, includeUnsafe: false).Changed);
        Assert.Equal("2025-03-01\n", FixApplier.FixUntilStable(first, relint, includeUnsafe: true).Text);
    }

    [Fact]
    public void Invalid_utf8_is_never_fixed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ndate: TBD\n---\n본문 "), 0xC3, 0x28, (byte)'\n'];
        var source = SourceText.FromBytes(bytes);
        Assert.Contains('\uFFFD', source.Text);
        Assert.Equal("the file is not valid UTF-8", FixApplier.CannotFix(bytes, source)?.ToString());
    }

    [Fact]
    public void A_real_replacement_character_is_fine()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ndate: TBD\n---\n깨진 글자 \uFFFD 그대로\n");
        Assert.Null(FixApplier.CannotFix(bytes, SourceText.FromBytes(bytes)));
    }

    [Theory]
    [InlineData("---\ntitle: 제목\ndate: TBD\n", "the front matter has no closing '---' line")]
    [InlineData("---\ntitle: [제목\ndate: TBD\n---\n본문\n", "the front matter is not valid YAML")]
    public void Broken_front_matter_is_never_fixed(string text, string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(reason, FixApplier.CannotFix(bytes, SourceText.FromBytes(bytes))?.ToString());
    }

    [Fact]
    public void Encode_keeps_the_bom_and_refuses_lone_surrogates()
    {
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, 0xEA, 0xB0, 0x80 }, FixApplier.Encode("가", bom: true));
        Assert.Throws<EncoderFallbackException>(() => FixApplier.Encode("a\uD800b", bom: false));
    }

    /// <summary>A fake linter: <paramref name="findings"/> turns a text into findings of <see cref="TestRule"/>.</summary>
    private static Func<SourceText, FileResult> Relint(Func<string, (TextRange Range, Fix? Fix)[]> findings) => source =>
        new FileResult("p.md", "/virtual/p.md", source, findings(source.Text).Select(f => Linter.Make(source, TestRule, Severity.Error, "test finding", f.Range, f.Fix)).ToArray());

    [Fact]
    public void The_first_lint_drives_the_first_pass()
    {
        var relint = Relint(text => text.Contains("Github", StringComparison.Ordinal) ? [(new TextRange(0, 6), Replace(0, 6, "GitHub"))] : []);
        var result = FixApplier.FixUntilStable(relint(new SourceText("Github Actions")), relint, includeUnsafe: false);
        Assert.Equal("GitHub Actions", result.Text);
        Assert.Equal(1, result.Passes);
    }
}
