namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>The values routing took from the path, by parameter name.</summary>
public sealed class RouteValues
{
    private readonly List<KeyValuePair<string, string>> _values = new(2);

    public void Add(string name, string value) => _values.Add(new(name, value));

    public void Clear() => _values.Clear();

    public bool TryGet(string name, out string value)
    {
        foreach (var pair in _values)
        {
            if (pair.Key == name)
            {
                value = pair.Value;
                return true;
            }
        }

        value = "";
        return false;
    }

    public string this[string name] => TryGet(name, out var value) ? value : throw new KeyNotFoundException($"no route value {name}");
}
