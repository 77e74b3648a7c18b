using PostLint.Localization;
using PostLint.Sites;

namespace PostLint.Tests.Sites;

/// <summary>Generator configs read as leniently as the generators read them: each problem with its range, and what was still read.</summary>
public class ConfigFileTests
{
    private static string Read(string text, string extension)
    {
        var result = ConfigFile.Parse(text, extension, "_config" + extension);
        var keys = result.Root is { } root ? string.Join(",", root.Entries.Select(e => e.KeyText)) : "-";
        return string.Join(" | ", [keys, .. result.Problems.Select(p => $"{p.Range.Start}-{p.Range.End} {p.Message}")]);
    }

    [Theory]
    [InlineData("\uFEFFtitle: x\nurl: y\n", ".yml", "title,url")]
    [InlineData("\uFEFFtitle = 'x'\n", ".toml", "title")]
    [InlineData("\uFEFF{\"title\": \"x\"}", ".json", "title")]
    [InlineData("", ".yml", "-")]
    [InlineData("title: \"a\"# note\nurl: 'b'#c\n", ".yaml", "title,url")]
    [InlineData("title: \"a\"# note\r\nurl: 'b'#c\r\n", ".yml", "title,url")]
    [InlineData("\ntitle: \"a\"# note\n", ".yml", "title")] // the first line is empty
    [InlineData("title: \"a\"# note", ".yml", "title")] // no line break at the end
    [InlineData("title: \"a\"# note\r", ".yml", "title")] // a lone CR at the end
    public void A_config_that_its_generator_reads_gives_its_keys_and_no_problem(string text, string extension, string expected) =>
        Assert.Equal(expected, Read(text, extension));

    [Theory]
    [InlineData("a = 1\nb = \nc = 2\n", ".toml", 10, 10)]
    [InlineData("{\"a\": 1,\n \"b\" 2}", ".json", 14, 15)]
    [InlineData("title \"블로그\"\n", ".toml", 6, 11)] // an error with no length of its own runs to the end of its line
    public void A_toml_or_json_config_with_an_error_is_one_problem_and_no_settings(string text, string extension, int start, int end)
    {
        var result = ConfigFile.Parse(text, extension, "hugo" + extension);
        Assert.Null(result.Root);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"hugo{extension} is not valid {extension[1..].ToUpperInvariant()}: ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the generator stops on it, and PostLint used its defaults", problem.Message, StringComparison.Ordinal);
        Assert.Equal((start, end), (problem.Range.Start, problem.Range.End));
    }

    [Fact]
    public void A_bad_yaml_line_is_skipped_named_and_the_rest_read()
    {
        const string text = "title: t\ndescription: \"My blog\": about code\r\nurl: u\n";
        var result = ConfigFile.Parse(text, ".yml", "_config.yml");
        Assert.Equal(["title", "url"], result.Root!.Entries.Select(e => e.KeyText));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((9, 43), (problem.Range.Start, problem.Range.End));
        Assert.EndsWith("PostLint ignored 'description: \"My blog\": about code' and read the rest, but the generator may stop on it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_bad_line_is_shortened_in_the_message()
    {
        var line = "description: \"" + new string('가', 40) + "\": " + new string('x', 30);
        var result = ConfigFile.Parse("title: t\n" + line + "\n", ".yml", "_config.yml");
        var problem = Assert.Single(result.Problems);
        Assert.Contains($"PostLint ignored '{line[..57]}...' and read the rest", problem.Message, StringComparison.Ordinal);

        var sixty = "d: \"" + new string('x', 51) + "\": ab";
        Assert.Equal(60, sixty.Length);
        Assert.Contains($"PostLint ignored '{sixty}' and read the rest", Assert.Single(ConfigFile.Parse(sixty + "\n", ".yml", "c.yml").Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void After_eight_bad_lines_the_rest_of_the_file_is_cut_off()
    {
        var bad = string.Concat(Enumerable.Range(0, 9).Select(i => $"k{i}: \"v\": x\n"));
        var text = "title: t\n" + bad + "url: u\n";
        var result = ConfigFile.Parse(text, ".yml", "_config.yml");
        Assert.Equal(9, result.Problems.Count);
        Assert.All(result.Problems.Take(8), p => Assert.Contains("PostLint ignored 'k", p.Message, StringComparison.Ordinal));
        var last = result.Problems[^1];
        Assert.StartsWith("_config.yml cannot be read from here on (", last.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the generator stops on it, and PostLint ignored the rest of the file", last.Message, StringComparison.Ordinal);
        Assert.Equal(["title"], result.Root!.Entries.Select(e => e.KeyText));

        // Eight bad lines are each skipped, and what follows is read.
        var eight = ConfigFile.Parse("title: t\n" + string.Concat(Enumerable.Range(0, 8).Select(i => $"k{i}: \"v\": x\n")) + "url: u\n", ".yml", "_config.yml");
        Assert.Equal(8, eight.Problems.Count);
        Assert.Equal(["title", "url"], eight.Root!.Entries.Select(e => e.KeyText));
    }

    [Fact]
    public void An_error_on_a_blank_line_cuts_the_file_off_there()
    {
        var result = ConfigFile.Parse("title: t\nlist: [a,\n\n", ".yml", "_config.yml");
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("_config.yml cannot be read from here on (", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_file_that_cannot_be_read_is_one_problem_and_no_settings()
    {
        var path = Path.Combine(Path.GetTempPath(), "postlint-tests", Guid.NewGuid().ToString("N"), "hugo.toml");
        var result = ConfigFile.Read(path);
        Assert.Null(result.Root);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((0, 0), (problem.Range.Start, problem.Range.End));
        Assert.StartsWith("cannot read hugo.toml: ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("; PostLint used the generator's defaults", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_toml_reason_of_postlint_s_own_is_told_in_the_user_s_language()
    {
        var problem = Assert.Single(ConfigFile.Parse("a = 1\nb = \nc = 2\n", ".toml", "hugo.toml").Problems);
        Assert.Equal("hugo.toml is not valid TOML: the value of 'b' is missing; write b = \"\" for an empty text; the generator stops on it, and PostLint used its defaults", problem.Message);
        Assert.Equal("hugo.toml은 올바른 TOML이 아닙니다: 'b'의 값이 없습니다. 빈 텍스트라면 b = \"\"처럼 쓰세요. 생성기는 여기서 멈추고, PostLint는 기본값을 썼습니다", problem.Text!.In(Language.Korean));
    }

    [Fact]
    public void A_skipped_yaml_line_with_a_reason_of_postlint_s_own_tells_it_in_the_user_s_language()
    {
        var result = ConfigFile.Parse("title: t\nlogo: *nope\nurl: u\n", ".yml", "_config.yml");
        Assert.Equal(["title", "url"], result.Root!.Entries.Select(e => e.KeyText));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((9, 20), (problem.Range.Start, problem.Range.End));
        Assert.Equal("_config.yml is not valid YAML here (alias '*nope' refers to no anchor); PostLint ignored 'logo: *nope' and read the rest, but the generator may stop on it", problem.Message);
        Assert.Equal("_config.yml의 이 줄은 올바른 YAML이 아닙니다(별칭 '*nope'가 가리키는 앵커가 없습니다). PostLint는 'logo: *nope'를 건너뛰고 나머지를 읽었지만, 생성기는 여기서 멈출 수 있습니다", problem.Text!.In(Language.Korean));
    }

    [Fact]
    public void The_cut_off_covers_the_error_to_its_line_end_and_tells_the_reason_in_the_user_s_language()
    {
        // Eight lines skipped; the ninth error cuts the file off at the alias, to the end of its line.
        var bad = string.Concat(Enumerable.Range(0, 8).Select(i => $"k{i}: \"v\": x\n"));
        var text = "title: t\n" + bad + "logo: *nope\nurl: u\n";
        var result = ConfigFile.Parse(text, ".yml", "_config.yml");
        Assert.Equal(["title"], result.Root!.Entries.Select(e => e.KeyText));
        Assert.Equal(9, result.Problems.Count);
        var last = result.Problems[^1];
        Assert.Equal((103, 108), (last.Range.Start, last.Range.End));
        Assert.Equal("*nope", text[last.Range.Start..last.Range.End]);
        Assert.Equal("_config.yml cannot be read from here on (alias '*nope' refers to no anchor); the generator stops on it, and PostLint ignored the rest of the file", last.Message);
        Assert.Equal("_config.yml은 여기부터 읽을 수 없습니다(별칭 '*nope'가 가리키는 앵커가 없습니다). 생성기는 여기서 멈추고, PostLint는 파일의 나머지를 무시했습니다", last.Text!.In(Language.Korean));
    }

    [Fact]
    public void A_comment_read_the_libyaml_way_does_not_count_as_a_skipped_line()
    {
        var bad = string.Concat(Enumerable.Range(0, 8).Select(i => $"k{i}: \"v\": x\n"));
        var result = ConfigFile.Parse("title: t\navatar: \"/me.png\"# 사진\n" + bad + "url: u\n", ".yml", "_config.yml");
        Assert.Equal(["title", "avatar", "url"], result.Root!.Entries.Select(e => e.KeyText));
        Assert.Equal(8, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Contains("PostLint ignored 'k", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_last_line_with_no_line_break_is_skipped_and_the_rest_read()
    {
        var result = ConfigFile.Parse("title: t\nd: \"a\": b", ".yml", "_config.yml");
        Assert.Equal(["title"], result.Root!.Entries.Select(e => e.KeyText));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((9, 18), (problem.Range.Start, problem.Range.End));
        Assert.EndsWith("PostLint ignored 'd: \"a\": b' and read the rest, but the generator may stop on it", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_on_the_first_line_after_a_byte_order_mark_leaves_no_settings()
    {
        // Six levels of ten aliases each expand past the limit on the first line; nothing comes before it.
        var levels = new List<string> { "a: &a [x,x,x,x,x,x,x,x,x,x]" };
        for (var c = 'b'; c <= 'g'; c++)
        {
            levels.Add($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + (char)(c - 1), 10))}]");
        }

        var result = ConfigFile.Parse("\uFEFF{" + string.Join(", ", levels) + "}\n", ".yml", "_config.yml");
        Assert.Null(result.Root);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("_config.yml cannot be read from here on (aliases expand the YAML to more than 100,000 values", problem.Message, StringComparison.Ordinal);
    }
}
