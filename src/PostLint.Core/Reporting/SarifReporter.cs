using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Rules;

namespace PostLint.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning, VS Code's SARIF viewer and Microsoft's validator accept it: one run, the rules
/// that ran with their docs as help, results with repository-relative URIs under <c>%SRCROOT%</c>, full regions with
/// snippets and a context region, our own stable fingerprint, fixes as replacements, and unreadable files as tool
/// execution notifications. Written by hand with <see cref="Utf8JsonWriter"/>: no reflection.
/// </summary>
public sealed class SarifReporter : IReporter
{
    /// <summary>The schema every log names.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base id every artifact URI is relative to: the repository root.</summary>
    public const string SourceRootId = "%SRCROOT%";

    /// <summary>GitHub's limit on texts such as <c>shortDescription</c> and <c>fullDescription</c>.</summary>
    public const int MaxDescriptionLength = 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Most results one run may hold (GitHub rejects more than 25,000).</summary>
    public int MaxResults { get; init; } = 25_000;

    /// <summary>Largest gzip-compressed size of the log (GitHub rejects more than 10 MB).</summary>
    public long MaxGzippedBytes { get; init; } = 10_000_000;

    /// <inheritdoc/>
    public void Write(LintRun run, TextWriter output, ReportOptions options)
    {
        output.Write(Encoding.UTF8.GetString(Render(run, options)));
        output.WriteLine();
    }

    /// <summary>The log as UTF-8 JSON (no byte order mark, no final newline).</summary>
    public byte[] Render(LintRun run, ReportOptions options)
    {
        var model = Prepare(run, options);
        var cap = Math.Min(MaxResults, model.Results.Count);
        while (true)
        {
            var bytes = Emit(model, options, cap);
            if (bytes.Length <= MaxGzippedBytes || cap == 0)
            {
                return bytes;
            }

            var gzipped = GzippedLength(bytes);
            if (gzipped <= MaxGzippedBytes)
            {
                return bytes;
            }

            // Shrink in proportion with a margin; each pass drops the least severe results first.
            cap = (int)Math.Max(0, Math.Min(cap - 1, cap * (MaxGzippedBytes / (double)gzipped) * 0.9));
        }
    }

    /// <summary>The SARIF <c>level</c> of a severity: error, warning or note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A rule's SARIF <c>name</c>: its kebab name in PascalCase (<c>placeholder-date</c> → <c>PlaceholderDate</c>).</summary>
    public static string PascalName(RuleDescriptor rule) =>
        string.Concat(rule.Name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>Whether the finding says the tool could not check a file (reported as a notification, not a result).</summary>
    public static bool IsExecutionFailure(Diagnostic d) =>
        d.Rule.Id == EngineRules.FileUnreadable.Id || d.Rule.Id == EngineRules.InternalError.Id;

    private sealed record Candidate(FileResult File, string RelativePath, string Uri, Diagnostic Diagnostic, string Fingerprint, int Order);

    private sealed record Model(
        IReadOnlyList<RuleDescriptor> Rules,
        IReadOnlyDictionary<string, int> RuleIndex,
        IReadOnlyList<Candidate> Results,
        IReadOnlyList<Candidate> Failures);

    private static Model Prepare(LintRun run, ReportOptions options)
    {
        var rules = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var r in options.Rules)
        {
            rules.TryAdd(r.Id, r);
        }

        var results = new List<Candidate>();
        var failures = new List<Candidate>();
        foreach (var file in run.Files)
        {
            if (file.Diagnostics.Count == 0)
            {
                continue;
            }

            var relative = ReportPaths.Relative(file, options.RepositoryRoot);
            var uri = ReportPaths.ToUriReference(relative);
            var fingerprints = Fingerprints.Compute(file with { Path = relative });
            for (var i = 0; i < file.Diagnostics.Count; i++)
            {
                var d = file.Diagnostics[i];
                rules.TryAdd(d.Rule.Id, d.Rule);
                var candidate = new Candidate(file, relative, uri, d, fingerprints[i], results.Count + failures.Count);
                (IsExecutionFailure(d) || file.Source is null ? failures : results).Add(candidate);
            }
        }

        var ordered = rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            index[ordered[i].Id] = i;
        }

        return new Model(ordered, index, results, failures);
    }

    private static long GzippedLength(byte[] bytes)
    {
        using var sink = new MemoryStream();
        using (var gzip = new GZipStream(sink, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return sink.Length;
    }

    private byte[] Emit(Model model, ReportOptions options, int cap)
    {
        var kept = Select(model.Results, cap);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            WriteTool(w, model, options);
            WriteInvocation(w, model, options, kept.Count);
            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(SourceRootId);
            w.WriteStartObject("description");
            // No "uri": the root's absolute path would reveal the machine's layout. Consumers resolve it themselves
            // (GitHub uses the checkout, viewers the open folder); the spec allows an entry without one.
            w.WriteString("text", CoreMessages.SarifRoot.Format(options.Language));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            if (options.GitHub is { } gh)
            {
                w.WriteStartArray("versionControlProvenance");
                w.WriteStartObject();
                w.WriteString("repositoryUri", gh.RepositoryUrl);
                w.WriteString("revisionId", gh.Sha);
                if (gh.Ref is { } gitRef && gitRef.StartsWith("refs/heads/", StringComparison.Ordinal))
                {
                    w.WriteString("branch", gitRef["refs/heads/".Length..]);
                }

                w.WriteStartObject("mappedTo");
                w.WriteString("uriBaseId", SourceRootId);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartObject("automationDetails");
            w.WriteString("id", AutomationId(options.SarifCategory));
            w.WriteEndObject();
            w.WriteString("columnKind", "utf16CodeUnits");
            if (options.Language == Language.Korean)
            {
                w.WriteString("language", "ko-KR"); // the language of the log's messages (SARIF 3.14.21; en-US when absent)
            }

            w.WriteStartArray("results");
            foreach (var c in kept)
            {
                WriteResult(w, c, model, options);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary><c>automationDetails.id</c>: the category followed by <c>/</c>, so all of it is the category GitHub sees.</summary>
    public static string AutomationId(string category)
    {
        category = category.Trim();
        if (category.Length == 0)
        {
            category = "postlint";
        }

        return category.EndsWith('/') ? category : category + "/";
    }

    /// <summary>The first <paramref name="cap"/> results by severity (most severe first), in report order.</summary>
    private static IReadOnlyList<Candidate> Select(IReadOnlyList<Candidate> results, int cap)
    {
        if (results.Count <= cap)
        {
            return results;
        }

        return results.OrderByDescending(c => c.Diagnostic.Severity).ThenBy(c => c.Order).Take(cap).OrderBy(c => c.Order).ToArray();
    }

    private static void WriteTool(Utf8JsonWriter w, Model model, ReportOptions options)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "PostLint");
        w.WriteString("fullName", CoreMessages.SarifFullName.Format(options.Language, options.Version));
        w.WriteString("version", options.Version);
        w.WriteString("semanticVersion", options.Version);
        w.WriteString("informationUri", RuleCatalog.ProjectUri);
        w.WriteStartArray("rules");
        foreach (var rule in model.Rules)
        {
            WriteRule(w, rule, options.RuleDocs(rule), options.Language);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule, string? doc, Language language)
    {
        var ruleTitle = rule.TitleIn(language);
        var title = RuleDocText.Truncate(ruleTitle, MaxDescriptionLength);
        var full = doc is null ? null : RuleDocText.Section(doc, CoreMessages.DocWhatItDoes.Format(language)) ?? RuleDocText.Section(doc, CoreMessages.DocWhatItDoes.English);
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", PascalName(rule));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", RuleDocText.Truncate(full ?? ruleTitle, MaxDescriptionLength));
        w.WriteEndObject();
        w.WriteStartObject("help");
        if (doc is null)
        {
            w.WriteString("text", CoreMessages.SarifHelpText.Format(language, ruleTitle, rule.HelpUri));
            w.WriteString("markdown", CoreMessages.SarifHelpMarkdown.Format(language, ruleTitle, rule.HelpUri));
        }
        else
        {
            w.WriteString("text", RuleDocText.ToPlainText(doc));
            w.WriteString("markdown", doc.Replace("\r\n", "\n").TrimEnd() + "\n");
        }

        w.WriteEndObject();
        w.WriteString("helpUri", rule.HelpUri);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.DefaultSeverity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue(rule.CategoryName);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private void WriteInvocation(Utf8JsonWriter w, Model model, ReportOptions options, int kept)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", model.Failures.Count == 0);
        var dropped = model.Results.Count - kept;
        if (model.Failures.Count > 0 || dropped > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var f in model.Failures)
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                w.WriteStartObject("message");
                w.WriteString("text", NonEmpty(ReportPaths.Scrub(f.Diagnostic.MessageIn(options.Language), f.File, options.RepositoryRoot), f.Diagnostic.Rule, options.Language));
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                WriteArtifact(w, f.Uri);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("associatedRule");
                w.WriteString("id", f.Diagnostic.Rule.Id);
                w.WriteNumber("index", model.RuleIndex[f.Diagnostic.Rule.Id]);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            if (dropped > 0)
            {
                var reason = kept < MaxResults
                    ? CoreMessages.SarifLimitSize.With(Size(MaxGzippedBytes))
                    : CoreMessages.SarifLimitCount.With(MaxResults.ToString(CultureInfo.InvariantCulture));
                w.WriteStartObject();
                w.WriteString("level", "warning");
                w.WriteStartObject("message");
                w.WriteString("text", CoreMessages.SarifLimitNote.Format(options.Language, kept, model.Results.Count, dropped, reason));
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Candidate c, Model model, ReportOptions options)
    {
        var d = c.Diagnostic;
        var source = c.File.Source!;
        w.WriteStartObject();
        w.WriteString("ruleId", d.Rule.Id);
        w.WriteNumber("ruleIndex", model.RuleIndex[d.Rule.Id]);
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", NonEmpty(ReportPaths.Scrub(d.MessageIn(options.Language), c.File, options.RepositoryRoot), d.Rule, options.Language));
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        WriteArtifact(w, c.Uri);
        var start = Math.Clamp(d.Range.Start, 0, source.Length);
        var end = Math.Clamp(d.Range.End, start, source.Length);
        WriteRegion(w, "region", d.Start, d.End, source.Slice(start, end).ToString());
        if (ContextOf(source, d, start, end) is { } context)
        {
            WriteRegion(w, "contextRegion", source.GetPosition(context.Start), source.GetPosition(context.End), source.Slice(context.Start, context.End).ToString());
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString(Fingerprints.SarifKey, c.Fingerprint);
        w.WriteEndObject();
        if (d.Fix is { } fix)
        {
            WriteFix(w, fix, c.Uri, source, options.Language);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The whole lines of the finding; when those are exactly the region, one more line on each side, since SARIF
    /// wants the context a proper superset of the region. Null when the file has nothing more to show.
    /// </summary>
    private static TextRange? ContextOf(SourceText source, Diagnostic d, int start, int end)
    {
        var firstLine = d.Start.Line;
        var lastLine = Math.Max(d.End.Line, firstLine);
        var context = new TextRange(source.GetLineStart(firstLine), Math.Max(source.GetLineEnd(lastLine), end));
        if (context.Start != start || context.End != end)
        {
            return context;
        }

        firstLine = Math.Max(1, firstLine - 1);
        lastLine = Math.Min(source.LineCount, lastLine + 1);
        context = new TextRange(source.GetLineStart(firstLine), Math.Max(source.GetLineEnd(lastLine), end));
        return context.Start != start || context.End != end ? context : null;
    }

    private static void WriteFix(Utf8JsonWriter w, Fix fix, string uri, SourceText source, Language language)
    {
        w.WriteStartArray("fixes");
        w.WriteStartObject();
        w.WriteStartObject("description");
        w.WriteString("text", fix.TitleIn(language));
        w.WriteEndObject();
        w.WriteStartArray("artifactChanges");
        w.WriteStartObject();
        WriteArtifact(w, uri);
        w.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            w.WriteStartObject();
            WriteRegion(w, "deletedRegion", source.GetPosition(edit.Range.Start), source.GetPosition(edit.Range.End), null);
            if (edit.NewText.Length > 0)
            {
                w.WriteStartObject("insertedContent");
                w.WriteString("text", edit.NewText);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter w, string uri)
    {
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteString("uriBaseId", SourceRootId);
        w.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter w, string name, LinePosition start, LinePosition end, string? snippet)
    {
        w.WriteStartObject(name);
        w.WriteNumber("startLine", start.Line);
        w.WriteNumber("startColumn", start.Column);
        w.WriteNumber("endLine", end.Line);
        w.WriteNumber("endColumn", end.Column);
        if (snippet is not null)
        {
            w.WriteStartObject("snippet");
            w.WriteString("text", snippet);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static string Size(long bytes) => bytes >= 1_000_000 && bytes % 1_000_000 == 0
        ? (bytes / 1_000_000).ToString(CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    private static string NonEmpty(string message, RuleDescriptor rule, Language language) => string.IsNullOrWhiteSpace(message) ? rule.TitleIn(language) : message;
}
