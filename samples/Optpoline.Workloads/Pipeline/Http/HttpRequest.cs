namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>A request as parsed from the wire.</summary>
public sealed class HttpRequest(RequestMethod method, string path, string query, HeaderList headers, ReadOnlyMemory<byte> body)
{
    public RequestMethod Method { get; } = method;

    /// <summary>The path, without the query string.</summary>
    public string Path { get; } = path;

    /// <summary>The query string without its '?', or empty.</summary>
    public string Query { get; } = query;

    public HeaderList Headers { get; } = headers;

    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>A query parameter's value, or null.</summary>
    public string? QueryValue(string name)
    {
        foreach (var range in Query.AsSpan().Split('&'))
        {
            var pair = Query.AsSpan()[range];
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals].SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..].ToString());
            }
        }

        return null;
    }
}
