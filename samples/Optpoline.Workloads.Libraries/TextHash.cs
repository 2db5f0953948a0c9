using System.Runtime.InteropServices;
using System.Text;

namespace Optpoline.Workloads.Libraries;

/// <summary>Folds text into an <see cref="Fnv1a"/> as its UTF-16 bytes, without making a string of it.</summary>
internal static class TextHash
{
    /// <summary>Adds the code units of <paramref name="text"/>, then its length (so "ab" + "c" differs from "a" + "bc").</summary>
    public static void AddText(this ref Fnv1a hash, ReadOnlySpan<char> text)
    {
        hash.Add(MemoryMarshal.AsBytes(text));
        hash.Add(text.Length);
    }

    /// <summary>Adds what <paramref name="text"/> holds, chunk by chunk, then its length.</summary>
    public static void AddText(this ref Fnv1a hash, StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            hash.Add(MemoryMarshal.AsBytes(chunk.Span));
        }

        hash.Add(text.Length);
    }
}
