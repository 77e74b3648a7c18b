using System.Buffers;
using System.Runtime.InteropServices;
using PostLint.Rules.Shared;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Shared;

/// <summary>EmbeddedData: the tool's embedded files, read in place where the runtime maps them.</summary>
public class EmbeddedDataTests
{
    [Fact]
    public void An_embedded_pack_reads_as_the_file_in_rules()
    {
        var bytes = EmbeddedData.Bytes("packs/placeholders/dates.yml");
        Assert.Equal(File.ReadAllBytes(Repo.Path("rules", "placeholders", "dates.yml")), bytes.ToArray());
    }

    [Fact]
    public void Embedded_bytes_are_read_in_place_not_copied()
    {
        // The runtime maps embedded resources (UnmanagedMemoryStream): the memory lies over them, with no array.
        var bytes = EmbeddedData.Bytes("packs/placeholders/dates.yml");
        Assert.True(MemoryMarshal.TryGetMemoryManager(bytes, out MemoryManager<byte>? manager));
        Assert.Equal(bytes.Length, manager!.GetSpan().Length);
        Assert.False(MemoryMarshal.TryGetArray(bytes, out _));
    }

    [Fact]
    public void A_name_nothing_is_embedded_under()
    {
        Assert.Null(EmbeddedData.TryBytes("packs/none.yml"));
        var ex = Assert.Throws<InvalidOperationException>(() => EmbeddedData.Bytes("packs/none.yml"));
        Assert.Equal("'packs/none.yml' is not embedded", ex.Message);
    }

    [Fact]
    public void Cast_reads_the_bytes_as_wider_values_in_place_or_from_a_copy()
    {
        var embedded = EmbeddedData.Bytes("packs/placeholders/dates.yml")[..12];
        var expected = MemoryMarshal.Cast<byte, int>(embedded.ToArray()).ToArray();

        var inPlace = EmbeddedData.Cast<int>(embedded);
        Assert.Equal(expected, inPlace.ToArray());
        Assert.True(MemoryMarshal.TryGetMemoryManager(inPlace, out MemoryManager<int>? _));

        var offset = EmbeddedData.Cast<int>(EmbeddedData.Bytes("packs/placeholders/dates.yml")[4..12]);
        Assert.Equal(expected[1..], offset.ToArray());

        var copied = EmbeddedData.Cast<int>(embedded.ToArray());
        Assert.Equal(expected, copied.ToArray());
        Assert.True(MemoryMarshal.TryGetArray(copied, out _));
    }
}
