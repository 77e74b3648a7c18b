using System.Diagnostics;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PostLint.Lsp;

namespace PostLint.Benchmarks;

/// <summary>
/// The editor's wait: from a <c>didChange</c> on a 50 KB Korean post to its <c>publishDiagnostics</c>, through the
/// server's real framing, JSON, lint thread and debounce, over OS pipes. Each operation toggles one word between a
/// misspelling and its correction, so every lint has a different text and finding list.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LspLatency
{
    private LspConnection _connection = null!;
    private string _uri = "";
    private int _version = 1;
    private (int Line, int Character) _word;

    /// <summary>The server's debounce: 0 is the lint alone, 5 ms the default an editor gets.</summary>
    [Params(0, LspServer.DefaultDebounceMs)]
    public int DebounceMs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = LspPosts.Korean50K();
        var root = Path.Combine(Path.GetTempPath(), "postlint-bench-lsp");
        Directory.CreateDirectory(Path.Combine(root, "_posts"));
        File.WriteAllText(Path.Combine(root, "_config.yml"), "url: https://me.github.io\n");
        var path = Path.Combine(root, "_posts", "2025-03-01-big.md");
        File.WriteAllText(path, text);
        _uri = OpenDocument.UriOf(path);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("확장성", StringComparison.Ordinal));
        _word = (line, lines[line].IndexOf("확장성", StringComparison.Ordinal));

        _connection = LspConnection.InProcess();
        _connection.Initialize(root, DebounceMs);
        _connection.Open(_uri, text);
        _connection.WaitForVersion(_uri, 1);
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark]
    public void DidChangeToPublishDiagnostics()
    {
        _version++;
        _connection.Replace(_uri, _version, _word.Line, _word.Character, 3, _version % 2 == 0 ? "확작성" : "확장성");
        _connection.WaitForVersion(_uri, _version);
    }
}

/// <summary>Posts for the LSP measurements.</summary>
public static class LspPosts
{
    /// <summary>A Korean and English post of about 50 KB of UTF-8 (<see cref="LargePost"/>, grown to size).</summary>
    public static string Korean50K()
    {
        var sections = 10;
        string text;
        while (Encoding.UTF8.GetByteCount(text = LargePost.Build(sections)) < 50 * 1024)
        {
            sections += 2;
        }

        return text;
    }
}

/// <summary>A minimal LSP client over a server's standard input and output (in process over pipes, or a child process).</summary>
public sealed class LspConnection : IDisposable
{
    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly Action _dispose;
    private readonly Dictionary<string, int> _published = new(StringComparer.Ordinal);
    private readonly Thread _reader;
    private int _nextId;

    private LspConnection(Stream toServer, Stream fromServer, Action dispose)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _dispose = dispose;
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "bench-lsp-reader" };
        _reader.Start();
    }

    /// <summary>Publishes seen so far, by URI (for the memory run's check).</summary>
    public int PublishCount { get; private set; }

    /// <summary>An <see cref="LspServer"/> on a thread of this process.</summary>
    public static LspConnection InProcess()
    {
        var toServer = new AnonymousPipeServerStream(PipeDirection.Out);
        var fromServer = new AnonymousPipeServerStream(PipeDirection.In);
        var serverIn = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
        var serverOut = new AnonymousPipeClientStream(PipeDirection.Out, fromServer.ClientSafePipeHandle);
        var server = new Thread(() =>
        {
            new LspServer(serverIn, serverOut, TextWriter.Null).Run();
            serverOut.Dispose();
        }) { IsBackground = true };
        server.Start();
        return new LspConnection(toServer, fromServer, () =>
        {
            toServer.Dispose();
            server.Join();
            fromServer.Dispose();
        });
    }

    /// <summary><c>POSTLINT lsp</c> as a child process.</summary>
    public static LspConnection Process(string postlint, out System.Diagnostics.Process process)
    {
        var info = new ProcessStartInfo(postlint) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (postlint.EndsWith(".dll", StringComparison.Ordinal))
        {
            info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            info.ArgumentList.Add(postlint);
        }

        info.ArgumentList.Add("lsp");
        var child = System.Diagnostics.Process.Start(info)!;
        process = child;
        return new LspConnection(child.StandardInput.BaseStream, child.StandardOutput.BaseStream, () =>
        {
            child.StandardInput.Close();
            child.WaitForExit(10_000);
        });
    }

    public void Initialize(string root, int debounceMs)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new JsonObject
        {
            ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = "initialize",
            ["params"] = new JsonObject
            {
                ["rootUri"] = OpenDocument.UriOf(root),
                ["capabilities"] = new JsonObject(),
                ["initializationOptions"] = new JsonObject { ["debounceMs"] = debounceMs },
            },
        });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JsonObject() });
    }

    public void Open(string uri, string text) => Send(new JsonObject
    {
        ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen",
        ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } },
    });

    public void Close(string uri) => Send(new JsonObject
    {
        ["jsonrpc"] = "2.0", ["method"] = "textDocument/didClose",
        ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } },
    });

    /// <summary>Sends a didChange replacing <paramref name="length"/> characters at a position.</summary>
    public void Replace(string uri, int version, int line, int character, int length, string text) => Send(new JsonObject
    {
        ["jsonrpc"] = "2.0", ["method"] = "textDocument/didChange",
        ["params"] = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                    ["end"] = new JsonObject { ["line"] = line, ["character"] = character + length },
                },
                ["text"] = text,
            }),
        },
    });

    /// <summary>Waits until diagnostics of <paramref name="version"/> (or later) of the document are published.</summary>
    public void WaitForVersion(string uri, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        lock (_published)
        {
            while (!_published.TryGetValue(uri, out var got) || got < version)
            {
                if (!Monitor.Wait(_published, deadline - DateTime.UtcNow) && DateTime.UtcNow >= deadline)
                {
                    throw new TimeoutException($"no diagnostics for {uri} v{version}");
                }
            }
        }
    }

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _toServer.Write(body);
        _toServer.Flush();
    }

    private void ReadLoop()
    {
        try
        {
            var header = new StringBuilder();
            while (true)
            {
                header.Clear();
                int b;
                while ((b = _fromServer.ReadByte()) >= 0)
                {
                    header.Append((char)b);
                    if (header.Length >= 4 && header[^1] == '\n' && header[^3] == '\n')
                    {
                        break;
                    }
                }

                if (b < 0)
                {
                    return;
                }

                var text = header.ToString();
                var at = text.IndexOf("Content-Length:", StringComparison.OrdinalIgnoreCase) + "Content-Length:".Length;
                var length = int.Parse(text[at..text.IndexOf('\r', at)].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var body = new byte[length];
                _fromServer.ReadExactly(body);
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                if (root.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics")
                {
                    var p = root.GetProperty("params");
                    var uri = p.GetProperty("uri").GetString()!;
                    var version = p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : int.MaxValue;
                    lock (_published)
                    {
                        PublishCount++;
                        _published[uri] = version;
                        Monitor.PulseAll(_published);
                    }
                }
            }
        }
        catch (IOException)
        {
        }
    }

    public void Dispose() => _dispose();
}
