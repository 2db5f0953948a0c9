using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>Writes a response to the wire: status line, headers, Content-Length, body.</summary>
public static class HttpResponseWriter
{
    public static void Write(HttpResponse response, IBufferWriter<byte> output)
    {
        Append(output, "HTTP/1.1 "u8);
        AppendNumber(output, response.StatusCode);
        Append(output, " "u8);
        Append(output, Reason(response.StatusCode));
        Append(output, "\r\n"u8);
        foreach (var (name, value) in response.Headers.All)
        {
            AppendAscii(output, name);
            Append(output, ": "u8);
            AppendAscii(output, value);
            Append(output, "\r\n"u8);
        }

        Append(output, "Content-Length: "u8);
        AppendNumber(output, response.Body.WrittenCount);
        Append(output, "\r\n\r\n"u8);
        Append(output, response.Body.WrittenSpan);
    }

    private static ReadOnlySpan<byte> Reason(int status) => status switch
    {
        200 => "OK"u8,
        201 => "Created"u8,
        204 => "No Content"u8,
        400 => "Bad Request"u8,
        401 => "Unauthorized"u8,
        403 => "Forbidden"u8,
        404 => "Not Found"u8,
        409 => "Conflict"u8,
        413 => "Content Too Large"u8,
        429 => "Too Many Requests"u8,
        _ => "Internal Server Error"u8,
    };

    private static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static void AppendAscii(IBufferWriter<byte> output, string text)
    {
        var written = Encoding.ASCII.GetBytes(text, output.GetSpan(text.Length));
        output.Advance(written);
    }

    private static void AppendNumber(IBufferWriter<byte> output, int value)
    {
        Utf8Formatter.TryFormat(value, output.GetSpan(11), out var written);
        output.Advance(written);
    }
}
