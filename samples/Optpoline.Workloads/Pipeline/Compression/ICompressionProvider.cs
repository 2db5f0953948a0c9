using System.Buffers;

namespace Optpoline.Workloads.Pipeline.Compression;

/// <summary>A content coding the server can produce.</summary>
public interface ICompressionProvider
{
    /// <summary>The Content-Encoding token: <c>br</c>, <c>gzip</c>.</summary>
    string Encoding { get; }

    void Compress(ReadOnlySpan<byte> input, IBufferWriter<byte> output);
}
