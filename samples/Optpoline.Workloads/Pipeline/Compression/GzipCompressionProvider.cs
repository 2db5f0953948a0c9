using System.Buffers;
using System.IO.Compression;

namespace Optpoline.Workloads.Pipeline.Compression;

/// <summary>gzip at the fastest level.</summary>
public sealed class GzipCompressionProvider : ICompressionProvider
{
    public string Encoding => "gzip";

    public void Compress(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        using var buffer = new MemoryStream(input.Length / 2);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(input);
        }

        var compressed = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        compressed.CopyTo(output.GetSpan(compressed.Length));
        output.Advance(compressed.Length);
    }
}
