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
    public void A_config_that_its_generator_reads_gives_its_keys_and_no_problem(string text, string extension, string expected) =>
        Assert.Equal(expected, Read(text, extension));

    [Theory]
    [InlineData("a = 1\nb = \nc = 2\n", ".toml", 10, 10)]
    [InlineData("{\"a\": 1,\n \"b\" 2}", ".json", 14, 15)]
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
}
