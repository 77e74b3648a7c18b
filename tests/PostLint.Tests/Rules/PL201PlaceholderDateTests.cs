using PostLint.Diagnostics;
using PostLint.Rules.Content;
using PostLint.Sites;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL201PlaceholderDateTests
{
    private static string[] Lint(string frontMatter, string path = "_posts/2025-03-01-post.md") =>
        RuleHarness.Lint("---\n" + frontMatter + "---\n본문\n", path, "placeholder-date")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Theory]
    [InlineData("YYYY-MM-DD")]
    [InlineData("yyyy-mm-dd")]
    [InlineData("YYYY.MM.DD")]
    [InlineData("YYYY/MM/DD")]
    [InlineData("YYYY-MM-DD HH:MM:SS")]
    [InlineData("DD/MM/YYYY")]
    [InlineData("MM/DD/YYYY")]
    [InlineData("20XX-XX-XX")]
    [InlineData("XXXX-XX-XX")]
    [InlineData("0000-00-00")]
    [InlineData("\"%Y-%m-%d\"")]
    [InlineData("\"{{ date }}\"")]
    [InlineData("\"{{ .Date }}\"")]
    [InlineData("<date>")]
    [InlineData("[date]")]
    [InlineData("TBD")]
    [InlineData("TODO")]
    public void Placeholder_values_are_errors(string value)
    {
        var found = Lint($"last_modified_at: {value}\n");
        var finding = Assert.Single(found);
        Assert.StartsWith("2:19-", finding, StringComparison.Ordinal);
        Assert.Contains("error last_modified_at is the placeholder", finding, StringComparison.Ordinal);
        Assert.EndsWith("write the real date, e.g. 2025-03-01", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2025-3-1")]
    [InlineData("2025-03-01 10:20")]
    [InlineData("2025-03-01 10:20:30")]
    [InlineData("2025-03-01T10:20:30.123Z")]
    [InlineData("2025-03-01 10:20:30 +0900")]
    [InlineData("2025-03-01T10:20:30+09:00")]
    [InlineData("\"2025-03-01\"")]
    public void Real_dates_are_accepted(string value)
    {
        Assert.Empty(Lint($"date: {value}\nlastmod: {value}\n"));
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-03-01 25:00")]
    public void Without_a_generator_a_value_none_reads_is_a_warning(string value)
    {
        Assert.Equal([$"2:7-{7 + value.Length} warning date '{value}' is not a date a generator reads; write YYYY-MM-DD, e.g. 2025-03-01"], Lint($"date: {value}\n"));
    }

    [Theory]
    [InlineData("March 1st")]
    [InlineData("01-03-2025")]
    public void Without_a_generator_a_form_read_differently_is_a_warning(string value)
    {
        // Jekyll reads 01-03-2025 day first, JavaScript month first, Hugo not at all; Jekyll gives March 1st the build's year.
        var finding = Assert.Single(Lint($"date: {value}\n"));
        Assert.StartsWith("2:7-", finding, StringComparison.Ordinal);
        Assert.Contains("warning date", finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: ~\n")]
    [InlineData("date: \"\"\n")]
    [InlineData("date: ''\n")]
    [InlineData("date:\n")]
    public void Null_or_empty_date_is_the_empty_warning_without_a_generator(string frontMatter)
    {
        Assert.Equal(["2:1-5 warning date is empty; write a date such as 2025-03-01 or remove the key"], Lint(frontMatter));
    }

    [Fact]
    public void Empty_value_is_a_warning_at_the_key()
    {
        Assert.Equal(["2:1-8 warning updated is empty; write a date such as 2025-03-01 or remove the key"], Lint("updated:\n"));
    }

    [Theory]
    [InlineData("_posts/a.md")]
    [InlineData("_posts/2025-03.md")]
    [InlineData("_posts/YYYY-MM-DD")]
    [InlineData("_posts/.md")]
    public void Short_post_file_names_are_read_without_error(string path)
    {
        Assert.Empty(Lint("date: 2025-03-01\n", path));
    }

    [Fact]
    public void Without_a_file_or_front_matter_date_today_is_suggested()
    {
        // The run's clock (RuleHarness.FixedNow, 2025-06-01 12:00 UTC), not a fixed example.
        Assert.Equal(["2:19-22 error last_modified_at is the placeholder 'TBD'; write the real date, e.g. 2025-06-01"],
            Lint("last_modified_at: TBD\n", "notes/memo.md"));
    }

    [Fact]
    public void Without_a_file_date_the_front_matter_date_is_suggested()
    {
        Assert.Equal(["3:19-22 error last_modified_at is the placeholder 'TBD'; write the real date, e.g. 2024-12-24"],
            Lint("date: 2024-12-24 10:00\nlast_modified_at: TBD\n", "notes/memo.md"));
    }

    [Fact]
    public void Today_is_the_site_time_zones_day()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: test\ntimezone: Pacific/Kiritimati\n");
        site.Write("notes/memo.md", "---\nlast_modified_at: TBD\n---\n메모\n");
        var finding = Assert.Single(RuleHarness.LintFile(site, "notes/memo.md", "placeholder-date"));
        Assert.EndsWith("e.g. 2025-06-02", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DefaultKeysOfEachGenerator))]
    public void Every_default_date_key_is_checked(string kind, string key)
    {
        using var site = new TempSite(kind);
        var path = kind == "jekyll" ? "_posts/2025-03-01-post.md" : kind == "hugo" ? "content/posts/post.md" : kind == "astro" ? "src/content/blog/post.md" : "_posts/2025-03-01-post.md";
        site.Write(path, $"---\ntitle: 글\n{key}: YYYY-MM-DD\n---\n본문\n");
        var finding = Assert.Single(RuleHarness.LintFile(site, path, "placeholder-date"));
        Assert.Equal(3, finding.Start.Line);
        Assert.Equal($"{key} is the placeholder 'YYYY-MM-DD'; write the real date, e.g. {(path.StartsWith("_posts", StringComparison.Ordinal) ? "2025-03-01" : "2025-06-01")}", finding.Message);
    }

    public static TheoryData<string, string> DefaultKeysOfEachGenerator()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, kind) in new[] { ("none", SiteKind.None), ("jekyll", SiteKind.Jekyll), ("hugo", SiteKind.Hugo), ("astro", SiteKind.Astro) })
        {
            foreach (var key in FrontMatterKeys.Dates(kind))
            {
                data.Add(name, key.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_default_keys_without_a_generator_are_the_plain_tables_dates()
    {
        Assert.Equal(
            ["date", "last_modified_at", "last_modified", "lastmod", "modified", "updated", "updated_at", "created", "created_at", "publishDate", "pubDate", "updatedDate", "expiryDate", "published"],
            PL201PlaceholderDate.DefaultKeys);
    }

    [Fact]
    public void Non_date_keys_and_body_text_are_not_checked()
    {
        Assert.Empty(RuleHarness.Lint("---\ntitle: YYYY-MM-DD\n---\nUse `YYYY-MM-DD` or YYYY-MM-DD in prose.\n", select: "placeholder-date"));
    }

    [Fact]
    public void Placeholder_file_name_under_posts_is_an_error()
    {
        var found = Lint("date: 2025-03-01\n", "_posts/YYYY-MM-DD-title.md");
        Assert.Equal(["1:1-1 error file name starts with the placeholder 'YYYY-MM-DD'; rename it to start with the post's date, e.g. 2025-03-01-title.md"], found);
    }

    [Fact]
    public void Fix_is_unsafe_and_uses_the_file_name_date()
    {
        var d = Assert.Single(RuleHarness.Lint("---\nlast_modified_at: YYYY-MM-DD\n---\n", "_posts/2024-12-24-x.md", "placeholder-date"));
        Assert.NotNull(d.Fix);
        Assert.Equal(FixSafety.Unsafe, d.Fix!.Safety);
        Assert.Equal("2024-12-24", Assert.Single(d.Fix.Edits).NewText);
    }

    [Fact]
    public void Mapping_value_is_not_a_date()
    {
        Assert.Single(Lint("date:\n  year: 2025\n"));
    }

    /// <summary>Lints one post of a site of <paramref name="kind"/> and returns "LINE:COL SEVERITY MESSAGE" for each finding.</summary>
    private static string[] LintIn(string kind, string path, string frontMatter, string? config = null)
    {
        using var site = new TempSite(kind);
        if (config is not null)
        {
            site.Write(kind == "jekyll" ? "_config.yml" : "hugo.toml", config);
        }

        site.Write(path, "---\n" + frontMatter + "---\n본문\n");
        return RuleHarness.LintFile(site, path, "placeholder-date").Select(d => $"{d.Start.Line}:{d.Start.Column} {d.Severity.ToName()} {d.Message}").ToArray();
    }

    [Theory]
    [InlineData("published: true\n")]
    [InlineData("published: false\n")]
    public void Jekyll_published_is_a_boolean(string frontMatter)
    {
        Assert.Empty(LintIn("jekyll", "_posts/2025-03-01-post.md", "title: 공개 여부\n" + frontMatter));
    }

    [Theory]
    [InlineData("published: true\n")]
    [InlineData("published: false\n")]
    [InlineData("published: 2025-03-01\n")]
    [InlineData("PublishDate: 2025-03-01T10:20:30+09:00\n")]
    [InlineData("date: 08 Jul 2022\n")]
    public void Hugo_published_is_a_draft_switch_or_a_date(string frontMatter)
    {
        Assert.Empty(LintIn("hugo", "content/posts/첫-글.md", frontMatter));
    }

    [Theory]
    [InlineData("date = 2016-12-31T23:59:60Z\n")]
    [InlineData("date = 2016-12-31t23:59:60+09:00\n")]
    [InlineData("date = 2016-12-31 23:59:60\n")]
    [InlineData("lastmod = 2016-12-31T10:00:00.5z\n")]
    public void Hugo_reads_a_toml_date_time_literal_a_leap_second_too(string frontMatter)
    {
        using var site = new TempSite("hugo");
        site.Write("content/posts/윤초.md", "+++\ntitle = '윤초'\n" + frontMatter + "+++\n본문\n");
        Assert.Empty(RuleHarness.LintFile(site, "content/posts/윤초.md", "placeholder-date"));
    }

    [Fact]
    public void Hugo_keys_are_read_without_regard_to_case()
    {
        Assert.Equal(["2:14 error PublishDate is the placeholder 'TBD'; write the real date, e.g. 2025-06-01"],
            LintIn("hugo", "content/posts/post.md", "PublishDate: TBD\n"));
    }

    [Theory]
    [InlineData("date: Jul 08 2022\n", "date 'Jul 08 2022' is not a date Hugo reads and it dates the page 0001-01-01; write YYYY-MM-DD, e.g. 2025-06-01")]
    [InlineData("date: 2025-03-01 10:20\n", "date '2025-03-01 10:20' is not a date Hugo reads and it dates the page 0001-01-01; write YYYY-MM-DD, e.g. 2025-06-01")]
    [InlineData("lastmod: 2024-02-30\n", "lastmod '2024-02-30' is not a date Hugo reads and it ignores the value; write YYYY-MM-DD, e.g. 2025-06-01")]
    [InlineData("published: next week\n", "published 'next week' is not a date Hugo reads and it ignores the value; write YYYY-MM-DD, e.g. 2025-06-01")]
    public void Hugo_drops_a_date_it_cannot_read_a_warning(string frontMatter, string message)
    {
        var finding = Assert.Single(LintIn("hugo", "content/posts/post.md", frontMatter));
        Assert.EndsWith(" warning " + message, finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pubDate: 'Jul 08 2022'\n")]
    [InlineData("pubDate: Jul 08 2022\nupdatedDate: 2022-07-09\n")]
    [InlineData("pubDate: 2025-03-01T10:20\n")]
    [InlineData("date: TBD\npublished: true\n")]
    public void Astro_reads_what_javascript_dates_read(string frontMatter)
    {
        // The blog starter's schema: pubDate and updatedDate are z.coerce.date(); other keys are not dates.
        Assert.Empty(LintIn("astro", "src/content/blog/first-post.md", "title: 'First post'\n" + frontMatter));
    }

    [Fact]
    public void Astro_stops_on_a_schema_date_javascript_cannot_read()
    {
        Assert.Equal(["2:10 error pubDate 'next week' is not a date Astro reads, so the build stops; write YYYY-MM-DD, e.g. 2025-06-01"],
            LintIn("astro", "src/content/blog/first-post.md", "pubDate: next week\n"));
    }

    [Theory]
    [InlineData("date: next week\n", "2:7 error date 'next week' is not a date Jekyll reads, so the build stops (Ruby's Time.parse finds no date in it); write YYYY-MM-DD, e.g. 2025-03-01")]
    [InlineData("date: 2025-13-01\n", "2:7 error date '2025-13-01' is not a date Jekyll reads, so the build stops (no such month); write YYYY-MM-DD, e.g. 2025-03-01")]
    [InlineData("date: 2025-02-30\n", "2:7 warning date '2025-02-30': no such day: Jekyll reads it as 2025-03-02; write YYYY-MM-DD, e.g. 2025-03-01")]
    [InlineData("date: 03/01/2025\n", "2:7 warning date '03/01/2025': Jekyll reads it day first, as 2025-01-03; write YYYY-MM-DD, e.g. 2025-03-01")]
    [InlineData("date: Jul 08 2022\n", null)]
    [InlineData("date: 2025.03.01\n", null)]
    [InlineData("last_modified_at: yesterday\n", "2:19 warning last_modified_at 'yesterday' is not a date Jekyll reads; the theme shows it as written; write YYYY-MM-DD, e.g. 2025-03-01")]
    [InlineData("last_modified_at: March 1st\n", "2:19 warning last_modified_at 'March 1st': it has no year, so Jekyll takes the year of the build; write YYYY-MM-DD, e.g. 2025-03-01")]
    public void Jekyll_reads_dates_with_ruby_and_stops_only_on_a_documents_date(string frontMatter, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], LintIn("jekyll", "_posts/2025-03-01-post.md", frontMatter));
    }

    [Fact]
    public void A_jekyll_pages_invalid_date_is_shown_as_written()
    {
        Assert.Equal(["2:7 warning date 'next week' is not a date Jekyll reads; the theme shows it as written; write YYYY-MM-DD, e.g. 2025-06-01"],
            LintIn("jekyll", "about.md", "date: next week\n"));
    }

    [Theory]
    [InlineData("jekyll-feed")]
    [InlineData("jekyll-sitemap")]
    public void Feed_and_sitemap_plugins_stop_the_build_on_last_modified_at(string plugin)
    {
        Assert.Equal(["2:19 error last_modified_at 'yesterday' is not a date Jekyll reads, so the build stops (Ruby's Time.parse finds no date in it); write YYYY-MM-DD, e.g. 2025-03-01"],
            LintIn("jekyll", "_posts/2025-03-01-post.md", "last_modified_at: yesterday\n", $"title: test\nplugins:\n  - {plugin}\n"));

        // An empty value falls back to the post's date in both templates.
        Assert.Equal(["2:1 warning last_modified_at is empty; write a date such as 2025-03-01 or remove the key"],
            LintIn("jekyll", "_posts/2025-03-01-post.md", "last_modified_at:\n", $"title: test\nplugins: [{plugin}]\n"));
    }

    [Theory]
    [InlineData("date: ~\n")]
    [InlineData("date: \"\"\n")]
    public void An_empty_date_stops_jekyll_in_a_post_but_not_in_a_page(string frontMatter)
    {
        Assert.Equal(["2:1 error date is empty, so Jekyll stops the build; write a date such as 2025-03-01 or remove the key"],
            LintIn("jekyll", "_posts/2025-03-01-post.md", frontMatter));
        Assert.Equal(["2:1 warning date is empty; write a date such as 2025-06-01 or remove the key"],
            LintIn("jekyll", "about.md", frontMatter));
    }

    [Theory]
    [InlineData("jekyll", "_posts/2019-07-08-study.md", "Jekyll reads")]
    [InlineData("none", "notes/study.md", "date parsers read")]
    [InlineData("astro", "src/content/blog/study.md", null)]
    public void A_time_range_is_a_warning_that_names_it(string kind, string path, string? reads)
    {
        var found = LintIn(kind, path, "title: 스터디 모임\nlast_modified_at: 2019-07-08T15:30-16:00\n");
        if (reads is null)
        {
            // Not a date key of the starter's schema.
            Assert.Empty(found);
            return;
        }

        Assert.Equal([$"3:19 warning last_modified_at '2019-07-08T15:30-16:00' looks like a time range (15:30 to 16:00), but {reads} -16:00 as a zone offset; write one time, e.g. 2019-07-08T15:30"], found);
    }

    [Fact]
    public void Configured_keys_replace_the_generators()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "rules:\n  placeholder-date:\n    keys: [published, reviewed]\n");
        site.Write("_posts/2025-03-01-post.md", "---\ndate: TBD\npublished: TBD\nreviewed: YYYY-MM-DD\n---\n본문\n");
        Assert.Equal(["3:12 placeholder-date", "4:11 placeholder-date"], RuleHarness.Brief(RuleHarness.LintFile(site, "_posts/2025-03-01-post.md", "placeholder-date")));
    }
}
