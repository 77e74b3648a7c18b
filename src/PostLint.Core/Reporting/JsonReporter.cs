using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// The JSON report for scripts: <c>{ version, files, diagnostics: [{ path, line, column, endLine, endColumn, severity,
/// ruleId, rule, message, fix }] }</c>. Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
public sealed class JsonReporter : IStreamingReporter
{
    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options) =>
        ReportStream.WriteAll(this, run, output, options);

    /// <inheritdoc/>
    public ReportStream Open(TextWriter output, ReportOptions options, IReadOnlyList<string> paths) => new Report(output, options, paths);

    private sealed class Report : ReportStream
    {
        private readonly TextWriter _output;
        private readonly Sink _sink;
        private readonly Utf8JsonWriter _w;
        private readonly Localization.Language _language;

        public Report(TextWriter output, ReportOptions options, IReadOnlyList<string> paths)
        {
            _output = output;
            _language = options.Language;
            _sink = new Sink(output);
            _w = new Utf8JsonWriter(_sink.Buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _w.WriteStartObject();
            _w.WriteString("version", options.Version);
            _w.WriteStartArray("files");
            foreach (var path in paths)
            {
                _w.WriteStringValue(path);
            }

            _w.WriteEndArray();
            _w.WriteStartArray("diagnostics");
        }

        public override void Add(FileResult file)
        {
            var w = _w;
            foreach (var d in file.Diagnostics)
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
                w.WriteString("message", d.MessageIn(_language));
                if (d.Fix is { } fix)
                {
                    w.WriteStartObject("fix");
                    w.WriteString("title", fix.TitleIn(_language));
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
                if (w.BytesPending + _sink.Buffer.WrittenCount >= ChunkSize)
                {
                    w.Flush();
                    _sink.Drain();
                }
            }
        }

        public override void Finish(LintRun run)
        {
            _w.WriteEndArray();
            _w.WriteEndObject();
            _w.Dispose();
            _sink.Drain();
            _output.WriteLine();
        }
    }

    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// UTF-8 on its way to the output, passed on in pieces: a run with tens of thousands of findings is never held
    /// whole (twice, as bytes and as text). A UTF-8 stream writer (standard output, an <c>--output</c> file) takes the
    /// bytes as they are, after what it already holds; any other writer gets text.
    /// The JSON writer flushes whole tokens, so a piece never splits a UTF-8 sequence.
    /// </summary>
    private sealed class Sink(TextWriter output)
    {
        private readonly Stream? _raw = output is StreamWriter { Encoding: UTF8Encoding } s ? s.BaseStream : null;

        public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkSize * 2);

        /// <summary>Passes the bytes written so far on to the output.</summary>
        public void Drain()
        {
            if (Buffer.WrittenCount == 0)
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
