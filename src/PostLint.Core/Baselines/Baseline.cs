using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Reporting;

namespace PostLint.Baselines;

/// <summary>One accepted finding: its fingerprint, and for people reviewing the file, the rule, path and line.</summary>
/// <param name="Fingerprint">The <see cref="Fingerprints"/> value, computed with <paramref name="Path"/>.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Path">The file's path relative to the baseline file's folder, with <c>/</c>.</param>
/// <param name="Line">The flagged line, white space folded (what the fingerprint hashes), shortened when long.</param>
public sealed record BaselineEntry(string Fingerprint, string Rule, string Path, string Line);

/// <summary>What applying a baseline to a run did.</summary>
/// <param name="Run">The run without the findings the baseline accepts.</param>
/// <param name="Hidden">How many findings were hidden.</param>
/// <param name="Stale">Entries that no longer occur: their file was linted without them, or no longer exists.</param>
public sealed record BaselineMatch(LintRun Run, int Hidden, IReadOnlyList<BaselineEntry> Stale);

/// <summary>
/// The accepted findings of a site (<c>.postlint-baseline.json</c>), so an old blog can turn PostLint on and be told
/// only about new findings. Entries are keyed by the stable fingerprint (rule, path, flagged line with white space
/// folded, occurrence), so they survive lines moving above them; paths are relative to the baseline's folder, so the
/// file works from any current folder. The file is sorted by path, rule and line, one entry per line, so it diffs well.
/// Written with <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no reflection.
/// </summary>
public sealed class Baseline
{
    /// <summary>The file's default name.</summary>
    public const string FileName = ".postlint-baseline.json";

    /// <summary>The format version written and understood.</summary>
    public const int FormatVersion = 1;

    /// <summary>How much of a flagged line an entry keeps for review.</summary>
    public const int MaxLineLength = 200;

    private readonly HashSet<string> _fingerprints;

    /// <summary>Creates a baseline; entries are sorted and duplicates of a fingerprint dropped.</summary>
    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        _fingerprints = new HashSet<string>(StringComparer.Ordinal);
        Entries = entries
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Line, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .Where(e => _fingerprints.Add(e.Fingerprint))
            .ToArray();
    }

    /// <summary>The entries, sorted.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Whether the baseline holds <paramref name="fingerprint"/>.</summary>
    public bool Contains(string fingerprint) => _fingerprints.Contains(fingerprint);

    /// <summary>The entry of every finding in <paramref name="file"/>, paired with its diagnostic (engine errors excluded).</summary>
    /// <param name="file">A linted file.</param>
    /// <param name="baseFolder">The baseline file's folder.</param>
    public static IEnumerable<(Diagnostic Diagnostic, BaselineEntry Entry)> EntriesOf(FileResult file, string baseFolder)
    {
        var source = file.Source;
        if (source is null)
        {
            yield break;
        }

        var relative = RelativePath(baseFolder, file.FullPath);
        var fingerprints = Fingerprints.Compute(file with { Path = relative });
        for (var i = 0; i < file.Diagnostics.Count; i++)
        {
            var d = file.Diagnostics[i];
            if (d.Rule.IsAlwaysReported)
            {
                continue;
            }

            var line = d.Start.Line <= source.LineCount ? Fingerprints.Normalise(source.GetLineSpan(d.Start.Line)) : "";
            if (line.Length > MaxLineLength)
            {
                line = line[..MaxLineLength] + "…";
            }

            yield return (d, new BaselineEntry(fingerprints[i], d.Rule.Id, relative, line));
        }
    }

    /// <summary>
    /// The baseline to write after linting <paramref name="run"/>. Files the run linted get exactly their current
    /// findings (with <paramref name="prune"/>, only those of their old entries that still occur). Entries of files the
    /// run did not lint are kept while the file exists.
    /// </summary>
    public static Baseline Update(Baseline? existing, LintRun run, string baseFolder, bool prune)
    {
        var linted = LintedPaths(run, baseFolder);
        var current = run.Files.SelectMany(f => EntriesOf(f, baseFolder)).Select(x => x.Entry).ToArray();
        var kept = (existing?.Entries ?? []).Where(e => !linted.Contains(e.Path) && File.Exists(Path.Combine(baseFolder, e.Path)));
        if (prune)
        {
            var occurring = current.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
            return new Baseline(kept.Concat((existing?.Entries ?? []).Where(e => linted.Contains(e.Path) && occurring.Contains(e.Fingerprint))));
        }

        return new Baseline(kept.Concat(current));
    }

    /// <summary>Hides the findings of <paramref name="run"/> this baseline accepts and finds the entries that no longer occur.</summary>
    public BaselineMatch Apply(LintRun run, string baseFolder)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var hidden = 0;
        var files = new List<FileResult>(run.Files.Count);
        foreach (var file in run.Files)
        {
            var accepted = new HashSet<Diagnostic>(ReferenceEqualityComparer.Instance);
            foreach (var (d, entry) in EntriesOf(file, baseFolder))
            {
                if (Contains(entry.Fingerprint))
                {
                    matched.Add(entry.Fingerprint);
                    accepted.Add(d);
                }
            }

            hidden += accepted.Count;
            files.Add(accepted.Count == 0 ? file : file with { Diagnostics = file.Diagnostics.Where(d => !accepted.Contains(d)).ToArray() });
        }

        var linted = LintedPaths(run, baseFolder);
        var stale = Entries
            .Where(e => linted.Contains(e.Path) ? !matched.Contains(e.Fingerprint) : !File.Exists(Path.Combine(baseFolder, e.Path)))
            .ToArray();
        return new BaselineMatch(run with { Files = files }, hidden, stale);
    }

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="FormatException">The file is not a baseline.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Baseline Load(string path) => Parse(File.ReadAllBytes(path));

    /// <summary>Parses a baseline file's bytes.</summary>
    /// <exception cref="FormatException">The bytes are not a baseline.</exception>
    public static Baseline Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new LocalizedFormatException(CoreMessages.BaselineNotJson.With(ex.Message), ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LocalizedFormatException(CoreMessages.BaselineNotObject.With());
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != FormatVersion)
            {
                throw new LocalizedFormatException(CoreMessages.BaselineVersion.With(FormatVersion));
            }

            if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new LocalizedFormatException(CoreMessages.BaselineEntries.With());
            }

            var list = new List<BaselineEntry>(entries.GetArrayLength());
            var index = 0;
            foreach (var e in entries.EnumerateArray())
            {
                string Field(string name, bool required)
                {
                    if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                    {
                        return p.GetString()!;
                    }

                    return required ? throw new LocalizedFormatException(CoreMessages.BaselineEntryField.With(index + 1, name)) : "";
                }

                list.Add(new BaselineEntry(Field("fingerprint", true), Field("rule", false), Field("path", true), Field("line", false)));
                index++;
            }

            return new Baseline(list);
        }
    }

    /// <summary>The file's bytes: UTF-8 without BOM, LF line breaks, one entry per line, keys in a fixed order.</summary>
    public byte[] ToBytes()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        void Raw(string text) => buffer.Write(Encoding.UTF8.GetBytes(text));

        Raw("{\n  \"version\": " + FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\n  \"entries\": [");
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            Raw(i == 0 ? "\n    " : ",\n    ");
            using var w = new Utf8JsonWriter(buffer, options);
            w.WriteStartObject();
            w.WriteString("fingerprint", e.Fingerprint);
            w.WriteString("rule", e.Rule);
            w.WriteString("path", e.Path);
            w.WriteString("line", e.Line);
            w.WriteEndObject();
            w.Flush();
        }

        Raw(Entries.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the file through a temporary file and a rename, so a reader never sees half of it.</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.postlint-tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(ToBytes());
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>A path relative to <paramref name="baseFolder"/>, with <c>/</c>.</summary>
    public static string RelativePath(string baseFolder, string fullPath) =>
        Path.GetRelativePath(baseFolder, fullPath).Replace('\\', '/');

    private static HashSet<string> LintedPaths(LintRun run, string baseFolder) =>
        run.Files.Where(f => !f.Failed).Select(f => RelativePath(baseFolder, f.FullPath)).ToHashSet(StringComparer.Ordinal);
}
