using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostLint.Lsp.Protocol;

// The parts of the Language Server Protocol 3.17 that PostLint's server reads and writes. Property names follow the
// specification (camelCase, through the serializer context); members the server never looks at are left out, and
// unknown members of incoming messages are ignored.

/// <summary>A zero-based line and UTF-16 character offset in a document.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A half-open range between two positions.</summary>
public sealed record LspRange(Position Start, Position End);

/// <summary>The <c>initialize</c> request's parameters.</summary>
public sealed class InitializeParams
{
    /// <summary>The client's process id, or null.</summary>
    public int? ProcessId { get; init; }

    /// <summary>The root folder as a URI (deprecated in favour of <see cref="WorkspaceFolders"/>).</summary>
    public string? RootUri { get; init; }

    /// <summary>The root folder as a path (deprecated).</summary>
    public string? RootPath { get; init; }

    /// <summary>The workspace folders open in the client.</summary>
    public WorkspaceFolder[]? WorkspaceFolders { get; init; }

    /// <summary>The client's user-interface locale (<c>en</c>, <c>ko-KR</c>).</summary>
    public string? Locale { get; init; }

    /// <summary>What the client supports.</summary>
    public ClientCapabilities? Capabilities { get; init; }

    /// <summary>Server options the client passes (see <see cref="ServerOptions"/>).</summary>
    public ServerOptions? InitializationOptions { get; init; }
}

/// <summary>Options a client may pass in <c>initializationOptions</c>.</summary>
public sealed class ServerOptions
{
    /// <summary>How long to wait after a change before linting, in milliseconds (default 5).</summary>
    public int? DebounceMs { get; init; }
}

/// <summary>A workspace folder.</summary>
public sealed record WorkspaceFolder(string Uri, string? Name);

/// <summary>The client capabilities the server looks at.</summary>
public sealed class ClientCapabilities
{
    /// <summary>Workspace capabilities.</summary>
    public WorkspaceClientCapabilities? Workspace { get; init; }

    /// <summary>General capabilities (position encodings).</summary>
    public GeneralClientCapabilities? General { get; init; }
}

/// <summary>Workspace capabilities.</summary>
public sealed class WorkspaceClientCapabilities
{
    /// <summary><c>workspace/didChangeWatchedFiles</c> support.</summary>
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }

    /// <summary>Whether the client understands <c>documentChanges</c> in workspace edits.</summary>
    public WorkspaceEditCapability? WorkspaceEdit { get; init; }
}

/// <summary>Whether a feature can be registered at run time.</summary>
public sealed class DynamicRegistrationCapability
{
    /// <summary>True when the server may register the feature with <c>client/registerCapability</c>.</summary>
    public bool? DynamicRegistration { get; init; }
}

/// <summary>Workspace edit capabilities.</summary>
public sealed class WorkspaceEditCapability
{
    /// <summary>Whether versioned <c>documentChanges</c> are supported.</summary>
    public bool? DocumentChanges { get; init; }
}

/// <summary>General capabilities.</summary>
public sealed class GeneralClientCapabilities
{
    /// <summary>The position encodings the client supports, preferred first.</summary>
    public string[]? PositionEncodings { get; init; }
}

/// <summary>The <c>initialize</c> result.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>The server's name and version.</summary>
public sealed record ServerInfo(string Name, string Version);

/// <summary>What the server offers.</summary>
public sealed class ServerCapabilities
{
    /// <summary>Always UTF-16: PostLint's columns count UTF-16 code units.</summary>
    public string PositionEncoding { get; init; } = "utf-16";

    /// <summary>How documents are synchronised.</summary>
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    /// <summary>Code actions: quick fixes.</summary>
    public required CodeActionOptions CodeActionProvider { get; init; }
}

/// <summary>Document synchronisation options.</summary>
public sealed class TextDocumentSyncOptions
{
    /// <summary>Open and close notifications are sent.</summary>
    public bool OpenClose { get; init; } = true;

    /// <summary>1 = full text, 2 = incremental changes.</summary>
    public int Change { get; init; } = TextDocumentSyncKind.Incremental;
}

/// <summary>Text document sync kinds.</summary>
public static class TextDocumentSyncKind
{
    /// <summary>Each change sends the whole text.</summary>
    public const int Full = 1;

    /// <summary>Each change sends the edited ranges.</summary>
    public const int Incremental = 2;
}

/// <summary>Code action options.</summary>
public sealed class CodeActionOptions
{
    /// <summary>The kinds of action offered.</summary>
    public string[] CodeActionKinds { get; init; } = [CodeActionKind.QuickFix];
}

/// <summary>Code action kinds.</summary>
public static class CodeActionKind
{
    /// <summary>A quick fix.</summary>
    public const string QuickFix = "quickfix";
}

/// <summary>A document the client opened.</summary>
public sealed class TextDocumentItem
{
    /// <summary>The document's URI.</summary>
    public required string Uri { get; init; }

    /// <summary>The language (<c>markdown</c>).</summary>
    public string? LanguageId { get; init; }

    /// <summary>The version, increased on every change.</summary>
    public int Version { get; init; }

    /// <summary>The whole text.</summary>
    public required string Text { get; init; }
}

/// <summary>Names a document.</summary>
public sealed class TextDocumentIdentifier
{
    /// <summary>The document's URI.</summary>
    public required string Uri { get; init; }

    /// <summary>The version (in change notifications).</summary>
    public int? Version { get; init; }
}

/// <summary><c>textDocument/didOpen</c>.</summary>
public sealed class DidOpenTextDocumentParams
{
    /// <summary>The document.</summary>
    public required TextDocumentItem TextDocument { get; init; }
}

/// <summary><c>textDocument/didChange</c>.</summary>
public sealed class DidChangeTextDocumentParams
{
    /// <summary>The document and its new version.</summary>
    public required TextDocumentIdentifier TextDocument { get; init; }

    /// <summary>The changes, in order.</summary>
    public required TextDocumentContentChangeEvent[] ContentChanges { get; init; }
}

/// <summary>One change: a range replaced by text, or (without a range) the whole new text.</summary>
public sealed class TextDocumentContentChangeEvent
{
    /// <summary>The replaced range; null means <see cref="Text"/> is the whole document.</summary>
    public LspRange? Range { get; init; }

    /// <summary>The new text.</summary>
    public required string Text { get; init; }
}

/// <summary><c>textDocument/didClose</c> and <c>textDocument/didSave</c>.</summary>
public sealed class TextDocumentParams
{
    /// <summary>The document.</summary>
    public required TextDocumentIdentifier TextDocument { get; init; }
}

/// <summary><c>textDocument/publishDiagnostics</c>.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);

/// <summary>A diagnostic as LSP describes it.</summary>
public sealed class LspDiagnostic
{
    /// <summary>Where.</summary>
    public required LspRange Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; init; }

    /// <summary>The rule id (<c>PL201</c>).</summary>
    public string? Code { get; init; }

    /// <summary>The rule's documentation.</summary>
    public CodeDescription? CodeDescription { get; init; }

    /// <summary>Always <c>postlint</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The message, prefixed with the rule's name.</summary>
    public required string Message { get; init; }
}

/// <summary>A link to a rule's documentation.</summary>
public sealed record CodeDescription(string Href);

/// <summary>LSP diagnostic severities.</summary>
public static class DiagnosticSeverity
{
    /// <summary>Error.</summary>
    public const int Error = 1;

    /// <summary>Warning.</summary>
    public const int Warning = 2;

    /// <summary>Information.</summary>
    public const int Information = 3;
}

/// <summary><c>textDocument/codeAction</c>.</summary>
public sealed class CodeActionParams
{
    /// <summary>The document.</summary>
    public required TextDocumentIdentifier TextDocument { get; init; }

    /// <summary>The range the actions are asked for (the cursor or selection).</summary>
    public required LspRange Range { get; init; }

    /// <summary>The diagnostics the client shows there, and the kinds it wants.</summary>
    public CodeActionContext? Context { get; init; }
}

/// <summary>The context of a code action request.</summary>
public sealed class CodeActionContext
{
    /// <summary>Diagnostics overlapping the range.</summary>
    public LspDiagnostic[]? Diagnostics { get; init; }

    /// <summary>Only these kinds (null: any).</summary>
    public string[]? Only { get; init; }
}

/// <summary>A code action.</summary>
public sealed class CodeAction
{
    /// <summary>The title shown in the menu.</summary>
    public required string Title { get; init; }

    /// <summary><c>quickfix</c>.</summary>
    public string Kind { get; init; } = CodeActionKind.QuickFix;

    /// <summary>The diagnostics it resolves.</summary>
    public LspDiagnostic[]? Diagnostics { get; init; }

    /// <summary>True for a safe fix: editors apply it with their "fix" shortcut.</summary>
    public bool? IsPreferred { get; init; }

    /// <summary>The edit.</summary>
    public required WorkspaceEdit Edit { get; init; }
}

/// <summary>A workspace edit: versioned document edits, or plain edits by URI for clients that lack them.</summary>
public sealed class WorkspaceEdit
{
    /// <summary>Edits by document URI.</summary>
    public Dictionary<string, LspTextEdit[]>? Changes { get; init; }

    /// <summary>Edits of a document at a version (refused by the client when the document has changed since).</summary>
    public TextDocumentEdit[]? DocumentChanges { get; init; }
}

/// <summary>Edits of one version of a document.</summary>
public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, LspTextEdit[] Edits);

/// <summary>A document at a version.</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

/// <summary>Replaces a range with text.</summary>
public sealed record LspTextEdit(LspRange Range, string NewText);

/// <summary><c>workspace/didChangeWatchedFiles</c>.</summary>
public sealed class DidChangeWatchedFilesParams
{
    /// <summary>What changed.</summary>
    public required FileEvent[] Changes { get; init; }
}

/// <summary>A file that was created (1), changed (2) or deleted (3).</summary>
public sealed record FileEvent(string Uri, int Type);

/// <summary><c>workspace/didChangeWorkspaceFolders</c>.</summary>
public sealed class DidChangeWorkspaceFoldersParams
{
    /// <summary>Added and removed folders.</summary>
    public required WorkspaceFoldersChangeEvent Event { get; init; }
}

/// <summary>Added and removed workspace folders.</summary>
public sealed class WorkspaceFoldersChangeEvent
{
    /// <summary>New folders.</summary>
    public WorkspaceFolder[] Added { get; init; } = [];

    /// <summary>Folders no longer open.</summary>
    public WorkspaceFolder[] Removed { get; init; } = [];
}

/// <summary><c>client/registerCapability</c>.</summary>
public sealed record RegistrationParams(Registration[] Registrations);

/// <summary>One dynamic registration.</summary>
public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

/// <summary>The files to watch.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(FileSystemWatcher[] Watchers);

/// <summary>A glob pattern to watch.</summary>
public sealed record FileSystemWatcher(string GlobPattern);

/// <summary><c>window/logMessage</c>.</summary>
public sealed record LogMessageParams(int Type, string Message);

/// <summary>A JSON-RPC error object.</summary>
public sealed record ResponseError(int Code, string Message);

/// <summary>JSON-RPC and LSP error codes.</summary>
public static class ErrorCodes
{
    /// <summary>The message is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The JSON is not a valid request.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No such method.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The parameters do not fit the method.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The server failed.</summary>
    public const int InternalError = -32603;

    /// <summary>A request before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;
}

/// <summary>The serializer context: every type the server reads or writes, generated at build time (AOT-clean).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeWorkspaceFoldersParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class LspJsonContext : JsonSerializerContext;
