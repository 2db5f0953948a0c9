namespace Optpoline.Workloads.Pipeline.Routing;

public sealed class IntRouteConstraint : IRouteConstraint
{
    public bool Accepts(ReadOnlySpan<char> text) => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}
