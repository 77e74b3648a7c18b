using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PostLint.Engine;
using PostLint.Localization;
using PostLint.Lsp.Protocol;

namespace PostLint.Lsp;

/// <summary>
/// PostLint's language server (<c>postlint lsp</c>): diagnostics for open Markdown documents as they are edited, their
/// fixes and suppressions as code actions. It reads messages on one thread and lints on another, so a burst of edits
/// is linted once, at its last version ("debounce"), and only the edited documents are linted. Bad input never ends
/// it: a message that is not JSON gets an error response, a handler that fails answers its request with an error, and
/// a rule that fails on a buffer is a finding (<c>PL003</c>), as on the command line.
/// </summary>
public sealed class LspServer
{
    private readonly MessageTransport _transport;
    private readonly TextWriter _log;
    private readonly WorkspaceLinter _linter;
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private readonly HashSet<string> _configsWithErrors = new(StringComparer.Ordinal);
    private bool _initialized;
    private bool _shutdown;
    private bool _versionedEdits;
    private int _debounceMs = DefaultDebounceMs;
    private bool _stopping;
    private long _requestIds;

    /// <summary>How long the lint thread waits after a change before it lints, by default: edits that arrive within it are linted together.</summary>
    public const int DefaultDebounceMs = 5;

    /// <summary>Creates a server over two streams (standard input and output for <c>postlint lsp</c>).</summary>
    /// <param name="input">Messages from the client.</param>
    /// <param name="output">Messages to the client.</param>
    /// <param name="log">Where the server logs (standard error): never the protocol's stream.</param>
    /// <param name="now">The clock rules see (null: the system clock, read at every lint).</param>
    public LspServer(Stream input, Stream output, TextWriter log, Func<DateTimeOffset>? now = null)
    {
        _transport = new MessageTransport(input, output);
        _log = log;
        _linter = new WorkspaceLinter(now ?? (() => DateTimeOffset.Now));
    }

    /// <summary>The locale the client asked for in <c>initialize</c>, or null.</summary>
    public string? Locale { get; private set; }

    /// <summary>
    /// Serves until the client sends <c>exit</c> or closes the input. Returns the process's exit code: 0 after
    /// <c>shutdown</c> then <c>exit</c>, 1 otherwise, as the specification asks.
    /// </summary>
    public int Run()
    {
        // Parsing a deeply nested post recurses: the lint thread and this one get the command line's large stacks.
        var exitCode = 1;
        var reader = new Thread(() => exitCode = ReadLoop(), Linter.WorkerStackSize) { Name = "postlint-lsp-reader" };
        var worker = new Thread(LintLoop, Linter.WorkerStackSize) { IsBackground = true, Name = "postlint-lsp-lint" };
        worker.Start();
        reader.Start();
        reader.Join();
        lock (_lock)
        {
            _stopping = true;
            Monitor.PulseAll(_lock);
        }

        worker.Join();
        _transport.Complete();
        return exitCode;
    }

    private int ReadLoop()
    {
        while (true)
        {
            byte[]? body;
            try
            {
                body = _transport.Read();
            }
            catch (FramingException ex)
            {
                _log.WriteLine($"postlint lsp: {ex.Message}");
                _transport.SendError(null, ErrorCodes.ParseError, ex.Message);
                continue;
            }
            catch (IOException ex)
            {
                _log.WriteLine($"postlint lsp: cannot read the input: {ex.Message}");
                return 1;
            }

            if (body is null)
            {
                return 1; // the client went away without 'exit'
            }

            if (Handle(body) is { } exit)
            {
                return exit;
            }
        }
    }

    // Handles one message; returns the exit code once 'exit' arrives.
    private int? Handle(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            _transport.SendError(null, ErrorCodes.ParseError, $"the message is not JSON: {ex.Message}");
            return null;
        }

        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object)
            {
                _transport.SendError(null, ErrorCodes.InvalidRequest, "a message must be a JSON object");
                return null;
            }

            JsonElement? id = message.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.Clone()
                : null;
            if (!message.TryGetProperty("method", out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
            {
                if (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
                {
                    return null; // a response to one of our requests (client/registerCapability)
                }

                _transport.SendError(id, ErrorCodes.InvalidRequest, "a request needs a 'method' string");
                return null;
            }

            var method = methodElement.GetString()!;
            var parameters = message.TryGetProperty("params", out var p) ? p : default;
            if (method == "exit")
            {
                return _shutdown ? 0 : 1;
            }

            try
            {
                Dispatch(method, id, parameters);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
            {
                if (id is not null)
                {
                    _transport.SendError(id, ErrorCodes.InvalidParams, $"invalid params for '{method}': {ex.Message}");
                }
                else
                {
                    _log.WriteLine($"postlint lsp: invalid params for '{method}': {ex.Message}");
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _log.WriteLine($"postlint lsp: '{method}' failed: {ex}");
                if (id is not null)
                {
                    _transport.SendError(id, ErrorCodes.InternalError, $"'{method}' failed: {ex.GetType().Name}: {ex.Message}");
                }
            }

            return null;
        }
    }

    private void Dispatch(string method, JsonElement? id, JsonElement parameters)
    {
        if (!_initialized && method != "initialize")
        {
            if (id is not null)
            {
                _transport.SendError(id, ErrorCodes.ServerNotInitialized, "the server is not initialized: send 'initialize' first");
            }

            return;
        }

        if (_shutdown && id is not null)
        {
            _transport.SendError(id, ErrorCodes.InvalidRequest, "the server is shut down: only 'exit' is accepted");
            return;
        }

        switch (method)
        {
            case "initialize" when id is { } requestId:
                Initialize(requestId, Read(parameters, LspJsonContext.Default.InitializeParams));
                break;
            case "initialized":
                RegisterWatchers();
                break;
            case "shutdown" when id is { } requestId:
                _shutdown = true;
                _transport.SendNullResult(requestId);
                break;
            case "textDocument/didOpen":
                DidOpen(Read(parameters, LspJsonContext.Default.DidOpenTextDocumentParams));
                break;
            case "textDocument/didChange":
                DidChange(Read(parameters, LspJsonContext.Default.DidChangeTextDocumentParams));
                break;
            case "textDocument/didClose":
                DidClose(Read(parameters, LspJsonContext.Default.TextDocumentParams));
                break;
            case "textDocument/codeAction" when id is { } requestId:
                _transport.SendResult(requestId, CodeActions(Read(parameters, LspJsonContext.Default.CodeActionParams)), LspJsonContext.Default.CodeActionArray);
                break;
            case "workspace/didChangeWatchedFiles":
                DidChangeWatchedFiles(Read(parameters, LspJsonContext.Default.DidChangeWatchedFilesParams));
                break;
            case "workspace/didChangeWorkspaceFolders":
                DidChangeWorkspaceFolders(Read(parameters, LspJsonContext.Default.DidChangeWorkspaceFoldersParams));
                break;
            case "textDocument/didSave":
            case "workspace/didChangeConfiguration":
                break;
            default:
                if (id is not null)
                {
                    _transport.SendError(id, ErrorCodes.MethodNotFound, $"method '{method}' is not supported");
                }

                break; // unknown notifications ($/cancelRequest, $/setTrace, ...) are ignored
        }
    }

    private static T Read<T>(JsonElement parameters, JsonTypeInfo<T> type)
        where T : class =>
        parameters.ValueKind == JsonValueKind.Object
            ? parameters.Deserialize(type) ?? throw new JsonException("params are null")
            : throw new JsonException("params must be an object");

    private readonly List<string> _roots = [];
    private bool _watchDynamically;

    private void Initialize(JsonElement id, InitializeParams p)
    {
        _initialized = true;
        Locale = p.Locale;

        // The editor's display language, else the server's locale; a config's lang: comes first for its files.
        _linter.DefaultLanguage = string.IsNullOrEmpty(p.Locale)
            ? Languages.FromLocale(Environment.GetEnvironmentVariable)
            : Languages.FromLocale(name => name == "LC_ALL" ? p.Locale : null);
        _versionedEdits = p.Capabilities?.Workspace?.WorkspaceEdit?.DocumentChanges == true;
        _watchDynamically = p.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        if (p.InitializationOptions?.DebounceMs is { } debounce)
        {
            _debounceMs = Math.Clamp(debounce, 0, 5000);
        }

        foreach (var folder in p.WorkspaceFolders ?? [])
        {
            if (OpenDocument.PathOf(folder.Uri) is { } path)
            {
                _roots.Add(path);
            }
        }

        if (_roots.Count == 0 && (p.RootUri is { } rootUri ? OpenDocument.PathOf(rootUri) : p.RootPath) is { Length: > 0 } root)
        {
            _roots.Add(root);
        }

        _linter.SetRoots(_roots);
        var result = new InitializeResult(
            new ServerCapabilities
            {
                TextDocumentSync = new TextDocumentSyncOptions(),
                CodeActionProvider = new CodeActionOptions(),
            },
            new ServerInfo("postlint", typeof(LspServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
        _transport.SendResult(id, result, LspJsonContext.Default.InitializeResult);
    }

    /// <summary>Files whose change can change a finding in another file: configs, and any site file (images).</summary>
    internal static readonly string[] WatchedGlobs =
    [
        "**/.postlint.yml", "**/_config.yml", "**/_config.yaml", "**/hugo.{toml,yaml,json}", "**/config.toml",
        "**/astro.config.*", "**/*.{png,jpg,jpeg,gif,svg,webp,avif,bmp,ico}", "**/_plugins/**",
    ];

    private void RegisterWatchers()
    {
        if (!_watchDynamically)
        {
            return;
        }

        var registration = new Registration(
            "postlint-watched-files",
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions(WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g)).ToArray()));
        _transport.SendRequest($"postlint-{Interlocked.Increment(ref _requestIds)}", "client/registerCapability", new RegistrationParams([registration]), LspJsonContext.Default.RegistrationParams);
    }

    private void DidOpen(DidOpenTextDocumentParams p)
    {
        var item = p.TextDocument;
        lock (_lock)
        {
            _documents[item.Uri] = new OpenDocument(item.Uri, OpenDocument.PathOf(item.Uri), item.Version, item.Text);
            Schedule(item.Uri);
        }
    }

    private void DidChange(DidChangeTextDocumentParams p)
    {
        lock (_lock)
        {
            if (!_documents.TryGetValue(p.TextDocument.Uri, out var document))
            {
                throw new InvalidOperationException($"'{p.TextDocument.Uri}' is not open");
            }

            document.Apply(p.TextDocument.Version, p.ContentChanges);
            Schedule(document.Uri);
        }
    }

    private void DidClose(TextDocumentParams p)
    {
        lock (_lock)
        {
            _documents.Remove(p.TextDocument.Uri);
            _pending.Remove(p.TextDocument.Uri);

            // Under the lock: the lint thread publishes under it too, so no older result can follow this.
            Publish(p.TextDocument.Uri, null, []);
        }
    }

    private void DidChangeWatchedFiles(DidChangeWatchedFilesParams p)
    {
        if (p.Changes.Length == 0)
        {
            return;
        }

        // A config, a generator config or a site file changed: settings and the site model are read again, and every
        // open document is linted again (an image that now exists clears its finding).
        _linter.Invalidate();
        lock (_lock)
        {
            foreach (var uri in _documents.Keys)
            {
                Schedule(uri);
            }
        }
    }

    private void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams p)
    {
        foreach (var removed in p.Event.Removed)
        {
            if (OpenDocument.PathOf(removed.Uri) is { } path)
            {
                _roots.Remove(path);
            }
        }

        foreach (var added in p.Event.Added)
        {
            if (OpenDocument.PathOf(added.Uri) is { } path)
            {
                _roots.Add(path);
            }
        }

        _linter.SetRoots(_roots);
        lock (_lock)
        {
            foreach (var uri in _documents.Keys)
            {
                Schedule(uri);
            }
        }
    }

    private CodeAction[] CodeActions(CodeActionParams p)
    {
        if (p.Context?.Only is { } only && !only.Any(k => k == CodeActionKind.QuickFix || CodeActionKind.QuickFix.StartsWith(k + ".", StringComparison.Ordinal) || k.Length == 0))
        {
            return [];
        }

        OpenDocument? document;
        string text;
        int version;
        LintOutcome? outcome;
        lock (_lock)
        {
            if (!_documents.TryGetValue(p.TextDocument.Uri, out document) || document.FullPath is null)
            {
                return [];
            }

            text = document.Text;
            version = document.Version;
            outcome = document.Outcome;
        }

        if (outcome is null || outcome.Version != version)
        {
            // The lint thread has not caught up with the last edit: the actions must fit the text the editor has now.
            outcome = LintSafely(document.FullPath, version, text);
        }

        return outcome is null ? [] : LspFindings.Actions(document.Uri, outcome, p.Range, _versionedEdits).ToArray();
    }

    // Marks a document for the lint thread; call under _lock.
    private void Schedule(string uri)
    {
        _pending.Add(uri);
        Monitor.PulseAll(_lock);
    }

    private void LintLoop()
    {
        while (true)
        {
            lock (_lock)
            {
                while (_pending.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_lock);
                }

                if (_stopping)
                {
                    return;
                }
            }

            if (_debounceMs > 0)
            {
                Thread.Sleep(_debounceMs);
            }

            while (TakePending() is { } job)
            {
                var outcome = LintSafely(job.Path, job.Version, job.Text);
                lock (_lock)
                {
                    if (!_documents.TryGetValue(job.Uri, out var document) || document.Version != job.Version)
                    {
                        continue; // closed, or edited again: a newer lint is scheduled
                    }

                    document.Outcome = outcome;
                    Publish(job.Uri, job.Version, outcome is null ? [] : LspFindings.ToLsp(outcome));
                }
            }

            PublishConfigErrors();

            // Idle again, every diagnostic sent: the native binary's young generation may grow to 32 MB before the
            // collector runs (a budget for batch runs; src/PostLint.Cli/PostLint.Cli.csproj), which in a server that
            // lives for hours is resident memory for nothing. A young collection of a few lints' garbage takes well
            // under a millisecond here: 200 posts opened and edited, resident memory 49.9 -> 30 MB.
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }
    }

    private (string Uri, string Path, int Version, string Text)? TakePending()
    {
        lock (_lock)
        {
            while (_pending.Count > 0)
            {
                var uri = _pending.First();
                _pending.Remove(uri);
                if (_documents.TryGetValue(uri, out var document))
                {
                    if (document.FullPath is { } path)
                    {
                        return (uri, path, document.Version, document.Text);
                    }
                }
            }

            return null;
        }
    }

    /// <summary>Lints a buffer; a failure outside the rules (which the engine already turns into findings) is logged, not thrown.</summary>
    private LintOutcome? LintSafely(string path, int version, string text)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            var outcome = _linter.Lint(path, version, text);
            if (Environment.GetEnvironmentVariable("POSTLINT_LSP_TRACE") == "1")
            {
                _log.WriteLine($"postlint lsp: linted {path} v{version} in {watch.Elapsed.TotalMilliseconds:0.0} ms");
            }

            return outcome;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _log.WriteLine($"postlint lsp: linting {path} failed: {ex}");
            return null;
        }
    }

    private void Publish(string uri, int? version, LspDiagnostic[] diagnostics) =>
        _transport.SendNotification("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, version, diagnostics), LspJsonContext.Default.PublishDiagnosticsParams);

    /// <summary>A config with errors gets them as diagnostics on the config file; the files under it are linted with the defaults.</summary>
    private void PublishConfigErrors()
    {
        foreach (var (path, (errors, language)) in _linter.ConfigErrors())
        {
            if (errors.Count == 0 && !_configsWithErrors.Remove(path))
            {
                continue;
            }

            if (errors.Count > 0)
            {
                _configsWithErrors.Add(path);
            }

            var diagnostics = errors.Select(e =>
            {
                var at = new Position(Math.Max(e.Line - 1, 0), Math.Max(e.Column - 1, 0));
                return new LspDiagnostic
                {
                    Range = new LspRange(at, at),
                    Severity = DiagnosticSeverity.Error,
                    Source = "postlint",
                    Message = e.MessageIn(language),
                };
            }).ToArray();
            Publish(OpenDocument.UriOf(path), null, diagnostics);
        }
    }
}
