namespace Optpoline.Workloads.Pipeline.Routing;

public sealed class ParameterSegment(string name, IRouteConstraint? constraint) : RouteSegment
{
    public override bool TryMatch(ReadOnlySpan<char> text, RouteValues values)
    {
        if (text.IsEmpty || (constraint is not null && !constraint.Accepts(text)))
        {
            return false;
        }

        values.Add(name, text.ToString());
        return true;
    }

    public override string ToString() => "{" + name + "}";
}
