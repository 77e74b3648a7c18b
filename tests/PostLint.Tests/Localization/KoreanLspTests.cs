using System.Text.Json.Nodes;
using PostLint.Lsp;
using PostLint.Tests.Infrastructure;
using PostLint.Tests.Lsp;

namespace PostLint.Tests.Localization;

/// <summary>
/// The language server speaks the editor's language (the client's <c>locale</c>), unless the config's <c>lang:</c>
/// says otherwise: diagnostics, fix titles, the disable actions and config errors.
/// </summary>
public class KoreanLspTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Post = "---\ntitle: \"컨테이너와 VM의 이해\"\nlast_modified_at: YYYY-MM-DD\n---\n\n컨테이너는 빠른 배포와 확작성 덕분에 널리 쓰입니다.\n";

    private const string PostPath = "_posts/2025-03-01-containers.md";

    [Fact]
    public void A_korean_editor_gets_korean_diagnostics_and_actions()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site, "ko");
        var diagnostics = Open(client, uri);
        var misspelling = diagnostics.Single(d => (string?)d!["code"] == "PL401")!;
        Assert.Equal("'확작성'은 맞춤법 오류입니다. '확장성'으로 쓰세요", (string?)misspelling["message"]);

        var titles = Titles(client, uri, misspelling["range"]!);
        Assert.Equal(["'확장성'으로 바꾸세요", "이 줄에서 misspelling을 끄세요"], titles);
        var placeholder = diagnostics.Single(d => (string?)d!["code"] == "PL201")!;
        Assert.Contains("이 줄에서 placeholder-date를 끄세요", Titles(client, uri, placeholder["range"]!));
        Assert.Contains(Titles(client, uri, placeholder["range"]!), t => t.EndsWith(" (안전하지 않은 수정: 결과를 확인하세요)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_config_s_lang_comes_before_the_editor_s_locale()
    {
        using var site = new TempSite("jekyll");
        site.Write(".postlint.yml", "lang: en\n");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site, "ko-KR");
        var misspelling = Open(client, uri).Single(d => (string?)d!["code"] == "PL401")!;
        Assert.Equal("'확작성' is a misspelling of '확장성'", (string?)misspelling["message"]);
        Assert.Equal(["Replace with '확장성'", "Disable misspelling for this line"], Titles(client, uri, misspelling["range"]!));
    }

    [Fact]
    public void Config_errors_are_shown_in_the_editor_s_language()
    {
        using var site = new TempSite("jekyll");
        var config = site.Write(".postlint.yml", "rules:\n  placeholder-dat: error\n");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site, "ko");
        Open(client, uri);
        var errors = client.WaitForDiagnostics(OpenDocument.UriOf(config))["diagnostics"]!.AsArray();
        Assert.Equal(
            "알 수 없는 규칙 'placeholder-dat'입니다. 'placeholder-date'를 쓰려던 것인가요? (규칙 목록은 'postlint rules'로 확인하세요)",
            (string?)errors.Single()!["message"]);
    }

    private static LspTestClient Started(TempSite site, string locale)
    {
        var client = new LspTestClient(Now);
        client.Request("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = OpenDocument.UriOf(site.Root),
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = OpenDocument.UriOf(site.Root), ["name"] = "site" }),
            ["locale"] = locale,
            ["capabilities"] = new JsonObject(),
        });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    private static JsonArray Open(LspTestClient client, string uri)
    {
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = Post },
        });
        return client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray();
    }

    private static string[] Titles(LspTestClient client, string uri, JsonNode range) =>
        client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = range.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        })["result"]!.AsArray().Select(a => (string)a!["title"]!).ToArray();
}
