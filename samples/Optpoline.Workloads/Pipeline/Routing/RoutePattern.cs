namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>A route template such as <c>/api/users/{id:int}/orders</c>, parsed into segments.</summary>
public sealed class RoutePattern
{
    private static readonly Dictionary<string, IRouteConstraint> s_constraints = new(StringComparer.Ordinal)
    {
        ["int"] = new IntRouteConstraint(),
        ["guid"] = new GuidRouteConstraint(),
        ["slug"] = new SlugRouteConstraint(),
    };

    private readonly RouteSegment[] _segments;

    public RoutePattern(string template)
    {
        Template = template;
        _segments = [.. template.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Segment)];
    }

    public string Template { get; }

    /// <summary>Matches a path; on success the route values hold the parameters.</summary>
    public bool TryMatch(string path, RouteValues values)
    {
        values.Clear();
        var remaining = path.AsSpan().Trim('/');
        foreach (var segment in _segments)
        {
            if (remaining.IsEmpty)
            {
                return false;
            }

            var slash = remaining.IndexOf('/');
            var text = slash < 0 ? remaining : remaining[..slash];
            if (!segment.TryMatch(text, values))
            {
                return false;
            }

            remaining = slash < 0 ? [] : remaining[(slash + 1)..];
        }

        return remaining.IsEmpty;
    }

    private static RouteSegment Segment(string text)
    {
        if (!text.StartsWith('{'))
        {
            return new LiteralSegment(text);
        }

        var inner = text[1..^1];
        var colon = inner.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new ParameterSegment(inner, null)
            : new ParameterSegment(inner[..colon], s_constraints.TryGetValue(inner[(colon + 1)..], out var constraint) ? constraint : throw new ArgumentException($"unknown route constraint in {text}"));
    }
}
