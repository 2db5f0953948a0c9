using System.Buffers;
using System.IO.Compression;

namespace Optpoline.Workloads.Pipeline.Compression;

/// <summary>Brotli at quality 1: the fastest setting, as servers use for dynamic responses.</summary>
public sealed class BrotliCompressionProvider : ICompressionProvider
{
    public string Encoding => "br";

    public void Compress(ReadOnlySpan<byte> input, IBufferWriter<byte> output)
    {
        using var encoder = new BrotliEncoder(quality: 1, window: 18);
        var destination = output.GetSpan(BrotliEncoder.GetMaxCompressedLength(input.Length));
        if (encoder.Compress(input, destination, out _, out var written, isFinalBlock: true) != OperationStatus.Done)
        {
            throw new InvalidOperationException("brotli could not compress the response");
        }

        output.Advance(written);
    }
}
