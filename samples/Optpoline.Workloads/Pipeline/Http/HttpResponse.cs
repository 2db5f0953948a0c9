using System.Buffers;

namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>The response being built: status, headers, and a body buffer that stages write to.</summary>
public sealed class HttpResponse
{
    public int StatusCode { get; set; } = 200;

    public HeaderList Headers { get; } = new();

    public ArrayBufferWriter<byte> Body { get; private set; } = new(1024);

    /// <summary>Replaces the body (compression writes a new one).</summary>
    public void ReplaceBody(ArrayBufferWriter<byte> body) => Body = body;
}
