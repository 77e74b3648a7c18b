using PostLint.Diagnostics;
using PostLint.Documents;
using PostLint.Lsp.Protocol;
using Diagnostic = PostLint.Diagnostics.Diagnostic;

namespace PostLint.Lsp;

/// <summary>
/// Turns PostLint's findings into LSP diagnostics and code actions. PostLint's lines and columns are 1-based and
/// count UTF-16 code units, LSP's are 0-based in the same units (its default encoding), so a position moves by one;
/// only a byte order mark, which PostLint does not count and an editor buffer may hold, shifts the first line.
/// </summary>
internal static class LspFindings
{
    /// <summary>The LSP diagnostic of a finding.</summary>
    public static LspDiagnostic ToLsp(Diagnostic d, LintOutcome outcome) => new()
    {
        Range = new LspRange(ToLsp(d.Start, outcome.BomShift), ToLsp(d.End, outcome.BomShift)),
        Severity = d.Severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        },
        Code = d.Rule.Id,
        CodeDescription = new CodeDescription(d.Rule.HelpUri),
        Source = "postlint",
        Message = d.MessageIn(outcome.Language),
    };

    /// <summary>Every finding of a lint as LSP diagnostics.</summary>
    public static LspDiagnostic[] ToLsp(LintOutcome outcome) => outcome.Diagnostics.Select(d => ToLsp(d, outcome)).ToArray();

    private static Position ToLsp(LinePosition p, int bomShift) =>
        new(p.Line - 1, p.Column - 1 + (p.Line == 1 ? bomShift : 0));

    private static Position PositionOf(LintOutcome outcome, int offset) => ToLsp(outcome.Source.GetPosition(offset), outcome.BomShift);

    /// <summary>
    /// The code actions for the findings that touch <paramref name="range"/>: each finding's fix (a safe one is the
    /// preferred quick fix; an unsafe one, which may change meaning, is offered but not preferred), then one
    /// "disable" action per rule, which writes the suppression comment PostLint reads.
    /// </summary>
    public static List<CodeAction> Actions(string uri, LintOutcome outcome, LspRange range, bool versioned)
    {
        var actions = new List<CodeAction>();
        var disables = new List<CodeAction>();
        var disabled = new HashSet<(string Rule, int Line)>();
        foreach (var d in outcome.Diagnostics)
        {
            var lsp = ToLsp(d, outcome);
            if (!Touches(lsp.Range, range) || d.Rule.IsAlwaysReported)
            {
                continue;
            }

            if (d.Fix is { } fix)
            {
                var edits = fix.Edits.Select(e => new LspTextEdit(new LspRange(PositionOf(outcome, e.Range.Start), PositionOf(outcome, e.Range.End)), e.NewText)).ToArray();
                actions.Add(new CodeAction
                {
                    Title = fix.Safety == FixSafety.Safe ? fix.TitleIn(outcome.Language) : LspMessages.UnsafeFix.Format(outcome.Language, fix.TitleIn(outcome.Language)),
                    Diagnostics = [lsp],
                    IsPreferred = fix.Safety == FixSafety.Safe ? true : null,
                    Edit = Edit(uri, outcome.Version, edits, versioned),
                });
            }

            if (disabled.Add((d.Rule.Id, d.Start.Line)) && Suppression(outcome, d) is { } suppression)
            {
                disables.Add(new CodeAction
                {
                    Title = suppression.Title,
                    Diagnostics = [lsp],
                    Edit = Edit(uri, outcome.Version, [suppression.Edit], versioned),
                });
            }
        }

        actions.AddRange(disables);
        return actions;
    }

    private static WorkspaceEdit Edit(string uri, int version, LspTextEdit[] edits, bool versioned) => versioned
        ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(uri, version), edits)] }
        : new WorkspaceEdit { Changes = new Dictionary<string, LspTextEdit[]>(StringComparer.Ordinal) { [uri] = edits } };

    // Whether two ranges overlap or touch (a cursor at either end of a finding's range is on it).
    private static bool Touches(LspRange a, LspRange b) => !Before(a.End, b.Start) && !Before(b.End, a.Start);

    private static bool Before(Position a, Position b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);

    /// <summary>
    /// The suppression comment for a finding, placed where it changes nothing that is published: in front matter a YAML
    /// comment line above the key (<c># postlint-disable-next-line NAME</c>); in the body an HTML comment at the end of
    /// the finding's line (<c>&lt;!-- postlint-disable-line NAME --&gt;</c>), inside a table row's last cell so the row
    /// keeps its cells; for a finding about the whole file (on the front matter's delimiters or at its very start) a
    /// <c>disable-file</c> comment.
    /// </summary>
    private static (string Title, LspTextEdit Edit)? Suppression(LintOutcome outcome, Diagnostic d)
    {
        var source = outcome.Source;
        var text = source.Text;
        var name = d.Rule.Name;
        var newline = OpenDocument.LineBreakOf(text);
        var fm = FrontMatter.Find(text, json: outcome.JsonFrontMatter);
        var lineStart = source.GetLineStart(d.Start.Line);
        var fileLevel = d.Range is { Start: 0, End: 0 } || (fm is not null && fm.Block.Contains(d.Range.Start) && !fm.Content.Contains(lineStart));
        if (fileLevel)
        {
            if (fm is { Kind: FrontMatterKind.Yaml, IsClosed: true })
            {
                return (LspMessages.DisableFile.Format(outcome.Language, name), Insert(outcome, fm.Content.Start, $"# postlint-disable-file {name}{newline}"));
            }

            var at = fm is { IsClosed: true } ? fm.Block.End : 0;
            return (LspMessages.DisableFile.Format(outcome.Language, name), Insert(outcome, at, $"<!-- postlint-disable-file {name} -->{newline}"));
        }

        if (fm is { Kind: FrontMatterKind.Yaml } && fm.Content.Contains(lineStart))
        {
            var indent = text.AsSpan(lineStart, source.GetLineEnd(d.Start.Line) - lineStart);
            indent = indent[..(indent.Length - indent.TrimStart(" \t").Length)];
            return (LspMessages.DisableLine.Format(outcome.Language, name), Insert(outcome, lineStart, $"{indent}# postlint-disable-next-line {name}{newline}"));
        }

        if (fm is not null && fm.Block.Contains(lineStart))
        {
            return null; // TOML or JSON front matter: PostLint reads suppressions only in YAML comments there
        }

        var lineEnd = source.GetLineEnd(d.Start.Line);
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd(" \t");
        var comment = $"<!-- postlint-disable-line {name} -->";
        if (line.Length > 1 && line.TrimStart(" \t").StartsWith("|") && line.EndsWith("|") && !line.EndsWith("\\|"))
        {
            return (LspMessages.DisableLine.Format(outcome.Language, name), Insert(outcome, lineStart + line.Length - 1, comment + " "));
        }

        return (LspMessages.DisableLine.Format(outcome.Language, name), Insert(outcome, lineStart + line.Length, " " + comment));
    }

    private static LspTextEdit Insert(LintOutcome outcome, int offset, string text)
    {
        var at = PositionOf(outcome, offset);
        return new LspTextEdit(new LspRange(at, at), text);
    }
}
