namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>One segment of a route pattern: a literal (<c>users</c>) or a parameter (<c>{id:int}</c>).</summary>
public abstract class RouteSegment
{
    /// <summary>Whether the path segment matches; a parameter records its value.</summary>
    public abstract bool TryMatch(ReadOnlySpan<char> text, RouteValues values);
}
