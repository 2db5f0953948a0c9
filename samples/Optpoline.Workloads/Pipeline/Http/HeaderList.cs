namespace Optpoline.Workloads.Pipeline.Http;

/// <summary>Headers in the order they came or were set; names compare without case. A request has a dozen at most, so a list beats a dictionary.</summary>
public sealed class HeaderList
{
    private readonly List<KeyValuePair<string, string>> _headers = new(12);

    public int Count => _headers.Count;

    public IReadOnlyList<KeyValuePair<string, string>> All => _headers;

    public bool TryGet(string name, out string value)
    {
        foreach (var header in _headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = header.Value;
                return true;
            }
        }

        value = "";
        return false;
    }

    public string? this[string name] => TryGet(name, out var value) ? value : null;

    public void Add(string name, string value) => _headers.Add(new(name, value));

    /// <summary>Replaces the header, or adds it.</summary>
    public void Set(string name, string value)
    {
        for (var i = 0; i < _headers.Count; i++)
        {
            if (string.Equals(_headers[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _headers[i] = new(name, value);
                return;
            }
        }

        _headers.Add(new(name, value));
    }
}
