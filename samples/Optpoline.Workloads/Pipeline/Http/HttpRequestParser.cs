using System.Buffers.Text;
using System.Text;

namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>Parses an HTTP/1.1 request: request line, headers, and a body of Content-Length bytes.</summary>
public static class HttpRequestParser
{
    /// <summary>Parses one complete request.</summary>
    /// <exception cref="BadRequestException">The bytes are not a well-formed request.</exception>
    public static HttpRequest Parse(ReadOnlyMemory<byte> raw)
    {
        var span = raw.Span;
        var end = span.IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new BadRequestException("the request has no end of headers");
        }

        var lineEnd = span.IndexOf("\r\n"u8);
        var line = span[..lineEnd];
        var firstSpace = line.IndexOf((byte)' ');
        var lastSpace = line.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace || !line[(lastSpace + 1)..].SequenceEqual("HTTP/1.1"u8))
        {
            throw new BadRequestException("malformed request line");
        }

        var method = Method(line[..firstSpace]);
        var target = line[(firstSpace + 1)..lastSpace];
        var question = target.IndexOf((byte)'?');
        var path = Encoding.ASCII.GetString(question < 0 ? target : target[..question]);
        var query = question < 0 ? "" : Encoding.ASCII.GetString(target[(question + 1)..]);

        var headers = new HeaderList();
        var contentLength = 0;
        var rest = span[(lineEnd + 2)..(end + 2)];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf("\r\n"u8);
            var header = rest[..next];
            rest = rest[(next + 2)..];
            var colon = header.IndexOf((byte)':');
            if (colon <= 0)
            {
                throw new BadRequestException("malformed header");
            }

            var name = Encoding.ASCII.GetString(header[..colon]);
            var value = Encoding.ASCII.GetString(header[(colon + 1)..].Trim((byte)' '));
            if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase)
                && (!Utf8Parser.TryParse(header[(colon + 1)..].Trim((byte)' '), out contentLength, out _) || contentLength < 0))
            {
                throw new BadRequestException("invalid Content-Length");
            }

            headers.Add(name, value);
        }

        var bodyStart = end + 4;
        if (raw.Length - bodyStart != contentLength)
        {
            throw new BadRequestException("the body is not Content-Length bytes long");
        }

        return new HttpRequest(method, path, query, headers, raw[bodyStart..]);
    }

    private static RequestMethod Method(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("GET"u8) ? RequestMethod.Get
        : name.SequenceEqual("POST"u8) ? RequestMethod.Post
        : name.SequenceEqual("PUT"u8) ? RequestMethod.Put
        : name.SequenceEqual("DELETE"u8) ? RequestMethod.Delete
        : throw new BadRequestException("unsupported method " + Encoding.ASCII.GetString(name));
}
