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

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var chars = 0;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                return chars;
            }

            chars += rune.Utf16SequenceLength;
            offset += consumed;
        }

        return -1;
    }
}
