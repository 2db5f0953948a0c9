using System.Buffers;
using Optpoline.Workloads.Pipeline.Compression;

namespace Optpoline.Workloads.Pipeline.Middleware;

/// <summary>
/// Compresses JSON responses of at least <see cref="MinimumBytes"/> with the first coding, in the
/// server's order of preference, that the client accepts.
/// </summary>
public sealed class ResponseCompressionMiddleware(IReadOnlyList<ICompressionProvider> providers) : IMiddleware
{
    public const int MinimumBytes = 1_024;

    public void Invoke(RequestContext context, IRequestHandler next)
    {
        next.Handle(context);

        var response = context.Response;
        if (response.Body.WrittenCount < MinimumBytes
            || !context.Request.Headers.TryGet("Accept-Encoding", out var accepted)
            || response.Headers["Content-Type"] is not { } type || !type.StartsWith("application/json", StringComparison.Ordinal)
            || response.Headers["Content-Encoding"] is not null)
        {
            return;
        }

        foreach (var provider in providers)
        {
            if (Accepts(accepted, provider.Encoding))
            {
                var compressed = new ArrayBufferWriter<byte>(response.Body.WrittenCount / 2);
                provider.Compress(response.Body.WrittenSpan, compressed);
                response.ReplaceBody(compressed);
                response.Headers.Set("Content-Encoding", provider.Encoding);
                response.Headers.Set("Vary", "Accept-Encoding");
                return;
            }
        }
    }

    private static bool Accepts(string header, string coding)
    {
        foreach (var range in header.AsSpan().Split(','))
        {
            var token = header.AsSpan()[range].Trim();
            var semicolon = token.IndexOf(';');
            if ((semicolon < 0 ? token : token[..semicolon]).Trim().Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
