using System.Buffers;
using System.Text;

namespace PostLint.Documents;

/// <summary>Finds where a UTF-8 file stops being valid, as an offset into the decoded text.</summary>
public static class Utf8Validation
{
    /// <summary>
    /// The offset in the decoded text (BOM excluded, as in <see cref="SourceText"/>) of the first replacement character
    /// that an invalid byte sequence produced, or -1 when <paramref name="bytes"/> is valid UTF-8.
    /// </summary>
    public static int FirstInvalidChar(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        // Invalid input: the loop stops at the first sequence that does not decode (a truncated one at the end too).
        var rest = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var chars = 0;
        while (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == OperationStatus.Done)
        {
            chars += rune.Utf16SequenceLength;
            rest = rest[consumed..];
        }

        return chars;
    }
}
