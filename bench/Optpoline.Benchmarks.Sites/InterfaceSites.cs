using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Sites;

/// <summary>One interface call site, <c>shape.Area()</c>, in a loop.</summary>
public static class InterfaceSites
{
    public static long Sum(IShape[] receivers)
    {
        var sum = 0L;
        foreach (var shape in receivers)
        {
            sum += shape.Area();
        }

        return sum;
    }
}
