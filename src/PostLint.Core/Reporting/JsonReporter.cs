using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// The JSON report for scripts: <c>{ version, files, diagnostics: [{ path, line, column, endLine, endColumn, severity,
/// ruleId, rule, message, fix }] }</c>. Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
/// <remarks>
/// Each file's findings can be rendered on the worker that linted it (<see cref="RenderFile"/>, set as
/// <see cref="Linter.RenderFile"/>): they are rendered as the elements of an array at the depth of the report's
/// <c>diagnostics</c>, so the report is the same bytes whether its parts were rendered early or at the end.
/// </remarks>
public sealed class JsonReporter : IReporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One file's findings rendered ahead, valid for the result it was rendered from.</summary>
    private sealed record Part(string Path, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, byte[] Elements, byte[] Tail);

    /// <summary>Renders a file's findings ahead of the report (thread-safe; for <see cref="Linter.RenderFile"/>).</summary>
    public static object? RenderFile(FileResult file) => file.Diagnostics.Count == 0 ? null : Render(file);

    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options)
    {
        var sink = new Sink(output);
        using (var w = new Utf8JsonWriter(sink.Buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("version", options.Version);
            w.WriteStartArray("files");
            foreach (var f in run.Files)
            {
                w.WriteStringValue(f.Path);
                if (w.BytesPending >= ChunkSize)
                {
                    w.Flush();
                    sink.Drain(ChunkSize);
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            if (!run.Files.Any(f => f.Diagnostics.Count > 0))
            {
                w.WriteEndArray();
                w.WriteEndObject();
                w.Flush();
            }
            else
            {
                // The elements of every file's part, joined by commas, then the end of the array and the report.
                w.Flush();
                byte[]? tail = null;
                foreach (var file in run.Files)
                {
                    if (file.Diagnostics.Count == 0)
                    {
                        continue;
                    }

                    var part = file.Rendered is Part p && p.Path == file.Path && ReferenceEquals(p.Source, file.Source) && ReferenceEquals(p.Diagnostics, file.Diagnostics)
                        ? p
                        : Render(file);
                    if (tail is not null)
                    {
                        sink.Buffer.Write(","u8);
                    }

                    sink.Buffer.Write(part.Elements);
                    tail = part.Tail;
                    sink.Drain(ChunkSize);
                }

                sink.Buffer.Write(tail);
            }
        }

        sink.Drain(0);
        output.WriteLine();
    }

    /// <summary>
    /// Renders <paramref name="file"/>'s findings as <c>{ "d": [ … ] }</c> and keeps the array's elements and what
    /// closes the array and the object: the array sits at the depth of the report's <c>diagnostics</c>, so the elements
    /// are indented as they are there.
    /// </summary>
    private static Part Render(FileResult file)
    {
        var buffer = new ArrayBufferWriter<byte>(512 * file.Diagnostics.Count);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("d");
            foreach (var d in file.Diagnostics)
            {
                WriteDiagnostic(w, file, d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        var bytes = buffer.WrittenSpan;
        var start = bytes.IndexOf((byte)'[') + 1;
        var end = bytes[..bytes.LastIndexOf((byte)']')].TrimEnd(" \r\n"u8).Length; // after the last element's closing brace
        return new Part(file.Path, file.Source, file.Diagnostics, bytes[start..end].ToArray(), bytes[end..].ToArray());
    }

    private static void WriteDiagnostic(Utf8JsonWriter w, FileResult file, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("path", file.Path);
        w.WriteNumber("line", d.Start.Line);
        w.WriteNumber("column", d.Start.Column);
        w.WriteNumber("endLine", d.End.Line);
        w.WriteNumber("endColumn", d.End.Column);
        w.WriteString("severity", d.Severity.ToName());
        w.WriteString("ruleId", d.Rule.Id);
        w.WriteString("rule", d.Rule.Name);
        w.WriteString("message", d.Message);
        if (d.Fix is { } fix)
        {
            w.WriteStartObject("fix");
            w.WriteString("title", fix.Title);
            w.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
            w.WriteStartArray("edits");
            foreach (var e in fix.Edits)
            {
                var start = file.Source!.GetPosition(e.Range.Start);
                var end = file.Source.GetPosition(e.Range.End);
                w.WriteStartObject();
                w.WriteNumber("offset", e.Range.Start);
                w.WriteNumber("length", e.Range.Length);
                w.WriteNumber("line", start.Line);
                w.WriteNumber("column", start.Column);
                w.WriteNumber("endLine", end.Line);
                w.WriteNumber("endColumn", end.Column);
                w.WriteString("text", e.NewText);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("fix");
        }

        w.WriteEndObject();
    }

    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// UTF-8 on its way to the output, passed on in pieces: a run with tens of thousands of findings is never held
    /// whole (twice, as bytes and as text). Standard output takes the bytes as they are; any other writer gets text.
    /// Pieces end between tokens, so none splits a UTF-8 sequence.
    /// </summary>
    private sealed class Sink(TextWriter output)
    {
        private readonly Stream? _raw = output is StreamWriter { Encoding: UTF8Encoding } s ? s.BaseStream : null;

        public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkSize * 2);

        /// <summary>Passes the buffered bytes on once there are at least <paramref name="atLeast"/>.</summary>
        public void Drain(int atLeast)
        {
            if (Buffer.WrittenCount < atLeast || Buffer.WrittenCount == 0)
            {
                return;
            }

            if (_raw is not null)
            {
                output.Flush();
                _raw.Write(Buffer.WrittenSpan);
            }
            else
            {
                output.Write(Encoding.UTF8.GetString(Buffer.WrittenSpan));
            }

            Buffer.ResetWrittenCount();
        }
    }
}
