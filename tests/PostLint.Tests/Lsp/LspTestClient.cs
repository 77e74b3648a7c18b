using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using PostLint.Lsp;

namespace PostLint.Tests.Lsp;

/// <summary>
/// An LSP client for tests: runs <see cref="LspServer"/> on its own thread over two OS pipes and speaks to it in
/// Content-Length framed JSON, as an editor does. Every message the server sends is kept in order.
/// </summary>
public sealed class LspTestClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly AnonymousPipeServerStream _toServer = new(PipeDirection.Out, HandleInheritability.None);
    private readonly AnonymousPipeServerStream _fromServer = new(PipeDirection.In, HandleInheritability.None);
    private readonly AnonymousPipeClientStream _serverInput;
    private readonly AnonymousPipeClientStream _serverOutput;
    private readonly BlockingCollection<JsonObject> _received = new();
    private readonly List<JsonObject> _unclaimed = [];
    private readonly Thread _server;
    private readonly Thread _reader;
    private readonly StringWriter _log = new();
    private int _nextId;

    public LspTestClient(DateTimeOffset now)
    {
        _serverInput = new AnonymousPipeClientStream(PipeDirection.In, _toServer.ClientSafePipeHandle);
        _serverOutput = new AnonymousPipeClientStream(PipeDirection.Out, _fromServer.ClientSafePipeHandle);
        var server = new LspServer(_serverInput, _serverOutput, TextWriter.Synchronized(_log), () => now);
        _server = new Thread(() =>
        {
            ExitCode = server.Run();
            _serverOutput.Dispose();
        }) { IsBackground = true, Name = "test-lsp-server" };
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "test-lsp-client-reader" };
        _server.Start();
        _reader.Start();
    }

    /// <summary>The server's exit code once it stopped.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>What the server logged on its error stream.</summary>
    public string Log => _log.ToString();

    /// <summary>Sends raw bytes as one framed message body.</summary>
    public void SendRaw(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        _toServer.Write(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
        _toServer.Write(bytes);
        _toServer.Flush();
    }

    /// <summary>Sends bytes exactly as given (a broken frame).</summary>
    public void SendRawFrame(string raw)
    {
        _toServer.Write(Encoding.UTF8.GetBytes(raw));
        _toServer.Flush();
    }

    public void Notify(string method, JsonNode? parameters) =>
        SendRaw(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }.ToJsonString());

    /// <summary>Sends a request and waits for its response (other messages are kept for later).</summary>
    public JsonObject Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            request["params"] = parameters;
        }

        SendRaw(request.ToJsonString());
        return WaitFor(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var got) && got == id && m["method"] is null, $"the response to {method}");
    }

    /// <summary>Waits for the next publishDiagnostics of <paramref name="uri"/> (at <paramref name="version"/> when given).</summary>
    public JsonObject WaitForDiagnostics(string uri, int? version = null) =>
        (JsonObject)WaitFor(
            m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri &&
                 (version is null || (int?)m["params"]!["version"] == version),
            $"diagnostics of {uri} v{version}")["params"]!;

    /// <summary>Waits for a message from the server that matches, taking it out of the kept ones.</summary>
    public JsonObject WaitFor(Func<JsonObject, bool> match, string what)
    {
        lock (_unclaimed)
        {
            var kept = _unclaimed.FindIndex(m => match(m));
            if (kept >= 0)
            {
                var found = _unclaimed[kept];
                _unclaimed.RemoveAt(kept);
                return found;
            }
        }

        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_received.TryTake(out var message, left))
            {
                throw new TimeoutException($"no {what} within {Timeout.TotalSeconds} s; server log:\n{Log}");
            }

            if (match(message))
            {
                return message;
            }

            lock (_unclaimed)
            {
                _unclaimed.Add(message);
            }
        }
    }

    /// <summary>Closes the server's input and waits for it to stop.</summary>
    public int WaitForExit()
    {
        if (!_server.Join(Timeout))
        {
            throw new TimeoutException("the server did not stop");
        }

        return ExitCode!.Value;
    }

    private void ReadLoop()
    {
        try
        {
            while (true)
            {
                var length = -1;
                string? line;
                while ((line = ReadLine()) is { Length: > 0 })
                {
                    if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    }
                }

                if (line is null || length < 0)
                {
                    break;
                }

                var body = new byte[length];
                _fromServer.ReadExactly(body);
                _received.Add((JsonObject)JsonNode.Parse(body)!);
            }
        }
        catch (IOException)
        {
        }
        finally
        {
            _received.CompleteAdding();
        }
    }

    private string? ReadLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = _fromServer.ReadByte();
            if (b < 0)
            {
                return null;
            }

            if (b == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add((byte)b);
        }
    }

    public void Dispose()
    {
        _toServer.Dispose();
        _server.Join(Timeout);
        _fromServer.Dispose();
        _serverInput.Dispose();
    }
}
