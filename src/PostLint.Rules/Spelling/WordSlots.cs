using System.Numerics;

namespace PostLint.Rules.Spelling;

/// <summary>
/// The open-addressing table of hashed words behind <see cref="WordTable"/> (en-typos: each slot a tag of the word's
/// hash and where its line is) and <see cref="EnglishWords"/> (en-words: fingerprints of the known words, hashes of the
/// common ones): a power-of-two number of slots, 0 for an empty one, the first slot of a word chosen by the high bits
/// of its mixed <see cref="MisspellingMatcher.HashWord"/> (<see cref="Mix"/>), then linear probing. The slots are built
/// in an array by the test suite and read in place from a compiled index at a run's start.
/// </summary>
/// <typeparam name="T">The slot: <see cref="uint"/> or <see cref="ulong"/>.</typeparam>
internal readonly struct WordSlots<T>
    where T : unmanaged, IBinaryInteger<T>
{
    private readonly int _shift;

    /// <summary>A table over <paramref name="slots"/>, whose length is a power of two of at least 16 (<see cref="IsCapacity"/>).</summary>
    public WordSlots(ReadOnlyMemory<T> slots)
    {
        if (!IsCapacity(slots.Length))
        {
            throw new ArgumentException("a word table has a power of two of at least 16 slots", nameof(slots));
        }

        Slots = slots;
        _shift = 64 - BitOperations.Log2((uint)slots.Length);
    }

    /// <summary>The slots.</summary>
    public ReadOnlyMemory<T> Slots { get; }

    /// <summary>
    /// FNV-1a's high bits hardly change with a word's last letter (<c>lauched</c>, <c>laucher</c>): a Fibonacci multiply
    /// mixes them before the high bits choose the first slot, or a sorted list's families of words would fill runs of slots.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong hash) => hash * 0x9E3779B97F4A7C15UL;

    /// <summary>The fewest slots, a power of two of at least 16, that hold <paramref name="atLeast"/>.</summary>
    public static int Capacity(int atLeast)
    {
        var capacity = 16;
        while (capacity < atLeast)
        {
            capacity <<= 1;
        }

        return capacity;
    }

    /// <summary>Whether a table may have <paramref name="capacity"/> slots.</summary>
    public static bool IsCapacity(int capacity) => capacity >= 16 && (capacity & (capacity - 1)) == 0;

    /// <summary>The slot where the probe of the mixed hash <paramref name="mixed"/> starts.</summary>
    public int First(ulong mixed) => (int)(mixed >> _shift);

    /// <summary>
    /// Puts <paramref name="value"/> (not 0) into the first free slot of the probe of <paramref name="mixed"/> in
    /// <paramref name="slots"/>, a table being built, unless the probe meets <paramref name="value"/> first and
    /// <paramref name="once"/> is set.
    /// </summary>
    public static void Add(Span<T> slots, ulong mixed, T value, bool once)
    {
        var mask = slots.Length - 1;
        var slot = (int)(mixed >> (64 - BitOperations.Log2((uint)slots.Length)));
        while (slots[slot] != T.Zero && !(once && slots[slot] == value))
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = value;
    }

    /// <summary>Whether the probe of <paramref name="mixed"/> meets <paramref name="value"/> before an empty slot.</summary>
    public bool Contains(ulong mixed, T value)
    {
        var slots = Slots.Span;
        var mask = slots.Length - 1;
        for (var slot = First(mixed); ; slot = (slot + 1) & mask)
        {
            var v = slots[slot];
            if (v == value)
            {
                return true;
            }

            if (v == T.Zero)
            {
                return false;
            }
        }
    }

    /// <summary>The values the probe of <paramref name="mixed"/> meets before an empty slot, in order.</summary>
    public Probe Find(ulong mixed) => new(Slots.Span, First(mixed));

    /// <summary>The values of one probe (<see cref="Find"/>): <c>foreach (var value in table.Find(mixed))</c>.</summary>
    public ref struct Probe(ReadOnlySpan<T> slots, int first)
    {
        private readonly ReadOnlySpan<T> _slots = slots;
        private int _slot = first;
        private bool _started;

        /// <summary>The value of the current slot.</summary>
        public readonly T Current => _slots[_slot];

        /// <summary>The probe itself (for <c>foreach</c>).</summary>
        public readonly Probe GetEnumerator() => this;

        /// <summary>Moves to the next slot of the probe; false at an empty one.</summary>
        public bool MoveNext()
        {
            if (_started)
            {
                _slot = (_slot + 1) & (_slots.Length - 1);
            }

            _started = true;
            return _slots[_slot] != T.Zero;
        }
    }
}
