using System.Text;
using PostLint.Lsp.Protocol;

namespace PostLint.Lsp;

/// <summary>
/// A document the editor has open: its URI, its path on disk (for a <c>file:</c> URI), and the text of the editor's
/// buffer, which is what gets linted, whatever the file on disk holds.
/// </summary>
internal sealed class OpenDocument
{
    public OpenDocument(string uri, string? fullPath, int version, string text)
    {
        Uri = uri;
        FullPath = fullPath;
        Version = version;
        Text = text;
    }

    /// <summary>The URI exactly as the client wrote it (diagnostics are published under the same string).</summary>
    public string Uri { get; }

    /// <summary>The absolute path for a <c>file:</c> URI, else null (such a document is not linted).</summary>
    public string? FullPath { get; }

    /// <summary>The client's version of the text.</summary>
    public int Version { get; private set; }

    /// <summary>The buffer's text.</summary>
    public string Text { get; private set; }

    /// <summary>The last lint of this document, or null before the first.</summary>
    public LintOutcome? Outcome { get; set; }

    /// <summary>Applies the changes of one <c>didChange</c>, in order, and takes the new version.</summary>
    public void Apply(int? version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        foreach (var change in changes)
        {
            if (change.Range is not { } range)
            {
                text = change.Text;
                continue;
            }

            var start = ToOffset(text, range.Start);
            var end = Math.Max(start, ToOffset(text, range.End));
            text = string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
        }

        Text = text;
        Version = version ?? Version + 1;
    }

    /// <summary>
    /// The offset of an LSP position (zero-based line, UTF-16 character) in <paramref name="text"/>. A line past the end
    /// is the end of the text; a character past the end of its line is the end of that line (before its break), as
    /// the specification asks. LF, CRLF and a lone CR end lines, as in PostLint's own line table.
    /// </summary>
    public static int ToOffset(string text, Position position)
    {
        var offset = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var next = text.AsSpan(offset).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return text.Length;
            }

            offset += next;
            offset += text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n' ? 2 : 1;
        }

        var lineEnd = text.AsSpan(offset).IndexOfAny('\r', '\n');
        var length = lineEnd < 0 ? text.Length - offset : lineEnd;
        return offset + Math.Clamp(position.Character, 0, length);
    }

    /// <summary>The line break the document uses most (for inserted lines): CRLF when its first break is one, else LF.</summary>
    public static string LineBreakOf(string text)
    {
        var first = text.IndexOfAny(['\r', '\n']);
        return first >= 0 && text[first] == '\r' ? (first + 1 < text.Length && text[first + 1] == '\n' ? "\r\n" : "\r") : "\n";
    }

    /// <summary>The absolute path of a <c>file:</c> URI, or null for any other scheme or a URI that does not parse.</summary>
    public static string? PathOf(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    /// <summary>The <c>file:</c> URI of an absolute path, with every byte outside unreserved ASCII percent-encoded.</summary>
    public static string UriOf(string fullPath)
    {
        var path = fullPath.Replace('\\', '/');
        var builder = new StringBuilder("file://");
        if (!path.StartsWith('/'))
        {
            builder.Append('/'); // C:/x -> file:///C:/x
        }

        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or ':')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
