using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL203StrayFragmentTests
{
    private const string Before = "---\ntitle: \"조각\"\n---\n\n첫 문단은 완전한 문장입니다.\n\n";
    private const string After = "\n\n마지막 문단도 완전한 문장입니다.\n";

    private static string[] Lint(string text) =>
        RuleHarness.Brief(RuleHarness.Lint(text, select: "stray-fragment"));

    /// <summary>Lints <paramref name="middle"/> between two full sentences; its first line is line 7.</summary>
    private static string[] Between(string middle) => Lint(Before + middle + After);

    [Fact]
    public void Lone_particle_under_a_heading_is_reported_at_its_position()
    {
        var text = "---\ntitle: \"컨테이너와 VM\"\n---\n\n## 개요\n도\n## 컨테이너 VS. VM\n컨테이너는 가볍습니다.\n";
        var d = Assert.Single(RuleHarness.Lint(text, select: "stray-fragment"));
        Assert.Equal((6, 1, 6, 2), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
        Assert.Equal("stray fragment '도': a particle or ending standing alone; finish the sentence or remove it", d.Message);
        Assert.Equal(PostLint.Diagnostics.Severity.Warning, d.Severity);
    }

    [Theory]
    [InlineData("도")]
    [InlineData("을")]
    [InlineData("를")]
    [InlineData("은")]
    [InlineData("는")]
    [InlineData("이")]
    [InlineData("가")]
    [InlineData("의")]
    [InlineData("에")]
    [InlineData("와")]
    [InlineData("과")]
    [InlineData("로")]
    [InlineData("에서")]
    [InlineData("습니다")]
    public void Particles_and_endings_alone_are_always_reported(string particle)
    {
        Assert.Equal(["7:1 stray-fragment"], Between(particle));
    }

    [Fact]
    public void Particle_is_reported_even_before_a_code_block()
    {
        Assert.Equal(["7:1 stray-fragment"], Between("를\n\n```\ncode\n```"));
    }

    [Fact]
    public void Particle_on_its_own_line_inside_a_paragraph_is_reported()
    {
        Assert.Equal(["8:1 stray-fragment"], Between("이 문단은 두 줄입니다.\n도\n"));
    }

    [Fact]
    public void Particle_written_as_an_entity_on_a_line_of_a_long_paragraph_is_reported()
    {
        // The source line holds no Hangul, only '&#46020;' (도): the look at the source must not skip the paragraph.
        Assert.Equal(["8:1 stray-fragment"], Between("이 문단은 짧은 문단 검사를 건너뛸 만큼 충분히 길게 쓴 완전한 문장입니다. 정말로 아주 깁니다.\n&#46020;\n"));
    }

    [Theory]
    [InlineData("ꥠ")] // U+A960, Hangul Jamo Extended-A
    [InlineData("ힰ")] // U+D7B0, Hangul Jamo Extended-B
    [InlineData("ퟻ")] // U+D7FB, the last letter of Extended-B
    [InlineData("ᄀ")] // U+1100, the first letter of Hangul Jamo
    [InlineData("ᇿ")] // U+11FF, its last
    [InlineData("ㆎ")] // U+318E, the last letter of Hangul Compatibility Jamo
    public void Bare_jamo_of_the_extended_blocks_is_reported_inside_a_long_paragraph(string jamo)
    {
        var d = Assert.Single(RuleHarness.Lint(Before + "이 문단은 짧은 문단 검사를 건너뛸 만큼 충분히 길게 쓴 완전한 문장입니다. 정말로 아주 깁니다.\n" + jamo + After, select: "stray-fragment"));
        Assert.Equal(8, d.Start.Line);
        Assert.Contains("bare Hangul jamo", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_last_line_of_a_long_paragraph_is_not_a_fragment()
    {
        Assert.Empty(Between("이 문단은 짧은 문단 검사를 건너뛸 만큼 충분히 길게 쓴 완전한 문장입니다. 정말로 아주\n깁니다 도\n"));
        Assert.Empty(Between("This paragraph is long enough to skip the short-paragraph check, and its last line is\nshort.\n"));
    }

    [Theory]
    [InlineData("ㅇㅇ")]
    [InlineData("ㅋ")]
    [InlineData("ㅁㄴㅇ")]
    [InlineData("ㅎ")]
    public void Bare_jamo_is_reported(string jamo)
    {
        var d = Assert.Single(RuleHarness.Lint(Before + jamo + After, select: "stray-fragment"));
        Assert.Equal(7, d.Start.Line);
        Assert.Contains("bare Hangul jamo", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ㅋㅋㅋ")]
    [InlineData("ㅎㅎ")]
    [InlineData("ㅠㅠ")]
    [InlineData("ㅜㅜ")]
    public void Repeated_expressive_jamo_are_deliberate(string jamo)
    {
        Assert.Empty(Between(jamo));
    }

    [Theory]
    [InlineData("asd")]
    [InlineData("x")]
    [InlineData("가나")]
    [InlineData("a가")]
    [InlineData("ab c")]
    public void Short_text_between_sentences_is_reported(string fragment)
    {
        Assert.Equal(["7:1 stray-fragment"], Between(fragment));
    }

    [Fact]
    public void Partly_emphasised_short_text_is_reported_from_its_first_letter()
    {
        Assert.Equal(["7:2 stray-fragment"], Between("*ab* c"));
    }

    [Fact]
    public void Short_text_message_names_the_text_and_the_allow_option()
    {
        var d = Assert.Single(RuleHarness.Lint(Before + "asd" + After, select: "stray-fragment"));
        Assert.Equal("stray fragment 'asd': a paragraph too short to be a sentence; finish it, remove it, or add it to 'allow'", d.Message);
        Assert.Equal((7, 1, 7, 4), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
    }

    [Theory]
    [InlineData("asdf")]
    [InlineData("가나다")]
    [InlineData("VM도")]
    public void Longer_text_is_not_a_fragment(string text)
    {
        Assert.Empty(Between(text));
    }

    [Theory]
    [InlineData("```\nhello\n```")]
    [InlineData("    indented code")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |")]
    [InlineData("- 항목 하나\n- 항목 둘")]
    [InlineData("1. 첫째")]
    [InlineData("![고양이](/assets/cat.png)")]
    [InlineData("[공식 문서](https://example.com/docs)")]
    [InlineData("> 인용된 출력")]
    [InlineData("<div class=\"notice\">공지</div>")]
    [InlineData("{% highlight ruby %}\nputs 1\n{% endhighlight %}")]
    [InlineData("<!-- 주석 -->\n\n```\ncode\n```")]
    [InlineData("{: .notice}\n\n```\ncode\n```")]
    public void Short_label_introducing_what_follows_is_not_a_fragment(string next)
    {
        Assert.Empty(Between("가나\n\n" + next));
        Assert.Empty(Between("abc\n\n" + next));
    }

    [Theory]
    [InlineData("출력")]
    [InlineData("결과")]
    [InlineData("코드")]
    [InlineData("Output")]
    public void Usual_labels_before_code_are_not_fragments(string label)
    {
        Assert.Empty(Between(label + "\n\n```\nhello\n```"));
    }

    [Theory]
    [InlineData("끝")]
    [InlineData("정리")]
    [InlineData("참고")]
    [InlineData("네")]
    [InlineData("Tip")]
    [InlineData("OK")]
    [InlineData("or")]
    [InlineData("이상")]
    [InlineData("API")]
    [InlineData("DB")]
    public void Known_labels_acronyms_and_sign_offs_are_not_fragments(string text)
    {
        Assert.Empty(Between(text));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2번")]
    [InlineData("...")]
    [InlineData("끝.")]
    [InlineData("왜?")]
    [InlineData("🎉")]
    [InlineData("`도`")]
    [InlineData("**주의**")]
    [InlineData("<br>")]
    [InlineData("{% include toc.html %}")]
    [InlineData("{{ site.title }}")]
    [InlineData("{: .notice}")]
    [InlineData("{:toc}")]
    [InlineData("[링크](https://example.com)")]
    [InlineData("![그림](a.png)")]
    [InlineData("각주[^1]\n\n[^1]: 각주 내용입니다.")]
    [InlineData("&nbsp;")]
    public void Numbers_punctuation_markup_and_template_tags_are_not_fragments(string text)
    {
        Assert.Empty(Between(text));
    }

    [Theory]
    [InlineData("- 도")]
    [InlineData("1. 을")]
    [InlineData("> 도")]
    [InlineData("## 도")]
    [InlineData("도\n---")]
    [InlineData("도\n===")]
    [InlineData("| 도 | 을 |\n|---|---|\n| 가 | 이 |")]
    [InlineData("```\n도\nㅋ\n```")]
    [InlineData("    도")]
    [InlineData("<p>도</p>")]
    [InlineData("{% highlight text %}\n\n도\n\nend\n\n{% endhighlight %}")]
    [InlineData("{% raw %}\n\n을\n\n{% endraw %}")]
    public void List_items_quotes_headings_tables_code_html_and_template_blocks_are_not_checked(string text)
    {
        Assert.Empty(Between(text));
    }

    [Fact]
    public void Html_kept_open_across_blank_lines_is_not_checked_where_kramdown_renders()
    {
        // kramdown keeps <details> raw up to its closing tag; CommonMark (GitHub) ends it at the blank line.
        var text = Before + "<details>\n<summary>접기</summary>\n<pre>\n\n도\n\nend\n\n</pre>\n</details>" + After;
        Assert.Empty(RuleHarness.Brief(RuleHarness.LintJekyll(text, select: "stray-fragment")));
        Assert.Equal(["11:1 stray-fragment"], Lint(text));
    }

    [Fact]
    public void Short_paragraph_that_is_all_of_its_section_is_a_terse_note()
    {
        Assert.Empty(Lint("## Combination\n\n조합\n\n## Permutation\n\n순열\n"));
        Assert.Empty(Lint("## 개요\n가나\n## 다음\n본문은 완전한 문장입니다.\n"));
        Assert.Equal(["2:1 stray-fragment"], Lint("## 개요\n도\n## 다음\n본문은 완전한 문장입니다.\n"));
        Assert.Equal(["2:1 stray-fragment"], Lint("## 개요\n가나\n\n본문은 완전한 문장입니다.\n"));
    }

    [Fact]
    public void Text_after_an_unclosed_template_tag_is_prose()
    {
        Assert.Equal(["9:1 stray-fragment"], Between("{% highlight ruby %}\n\n도"));
    }

    [Fact]
    public void Short_paragraphs_in_a_row_are_structure_not_fragments()
    {
        Assert.Empty(Between("항목\n\n내용\n\nDB\n\n부하 분산\n\nGET\n\n/product?id=1"));
    }

    [Fact]
    public void Front_matter_is_never_read_as_paragraphs()
    {
        Assert.Empty(Lint("---\n도\n---\n본문은 완전한 문장입니다.\n"));
        Assert.Empty(Lint("+++\n도\n+++\n본문은 완전한 문장입니다.\n"));
    }

    [Fact]
    public void Crlf_and_leading_spaces_keep_exact_columns()
    {
        var found = Lint("## 개요\r\n   도\r\n## 다음\r\n본문입니다.\r\n");
        Assert.Equal(["2:4 stray-fragment"], found);
    }

    [Fact]
    public void Options_change_the_limits_and_the_allow_list()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 3\n    max-latin: 0\n    allow: [도, 가나다라]\n");
        site.Write("_posts/2025-03-04-options.md",
            "---\ntitle: \"옵션\"\n---\n\n완전한 문장입니다.\n\n가나다\n\n완전한 문장입니다.\n\nasd\n\n완전한 문장입니다.\n\n도\n\n완전한 문장입니다.\n");
        var found = RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-04-options.md", "stray-fragment"));
        Assert.Equal(["7:1 stray-fragment"], found);
    }

    [Fact]
    public void An_allow_entry_silences_only_its_own_text()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    allow: [asd]\n");
        site.Write("_posts/2025-03-04-allow.md",
            "---\ntitle: \"허용\"\n---\n\n완전한 문장입니다.\n\n도\n\n완전한 문장입니다.\n\nㄱ\n\n완전한 문장입니다.\n\nasd\n\n완전한 문장입니다.\n\nqwe\n\n완전한 문장입니다.\n");
        var found = RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-04-allow.md", "stray-fragment"));
        Assert.Equal(["7:1 stray-fragment", "11:1 stray-fragment", "19:1 stray-fragment"], found);
    }

    [Theory]
    [InlineData("*가나*")]
    [InlineData("**asd**")]
    [InlineData("_ab_ *c*")]
    public void All_emphasised_short_text_is_a_deliberate_accent_not_a_fragment(string text)
    {
        Assert.Empty(Between(text));
    }

    [Fact]
    public void Fragment_before_a_heading_or_a_rule_is_reported()
    {
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "가나\n\n## 다음 절\n\n다음 절도 완전한 문장입니다.\n"));
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "asd\n\n---\n\n다음 절도 완전한 문장입니다.\n"));
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "asd\n\n<!-- 주석 -->\n\n## 다음 절\n"));
    }

    [Fact]
    public void Fragment_as_the_last_or_the_first_block_is_reported()
    {
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "가나\n"));
        Assert.Equal(["5:1 stray-fragment"], Lint("---\ntitle: \"조각\"\n---\n\n가나\n\n첫 문단은 완전한 문장입니다.\n"));
    }

    [Fact]
    public void Each_leftover_line_is_reported_over_exactly_its_text()
    {
        static (int, int, int, int, string) Where(PostLint.Diagnostics.Diagnostic d) =>
            (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]);

        var lines = RuleHarness.Lint(Before + "이 문단은 짧은 문단 검사를 건너뛸 만큼 충분히 길게 쓴 완전한 문장입니다. 정말로 아주 깁니다.\n에서\n따위\nㄱㄴ\n" + After, select: "stray-fragment");
        Assert.Equal(
            [(8, 1, 8, 3, "stray fragment '에서'"), (9, 1, 9, 3, "stray fragment '따위'"), (10, 1, 10, 3, "stray fragment 'ㄱㄴ'")],
            lines.Select(Where).ToArray());

        var item = RuleHarness.Lint(Before + "- 목록의 첫 항목입니다.\n- ㄱㄴ\n" + After, select: "stray-fragment");
        Assert.Equal([(8, 3, 8, 5, "stray fragment 'ㄱㄴ'")], item.Select(Where).ToArray());
    }

    [Fact]
    public void A_jamo_line_in_a_long_paragraph_without_a_syllable_is_reported()
    {
        // No Hangul syllable, so no particle can be there: the jamo alone makes the paragraph worth reading.
        Assert.Equal(["8:1 stray-fragment"], Between("This paragraph is long enough to skip the short-paragraph check, with many letters.\nㅋ\n"));
    }

    [Fact]
    public void The_last_Hangul_syllable_counts_as_Hangul()
    {
        Assert.Equal(["7:1 stray-fragment"], Between("힣"));
    }

    [Fact]
    public void Short_text_spread_by_spaces_or_over_lines_is_still_short()
    {
        // Letters are counted, not characters of the source: 56 characters (8 x max-latin + 32, the longest source
        // read as a short paragraph at once) and a longer paragraph whose other line is short are both read.
        Assert.Equal(["7:1 stray-fragment"], Between("as" + new string(' ', 53) + "d"));
        Assert.Equal(["7:1 stray-fragment"], Between("a\n" + new string(' ', 60) + "sd"));
        Assert.Empty(Between("ab" + new string(' ', 53) + "cd"));
    }

    [Fact]
    public void Limits_at_the_ends_of_their_range_are_accepted()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 20\n    max-latin: 0\n");
        site.Write("_posts/2025-03-04-a.md", "---\ntitle: a\n---\n본문입니다.\n\nabc\n\n끝 문단도 문장입니다.\n");
        var result = site.Run("_posts/2025-03-04-a.md");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Out_of_range_limit_is_a_config_error()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 99\n");
        site.Write("_posts/2025-03-04-a.md", "---\ntitle: a\n---\n본문입니다.\n");
        var result = site.Run("_posts/2025-03-04-a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":3:17: max-hangul must be a whole number from 0 to 20", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("복습")]
    [InlineData("형식")]
    [InlineData("예시")]
    [InlineData("차이")]
    [InlineData("장점")]
    public void Noun_written_alone_above_the_paragraph_it_names_is_a_label(string noun)
    {
        Assert.Empty(Lint(Before + noun + "\n\n지난 글에서 다룬 내용을 세 줄로 다시 정리합니다.\n\n" + "다음 문단도 완전한 문장입니다.\n"));
        Assert.Empty(Between(noun));
    }

    [Fact]
    public void Noun_label_with_nothing_under_it_is_still_reported()
    {
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "복습\n\n## 다음 절\n\n다음 절도 완전한 문장입니다.\n"));
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "형식\n"));
        Assert.Equal(["7:1 stray-fragment"], Lint(Before + "형식\n\n---\n\n다음 절도 완전한 문장입니다.\n"));
    }

    [Theory]
    [InlineData("것을")]
    [InlineData("했다")]
    [InlineData("복습을")]
    public void Noun_with_a_particle_or_a_verb_is_no_label(string text)
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 4\n");
        site.Write("_posts/2025-03-04-nouns.md", Before + text + After);
        Assert.Equal(["7:1 stray-fragment"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-04-nouns.md", "stray-fragment")));
    }

    [Fact]
    public void Nouns_written_together_or_apart_are_a_label_and_other_words_are_not()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    max-hangul: 4\n");
        site.Write("_posts/2025-03-04-compounds.md",
            Before + "구현방안\n\n완전한 문장입니다.\n\n동기 처리\n\n완전한 문장입니다.\n\n가나다라\n\n완전한 문장입니다.\n\n복습가나\n" + After);
        Assert.Equal(["15:1 stray-fragment", "19:1 stray-fragment"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-04-compounds.md", "stray-fragment")));
    }

    [Theory]
    [InlineData("등")]
    [InlineData("및")]
    public void Bound_words_alone_are_always_reported(string word)
    {
        var d = Assert.Single(RuleHarness.Lint(Before + word + After, select: "stray-fragment"));
        Assert.Equal((7, 1, 7, 2), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
        Assert.Equal($"stray fragment '{word}': a word that never stands without the words around it; finish the sentence or remove it", d.Message);
        Assert.Equal(["8:1 stray-fragment"], Between("사과와 배\n" + word + "\n\n```\ncode\n```"));
    }

    [Theory]
    [InlineData("그리고")]
    [InlineData("그래서")]
    [InlineData("하지만")]
    [InlineData("그러므로")]
    [InlineData("하지만,")]
    public void Connective_alone_between_two_paragraphs_is_reported(string connective)
    {
        var d = Assert.Single(RuleHarness.Lint(Before + connective + After, select: "stray-fragment"));
        Assert.Equal((7, 1, 7, 1 + connective.Length), (d.Start.Line, d.Start.Column, d.End.Line, d.End.Column));
        Assert.Equal($"stray fragment '{connective.TrimEnd(',')}': a connective alone as a paragraph between two paragraphs; join it to the sentence it begins or remove it", d.Message);
    }

    [Theory]
    [InlineData("그리고\n\n```\ncode\n```")]
    [InlineData("그리고\n\n- 항목입니다.")]
    [InlineData("**그리고**")]
    [InlineData("그리고...")]
    [InlineData("그래서?")]
    [InlineData("그리고 설치를 마칩니다.")]
    [InlineData("사과\n\n그리고\n\n배")]
    public void Connective_that_is_not_alone_between_two_paragraphs_is_quiet(string text)
    {
        Assert.Empty(Between(text));
    }

    [Theory]
    [InlineData("또한\n\n## 다음 절\n\n다음 절도 완전한 문장입니다.\n", "7:1")]
    [InlineData("근데\n", "7:1")]
    public void Short_connective_is_quiet_where_other_short_text_is_a_leftover(string rest, string at)
    {
        // A two-letter connective fits the short-text limit: away from two paragraphs it is read as a label.
        Assert.Empty(Lint(Before + rest));
        Assert.Equal([at + " stray-fragment"], Lint(Before + "asd" + rest[2..]));
    }

    [Fact]
    public void A_single_capital_letter_is_a_leftover_and_two_make_an_acronym()
    {
        Assert.Equal(["7:1 stray-fragment"], Between("X"));
        Assert.Empty(Between("DB"));
    }

    [Fact]
    public void A_fragment_after_a_short_line_that_opens_the_post_is_part_of_a_list_of_lines()
    {
        // No front matter: the short line is the document's first block.
        Assert.Empty(Lint("한 줄 메모\n\nasd\n\n이 문단은 완전한 문장입니다.\n"));
        Assert.Equal(["3:1 stray-fragment"], Lint("이 문단은 완전한 문장입니다.\n\nasd\n\n이 문단도 완전한 문장입니다.\n"));
    }

    [Fact]
    public void Connective_under_a_heading_or_before_one_is_quiet()
    {
        Assert.Empty(Lint("## 정리\n\n그래서\n\n이 방법을 씁니다.\n"));
        Assert.Empty(Lint(Before + "그래서\n\n## 다음 절\n\n다음 절도 완전한 문장입니다.\n"));
    }

    [Theory]
    [InlineData("- ㅇㅇ", "7:3")]
    [InlineData("- 첫 항목입니다.\n  ㅋ", "8:3")]
    [InlineData("- 첫 항목입니다.\n\n  ㅁㄴㅇ", "9:3")]
    [InlineData("1. 첫째입니다.\n   ㅇ", "8:4")]
    [InlineData("> 인용한 문장입니다.\nㅇㅇ", "8:1")]
    [InlineData("> 인용한 문장입니다.\n> ㅇㅇ", "8:3")]
    [InlineData("## ㅇㅇ", "7:4")]
    [InlineData("각주가 있습니다.[^1]\n\n[^1]: 각주입니다.\n    ㅇㅇ", "10:5")]
    public void Bare_jamo_line_is_reported_wherever_prose_is(string text, string at)
    {
        var d = Assert.Single(RuleHarness.Lint(Before + text + After, select: "stray-fragment"));
        Assert.Equal(at, $"{d.Start.Line}:{d.Start.Column}");
        Assert.Contains("bare Hangul jamo", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ㅋㅋ")]
    [InlineData("> 웃긴 이야기입니다.\nㅎㅎ")]
    [InlineData("| 지원 | 여부 |\n|---|---|\n| 한글 | ㅇ |\n| 일본어 | ㄴ |")]
    [InlineData("- `ㅇㅇ`")]
    [InlineData("- [링크](https://example.com/ㅇㅇ)")]
    [InlineData("- 문장 안의 ㅇㅇ 자모는 줄 전체가 아닙니다.")]
    public void Jamo_that_is_not_a_bare_line_of_prose_is_quiet(string text)
    {
        Assert.Empty(Between(text));
    }

    [Fact]
    public void Allow_silences_a_jamo_line_in_a_list_item()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  stray-fragment:\n    allow: [ㅇㅋ]\n");
        site.Write("_posts/2025-03-04-allow.md", Before + "- ㅇㅋ\n- ㅇㅇ\n" + After);
        Assert.Equal(["8:3 stray-fragment"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-04-allow.md", "stray-fragment")));
    }

    [Fact]
    public void New_findings_in_korean()
    {
        var found = RuleHarness.Lint(Before + "등\n\n완전한 문장입니다.\n\n그리고" + After + "\n- ㅇㅇ\n", select: "stray-fragment")
            .Select(d => $"{d.Start.Line}:{d.Start.Column} {d.MessageIn(PostLint.Localization.Language.Korean)}");
        Assert.Equal(
            [
                "7:1 남은 조각 '등': 앞뒤 말 없이 홀로 쓰지 않는 말입니다. 문장을 마치거나 지우세요",
                "11:1 남은 조각 '그리고': 두 문단 사이에 접속어만 한 문단으로 있습니다. 이어지는 문장과 합치거나 지우세요",
                "15:3 남은 조각 'ㅇㅇ': 단어가 아닌 한글 자모만 있습니다. 단어를 완성하거나 지우세요",
            ],
            found);
    }

    [Fact]
    public void Fixture_report_matches_its_snapshot()
    {
        FixtureSnapshot.Verify("PL203-stray-fragment", "stray-fragment");
    }
}
