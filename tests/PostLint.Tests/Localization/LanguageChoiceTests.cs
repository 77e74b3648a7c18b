using PostLint.Localization;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Localization;

public class LanguageChoiceTests
{
    [Theory]
    [InlineData(null, null, "ko_KR.UTF-8", Language.Korean)]
    [InlineData(null, null, "ko_KR", Language.Korean)]
    [InlineData(null, null, "ko", Language.Korean)]
    [InlineData(null, null, "en_US.UTF-8", Language.English)]
    [InlineData(null, null, "C.UTF-8", Language.English)]
    [InlineData(null, null, "kok_IN", Language.English)]
    [InlineData(null, null, null, Language.English)]
    [InlineData("en_US.UTF-8", null, "ko_KR.UTF-8", Language.English)]
    [InlineData("ko_KR.UTF-8", null, "en_US.UTF-8", Language.Korean)]
    [InlineData(null, "ko_KR.UTF-8", "en_US.UTF-8", Language.Korean)]
    [InlineData("", "", "ko_KR.UTF-8", Language.Korean)]
    [InlineData(null, null, "ko-KR", Language.Korean)]
    [InlineData(null, null, "ko.UTF-8", Language.Korean)]
    [InlineData(null, null, "ko@latin", Language.Korean)]
    [InlineData(null, null, "KO_kr", Language.Korean)]
    [InlineData(null, null, "kor", Language.English)]
    [InlineData(null, null, "k", Language.English)]
    [InlineData(null, "en_GB.UTF-8", "ko_KR.UTF-8", Language.English)]
    public void Locale_variables_decide_in_setlocale_order(string? lcAll, string? lcMessages, string? lang, Language expected)
    {
        var env = new Dictionary<string, string?> { ["LC_ALL"] = lcAll, ["LC_MESSAGES"] = lcMessages, ["LANG"] = lang };
        Assert.Equal(expected, Languages.FromLocale(name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void Language_codes_read_and_write()
    {
        Assert.True(Languages.TryParse(" KO ", out var korean));
        Assert.Equal(Language.Korean, korean);
        Assert.True(Languages.TryParse("en", out var english));
        Assert.Equal(Language.English, english);
        foreach (var other in new[] { "kr", "ko_KR", "", null })
        {
            Assert.False(Languages.TryParse(other, out var none));
            Assert.Equal(Language.English, none);
        }

        Assert.Equal(["en", "ko"], Languages.Codes);
        Assert.Equal("ko", Language.Korean.ToCode());
        Assert.Equal("en", Language.English.ToCode());
    }

    [Fact]
    public void Lang_option_beats_the_config_which_beats_the_locale()
    {
        using var site = new TempSite();
        site.Write("_config.yml", "title: t\n");
        site.Write("_posts/2025-03-01-a.md", "---\ntitle: a\ndate: 2025-03-01\nlast_modified_at: YYYY-MM-DD\n---\n\n본문입니다.\n");
        var korean = new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8" };
        var english = new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8" };

        Assert.Contains("오류 1개", CliRunner.Run(site.Root, korean, false, "_posts").Out, StringComparison.Ordinal);
        Assert.Contains("1 error,", CliRunner.Run(site.Root, korean, false, "_posts", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Contains("1 error,", CliRunner.Run(site.Root, english, false, "_posts").Out, StringComparison.Ordinal);

        site.Write(".postlint.yml", "lang: ko\n");
        Assert.Contains("오류 1개", CliRunner.Run(site.Root, english, false, "_posts").Out, StringComparison.Ordinal);
        Assert.Contains("1 error,", CliRunner.Run(site.Root, english, false, "_posts", "--lang=en").Out, StringComparison.Ordinal);
        Assert.Contains("사용법:", CliRunner.Run(site.Root, english, false, "--help").Out, StringComparison.Ordinal);

        site.Write(".postlint.yml", "lang: en\n");
        Assert.Contains("1 error,", CliRunner.Run(site.Root, korean, false, "_posts").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_lang_in_the_config_is_a_config_error_with_its_position()
    {
        using var site = new TempSite();
        site.Write(".postlint.yml", "lang: jp\n");
        site.Write("a.md", "---\ntitle: a\n---\n\n본문입니다.\n");
        var result = CliRunner.Run(site.Root, new Dictionary<string, string> { ["LANG"] = "ko_KR.UTF-8" }, false, "a.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(".postlint.yml:1:7: 'lang'은 en 또는 ko여야 합니다('jp'는 쓸 수 없습니다)\n", result.Error);
    }
}
