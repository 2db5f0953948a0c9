using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Sites;

/// <summary>One generic virtual call site at one instantiation, <c>transform.Apply&lt;int&gt;(x)</c>, in a loop.</summary>
public static class GenericVirtualSites
{
    public static long Sum(Transform[] receivers, int x)
    {
        var sum = 0L;
        foreach (var transform in receivers)
        {
            sum += transform.Apply(x);
        }

        return sum;
    }
}
