using System.Diagnostics;
using System.Text.Json.Nodes;
using PostLint.Lsp;
using PostLint.Lsp.Protocol;
using PostLint.Rules;
using PostLint.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PostLint.Tests.Lsp;

/// <summary>
/// Drives <c>postlint lsp</c>'s server over pipes with the messages an editor sends: initialize, didOpen of a Korean
/// post in a Jekyll site, publishDiagnostics, a code action that fixes <c>확작성</c> applied as the editor applies it,
/// didChange, didChangeWatchedFiles, didClose, malformed input, shutdown and exit.
/// </summary>
public sealed class LspProtocolTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A post shaped like the project's seed post: template images, a placeholder date, a misspelling, a table.</summary>
    private const string Post = """
        ---
        title: "컨테이너와 VM의 이해"
        header:
          teaser: /assets/images/teaser-image.jpg
        last_modified_at: YYYY-MM-DD
        ---

        ## 개요
        컨테이너 기술은 빠른 배포와 확작성 덕분에 다양한 환경에서 활용됩니다.

        | 비교 항목 | 컨테이너 | VM |
        |:---|:---|:---|
        | 부팅 속도 | 빠름 😀 확작성 | 느림 |

        ![구조](/assets/images/diagram.png)
        """;

    private const string PostPath = "_posts/2025-03-01-containers-vs-vm.md";

    [Fact]
    public void An_editor_session_reports_fixes_and_clears_the_misspelling()
    {
        using var site = new TempSite("jekyll");
        var path = site.Write(PostPath, Post);
        var uri = OpenDocument.UriOf(path);
        using var client = new LspTestClient(Now);

        var init = client.Request("initialize", InitializeParams(site.Root, documentChanges: true));
        var capabilities = init["result"]!["capabilities"]!;
        Assert.Equal(TextDocumentSyncKind.Incremental, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.Equal("quickfix", (string?)capabilities["codeActionProvider"]!["codeActionKinds"]![0]);
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        client.Notify("initialized", new JsonObject());

        var watch = Stopwatch.StartNew();
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = Post },
        });
        var opened = client.WaitForDiagnostics(uri, 1);
        output.WriteLine($"didOpen -> publishDiagnostics (first lint, cold): {watch.Elapsed.TotalMilliseconds:0.0} ms");

        var diagnostics = opened["diagnostics"]!.AsArray();
        var misspelling = Find(diagnostics, "PL401", line: 8);
        var lineText = Post.Split('\n')[8];
        Assert.Equal(Range(8, lineText.IndexOf("확작성", StringComparison.Ordinal), 3), Range(misspelling));
        Assert.Equal(DiagnosticSeverity.Warning, (int)misspelling["severity"]!);
        Assert.Equal("postlint", (string?)misspelling["source"]);
        Assert.Equal("'확작성' is a misspelling of '확장성'", (string?)misspelling["message"]);
        Assert.Equal(BuiltInRules.CreateCatalog().Find("PL401")!.HelpUri, (string?)misspelling["codeDescription"]!["href"]);

        // UTF-16 columns: the emoji before the second misspelling is two code units.
        var row = Post.Split('\n')[12];
        Assert.Equal(Range(12, row.IndexOf("확작성", StringComparison.Ordinal), 3), Range(Find(diagnostics, "PL401", line: 12)));
        Assert.Equal(DiagnosticSeverity.Error, (int)Find(diagnostics, "PL201", line: 4)["severity"]!);
        Find(diagnostics, "PL301", line: 3);
        Find(diagnostics, "PL301", line: 14);

        var actions = client.Request("textDocument/codeAction", CodeActionParams(uri, misspelling["range"]!))["result"]!.AsArray();
        var fix = actions.Single(a => (string?)a!["title"] == "Replace with '확장성'")!;
        Assert.True((bool)fix["isPreferred"]!);
        Assert.Equal("quickfix", (string?)fix["kind"]);
        Assert.Contains(actions, a => (string?)a!["title"] == "Disable misspelling for this line" && a["isPreferred"] is null);
        var documentEdit = fix["edit"]!["documentChanges"]![0]!;
        Assert.Equal(1, (int)documentEdit["textDocument"]!["version"]!);

        // The editor applies the edit and sends it back as an incremental change.
        var edit = documentEdit["edits"]![0]!;
        var fixedText = Apply(Post, edit);
        Assert.Contains("빠른 배포와 확장성 덕분에", fixedText, StringComparison.Ordinal);
        watch.Restart();
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = edit["range"]!.DeepClone(), ["text"] = (string?)edit["newText"] }),
        });
        var changed = client.WaitForDiagnostics(uri, 2)["diagnostics"]!.AsArray();
        output.WriteLine($"didChange -> publishDiagnostics (warm): {watch.Elapsed.TotalMilliseconds:0.0} ms");
        Assert.DoesNotContain(changed, d => (string?)d!["code"] == "PL401" && (int)d["range"]!["start"]!["line"]! == 8);
        Assert.Equal(diagnostics.Count - 1, changed.Count);

        // The file on disk was never written: the buffer is what was linted.
        Assert.Equal(Post, File.ReadAllText(path));

        var shutdown = client.Request("shutdown", null);
        Assert.True(shutdown.ContainsKey("result") && shutdown["result"] is null);
        client.Notify("exit", null);
        Assert.Equal(0, client.WaitForExit());
    }

    [Fact]
    public void Edits_during_a_burst_are_linted_at_their_last_version()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site);
        Open(client, uri, Post);
        client.WaitForDiagnostics(uri, 1);

        // Ten single-character edits typed at the end of the heading, then the typo is fixed: the last version is published.
        var typed = Post;
        for (var version = 2; version <= 11; version++)
        {
            client.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = RangeNode(7, 5, 7, 5), ["text"] = "가" }),
            });
            typed = Apply(typed, new JsonObject { ["range"] = RangeNode(7, 5, 7, 5), ["newText"] = "가" });
        }

        var full = typed.Replace("확작성 덕분에", "확장성 덕분에", StringComparison.Ordinal);
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 12 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = full }),
        });
        var last = client.WaitForDiagnostics(uri, 12)["diagnostics"]!.AsArray();
        Assert.DoesNotContain(last, d => (string?)d!["code"] == "PL401" && (int)d["range"]!["start"]!["line"]! == 8);
        Assert.Contains(last, d => (string?)d!["code"] == "PL401" && (int)d["range"]!["start"]!["line"]! == 12);
    }

    [Fact]
    public void Adding_the_missing_image_clears_its_finding_after_the_watched_file_event()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site);
        Open(client, uri, Post);
        Find(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray(), "PL301", line: 14);

        var image = site.Write("assets/images/diagram.png", "png");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = OpenDocument.UriOf(image), ["type"] = 1 }),
        });
        var after = client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray();
        Assert.DoesNotContain(after, d => (string?)d!["code"] == "PL301" && (int)d["range"]!["start"]!["line"]! == 14);
        Find(after, "PL301", line: 3);
    }

    [Fact]
    public void A_changed_config_applies_to_open_documents_and_config_errors_show_on_the_config()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site);
        Open(client, uri, Post);
        Find(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray(), "PL401", line: 8);

        var config = site.Write(".postlint.yml", "rules:\n  misspelling: off\n");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = OpenDocument.UriOf(config), ["type"] = 1 }),
        });
        Assert.DoesNotContain(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "PL401");

        File.WriteAllText(config, "rules:\n  no-such-rule: error\n");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = OpenDocument.UriOf(config), ["type"] = 2 }),
        });
        Find(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray(), "PL401", line: 8); // defaults while the config is broken
        var configDiagnostics = client.WaitForDiagnostics(OpenDocument.UriOf(config))["diagnostics"]!.AsArray();
        var error = Assert.Single(configDiagnostics)!;
        Assert.Equal(1, (int)error["range"]!["start"]!["line"]!);
        Assert.Contains("no-such-rule", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_actions_write_suppressions_that_hide_the_findings()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site);
        Open(client, uri, Post);
        var diagnostics = client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray();

        var text = Post;
        var version = 1;
        foreach (var (code, line, expected) in new[]
        {
            ("PL401", 12, "| 부팅 속도 | 빠름 😀 확작성 | 느림 <!-- postlint-disable-line misspelling --> |"),
            ("PL401", 8, "컨테이너 기술은 빠른 배포와 확작성 덕분에 다양한 환경에서 활용됩니다. <!-- postlint-disable-line misspelling -->"),
            ("PL201", 4, "# postlint-disable-next-line placeholder-date"),
            ("PL301", 3, "  # postlint-disable-next-line broken-image-path"),
        })
        {
            var finding = Find(diagnostics, code, line);
            var actions = client.Request("textDocument/codeAction", CodeActionParams(uri, finding["range"]!))["result"]!.AsArray();
            var disable = actions.Single(a => ((string?)a!["title"])!.StartsWith("Disable ", StringComparison.Ordinal) && (string?)a["diagnostics"]![0]!["code"] == code)!;
            var edit = disable["edit"]!["documentChanges"]![0]!["edits"]![0]!;
            text = Apply(text, edit);
            Assert.Contains(expected, text.Split('\n'));
            version++;
            client.Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
            diagnostics = client.WaitForDiagnostics(uri, version)["diagnostics"]!.AsArray();
            Assert.DoesNotContain(diagnostics, d => (string?)d!["code"] == code && ((string?)d["message"])!.Contains(code == "PL301" ? "teaser" : code == "PL401" ? "확작성" : "YYYY", StringComparison.Ordinal) && LineOf(d!) == (code is "PL201" or "PL301" ? line + 1 : line));
        }

        Assert.DoesNotContain(diagnostics, d => (string?)d!["code"] is "PL002");
    }

    [Fact]
    public void Closing_a_document_clears_its_diagnostics()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = Started(site);
        Open(client, uri, Post);
        Assert.NotEmpty(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray());
        client.Notify("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        var closed = client.WaitForDiagnostics(uri);
        Assert.Empty(closed["diagnostics"]!.AsArray());
        Assert.Null(closed["version"]);
    }

    [Fact]
    public void Bad_input_gets_error_responses_and_the_server_keeps_serving()
    {
        using var site = new TempSite("jekyll");
        var uri = OpenDocument.UriOf(site.Write(PostPath, Post));
        using var client = new LspTestClient(Now);

        var early = client.Request("textDocument/codeAction", CodeActionParams(uri, RangeNode(0, 0, 0, 0)));
        Assert.Equal(ErrorCodes.ServerNotInitialized, (int)early["error"]!["code"]!);
        client.Request("initialize", InitializeParams(site.Root, documentChanges: false));

        client.SendRaw("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":");
        var parse = client.WaitFor(m => m["error"] is not null && m["id"] is null, "a parse error");
        Assert.Equal(ErrorCodes.ParseError, (int)parse["error"]!["code"]!);

        client.SendRaw("[1, 2]");
        Assert.Equal(ErrorCodes.InvalidRequest, (int)client.WaitFor(m => m["error"] is not null, "an invalid request error")["error"]!["code"]!);

        Assert.Equal(ErrorCodes.MethodNotFound, (int)client.Request("textDocument/hover", new JsonObject())["error"]!["code"]!);
        Assert.Equal(ErrorCodes.InvalidParams, (int)client.Request("textDocument/codeAction", new JsonArray())["error"]!["code"]!);
        Assert.Equal(ErrorCodes.InvalidParams, (int)client.Request("textDocument/codeAction", new JsonObject { ["textDocument"] = 5 })["error"]!["code"]!);

        // A change to a document that is not open, a notification with broken params: logged, nothing sent, no crash.
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = "file:///nowhere.md", ["version"] = 2 },
            ["contentChanges"] = new JsonArray(),
        });
        client.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = "not an object" });

        // A header without Content-Length: a parse error, and the next message is read.
        client.SendRawFrame("Content-Type: application/vscode-jsonrpc\r\n\r\n");
        Assert.Equal(ErrorCodes.ParseError, (int)client.WaitFor(m => m["error"] is not null && m["id"] is null, "a framing error")["error"]!["code"]!);

        // A post no rule can make sense of is still linted and reported.
        var hostile = new string('>', 50_000) + " 확작성\n";
        Open(client, uri, hostile);
        var diagnostics = client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray();
        Assert.NotEmpty(diagnostics);

        // No documentChanges capability: code actions carry plain changes.
        Open(client, uri, Post);
        var misspelling = Find(client.WaitForDiagnostics(uri, 1)["diagnostics"]!.AsArray(), "PL401", line: 8);
        var action = client.Request("textDocument/codeAction", CodeActionParams(uri, misspelling["range"]!))["result"]![0]!;
        Assert.NotNull(action["edit"]!["changes"]![uri]);

        Assert.Null(client.Request("shutdown", null)["error"]);
        Assert.Equal(ErrorCodes.InvalidRequest, (int)client.Request("textDocument/codeAction", CodeActionParams(uri, RangeNode(0, 0, 0, 0)))["error"]!["code"]!);
        client.Notify("exit", null);
        Assert.Equal(0, client.WaitForExit());
    }

    [Fact]
    public void Exit_without_shutdown_ends_with_code_1()
    {
        using var client = new LspTestClient(Now);
        client.Notify("exit", null);
        Assert.Equal(1, client.WaitForExit());
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 0, 1, 1)]
    [InlineData("a\nb\r\nc\rd", 1, 1, 3)]
    [InlineData("a\nb\r\nc\rd", 2, 0, 5)]
    [InlineData("a\nb\r\nc\rd", 3, 1, 8)]
    [InlineData("a\nb\r\nc\rd", 3, 9, 8)]
    [InlineData("a\nb\r\nc\rd", 9, 0, 8)]
    [InlineData("ab\ncd", 0, 9, 2)]
    [InlineData("😀x\n", 0, 2, 2)]
    public void Lsp_positions_become_utf16_offsets_with_every_line_break(string text, int line, int character, int offset) =>
        Assert.Equal(offset, OpenDocument.ToOffset(text, new Position(line, character)));

    [Fact]
    public void File_uris_round_trip_with_korean_names_and_spaces()
    {
        var path = "/tmp/사이트/_posts/2025-03-01-한글 글.md";
        var uri = OpenDocument.UriOf(path);
        Assert.Equal("file:///tmp/%EC%82%AC%EC%9D%B4%ED%8A%B8/_posts/2025-03-01-%ED%95%9C%EA%B8%80%20%EA%B8%80.md", uri);
        Assert.Equal(path, OpenDocument.PathOf(uri));
        Assert.Null(OpenDocument.PathOf("untitled:Untitled-1"));
    }

    private static LspTestClient Started(TempSite site)
    {
        var client = new LspTestClient(Now);
        client.Request("initialize", InitializeParams(site.Root, documentChanges: true));
        client.Notify("initialized", new JsonObject());
        return client;
    }

    private static void Open(LspTestClient client, string uri, string text) =>
        client.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
        });

    private static JsonObject InitializeParams(string root, bool documentChanges) => new()
    {
        ["processId"] = null,
        ["rootUri"] = OpenDocument.UriOf(root),
        ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = OpenDocument.UriOf(root), ["name"] = "site" }),
        ["locale"] = "en",
        ["capabilities"] = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["workspaceEdit"] = new JsonObject { ["documentChanges"] = documentChanges },
                ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = false },
            },
        },
    };

    private static JsonObject CodeActionParams(string uri, JsonNode range) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["range"] = range.DeepClone(),
        ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
    };

    private static JsonObject RangeNode(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    private static JsonObject Find(JsonArray diagnostics, string code, int line) =>
        (JsonObject?)diagnostics.FirstOrDefault(d => (string?)d!["code"] == code && LineOf(d!) == line)
        ?? throw new Xunit.Sdk.XunitException($"no {code} on line {line}; got: {diagnostics.ToJsonString()}");

    private static int LineOf(JsonNode diagnostic) => (int)diagnostic["range"]!["start"]!["line"]!;

    private static (int, int, int, int) Range(int line, int character, int length) => (line, character, line, character + length);

    private static (int, int, int, int) Range(JsonNode diagnostic)
    {
        var r = diagnostic["range"]!;
        return ((int)r["start"]!["line"]!, (int)r["start"]!["character"]!, (int)r["end"]!["line"]!, (int)r["end"]!["character"]!);
    }

    /// <summary>Applies one LSP text edit to a text, as an editor does.</summary>
    private static string Apply(string text, JsonNode edit)
    {
        var range = edit["range"]!;
        var start = OpenDocument.ToOffset(text, new Position((int)range["start"]!["line"]!, (int)range["start"]!["character"]!));
        var end = OpenDocument.ToOffset(text, new Position((int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
        return string.Concat(text.AsSpan(0, start), (string?)edit["newText"], text.AsSpan(end));
    }
}
