namespace Optpoline.Workloads.Pipeline.Routing;

/// <summary>What a route parameter's text must look like (<c>{id:int}</c>).</summary>
public interface IRouteConstraint
{
    bool Accepts(ReadOnlySpan<char> text);
}
