namespace Optpoline.Workloads.Pipeline.Routing;

public sealed class LiteralSegment(string literal) : RouteSegment
{
    public override bool TryMatch(ReadOnlySpan<char> text, RouteValues values) => text.Equals(literal, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => literal;
}
