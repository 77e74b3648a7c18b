using System.Collections.Concurrent;
using System.Text;

namespace PostLint.Rules.Spelling;

/// <summary>
/// A large list of whole-word English misspellings — the built-in list <c>en-typos</c>
/// (<c>rules/misspellings/en-typos.txt</c>, generated from typos' dictionary) — kept as its text plus a hash table from
/// each wrong form to its line. The table of the built-in list is compiled by the test suite
/// (<c>Spelling/Compiled/en-typos.index</c>), so loading it reads both in place (<see cref="Shared.EmbeddedData"/>), with no copy, no hashing and no object per entry,
/// where an automaton of its forms took about 200 ms to build. An entry is made the first time its form is found. <see cref="MisspellingMatcher"/> looks up each whole Latin word of the prose with the hash it already
/// takes of the word (<see cref="MisspellingMatcher.HashWord"/>).
/// </summary>
/// <remarks>
/// The text is a codespell dictionary whose wrong forms are lower-case ASCII letters: <c>wrong-&gt;right</c> (a safe
/// fix) or <c>wrong-&gt;a, b,</c> (the suggestions, no fix); lines starting with <c>#</c> are comments. A form matches
/// a whole Latin word written in lower case or with a capital first letter only (<c>udpate</c>, <c>Udpate</c>): a word
/// in capitals (<c>FILS</c>, <c>OLT</c>) or with a capital inside (<c>PackageId</c>, <c>OptIn</c>) is an acronym or an
/// identifier, whose parts the list does not know.
/// </remarks>
public sealed class WordTable
{
    // A slot holds 10 bits of the word's mixed hash above the offset + 1 of its line (so a list may be up to 4 MB); 0 is
    // an empty slot. Linear probing, at most half full.
    private const int OffsetBits = 22;
    private const uint OffsetMask = (1u << OffsetBits) - 1;
    private const int HeaderSize = 20;
    private static ReadOnlySpan<byte> Magic => "PLWT"u8;

    private readonly ReadOnlyMemory<byte> _text;
    private readonly WordSlots<uint> _slots;
    private readonly ConcurrentDictionary<int, MisspellingEntry> _made = new();

    private WordTable(string displayPath, ReadOnlyMemory<byte> text, ReadOnlyMemory<uint> slots, int count)
    {
        DisplayPath = displayPath;
        _text = text;
        _slots = new WordSlots<uint>(slots);
        Count = count;
    }

    /// <summary>How the list is named in messages (<c>rules/misspellings/en-typos.txt</c>).</summary>
    public string DisplayPath { get; }

    /// <summary>The number of wrong forms.</summary>
    public int Count { get; }

    /// <summary>Reads a list in the format of the remarks and builds its hash table (a few milliseconds for the built-in list).</summary>
    /// <exception cref="FormatException">A line is not <c>wrong-&gt;suggestion</c> with a lower-case ASCII wrong form, a form is listed twice, or the text is over 4 MB.</exception>
    public static WordTable Read(string displayPath, ReadOnlyMemory<byte> text)
    {
        var span = text.Span;
        if (span.Length >= OffsetMask)
        {
            throw new FormatException($"{displayPath}: a word table holds at most {OffsetMask - 1} bytes");
        }

        var lines = span.Count((byte)'\n') + 1;
        var slots = new uint[WordSlots<uint>.Capacity(lines * 2)];
        var table = new WordSlots<uint>(slots);
        var count = 0;
        var at = 0;
        while (at < span.Length)
        {
            var end = span[at..].IndexOf((byte)'\n');
            end = end < 0 ? span.Length : at + end;
            var line = span[at..end];
            if (!line.IsEmpty && line[0] != '#' && line.TrimEnd((byte)'\r').Length > 0)
            {
                var h = MisspellingMatcher.HashSeed;
                var i = 0;
                for (; i < line.Length && line[i] is >= (byte)'a' and <= (byte)'z'; i++)
                {
                    h = MisspellingMatcher.HashStep(h, line[i]);
                }

                if (i == 0 || i + 2 >= line.Length || line[i] != '-' || line[i + 1] != '>' || line[(i + 2)..].Trim(" \t\r"u8).IsEmpty)
                {
                    throw new FormatException($"{displayPath}:{LineNumber(span, at)}: expected 'wrong->right' with a lower-case wrong form");
                }

                var m = WordSlots<uint>.Mix(h);
                var tag = Tag(m);
                foreach (var value in table.Find(m))
                {
                    var other = (int)(value & OffsetMask) - 1;
                    if ((value & ~OffsetMask) == tag && FormAt(span, other).SequenceEqual(line[..i]))
                    {
                        throw new FormatException($"{displayPath}:{LineNumber(span, at)}: '{Encoding.ASCII.GetString(line[..i])}' is already listed on line {LineNumber(span, other)}");
                    }
                }

                WordSlots<uint>.Add(slots, m, tag | (uint)(at + 1), once: false);
                count++;
            }

            at = end + 1;
        }

        return new WordTable(displayPath, text, slots, count);
    }

    /// <summary>
    /// The table's index: what <see cref="Load"/> reads back instead of building it. The built-in list's index is
    /// compiled by the test suite into <c>src/PostLint.Rules/Spelling/Compiled/</c>, so a run reads it in place.
    /// </summary>
    public byte[] WriteIndex()
    {
        var slots = _slots.Slots.Span;
        var bytes = new byte[HeaderSize + (slots.Length * 4)];
        Magic.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 1);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), _text.Length);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), Count);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(HeaderSize + (i * 4)), slots[i]);
        }

        return bytes;
    }

    /// <summary>
    /// The table of <paramref name="text"/> from its index (<see cref="WriteIndex"/>), read in place when the index is
    /// (<see cref="Shared.EmbeddedData"/>); built with <see cref="Read"/> instead when the index is not one written for
    /// a text of this length.
    /// </summary>
    public static WordTable Load(string displayPath, ReadOnlyMemory<byte> text, ReadOnlyMemory<byte> index)
    {
        var header = index.Span;
        if (!BitConverter.IsLittleEndian || header.Length < HeaderSize ||
            !header[..4].SequenceEqual(Magic) ||
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != 1 ||
            System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header[8..]) != text.Length)
        {
            return Read(displayPath, text);
        }

        var count = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
        var capacity = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
        if (!WordSlots<uint>.IsCapacity(capacity) || count >= capacity || header.Length - HeaderSize != (long)capacity * 4)
        {
            return Read(displayPath, text);
        }

        return new WordTable(displayPath, text, Shared.EmbeddedData.Cast<uint>(index[HeaderSize..]), count);
    }

    /// <summary>
    /// The entry of the whole word <paramref name="word"/>, whose <see cref="MisspellingMatcher.HashWord"/> is
    /// <paramref name="hash"/>, or null when the word is not a wrong form or is not written in lower case or with a
    /// capital first letter only.
    /// </summary>
    public MisspellingEntry? Find(ReadOnlySpan<char> word, ulong hash)
    {
        var text = _text.Span;
        var m = WordSlots<uint>.Mix(hash);
        var tag = Tag(m);
        foreach (var value in _slots.Find(m))
        {
            if ((value & ~OffsetMask) == tag)
            {
                var line = (int)(value & OffsetMask) - 1;
                if (Matches(word, FormAt(text, line)))
                {
                    return _made.TryGetValue(line, out var made) ? made : _made.GetOrAdd(line, Make(line));
                }
            }
        }

        return null;
    }

    /// <summary>Whether the text's word is the form, in lower case or with a capital first letter only.</summary>
    private static bool Matches(ReadOnlySpan<char> word, ReadOnlySpan<byte> form)
    {
        if (word.Length != form.Length || (word[0] | 0x20) != form[0])
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] != form[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>10 bits of the mixed hash that do not choose the slot, in a slot's place.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Tag(ulong mixed) => (uint)(mixed >> 8) & ~OffsetMask;

    private static ReadOnlySpan<byte> FormAt(ReadOnlySpan<byte> text, int line) =>
        text[line..(line + text[line..].IndexOf((byte)'-'))];

    private static int LineNumber(ReadOnlySpan<byte> text, int offset) => text[..offset].Count((byte)'\n') + 1;

    private MisspellingEntry Make(int line)
    {
        var text = _text.Span[line..];
        var end = text.IndexOf((byte)'\n');
        text = (end < 0 ? text : text[..end]).TrimEnd((byte)'\r');
        var arrow = text.IndexOf("->"u8);
        var wrong = Encoding.ASCII.GetString(text[..arrow]);
        var data = Encoding.UTF8.GetString(text[(arrow + 2)..]).Trim();
        var number = LineNumber(_text.Span, line);
        if (!data.EndsWith(',') && !data.Contains(',', StringComparison.Ordinal))
        {
            return new MisspellingEntry(wrong, data) { OriginFile = DisplayPath, OriginLine = number };
        }

        var suggestions = data.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new MisspellingEntry([wrong], suggestions) { Fixable = false, OriginFile = DisplayPath, OriginLine = number };
    }
}
