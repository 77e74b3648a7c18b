using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public partial class PL401MisspellingTests
{
    private static IReadOnlyList<Diagnostic> Lint(string body, string frontMatter = "title: 글\n") =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n" + body, select: "misspelling");

    /// <summary>"LINE:COL-ENDCOL message" for each finding.</summary>
    private static string[] Found(string body, string frontMatter = "title: 글\n") =>
        Lint(body, frontMatter).Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Korean_misspelling_with_particles_is_found_and_only_the_word_is_the_range()
    {
        Assert.Equal(
            [
                "4:8-11 '확작성' is a misspelling of '확장성'",
                "5:1-4 '확작성' is a misspelling of '확장성'",
                "5:9-11 '핵십' is a misspelling of '핵심'",
            ],
            Found("빠른 배포와 확작성 덕분에 씁니다.\n확작성이 높고 핵십입니다.\n"));
    }

    [Fact]
    public void Hangul_entries_start_a_word_unless_they_say_anywhere()
    {
        // 확장셩 is listed for word starts only; 어플리케이션 and 되요 may sit inside a longer word.
        Assert.Empty(Found("정확장셩 테스트\n"));
        Assert.Equal(
            ["4:2-8 '어플리케이션' is a misspelling of '애플리케이션'", "4:11-13 '되요' is a misspelling of '돼요'"],
            Found("웹어플리케이션은 안되요.\n"));
    }

    [Fact]
    public void Prefix_false_entries_need_the_word_to_end()
    {
        Assert.Equal(["4:9-11 '금새' is a misspelling of '금세'"], Found("금새우 튀김은 금새 식는다.\n"));
    }

    [Theory]
    [InlineData("Github에서 관리합니다.", "4:1-7 'Github' should be written 'GitHub'")]
    [InlineData("(Github) and Github's API", "4:2-8 'Github' should be written 'GitHub'|4:14-20 'Github' should be written 'GitHub'")]
    [InlineData("Javascript-based tools", "4:1-11 'Javascript' should be written 'JavaScript'")]
    [InlineData("Gvisor, Kata Containers", "4:1-7 'Gvisor' should be written 'gVisor'")]
    [InlineData("NodeJS 서버", "4:1-7 'NodeJS' should be written 'Node.js'")]
    public void Latin_names_match_on_latin_word_boundaries(string line, string expected)
    {
        Assert.Equal(expected.Split('|'), Found(line + "\n"));
    }

    [Theory]
    [InlineData("GitHub and github are fine.")]
    [InlineData("See github.com or Github.io pages.")]
    [InlineData("MyGithubTool and GithubActions are identifiers.")]
    [InlineData("Put it in .github/workflows or @Github or #Github.")]
    [InlineData("The Githubber wrote it.")]
    [InlineData("GITHUB in capitals is not a listed form.")]
    public void Latin_names_do_not_match_inside_words_paths_or_other_casings(string line)
    {
        Assert.Empty(Found(line + "\n"));
    }

    [Fact]
    public void Typos_keep_the_writers_capitals_in_the_fix()
    {
        var found = Lint("Recieve it, recieve it, RECIEVE it.\n");
        Assert.Equal(["Receive", "receive", "RECEIVE"], found.Select(d => d.Fix!.Edits[0].NewText));
        Assert.Equal("'Recieve' is a misspelling of 'Receive'", found[0].Message);
    }

    [Fact]
    public void One_suggestion_is_a_safe_fix_over_the_word()
    {
        var d = Assert.Single(Lint("확작성이 좋다.\n"));
        Assert.NotNull(d.Fix);
        Assert.Equal(FixSafety.Safe, d.Fix!.Safety);
        Assert.Equal("Replace with '확장성'", d.Fix.Title);
        var edit = Assert.Single(d.Fix.Edits);
        Assert.Equal(d.Range, edit.Range);
        Assert.Equal("확장성", edit.NewText);
    }

    [Fact]
    public void Several_suggestions_are_listed_and_carry_no_fix()
    {
        var d = Assert.Single(Lint("잘 가르켜 주세요. I learned alot.\n"), x => x.Message.Contains("가르켜", StringComparison.Ordinal));
        Assert.Equal("'가르켜' is a misspelling of '가르쳐' or '가리켜'", d.Message);
        Assert.Null(d.Fix);
        var alot = Assert.Single(Lint("I learned alot.\n"));
        Assert.Equal("'alot' is a misspelling of 'a lot' or 'allot'", alot.Message);
        Assert.Null(alot.Fix);
    }

    [Fact]
    public void Large_english_list_finds_the_long_tail_with_a_fix_when_there_is_one_correction()
    {
        var found = Lint("We need to udpate the configuation.\nUdpate it, then watch the exection.\n");
        Assert.Equal(
            [
                "4:12-18 'udpate' is a misspelling of 'update'",
                "4:23-35 'configuation' is a misspelling of 'configuration'",
                "5:1-7 'Udpate' is a misspelling of 'Update'",
                "5:27-35 'exection' is a misspelling of 'execution', 'ejection', 'election' or 'exertion'",
            ],
            found.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}"));
        Assert.Equal(["update", "configuration", "Update"], found.Take(3).Select(d => d.Fix!.Edits[0].NewText));
        Assert.Null(found[3].Fix);
    }

    [Fact]
    public void Contraction_without_its_apostrophe_gets_the_contraction_not_the_large_lists_word()
    {
        // typos' list says youre -> your (a safe fix that would write "your right"); the curated list wins.
        var found = Lint("I think youre right, but Dont panic: thats all. Theyre here; it isn't hard and we can't lose.\n");
        Assert.Equal(
            [
                "4:9-14 'youre' is a misspelling of 'you're' or 'your'",
                "4:26-30 'Dont' should be written 'Don't'",
                "4:38-43 'thats' should be written 'that's'",
                "4:49-55 'Theyre' is a misspelling of 'They're', 'Their' or 'There'",
            ],
            found.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}"));
        Assert.Null(found[0].Fix);
        Assert.Equal(["Don't", "that's"], found.Skip(1).Take(2).Select(d => d.Fix!.Edits[0].NewText));
        Assert.Equal(FixSafety.Safe, found[1].Fix!.Safety);
        Assert.Null(found[3].Fix);
    }

    [Theory]
    [InlineData("UDPATE and CONFIGUATION in capitals are acronyms to the large list.")]
    [InlineData("The -PackageId parameter, the OptIn value and udPate are identifiers.")]
    [InlineData("A writeable domain controller, theses and revered are words.")]
    [InlineData("Run `udpate` or see udpate.sh, ./udpate and udpate_all.")]
    public void Large_english_list_skips_capitals_identifiers_words_and_code(string line)
    {
        Assert.Empty(Found(line + "\n"));
    }

    [Fact]
    public void Large_english_list_is_a_built_in_list_that_can_be_left_out_and_yields_to_other_lists()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nPlease udpate it.\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [ko, en]\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
        site.Write("mine.txt", "udpate->upgrade\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    lists: [mine.txt]\n");
        var d = Assert.Single(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
        Assert.Equal("'udpate' is a misspelling of 'upgrade'", d.Message);
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [en-typos]\n");
        Assert.Equal("'udpate' is a misspelling of 'update'", Assert.Single(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling")).Message);
    }

    [Fact]
    public void Near_miss_of_a_common_word_is_found_with_an_unsafe_fix_when_there_is_one_guess()
    {
        var found = Lint("The bandwwidth is reaosnable.\nReconcole the symptome of the change.\n");
        Assert.Equal(
            [
                "4:5-15 'bandwwidth' is not an English word; did you mean 'bandwidth'?",
                "4:19-29 'reaosnable' is not an English word; did you mean 'reasonable'?",
                "5:1-10 'Reconcole' is not an English word; did you mean 'Reconcile'?",
                "5:15-23 'symptome' is not an English word; did you mean 'symptoms'?",
            ],
            found.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}"));
        Assert.All(found, d => Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety));
        Assert.Equal(["bandwidth", "reasonable", "Reconcile", "symptoms"], found.Select(d => d.Fix!.Edits[0].NewText));
        var two = Assert.Single(Lint("A customm field.\n"));
        Assert.Equal("'customm' is not an English word; did you mean 'custom' or 'customs'?", two.Message);
        Assert.Null(two.Fix);
    }

    [Fact]
    public void Near_miss_in_a_korean_post_reads_in_korean()
    {
        var d = Assert.Single(Lint("pruducer가 입력한 데이터가 출력된다.\n"));
        Assert.Equal("4:1", $"{d.Start.Line}:{d.Start.Column}");
        Assert.Equal("'pruducer'는 영어 단어가 아닙니다. 'producer'를 잘못 쓴 것 아닌가요?", d.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Theory]
    [InlineData("Failover and failback policies of the backend, untrusted and attaches.")] // words of the lists, derived words
    [InlineData("Set `verdor` first: the verdor option.")]                                  // also in code: an identifier
    [InlineData("See https://example.com/bandwwidth and the bandwwidth page.")]              // also in a URL
    [InlineData("The BANDWWIDTH value and the BandwWidth type.")]                           // capitals: acronyms, identifiers
    [InlineData("We ran it on Solaris and Netware.")]                                       // a capital mid-sentence: a name
    [InlineData("Thanks to Conor O'Callaghan, Craig P.\nMotlin, Dan K and Mr. X.")]       // after a middle initial: a name
    [InlineData("| :womens: | :bandwwidth: |")]                                              // emoji codes (Hugo's quick reference)
    [InlineData("It shouldn't and wouldn’t, in up-to-dateness or pre-empted.")]        // contractions, compounds
    [InlineData("| sleggy | 1 |\n| --- | --- |\n| naffee | 2 |")]                         // alone in a table cell: a handle
    [InlineData("A csharp and gcloud and hyperv setup.")]                                    // a letter added at an end
    [InlineData("We went glamping: a new skillset, a bajillion stars, then hometime.")]      // words SCOWL lacks (en-words-allow.txt)
    public void Near_miss_skips_words_identifiers_names_and_code(string line)
    {
        Assert.Empty(Found(line + "\n"));
    }

    [Theory]
    [InlineData("A vtable, an rvalue and the rootfs: words of C++ and Linux.")]              // cspell's C++ dictionary
    [InlineData("UART는 임베디드의 lingua franca입니다. 한국 / 영어 cliche.")]                 // English words no list had
    [InlineData("주말에는 glamping을 다녀왔고 skillset을 넓혔다.")]                               // words SCOWL lacks
    [InlineData("*Trezor* 하드웨어 지갑이 우회당한 사례입니다.")]                                  // a capital in a Korean line: a name
    [InlineData("- **M**otivate: 청자를 움직이기\n- **S**aturation | Pic**ture** El**ement**")] // emphasis inside a word
    public void Near_miss_skips_terms_names_and_parts_of_words_in_korean_posts(string line)
    {
        Assert.Empty(Found(line + "\n"));
    }

    [Fact]
    public void Near_miss_followed_by_a_capitalised_word_is_a_name_where_a_sentence_starts()
    {
        // From a real blog: a place, a club and a band at the start of a list item or after a colon. A slip before
        // 'I' or an acronym, or before a word in lower case, is still one.
        var text = "- Thu: [Cholsey River](https://example.com/run)\n3. Rippin Kitten\n40. **Metronomy** _Nights Out_\n" +
            "A local club: Didcot Runners.\n주말 기록: Cholsey River 달리기.\nBandwwidth I measured. Reaosnable NASA pace. Reconcole the Plan.\n";
        Assert.Equal(
            [
                "9:1-11 'Bandwwidth' is not an English word; did you mean 'Bandwidth'?",
                "9:24-34 'Reaosnable' is not an English word; did you mean 'Reasonable'?",
                "9:46-55 'Reconcole' is not an English word; did you mean 'Reconcile'?",
            ],
            Found(text));
    }

    [Fact]
    public void Near_miss_in_lower_case_in_a_korean_line_is_still_a_slip()
    {
        Assert.Equal(["4:1-8 'eneergy' is not an English word; did you mean 'energy'?"], Found("eneergy를 최소화하는 방법\n"));
    }

    [Fact]
    public void Emphasis_around_a_whole_word_does_not_hide_it_but_inside_a_word_does()
    {
        Assert.Equal(
            ["4:3-10 'recieve' is a misspelling of 'receive'", "4:18-25 'Recieve' is a misspelling of 'Receive'"],
            Found("**recieve** and _Recieve_ but not Re**cieve** or **Re**cieve.\n"));
    }

    [Fact]
    public void A_suffix_named_alone_or_a_dropped_g_is_not_a_misspelling()
    {
        // 'ment' is listed (meant) and 'makin' (making): named as a suffix or with its g dropped they are right.
        Assert.Empty(Found("명사화 접미사(-tion, -ment)와 --helpfull 옵션, 다음 장은 **Makin' Objects**다.\n"));
        Assert.Equal(
            ["4:3-7 'ment' is a misspelling of 'meant'", "4:12-17 'Makin' is a misspelling of 'Making' or 'Main'"],
            Found("I ment it. Makin Objects.\n"));
    }

    [Fact]
    public void A_company_name_the_typo_table_read_as_a_typo_is_not_one()
    {
        Assert.Empty(Found("### Coverity (Synopsys)\n\nSynopsys의 정적 분석 도구\n"));
    }

    [Fact]
    public void Old_spelling_eupnida_is_found_after_a_final_consonant_only()
    {
        // -읍니다 after a final consonant is the pre-1988 spelling; after a vowel (모으다: 모읍니다) it is right.
        Assert.Empty(Found("defconfig가 아닌 모든 자료를 모읍니다.\n"));
        var found = Lint("설치가 완료되었읍니다. 파일이 있읍니다.\n");
        Assert.Equal(
            ["4:8-12 '었읍니다' is a misspelling of '었습니다'", "4:18-22 '있읍니다' is a misspelling of '있습니다'"],
            found.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}"));
    }

    [Fact]
    public void Near_miss_is_a_built_in_list_that_can_be_left_out()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nThe bandwwidth is low.\n");
        Assert.Single(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [ko, en, en-typos]\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    allow: [bandwwidth]\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
    }

    [Fact]
    public void Recall_fixture_of_real_typos_finds_the_measured_count()
    {
        // tests/tools/spelling-accuracy.md: 272 real typos of public posts, each followed by a comment naming it.
        var path = Fixture("recall", "english-typos.md");
        var text = File.ReadAllText(path);
        var typos = Regex.Matches(text, "<!-- typo: (\\S+) -> ").Select(m => m.Groups[1].Value).ToList();
        var found = RuleHarness.Lint(text, select: "misspelling").Select(d => text.Substring(d.Range.Start, d.Range.Length)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(272, typos.Count);
        Assert.Equal(RecallFound, typos.Count(found.Contains));
    }

    /// <summary>How many typos of the recall fixture misspelling finds (tests/tools/spelling-accuracy.md).</summary>
    private const int RecallFound = 263;

    [Fact]
    public void Code_urls_html_liquid_and_attribute_lists_are_not_prose()
    {
        var body = """
            `Github 확작성` and <https://Github.com/a> and https://Github.com/b and www.Github.com/c
            [링크](https://Github.com/d "Github") <a title="Github" href="/Github">링크</a> <code>Github</code>
            {% raw %}Github 확작성{% endraw %} {{ site.Github }} {% include Github.html %} {: .Github}
            {::comment}
            Github 확작성
            {:/comment}

            {% highlight ruby %}
            Github 확작성
            {% endhighlight %}

            ```
            Github 확작성
            ```

                Github 확작성

            <div>
            Github 확작성
            </div>

            <!-- Github 확작성 -->

            [ref]: https://Github.com/e

            ## 안내 {#Github}

            """;
        Assert.Empty(Found(body));
    }

    [Fact]
    public void Headings_lists_quotes_tables_link_text_and_alt_text_are_prose()
    {
        var body = """
            ## Github 안내

            - 확작성 항목
            > 핵십 인용

            | 이름 | 설명 |
            | --- | --- |
            | Gvisor | 값 |

            [Javascript 문서](https://example.com) ![Typescript 로고](/a.png)

            """;
        Assert.Equal(["4:4", "6:3", "7:3", "11:3", "13:2", "13:40"], Lint(body).Select(d => $"{d.Start.Line}:{d.Start.Column}"));
    }

    [Fact]
    public void Front_matter_values_of_chosen_keys_are_checked_and_keys_never()
    {
        var frontMatter = "title: \"확작성 이야기\"\nexcerpt: Github 입문\ndescription: |\n  핵십 정리\ntags: [확작성]\nGithub: 메세지\n";
        Assert.Equal(
            ["2:9-12 '확작성' is a misspelling of '확장성'", "3:10-16 'Github' should be written 'GitHub'", "5:3-5 '핵십' is a misspelling of '핵심'"],
            Found("본문\n", frontMatter));
    }

    [Fact]
    public void Front_matter_keys_option_chooses_the_keys()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    front-matter-keys: [tags, header.caption]\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 확작성\ntags: [Github, 메세지]\nheader:\n  caption: 핵십\n---\n본문\n");
        var found = RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling");
        Assert.Equal(["3:8 misspelling", "3:16 misspelling", "5:12 misspelling"], RuleHarness.Brief(found));
    }

    [Fact]
    public void Builtin_option_turns_lists_off_and_allow_keeps_words()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nGithub 확작성 Mysql\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [en]\n    allow: [Mysql]\n");
        Assert.Equal(["4:1 misspelling"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling")));
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: []\n");
        Assert.Empty(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling"));
    }

    [Fact]
    public void Unknown_builtin_list_or_missing_user_list_is_a_config_error()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\n본문\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [ko, fr]\n    lists: [nope.txt]\n");
        var result = site.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".postlint.yml:3:19: unknown built-in list 'fr'; expected: ko, en, en-typos, en-near-miss", result.Error, StringComparison.Ordinal);
        Assert.Contains(".postlint.yml:4:13: misspelling list 'nope.txt' does not exist", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);

        // Only those two: the unknown name is not looked up as a list, nor the missing file read.
        Assert.Equal(2, result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Suppression_comments_silence_the_rule()
    {
        Assert.Empty(Found("<!-- postlint-disable-next-line misspelling -->\n확작성이 좋다.\n"));
    }

    [GeneratedRegex(@"<!-- expect: (PL\d{3})(?: x(\d+))?(?: @(-?\d+))? -->|# expect: (PL\d{3})(?: x(\d+))?")]
    private static partial Regex Marker();

    /// <summary>The (rule, line) pairs the fixture's markers announce, one per expected finding.</summary>
    private static List<string> Expectations(string path)
    {
        var expected = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Marker().Matches(lines[i]))
            {
                var rule = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[4].Value;
                var count = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : m.Groups[5].Success ? int.Parse(m.Groups[5].Value) : 1;
                var offset = m.Groups[3].Success ? int.Parse(m.Groups[3].Value) : 0;
                for (var k = 0; k < count; k++)
                {
                    expected.Add($"{rule}:{i + 1 + offset}");
                }
            }
        }

        return expected;
    }

    private static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "PL401-misspelling", .. parts]);

    [Fact]
    public void Fixture_site_with_prh_and_codespell_lists_gives_exactly_the_marked_findings()
    {
        var site = Fixture("site");
        var post = Path.Combine(site, "_posts", "2025-03-01-misspellings.md");
        var result = CliRunner.Run(site, "--select", "misspelling");
        Assert.Equal("", result.Error);
        var actual = result.Findings.Select(l => l.Split(':')).Select(p => $"{p[3].Trim().Split(' ')[1]}:{p[1]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Expectations(post).Order(StringComparer.Ordinal).ToList(), actual);
    }

    [Fact]
    public void Fixture_messages_come_from_each_list_format()
    {
        var result = CliRunner.Run(Fixture("site"), "--select", "misspelling");
        var lines = result.Findings;
        Assert.Contains(lines, l => l.EndsWith("'깃헙' is a misspelling of '깃허브' (팀 표기 규칙)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("'jekyll' should be written 'Jekyll'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("'자바스크맆트' is a misspelling of '자바스크립트'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("'mybe' is a misspelling of 'maybe' or 'my be'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("'wtih' is a misspelling of 'with' (do not auto-fix in quotes)", StringComparison.Ordinal));
    }

    [Fact]
    public void Codespell_trailing_comma_and_reason_mean_no_fix()
    {
        var result = CliRunner.Run(Fixture("site"), "--select", "misspelling", "--format", "json");
        var teh = Regex.Match(result.Out, "\"message\": \"'teh' [^\"]*\",\\s*\"fix\": (\\{|null)");
        var wtih = Regex.Match(result.Out, "\"message\": \"'wtih' [^\"]*\",\\s*\"fix\": (\\{|null)");
        Assert.Equal("{", teh.Groups[1].Value);
        Assert.Equal("null", wtih.Groups[1].Value);
    }

    [Fact]
    public void Broken_list_stops_the_run_with_its_file_and_line_before_linting()
    {
        var result = CliRunner.Run(Fixture("broken"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("bad-list.yml:6:15: entry '리엑트' does not find its example '리액트 컴포넌트'\n", result.Error);
    }

    /// <summary>"LINE:COL-ENDCOL message" for each finding in <paramref name="text"/>, a file without front matter (Hugo and Astro allow one).</summary>
    private static string[] FoundIn(string text) =>
        RuleHarness.Lint(text, "content/posts/a.md", select: "misspelling").Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Message}").ToArray();

    [Fact]
    public void Near_miss_list_alone_finds_near_misses()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nGithub 확작성: udpate the bandwwidth.\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [en-near-miss]\n");
        Assert.Equal(
            ["'udpate' is not an English word; did you mean 'update'?", "'bandwwidth' is not an English word; did you mean 'bandwidth'?"],
            RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling").Select(d => d.Message));
    }

    [Fact]
    public void Built_in_lists_named_in_another_order_are_all_used()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nGithub 확작성: udpate the bandwwidth.\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [en-near-miss, ko, en-typos, en]\n");
        Assert.Equal(
            ["4:1 misspelling", "4:8 misspelling", "4:13 misspelling", "4:24 misspelling"],
            RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling")));
    }

    [Fact]
    public void A_user_list_is_used_with_exactly_the_chosen_built_in_lists()
    {
        using var site = new TempSite();
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: 글\n---\nGithub 확작성: udpate the bandwwidth of the blgo.\n");
        site.Write("mine.txt", "blgo->blog\n");
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    builtin: [ko, en]\n    lists: [mine.txt]\n");
        Assert.Equal(["4:1 misspelling", "4:8 misspelling", "4:42 misspelling"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling")));
        site.Write(".postlint.yml", "rules:\n  misspelling:\n    lists: [mine.txt]\n");
        Assert.Equal(
            ["4:1 misspelling", "4:8 misspelling", "4:13 misspelling", "4:24 misspelling", "4:42 misspelling"],
            RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-a.md", "misspelling")));
    }

    [Theory]
    [InlineData("The SWIM group <strong>M</strong>embership protocol.")] // from a real Hugo post: the reader sees Membership
    [InlineData("Good <span class=\"x\">Ment</span>al health")]          // an inline element with attributes
    [InlineData("Good <B>Ment</B>al health")]                              // tag names in any letter case
    [InlineData("SWIM은 그룹 <strong>M</strong>embership 프로토콜입니다.")]   // a Korean line
    [InlineData("건강: <em>Ment</em>al health")]
    public void Inline_html_elements_inside_a_word_hide_its_parts(string line)
    {
        Assert.Empty(Found(line + "\n"));
    }

    [Fact]
    public void Inline_html_around_a_whole_word_or_breaking_a_line_does_not_hide_it()
    {
        Assert.Equal(
            [
                "4:9-16 'recieve' is a misspelling of 'receive'",
                "4:37-47 'bandwwidth' is not an English word; did you mean 'bandwidth'?",
                "5:16-23 'recieve' is a misspelling of 'receive'",
            ],
            Found("<strong>recieve</strong> it. Low<br>bandwwidth.\n<b>받기</b>: 영어로 recieve<sup>1</sup>\n"));
    }

    [Fact]
    public void A_case_sensitive_name_joined_to_letters_by_emphasis_is_still_found()
    {
        // Only words matched whatever their case can be a part of a longer word; Githubs still misspells GitHub.
        Assert.Equal(["4:7-13 'Github' should be written 'GitHub'"], Found("Two **Github**s.\n"));
    }

    [Fact]
    public void Emphasis_at_the_edges_of_the_text_around_a_whole_word_does_not_hide_it()
    {
        Assert.Equal(["1:3-10 'recieve' is a misspelling of 'receive'"], FoundIn("**recieve** it.\n"));
        Assert.Equal(["1:14-21 'recieve' is a misspelling of 'receive'"], FoundIn("Don't write _recieve_"));
    }

    [Theory]
    [InlineData("S**aturation**, the S of the acronym.\n")] // a letter at the text's start, then the marks
    [InlineData("**Ment**al health\n")]                     // the marks, then letters after the word
    [InlineData("~~Ment~~al health\n")]
    [InlineData("__Ment__al health\n")]
    public void Emphasis_joining_a_word_to_letters_at_the_start_of_the_text_hides_it(string text)
    {
        Assert.Empty(FoundIn(text));
    }

    [Fact]
    public void A_suffix_named_at_the_start_of_the_text_is_not_a_misspelling_but_a_compound_is()
    {
        Assert.Empty(FoundIn("-ment, -tion 같은 접미사\n"));
        Assert.Equal(["1:3-10 'comerce' is a misspelling of 'commerce'"], FoundIn("e-comerce 시장\n"));
    }

    [Fact]
    public void A_word_in_single_quotes_is_not_a_dropped_g()
    {
        Assert.Equal(["1:12-16 'alot' is a misspelling of 'a lot' or 'allot'"], FoundIn("Don't say 'alot'.\n"));
    }

    [Theory]
    [InlineData("The plan. Reconcole", "1:11-20 'Reconcole' is not an English word; did you mean 'Reconcile'?")]
    [InlineData("Low bandwwidth", "1:5-15 'bandwwidth' is not an English word; did you mean 'bandwidth'?")]
    [InlineData("bandwwidth is low", "1:1-11 'bandwwidth' is not an English word; did you mean 'bandwidth'?")]
    [InlineData("## Vitamn C", "1:4-10 'Vitamn' is not an English word; did you mean 'Vitamin'?")]
    [InlineData("Reconcole ", "1:1-10 'Reconcole' is not an English word; did you mean 'Reconcile'?")]
    public void Near_miss_at_the_very_start_or_end_of_the_text_is_found(string text, string expected)
    {
        Assert.Equal([expected], FoundIn(text));
    }

    [Theory]
    [InlineData("The bandwwidth's value.\n")]
    [InlineData("The bandwwidth’s value.\n")]
    public void Near_miss_followed_by_an_apostrophe_is_a_contraction_or_possessive_the_list_lacks(string body)
    {
        Assert.Empty(Found(body));
    }

    [Fact]
    public void Near_miss_followed_by_a_capitalised_word_past_several_spaces_is_a_name()
    {
        Assert.Empty(Found("Reconcole  The Plan.\n"));
    }

    [Fact]
    public void Near_miss_in_a_hyphenated_compound_is_skipped_but_next_to_a_digit_or_a_dash_it_is_a_slip()
    {
        Assert.Empty(FoundIn("X-factorr is what the judges look for.\n"));
        Assert.Empty(FoundIn("Ask for bandwwidth-based pricing.\n"));
        Assert.Equal(["1:3-10 'factorr' is not an English word; did you mean 'factor', 'factors' or 'factory'?"], FoundIn("2-factorr auth\n"));
        Assert.Equal(["1:8-18 'reaosnable' is not an English word; did you mean 'reasonable'?"], FoundIn("It was reaosnable--but slow.\n"));
        Assert.Equal(["1:5-15 'reaosnable' is not an English word; did you mean 'reasonable'?"], FoundIn("The reaosnable-"));
    }

    [Fact]
    public void Near_miss_alone_in_a_table_cell_is_skipped_but_not_with_other_words()
    {
        Assert.Empty(FoundIn("| sleggy | 1 |\n| --- | --- |\n| naffee | 2 |\n"));
        Assert.Equal(
            ["1:3-13 'reaosnable' is not an English word; did you mean 'reasonable'?"],
            FoundIn("| reaosnable value | 2 |\n| --- | --- |\n"));
    }

    [Theory]
    [InlineData("naffee | 2\n--- | ---\nsleggy | 1\n")]                          // rows without outer pipes
    [InlineData(" sleggy | 1\n --- | ---\n naffee | 2\n")]                       // indented, at the text's start
    [InlineData("| 이름 | 아이디\n| --- | ---\n| 김철수 | naffee\n| 이영희 | sleggy")] // no closing pipe, at the text's end
    [InlineData("| name | handle\r\n| --- | ---\r\n| Bob | naffee\r\n")]         // CRLF line ends
    public void Near_miss_alone_in_a_table_cell_is_skipped_where_the_row_has_no_outer_pipe(string text)
    {
        Assert.Empty(FoundIn(text));
    }

    [Fact]
    public void Near_miss_alone_on_a_line_or_before_a_pipe_in_a_sentence_is_a_slip()
    {
        Assert.Equal(["1:1-7 'naffee' is not an English word; did you mean 'naffer'?"], FoundIn("naffee\n"));
        Assert.Equal(
            ["1:3-9 'naffee' is not an English word; did you mean 'naffer'?", "1:12-18 'sleggy' is not an English word; did you mean 'slaggy'?"],
            FoundIn("A naffee | sleggy pair\n"));
    }

    [Theory]
    [InlineData("Done. *Reaosnable* defaults.\n")]
    [InlineData("Done. _Reaosnable_ defaults.\n")]
    [InlineData("Done. [Reaosnable](https://example.com) defaults.\n")]
    [InlineData("Done. (Reaosnable defaults).\n")]
    [InlineData("Done. \"Reaosnable defaults\".\n")]
    [InlineData("Done. 'Reaosnable defaults'.\n")]
    [InlineData("Done. “Reaosnable defaults”.\n")]
    [InlineData("Done. ‘Reaosnable defaults’.\n")]
    public void Near_miss_with_a_capital_after_opening_marks_at_a_sentence_start_is_a_slip(string text)
    {
        Assert.Equal(["1:8-18 'Reaosnable' is not an English word; did you mean 'Reasonable'?"], FoundIn(text));
    }

    [Fact]
    public void Near_miss_with_a_capital_at_the_start_of_the_text_starts_a_sentence()
    {
        Assert.Equal(["1:3-13 'Reaosnable' is not an English word; did you mean 'Reasonable'?"], FoundIn("**Reaosnable** defaults.\n"));
    }

    [Theory]
    [InlineData("We bought a Trezor wallet.\n")]      // after a word: a name
    [InlineData("A Trezor is a hardware wallet.\n")]  // after a one-letter word at the text's start
    [InlineData("하드웨어 지갑 추천: *Trezor*\n")]       // Korean before it on the line
    [InlineData("가. Trezor\n나. Ledger\n")]             // Korean only at the text's first character
    public void Near_miss_with_a_capital_mid_sentence_or_in_a_korean_line_is_a_name(string text)
    {
        Assert.Empty(FoundIn(text));
    }

    [Theory]
    [InlineData("Bandwwidth settings: set bandwwidth to 10.\n")] // again, the first at the text's start
    [InlineData("The bandwwidth; bandwwidth")]                  // again, the second at the text's end
    public void Near_miss_written_twice_is_a_term(string text)
    {
        Assert.Empty(FoundIn(text));
    }

    [Fact]
    public void Near_miss_inside_a_longer_word_elsewhere_is_not_written_again()
    {
        Assert.Equal(
            [
                "1:5-15 'reaosnable' is not an English word; did you mean 'reasonable'?",
                "1:26-38 'unreaosnable' is not an English word; did you mean 'unreasonable'?",
            ],
            FoundIn("The reaosnable choice is unreaosnable.\n"));
        Assert.Equal(
            [
                "1:5-15 'reaosnable' is not an English word; did you mean 'reasonable'?",
                "1:24-38 'reaosnableness' is not an English word; did you mean 'reasonableness'?",
            ],
            FoundIn("The reaosnable choice; reaosnableness.\n"));
    }

    [Theory]
    [InlineData("<!-- TODO: bandwwidth 확인 -->\nThe bandwwidth is low.\n", "2:5-15")]   // a comment at the text's start
    [InlineData("The bandwwidth.\n<!-- bandwwidth", "1:5-15")]                         // a comment never closed
    [InlineData("The bandwwidth is low.\n<!--<!-->\n<!-- bandwwidth -->\n", "1:5-15")] // a comment ending in <!-->
    public void Near_miss_written_again_only_in_an_html_comment_is_a_slip(string text, string at)
    {
        Assert.Equal([at + " 'bandwwidth' is not an English word; did you mean 'bandwidth'?"], FoundIn(text));
    }

    [Theory]
    [InlineData("<!-- 메모 -->\nThe bandwwidth and the bandwwidth.\n")]
    [InlineData("The bandwwidth and the bandwwidth.\n<!-- 메모 -->\n")]
    [InlineData("The bandwwidth is low.\n\n<!-- old -->bandwwidth\n")]
    [InlineData("The bandwwidth is low.\n<!--<!-->\nbandwwidth\n")]
    public void Near_miss_written_again_outside_an_html_comment_is_a_term(string text)
    {
        Assert.Empty(FoundIn(text));
    }
}
