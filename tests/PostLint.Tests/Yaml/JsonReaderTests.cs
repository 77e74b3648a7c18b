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
    [InlineData("{\n  \"title\": \"글\"\n  \"draft\": true\n}", 19, "a ',' is missing between the items")]
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
}
