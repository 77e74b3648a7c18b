using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PostLint.Lsp.Protocol;

/// <summary>
/// JSON-RPC 2.0 messages framed as the Language Server Protocol frames them: a header part of <c>Name: value</c> lines
/// (only <c>Content-Length</c> is required), an empty line, then exactly that many bytes of UTF-8 JSON. Reads happen on
/// one thread; writes may come from any thread and are sent whole, one at a time.
/// </summary>
public sealed class MessageTransport
{
    /// <summary>Messages larger than this are refused (a 10 MB post is PostLint's own file limit; JSON escapes grow it).</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly object _writeLock = new();
    private readonly System.Collections.Concurrent.BlockingCollection<ReadOnlyMemory<byte>> _outgoing = new();
    private Thread? _writer;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Creates a transport over the two streams (standard input and output for a server).</summary>
    public MessageTransport(Stream input, Stream output)
    {
        _input = input;
        _output = output;
    }

    /// <summary>
    /// Reads the next message's body. Returns null at the end of the input. A header part without a usable
    /// <c>Content-Length</c> yields a <see cref="FramingException"/>; the reader then stands after that header part.
    /// </summary>
    public byte[]? Read()
    {
        int? length = null;
        var sawHeader = false;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (!sawHeader)
                {
                    continue; // stray blank lines between messages
                }

                break;
            }

            sawHeader = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.TryParse(line.AsSpan(colon + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
            }
        }

        if (length is not { } size || size < 0)
        {
            throw new FramingException("the message has no valid Content-Length header");
        }

        if (size > MaxMessageBytes)
        {
            Skip(size);
            throw new FramingException($"the message is {size} bytes, over the {MaxMessageBytes} byte limit");
        }

        var body = new byte[size];
        var read = 0;
        var buffered = Math.Min(_end - _start, size);
        _buffer.AsSpan(_start, buffered).CopyTo(body);
        _start += buffered;
        read += buffered;
        while (read < size)
        {
            var n = _input.Read(body, read, size - read);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return body;
    }

    private void Skip(long count)
    {
        var buffered = (int)Math.Min(_end - _start, count);
        _start += buffered;
        count -= buffered;
        var scratch = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (count > 0)
            {
                var n = _input.Read(scratch, 0, (int)Math.Min(scratch.Length, count));
                if (n == 0)
                {
                    return;
                }

                count -= n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    // A header line without its CR LF (a lone LF is accepted too), or null at the end of the input.
    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = _input.Read(_buffer, 0, _buffer.Length);
                if (_end == 0)
                {
                    return null;
                }
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            var take = lf < 0 ? span : span[..lf];
            line.Append(Encoding.ASCII.GetString(take));
            if (line.Length > 8192)
            {
                throw new FramingException("a header line is longer than 8192 characters");
            }

            if (lf < 0)
            {
                _start = _end;
                continue;
            }

            _start += lf + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line.Length--;
            }

            return line.ToString();
        }
    }

    /// <summary>Sends a request or notification.</summary>
    public void SendNotification<T>(string method, T parameters, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, type);
        });

    /// <summary>Sends a request to the client (its response is read as any message and ignored).</summary>
    public void SendRequest<T>(string id, string method, T parameters, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            JsonSerializer.Serialize(writer, parameters, type);
        });

    /// <summary>Sends a successful response; a null <paramref name="result"/> is written as JSON null.</summary>
    public void SendResult<T>(JsonElement id, T? result, JsonTypeInfo<T> type) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WritePropertyName("result");
            if (result is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, result, type);
            }
        });

    /// <summary>Sends a null result.</summary>
    public void SendNullResult(JsonElement id) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WriteNull("result");
        });

    /// <summary>Sends an error response; <paramref name="id"/> is null when the request's id could not be read.</summary>
    public void SendError(JsonElement? id, int code, string message) =>
        Send(writer =>
        {
            writer.WritePropertyName("id");
            if (id is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WritePropertyName("error");
            JsonSerializer.Serialize(writer, new ResponseError(code, message), LspJsonContext.Default.ResponseError);
        });

    // Korean text goes out as UTF-8, not as \u escapes (both are valid JSON; this is a third the size).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private void Send(Action<Utf8JsonWriter> body)
    {
        var json = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            body(writer);
            writer.WriteEndObject();
        }

        var message = new byte[json.WrittenCount + 32];
        var headerLength = Encoding.ASCII.GetBytes($"Content-Length: {json.WrittenCount}\r\n\r\n", message);
        json.WrittenSpan.CopyTo(message.AsSpan(headerLength));
        lock (_writeLock)
        {
            if (_outgoing.IsAddingCompleted)
            {
                return;
            }

            if (_writer is null)
            {
                _writer = new Thread(WriteLoop) { IsBackground = true, Name = "postlint-lsp-writer" };
                _writer.Start();
            }

            _outgoing.Add(message.AsMemory(0, headerLength + json.WrittenCount));
        }
    }

    /// <summary>Sends what is queued and stops the writer; nothing can be sent after.</summary>
    public void Complete()
    {
        Thread? writer;
        lock (_writeLock)
        {
            _outgoing.CompleteAdding();
            writer = _writer;
        }

        writer?.Join();
    }

    // Messages are queued and written by one thread: a thread holding a lock never waits on a client that is not
    // reading (while the client may be waiting for the server to read), and messages leave in the order they were made.
    private void WriteLoop()
    {
        try
        {
            foreach (var message in _outgoing.GetConsumingEnumerable())
            {
                _output.Write(message.Span);
                if (_outgoing.Count == 0)
                {
                    _output.Flush();
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The client is gone; the reader sees the end of its input and the server stops.
        }
    }
}

/// <summary>A message whose framing cannot be read.</summary>
public sealed class FramingException(string message) : Exception(message);
