using PostLint.Documents;
using PostLint.Yaml;

namespace PostLint.Tests.Yaml;

public class JsonReaderTests
{
    [Fact]
    public void Strings_read_as_quoted_scalars_and_other_values_as_plain_ones_with_exact_ranges()
    {
        const string json = "{\n  \"title\": \"첫 글 🎉\",\n  \"date\": \"2026-12-02\",\n  \"draft\": false,\n  \"weight\": 10,\n  \"tags\": [\"도커\", \"go\"],\n  \"cover\": {\"image\": \"/images/a.png\"},\n  \"series\": null\n}";
        var result = JsonReader.Parse(json, 0, json.Length);
        Assert.Null(result.Error);
        var root = Assert.IsType<YMapping>(result.Root);
        var title = (YScalar)root.Get("title")!;
        Assert.Equal(("첫 글 🎉", true), (title.Value, title.IsQuoted));
        Assert.Equal("\"첫 글 🎉\"", json[title.Range.Start..title.Range.End]);
        var date = (YScalar)root.Get("date")!;
        Assert.Equal("\"2026-12-02\"", json[date.Range.Start..date.Range.End]);
        var draft = (YScalar)root.Get("draft")!;
        Assert.Equal(("false", true), (draft.Value, draft.IsPlain));
        Assert.Equal("false", json[draft.Range.Start..draft.Range.End]);
        Assert.Equal("/images/a.png", ((YScalar)root.FindPath("cover.image")!.Value).Value);
        Assert.True(((YScalar)root.Get("series")!).IsNull);
        Assert.Equal(["도커", "go"], ((YSequence)root.Get("tags")!).Items.Cast<YScalar>().Select(s => s.Value));
        Assert.Equal("\"cover\"", json[root.Entries[5].Key.Range.Start..root.Entries[5].Key.Range.End]);
        Assert.Equal((0, json.Length), (root.Range.Start, root.Range.End));
    }

    [Theory]
    [InlineData("{\n  \"title\": \"글\",\n}", 16, "JSON allows no comma after the last item: remove it")]
    [InlineData("{\n  \"title\": '글'\n}", 13, "JSON strings use double quotes")]
    [InlineData("{\n  \"title\": \"글\"\n  \"draft\": true\n}", 19, "a ',' is missing between the items; put one after the item before")]
    public void Errors_say_where_and_what_to_write_instead(string json, int offset, string hint)
    {
        var error = JsonReader.Parse(json, 0, json.Length).Error!;
        Assert.Equal(offset, error.Offset);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_keys_are_kept()
    {
        const string json = "{\"title\": \"a\", \"title\": \"b\"}";
        var root = (YMapping)JsonReader.Parse(json, 0, json.Length).Root!;
        Assert.Equal(2, root.Entries.Count);
    }

    [Fact]
    public void Hugo_json_front_matter_ends_at_the_closing_brace()
    {
        const string text = "{\n  \"title\": \"괄호 } 들어간 제목\",\n  \"tags\": [\"a\"]\n}\n\n본문\n";
        var fm = FrontMatter.Find(text, json: true)!;
        Assert.Equal((FrontMatterKind.Json, true), (fm.Kind, fm.IsClosed));
        Assert.Equal("괄호 } 들어간 제목", ((YScalar)fm.Root!.Get("title")!).Value);
        Assert.Equal("\n본문\n", text[fm.Block.End..]);
        Assert.Null(FrontMatter.Find(text));
    }

    private const string Lead = "앞글 🎉\n"; // text before the JSON: ranges stay offsets into the whole text

    private static (YamlParseResult Result, string Text) ParseInside(string json)
    {
        var text = Lead + json + "\n\n본문 }";
        return (JsonReader.Parse(text, Lead.Length, Lead.Length + json.Length), text);
    }

    private static string Slice(string text, YNode node) => text[node.Range.Start..node.Range.End];

    [Fact]
    public void Json_inside_a_file_has_ranges_into_the_file_for_every_node()
    {
        const string json = "{\"태그\": [\"도커\", 3, true], \"cover\": {\"image\": \"/a.png\", \"n\": null}, \"x\": -1.5e3}";
        var (result, text) = ParseInside(json);
        Assert.Null(result.Error);
        var root = Assert.IsType<YMapping>(result.Root);
        Assert.Equal(json, Slice(text, root));
        var tags = (YSequence)root.Get("태그")!;
        Assert.Equal("[\"도커\", 3, true]", Slice(text, tags));
        Assert.Equal(["\"도커\"", "3", "true"], tags.Items.Select(i => Slice(text, i)));
        Assert.Equal([(false, true), (true, false), (true, false)], tags.Items.Cast<YScalar>().Select(i => (i.IsPlain, i.IsQuoted)));
        var cover = (YMapping)root.Get("cover")!;
        Assert.Equal("{\"image\": \"/a.png\", \"n\": null}", Slice(text, cover));
        Assert.Equal(["\"image\"", "\"n\""], cover.Entries.Select(e => Slice(text, e.Key)));
        var key = (YScalar)root.Entries[0].Key;
        Assert.Equal(("태그", false, true), (key.Value, key.IsPlain, key.IsQuoted));
        Assert.Equal("-1.5e3", Slice(text, root.Get("x")!));
    }

    [Fact]
    public void An_empty_object_and_array_have_their_brackets_as_range()
    {
        var (result, text) = ParseInside("{\"a\": {}, \"b\": []}");
        var root = (YMapping)result.Root!;
        Assert.Equal(("{}", "[]"), (Slice(text, root.Get("a")!), Slice(text, root.Get("b")!)));
        Assert.Empty(((YMapping)root.Get("a")!).Entries);
    }

    [Theory]
    [InlineData("{\n  \"title\": \"글\" // 주석\n}", "// 주석", "'/' cannot start a value; JSON has no comments: remove it")]
    [InlineData("{\n  # 주석\n  \"title\": \"글\"\n}", "# 주석", "'#' cannot start a value; JSON has no comments: remove it")]
    [InlineData("{\"tags\": [\"a\",\n  ]\n}", ",\n  ]", "a comma follows the last item; JSON allows no comma after the last item: remove it")]
    [InlineData("{\"n\": 1 \"m\": 2}", "\"m\"", "a ',' is missing between the items; put one after the item before")]
    [InlineData("{\"n\": true \"m\": 2}", "\"m\"", "a ',' is missing between the items; put one after the item before")]
    [InlineData("{\"n\": null \"m\": 2}", "\"m\"", "a ',' is missing between the items; put one after the item before")]
    [InlineData("{\"n\": [1] \"m\": 2}", "\"m\"", "a ',' is missing between the items; put one after the item before")]
    [InlineData("{\"n\": {} \"m\": 2}", "\"m\"", "a ',' is missing between the items; put one after the item before")]
    public void Common_mistakes_are_named_at_their_character(string json, string at, string hint)
    {
        var (result, text) = ParseInside(json);
        var error = result.Error!;
        Assert.Equal(Lead.Length + json.IndexOf(at, StringComparison.Ordinal), error.Offset);
        Assert.Equal(1, error.Length);
        Assert.Equal(hint, error.Message);
        Assert.NotNull(error.Text);
        Assert.Equal(at[0], text[error.Offset]);
    }

    [Fact]
    public void Other_errors_keep_the_reader_message_lower_cased_and_without_its_position()
    {
        const string json = "{\"draft\": tru}";
        var (result, _) = ParseInside(json);
        var error = result.Error!;
        Assert.Equal(Lead.Length + json.IndexOf("tru", StringComparison.Ordinal), error.Offset);
        Assert.Equal("'tru}' is an invalid JSON literal. Expected the literal 'true'", error.Message);
        Assert.Null(error.Text);
    }

    [Theory]
    [InlineData("{\"title\": \"글\",\n \"tags\": [\"a\"]\n", "the '{' is never closed; end the object with '}'", "'{'를 닫지 않았습니다. '}'로 객체를 끝내세요")]
    [InlineData("{\"title\": \"글\",\n \"tags\": [\"a\"", "the '{' is never closed; end the object with '}'", "'{'를 닫지 않았습니다. '}'로 객체를 끝내세요")]
    [InlineData("[\"a\", {\"b\": 1}\n\n", "the '[' is never closed; end the array with ']'", "'['를 닫지 않았습니다. ']'로 배열을 끝내세요")]
    public void A_bracket_left_open_at_the_end_is_named_where_it_opens(string json, string english, string korean)
    {
        var (result, _) = ParseInside(json);
        var error = result.Error!;
        Assert.Equal((Lead.Length, 1), (error.Offset, error.Length));
        Assert.Equal(english, error.Message);
        Assert.Equal(korean, error.MessageIn(PostLint.Localization.Language.Korean));
    }

    [Theory]
    [InlineData("{\"draft\": true}}", 15, 1, "'}' is invalid after a single JSON value. Expected end of data")]
    [InlineData("  \n ", 4, 0, "the input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true")]
    public void Other_errors_keep_the_reader_message_starting_lower_case(string json, int offset, int length, string message)
    {
        var (result, _) = ParseInside(json);
        var error = result.Error!;
        Assert.Equal((Lead.Length + offset, length), (error.Offset, error.Length));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Escapes_read_as_hugo_reads_them_and_an_escaped_lone_surrogate_is_a_replacement_character()
    {
        // Hugo (Go's encoding/json) renders this title as "a\uFFFDb\uFFFDc🎉d\uFFFDAe\uFFFD\uFFFD"; Utf8JsonReader.GetString throws on it.
        const string json = "{\"제목\\ud800\": \"a\\ud800b\\udc00c\\ud83c\\udf89d\\ud800\\u0041e\\ud800\\ud800\", \"x\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\\\u0041 끝\"}";
        var (result, text) = ParseInside(json);
        Assert.Null(result.Error);
        var root = (YMapping)result.Root!;
        var title = (YScalar)root.Entries[0].Value;
        Assert.Equal(("제목\uFFFD", "a\uFFFDb\uFFFDc🎉d\uFFFDAe\uFFFD\uFFFD"), (((YScalar)root.Entries[0].Key).Value, title.Value));
        Assert.Equal("\"a\\ud800b\\udc00c\\ud83c\\udf89d\\ud800\\u0041e\\ud800\\ud800\"", Slice(text, title));
        Assert.Equal("\"\\/\b\f\n\r\té\\u0041 끝", ((YScalar)root.Get("x")!).Value);
    }

    [Theory]
    [InlineData("{\"tags\": [\"도커\",, \"go\"]}", ",, ", 1, "',' is an invalid start of a value")]
    [InlineData("{\"a\": 01}", "01", 0, "invalid leading zero before '1'")]
    [InlineData("\"제목", "\"제목", 0, "expected end of string, but instead reached end of data")]
    [InlineData("{\n\u3000\"title\": \"글\"\n}", "\u3000", 0, "'0xE3' is an invalid start of a property name. Expected a '\"'")]
    [InlineData("{\"title\": \"글\"\u00a0\n", "\u00a0", 0, "'0xC2' is invalid after a value. Expected either ',', '}', or ']'")]
    public void Other_mistakes_are_the_reader_message_at_their_character(string json, string at, int skip, string message)
    {
        var (result, text) = ParseInside(json);
        var error = result.Error!;
        Assert.Equal(Lead.Length + json.IndexOf(at, StringComparison.Ordinal) + skip, error.Offset);
        Assert.Equal((1, message), (error.Length, error.Message));
        Assert.Null(error.Text);
        Assert.Equal(at[skip], text[error.Offset]);
    }

    [Fact]
    public void An_error_at_the_very_end_of_the_file_points_at_the_end()
    {
        const string json = "  \n ";
        var error = JsonReader.Parse(json, 0, json.Length).Error!;
        Assert.Equal((json.Length, 0), (error.Offset, error.Length));
        Assert.StartsWith("the input does not contain any JSON tokens", error.Message, StringComparison.Ordinal);
    }
}
