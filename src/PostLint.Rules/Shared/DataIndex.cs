using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PostLint.Rules.Shared;

/// <summary>
/// The file format of the tables the test suite compiles into <c>src/PostLint.Rules/*/Compiled/</c> so that a run reads
/// them in place (<see cref="EmbeddedData"/>) instead of building them: a header (four magic letters, a version, the
/// source's fingerprint, four numbers the table's owner chooses) and arrays of numbers one after another, each with
/// its length, 8-byte aligned, in the machine's byte order (little-endian; a big-endian machine builds the table).
/// </summary>
public static class DataIndex
{
    private const int HeaderSize = 40;

    /// <summary>Writes an index: <see cref="Add{T}(ReadOnlySpan{T})"/> each array in the order the reader takes them.</summary>
    public sealed class Writer
    {
        private readonly List<byte> _bytes = new(HeaderSize);

        /// <summary>Starts an index of the kind <paramref name="magic"/> (four ASCII letters).</summary>
        public Writer(string magic, int version, ulong source, int a = 0, int b = 0, int c = 0, int d = 0)
        {
            if (magic.Length != 4)
            {
                throw new ArgumentException("an index kind is four letters", nameof(magic));
            }

            Span<byte> header = stackalloc byte[HeaderSize];
            for (var i = 0; i < 4; i++)
            {
                header[i] = (byte)magic[i];
            }

            BinaryPrimitives.WriteInt32LittleEndian(header[4..], version);
            BinaryPrimitives.WriteUInt64LittleEndian(header[8..], source);
            BinaryPrimitives.WriteInt32LittleEndian(header[16..], a);
            BinaryPrimitives.WriteInt32LittleEndian(header[20..], b);
            BinaryPrimitives.WriteInt32LittleEndian(header[24..], c);
            BinaryPrimitives.WriteInt32LittleEndian(header[28..], d);
            _bytes.AddRange(header);
        }

        /// <summary>Appends an array.</summary>
        public Writer Add<T>(ReadOnlySpan<T> values)
            where T : unmanaged
        {
            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("indexes are written on a little-endian machine");
            }

            var bytes = MemoryMarshal.AsBytes(values);
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            _bytes.AddRange(length);
            _bytes.AddRange(bytes);
            while (_bytes.Count % 8 != 0)
            {
                _bytes.Add(0);
            }

            return this;
        }

        /// <summary>The index's bytes.</summary>
        public byte[] ToArray() => [.. _bytes];
    }

    /// <summary>Reads an index in place: each <see cref="Next{T}"/> is the next array, over the index's own bytes.</summary>
    public sealed class Reader
    {
        private readonly ReadOnlyMemory<byte> _index;
        private int _at = HeaderSize;

        private Reader(ReadOnlyMemory<byte> index, int a, int b, int c, int d)
        {
            _index = index;
            A = a;
            B = b;
            C = c;
            D = d;
        }

        /// <summary>The numbers of the header.</summary>
        public int A { get; }

        /// <inheritdoc cref="A"/>
        public int B { get; }

        /// <inheritdoc cref="A"/>
        public int C { get; }

        /// <inheritdoc cref="A"/>
        public int D { get; }

        /// <summary>
        /// A reader of <paramref name="index"/>, or null when it is not an index of this kind and version written from
        /// the source whose fingerprint is <paramref name="source"/> (the caller then builds the table).
        /// </summary>
        public static Reader? Open(ReadOnlyMemory<byte> index, string magic, int version, ulong source)
        {
            var header = index.Span;
            if (!BitConverter.IsLittleEndian || header.Length < HeaderSize || header.Length % 8 != 0 ||
                BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != version ||
                BinaryPrimitives.ReadUInt64LittleEndian(header[8..]) != source)
            {
                return null;
            }

            for (var i = 0; i < 4; i++)
            {
                if (header[i] != magic[i])
                {
                    return null;
                }
            }

            return new Reader(
                index,
                BinaryPrimitives.ReadInt32LittleEndian(header[16..]),
                BinaryPrimitives.ReadInt32LittleEndian(header[20..]),
                BinaryPrimitives.ReadInt32LittleEndian(header[24..]),
                BinaryPrimitives.ReadInt32LittleEndian(header[28..]));
        }

        /// <summary>The next array, in place when the index is.</summary>
        /// <exception cref="FormatException">The index ends before it, or its length is not a whole number of <typeparamref name="T"/>.</exception>
        public unsafe ReadOnlyMemory<T> Next<T>()
            where T : unmanaged
        {
            var rest = _index.Span[_at..];
            var length = rest.Length >= 8 ? BinaryPrimitives.ReadInt64LittleEndian(rest) : -1;
            if (length < 0 || length > rest.Length - 8 || length % sizeof(T) != 0)
            {
                throw new FormatException("the index ends before its tables do");
            }

            var start = _at + 8;
            _at = start + (int)((length + 7) & ~7L);
            return EmbeddedData.Cast<T>(_index.Slice(start, (int)length));
        }

        /// <summary>Whether every array has been read.</summary>
        public bool AtEnd => _at == _index.Length;
    }

    /// <summary>FNV-1a over <paramref name="bytes"/>, continuing from <paramref name="hash"/>: a table's source fingerprint.</summary>
    public static ulong Fingerprint(ReadOnlySpan<byte> bytes, ulong hash = 14695981039346656037UL)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
