using System.Text.RegularExpressions;
using PostLint.Documents;
using PostLint.Tests.Infrastructure;
using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

public class TomlReaderTests
{
    private static YMapping Read(string toml)
    {
        var result = TomlReader.Parse(toml, 0, toml.Length);
        Assert.Null(result.Error);
        return Assert.IsType<YMapping>(result.Root);
    }

    private static YamlError Fail(string toml)
    {
        var result = TomlReader.Parse(toml, 0, toml.Length);
        Assert.Null(result.Root);
        return result.Error!;
    }

    [Fact]
    public void Strings_read_as_quoted_scalars_and_other_values_as_plain_ones_with_exact_ranges()
    {
        const string toml = "title = '첫 글'\ndate = 2026-12-02T20:21:51Z\ndraft = true\nweight = 1_000\nsummary = \"탭\\t과 \\\"따옴표\\\" \\u00e9\"\n";
        var root = Read(toml);
        var title = (YScalar)root.Get("title")!;
        Assert.Equal(("첫 글", true, false), (title.Value, title.IsQuoted, title.IsPlain));
        Assert.Equal("'첫 글'", toml[title.Range.Start..title.Range.End]);
        var date = (YScalar)root.Get("date")!;
        Assert.Equal(("2026-12-02T20:21:51Z", true), (date.Value, date.IsPlain));
        Assert.Equal("2026-12-02T20:21:51Z", toml[date.Range.Start..date.Range.End]);
        Assert.Equal("true", ((YScalar)root.Get("draft")!).Value);
        Assert.Equal("1_000", ((YScalar)root.Get("weight")!).Value);
        Assert.Equal("탭\t과 \"따옴표\" é", ((YScalar)root.Get("summary")!).Value);
        Assert.Equal("date", toml[root.Entries[1].Key.Range.Start..root.Entries[1].Key.Range.End]);
    }

    [Fact]
    public void Date_and_time_separated_by_a_space_is_one_value()
    {
        var date = (YScalar)Read("date = 2024-01-02 10:30:00+09:00 # KST\n").Get("date")!;
        Assert.Equal("2024-01-02 10:30:00+09:00", date.Value);
    }

    [Fact]
    public void Tables_dotted_keys_and_arrays_of_tables_nest_like_yaml()
    {
        const string toml = "title = \"Post\"\ntags = [\"도커\", 'k8s',\n  \"go\", ] # 태그\n[params]\nimage.src = \"/images/a.png\"\n[params.cover]\nalt = \"표지\"\n[[resources]]\nsrc = \"a.png\"\n[[resources]]\nsrc = \"b.png\"\n[author]\nname = { first = \"길동\", last = \"홍\" }\n";
        var root = Read(toml);
        Assert.Equal(["도커", "k8s", "go"], ((YSequence)root.Get("tags")!).Items.Cast<YScalar>().Select(s => s.Value));
        Assert.Equal("/images/a.png", ((YScalar)root.FindPath("params.image.src")!.Value).Value);
        Assert.Equal("표지", ((YScalar)root.FindPath("params.cover.alt")!.Value).Value);
        var resources = (YSequence)root.Get("resources")!;
        Assert.Equal(["a.png", "b.png"], resources.Items.Cast<YMapping>().Select(m => ((YScalar)m.Get("src")!).Value));
        Assert.Equal("홍", ((YScalar)root.FindPath("author.name.last")!.Value).Value);
        var tags = root.Get("tags")!;
        Assert.StartsWith("[\"도커\"", toml[tags.Range.Start..], StringComparison.Ordinal);
        Assert.EndsWith("]", toml[tags.Range.Start..tags.Range.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_line_strings_are_read()
    {
        var root = Read("a = \"\"\"\n첫 줄\n둘째 줄\"\"\"\nb = '''\nC:\\path\\'''\nc = \"\"\"one \\\n   two\"\"\"\n");
        Assert.Equal("첫 줄\n둘째 줄", ((YScalar)root.Get("a")!).Value);
        Assert.Equal("C:\\path\\", ((YScalar)root.Get("b")!).Value);
        Assert.Equal("one two", ((YScalar)root.Get("c")!).Value);
    }

    [Fact]
    public void A_key_set_twice_is_kept_twice_for_the_duplicate_key_rule()
    {
        var root = Read("title = \"a\"\ntitle = \"b\"\n");
        Assert.Equal(2, root.Entries.Count(e => e.KeyText == "title"));
    }

    [Theory]
    [InlineData("title: \"첫 글\"\n", 0, "TOML writes 'key = value', not 'key: value': title = \"첫 글\"")]
    [InlineData("title = Hello World\n", 8, "text must be in quotes in TOML: title = \"Hello World\"")]
    [InlineData("title = 안녕 # 인사\n", 8, "text must be in quotes in TOML: title = \"안녕\"")]
    [InlineData("date = 2024-01-02T10:30+09:00\n", 7, "a TOML time needs seconds: date = 2024-01-02T10:30:00+09:00")]
    [InlineData("date = 2025-02-29\n", 7, "date = 2025-02-29 is not a real date or time (month 2 of 2025 has 28 days); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-04-31\n", 7, "date = 2025-04-31 is not a real date or time (month 4 of 2025 has 30 days); TOML readers stop here, Hugo's build fails")]
    [InlineData("publishDate = 2025-13-45\n", 14, "publishDate = 2025-13-45 is not a real date or time (there is no month 13); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-00-10\n", 7, "date = 2025-00-10 is not a real date or time (there is no month 0); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-01-02T24:00:00\n", 7, "date = 2025-01-02T24:00:00 is not a real date or time (the hour goes up to 23); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-01-02 23:60:00\n", 7, "date = 2025-01-02 23:60:00 is not a real date or time (the minute goes up to 59); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-01-02T23:59:61Z\n", 7, "date = 2025-01-02T23:59:61Z is not a real date or time (the second goes up to 60); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2025-01-02T10:00:00+09:60\n", 7, "date = 2025-01-02T10:00:00+09:60 is not a real date or time (the offset goes up to ±23:59); TOML readers stop here, Hugo's build fails")]
    [InlineData("time = 25:00:00\n", 7, "time = 25:00:00 is not a real date or time (the hour goes up to 23); TOML readers stop here, Hugo's build fails")]
    [InlineData("draft = True\n", 8, "TOML's booleans are lowercase true and false: draft = true")]
    [InlineData("title = \"never closed\n", 8, "the quote is never closed; end the text with \" on the same line")]
    [InlineData("path = \"C:\\new\\dir\"\n", 14, "'\\d' is not a TOML escape; write \\\\ for a backslash, or use single quotes for text with backslashes")]
    [InlineData("[params]\na = 1\n[params]\nb = 2\n", 16, "[params] is already defined on line 1; TOML allows each table once: merge the two")]
    [InlineData("tags = [\"a\" \"b\"]\n", 12, "expected ',' or ']' in the array of 'tags', found '\"'")]
    [InlineData("title =\n", 7, "the value of 'title' is missing; write title = \"\" for an empty text")]
    [InlineData("a = 1 b = 2\n", 6, "'b' follows the value; put each key on its own line, and text in quotes")]
    [InlineData("p = { a = 1, }\n", 11, "an inline table cannot end with a comma; remove it")]
    // Headers, strings, escapes, booleans, tables defined twice, offsets out of range.
    [InlineData("[params\ntitle = 1\n", 7, "a table header ends with ']': [params]")]
    [InlineData("[[resources]\nsrc = 1\n", 12, "a table array header ends with ']]': [[resources]]")]
    [InlineData("= 1\n", 0, "a key is missing before '='")]
    [InlineData("tags = [1, 2\n", 13, "the array of 'tags' is never closed with ']'")]
    [InlineData("p = { a = 1\n}\n", 11, "an inline table stays on one line; close 'p' with '}' or use a [p] table")]
    [InlineData("p = { a 1 }\n", 8, "expected '=' after 'a' in an inline table: { a = \"value\" }")]
    [InlineData("x = \"\"\"abc\n", 4, "the text opened with \"\"\" is never closed")]
    [InlineData("x = 'abc\n", 4, "the quote is never closed; end the text with ' on the same line")]
    [InlineData("x = '''abc\n", 4, "the text opened with ''' is never closed")]
    [InlineData("a = \"\\u00zz\"\n", 5, "\\u needs 4 hex digits of a Unicode scalar value")]
    [InlineData("a = \"\\uD800\"\n", 5, "\\u needs 4 hex digits of a Unicode scalar value")]
    [InlineData("a = \"\\U00110000\"\n", 5, "\\U needs 8 hex digits of a Unicode scalar value")]
    [InlineData("draft = yes\n", 8, "TOML's booleans are lowercase true and false: draft = true")]
    [InlineData("draft = FALSE\n", 8, "TOML's booleans are lowercase true and false: draft = false")]
    [InlineData("\"my key\".x = True\n", 13, "TOML's booleans are lowercase true and false: \"my key\".x = true")]
    [InlineData("\"\" = True\n", 5, "TOML's booleans are lowercase true and false: \"\" = true")]
    [InlineData("[a]\nb = 1\n[a.b]\nc = 1\n", 13, "[a.b] is already defined on line 2; TOML allows each table once: merge the two")]
    [InlineData("a = { b = 1 }\n[a]\nc = 1\n", 15, "[a] is already defined on line 1; TOML allows each table once: merge the two")]
    [InlineData("a = [1]\n[[a]]\n", 10, "'a' is already set as a value on line 1; it cannot also be a table array")]
    [InlineData("date = 2024-01-02T10:30:00+24:00\n", 7, "date = 2024-01-02T10:30:00+24:00 is not a real date or time (the offset goes up to ±23:59); TOML readers stop here, Hugo's build fails")]
    [InlineData("date = 2024-01-02T10:30:00+23:60\n", 7, "date = 2024-01-02T10:30:00+23:60 is not a real date or time (the offset goes up to ±23:59); TOML readers stop here, Hugo's build fails")]
    // At the end of the file (no line break), inside inline tables and arrays, and a text after a closed one.
    [InlineData("tags = [1, 2", 12, "the array of 'tags' is never closed with ']'")]
    [InlineData("p = {", 5, "a key is missing before '='")]
    [InlineData("p = { a = 1", 11, "expected ',' or '}' in the inline table of 'p'")]
    [InlineData("p = { a = 1 b = 2 }", 12, "expected ',' or '}' in the inline table of 'p'")]
    [InlineData("[params", 7, "a table header ends with ']': [params]")]
    [InlineData("draft = on\n", 8, "TOML's booleans are lowercase true and false: draft = true")]
    [InlineData("draft = off\n", 8, "TOML's booleans are lowercase true and false: draft = false")]
    [InlineData("draft = no\n", 8, "TOML's booleans are lowercase true and false: draft = false")]
    [InlineData("draft = False\n", 8, "TOML's booleans are lowercase true and false: draft = false")]
    [InlineData("\"a.b\" = True\n", 8, "TOML's booleans are lowercase true and false: \"a.b\" = true")]
    [InlineData("\"a\\\\b\\\"c\" = True\n", 12, "TOML's booleans are lowercase true and false: \"a\\\\b\\\"c\" = true")]
    [InlineData("tags = [\"a\"]\ntitle = Hello World\n", 21, "text must be in quotes in TOML: title = \"Hello World\"")]
    [InlineData("cover = { a = 1 }\ntitle = Hello World # 주석\n", 26, "text must be in quotes in TOML: title = \"Hello World\"")]
    [InlineData("title = Hello#x\n", 8, "text must be in quotes in TOML: title = \"Hello#x\"")]
    [InlineData("a = { b = 1 }\n[a.c]\nx = 1\n", 15, "'a' is already set to a value on line 1; it cannot also hold keys")]
    [InlineData("a = [{ b = 1 }]\n[[a]]\nx = 1\n", 18, "'a' is already set as a value on line 1; it cannot also be a table array")]
    [InlineData("a = \"\"\"x \\ y\"\"\"\n", 9, "'\\ ' is not a TOML escape; write \\\\ for a backslash, or use single quotes for text with backslashes")]
    [InlineData("a = \"\\uDFFF\"\n", 5, "\\u needs 4 hex digits of a Unicode scalar value")]
    [InlineData("x = 1\n\n[t]\ny = 1\n[t]\n", 18, "[t] is already defined on line 3; TOML allows each table once: merge the two")]
    public void Errors_say_where_and_what_to_write_instead(string toml, int offset, string message)
    {
        var error = Fail(toml);
        Assert.Equal((offset, message), (error.Offset, error.Message));
    }

    [Theory]
    [InlineData("date = 2024-02-29")]
    [InlineData("date = 2000-02-29T00:00:00Z")]
    [InlineData("date = 2025-12-31T23:59:59+14:00")]
    [InlineData("date = 2025-01-02T23:59:60")]
    [InlineData("date = 1979-05-27T07:32:00.999999-07:00")]
    [InlineData("time = 23:59:59")]
    public void Real_dates_and_times_are_read_as_written(string toml)
    {
        var key = toml[..toml.IndexOf(' ', StringComparison.Ordinal)];
        var value = toml[(key.Length + 3)..];
        var scalar = (YScalar)Read(toml + "\n").Get(key)!;
        Assert.Equal((value, true), (scalar.Value, scalar.IsPlain));
    }

    [Fact]
    public void Offsets_are_file_offsets_of_the_slice_read()
    {
        const string text = "+++\ntitle = '글'\n+++\n";
        var root = TomlReader.Parse(text, 4, 16).Root as YMapping;
        var title = root!.Get("title")!;
        Assert.Equal("'글'", text[title.Range.Start..title.Range.End]);
        var error = TomlReader.Parse("+++\ntitle: x\n+++\n", 4, 13).Error!;
        Assert.Equal(4, error.Offset);
    }

    [Fact]
    public void Deep_nesting_is_bounded()
    {
        var deep = "a = " + new string('[', 100) + new string(']', 100) + "\n";
        Assert.Equal("TOML is nested deeper than 64 levels", Fail(deep).Message);
    }

    private static string Esc(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\b", "\\b", StringComparison.Ordinal).Replace("\f", "\\f", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal);

    private static string Style(YScalar s) => s.IsPlain ? "plain" : s.IsQuoted ? "quoted" : "other";

    private static void Dump(string text, YNode node, string path, List<string> lines)
    {
        var range = Esc(text[node.Range.Start..node.Range.End]);
        switch (node)
        {
            case YScalar s:
                lines.Add($"{path} = «{Esc(s.Value)}» {Style(s)} @{node.Range.Start}..{node.Range.End} «{range}»");
                break;
            case YMapping m:
                lines.Add($"{path} = table ({m.Entries.Count}) @{node.Range.Start}..{node.Range.End} «{range}»");
                foreach (var e in m.Entries)
                {
                    var key = (YScalar)e.Key;
                    lines.Add($"{path}.key «{key.Value}» {Style(key)} «{Esc(text[key.Range.Start..key.Range.End])}»");
                    Dump(text, e.Value, path + "." + key.Value, lines);
                }

                break;
            case YSequence q:
                lines.Add($"{path} = array ({q.Items.Count}) @{node.Range.Start}..{node.Range.End} «{range}»");
                for (var i = 0; i < q.Items.Count; i++)
                {
                    Dump(text, q.Items[i], $"{path}[{i}]", lines);
                }

                break;
        }
    }

    [Theory]
    [InlineData("hugo-post.toml")]
    [InlineData("hugo-post-crlf.toml")]
    public void A_whole_hugo_front_matter_reads_into_this_tree(string file)
    {
        // Every node's value, style and exact range in a front matter that uses every TOML form Hugo posts use;
        // the CRLF copy gives the same tree with its own offsets.
        var text = "+++\n" + File.ReadAllText(Repo.Path("tests", "PostLint.Tests", "Yaml", "Snapshots", file)) + "+++\n본문\n";
        var result = TomlReader.Parse(text, 4, text.Length - "+++\n본문\n".Length);
        Assert.True(result.Error is null, $"{result.Error?.Message} at {result.Error?.Offset}");
        var lines = new List<string>();
        Dump(text, result.Root!, "", lines);
        SnapshotFile.Match($"tests/PostLint.Tests/Yaml/Snapshots/{Path.GetFileNameWithoutExtension(file)}.tree.txt", string.Join("\n", lines) + "\n");
    }

    [Theory]
    [InlineData("a = 1", "a", "1")]
    [InlineData("title = \"글\"", "title", "글")]
    [InlineData("k = 'lit'", "k", "lit")]
    [InlineData("k = true", "k", "true")]
    [InlineData("k = 2025-03-01", "k", "2025-03-01")]
    [InlineData("k = 2025-03-01 10:20:30", "k", "2025-03-01 10:20:30")]
    [InlineData("k = \"\"\"여러\n줄\"\"\"", "k", "여러\n줄")]
    [InlineData("k = '''여러\n줄'''", "k", "여러\n줄")]
    [InlineData("a = 1 # 주석", "a", "1")]
    [InlineData("a = 1\n# 주석", "a", "1")]
    [InlineData("[params]\nk = 1", "params.k", "1")]
    [InlineData("[ params ]\nk = 1", "params.k", "1")]
    [InlineData("[[ res ]]\nk = 1", "res[0].k", "1")]
    [InlineData("a . b = 1", "a.b", "1")]
    [InlineData("a = { b = 1 , c = { d = 2 } }", "a.c.d", "2")]
    [InlineData("a = [ [ 1 ] , 2 ]", "a[0][0]", "1")]
    [InlineData("a = \"\"\"x\"\"\"\"", "a", "x\"")]
    [InlineData("a = \"\"\"x\"\"\"\"\"", "a", "x\"\"")]
    [InlineData("a = '''x''''", "a", "x'")]
    [InlineData("a = '''x'''''", "a", "x''")]
    [InlineData("a = \"\"\"x \\  \n   y\"\"\"", "a", "x y")]
    [InlineData("a = \"\"\"x \\\r\n\r\n  y\"\"\"", "a", "x y")]
    [InlineData("a = \"\\u0000\\U0010FFFF\\uE000\"", "a", "\0\U0010FFFF\uE000")]
    [InlineData("a = \"\\b\\t\\n\\f\\r\\\"\\\\\\e\"", "a", "\b\t\n\f\r\"\\\u001b")]
    [InlineData("date = 2025-01-02T10:00:00+23:59", "date", "2025-01-02T10:00:00+23:59")]
    [InlineData("date = 2025-01-02T10:00:00-23:00", "date", "2025-01-02T10:00:00-23:00")]
    public void A_document_without_a_final_line_break_reads_to_its_last_character(string toml, string path, string value)
    {
        // The slice ends at the text's end: nothing may be read past it. The path is keys and [index]es.
        YNode node = Read(toml);
        foreach (Match step in Regex.Matches(path, @"\[(\d+)\]|[^.\[\]]+"))
        {
            node = step.Groups[1].Success
                ? ((YSequence)node).Items[int.Parse(step.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]
                : ((YMapping)node).Get(step.Value)!;
        }

        Assert.Equal(value, ((YScalar)node).Value);
    }

    [Fact]
    public void Nesting_is_accepted_to_the_limit_in_arrays_and_inline_tables()
    {
        Assert.Equal(64, Depth(Read("a = " + new string('[', 64) + new string(']', 64) + "\n").Get("a")!));
        Assert.Equal("TOML is nested deeper than 64 levels", Fail("a = " + new string('[', 65) + new string(']', 65) + "\n").Message);
        var inline = "a = " + string.Concat(Enumerable.Repeat("{ b = ", 64)) + "1" + new string('}', 64) + "\n";
        Assert.Null(TomlReader.Parse(inline, 0, inline.Length).Error);
        var deeper = "a = " + string.Concat(Enumerable.Repeat("{ b = ", 65)) + "1" + new string('}', 65) + "\n";
        Assert.Equal("TOML is nested deeper than 64 levels", Fail(deeper).Message);
    }

    private static int Depth(YNode node) => node is YSequence { Items.Count: > 0 } q ? 1 + Depth(q.Items[0]) : node is YSequence ? 1 : 0;
}
