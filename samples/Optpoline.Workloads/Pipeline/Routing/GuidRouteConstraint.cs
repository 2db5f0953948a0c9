namespace Optpoline.Workloads.Pipeline.Routing;

public sealed class GuidRouteConstraint : IRouteConstraint
{
    public bool Accepts(ReadOnlySpan<char> text) => Guid.TryParseExact(text, "D", out _);
}
