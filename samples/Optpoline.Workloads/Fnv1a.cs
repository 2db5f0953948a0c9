using System.Buffers.Binary;

namespace Optpoline.Workloads;

/// <summary>A 64-bit FNV-1a hash: the checksums that show two builds computed the same thing.</summary>
public struct Fnv1a
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _hash;
    private bool _started;

    /// <summary>The hash of everything added so far.</summary>
    public readonly ulong Value => _started ? _hash : OffsetBasis;

    /// <summary>Adds bytes.</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        var hash = Value;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        _hash = hash;
        _started = true;
    }

    /// <summary>Adds a number (its eight little-endian bytes).</summary>
    public void Add(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        Add(bytes);
    }

    /// <summary>Adds a string (its UTF-16 code units).</summary>
    public void Add(string value)
    {
        foreach (var c in value)
        {
            Add(c);
        }

        Add(-1L);
    }

    /// <summary>The hash of <paramref name="bytes"/> alone.</summary>
    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = default(Fnv1a);
        hash.Add(bytes);
        return hash.Value;
    }
}
