using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Engine;

namespace PostLint.Reporting;

/// <summary>
/// The JSON report for scripts: <c>{ version, files, diagnostics: [{ path, line, column, endLine, endColumn, severity,
/// ruleId, rule, message, fix }] }</c>. Written with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
public sealed class JsonReporter : IReporter
{
    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("version", options.Version);
            w.WriteStartArray("files");
            foreach (var f in run.Files)
            {
                w.WriteStringValue(f.Path);
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var (file, d) in run.All)
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
                Drain(w, stream, output, ChunkSize);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            Drain(w, stream, output, 0);
        }

        output.WriteLine();
    }

    private const int ChunkSize = 64 * 1024;

    /// <summary>
    /// Passes what the writer has produced on to <paramref name="output"/> once there are <paramref name="atLeast"/>
    /// bytes: a run with tens of thousands of findings is written in pieces, never held whole (twice, as bytes and as
    /// text). The writer flushes whole tokens, so a piece never splits a UTF-8 sequence.
    /// </summary>
    private static void Drain(Utf8JsonWriter w, MemoryStream stream, TextWriter output, int atLeast)
    {
        if (w.BytesPending + stream.Length < atLeast)
        {
            return;
        }

        w.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        stream.SetLength(0);
    }
}
