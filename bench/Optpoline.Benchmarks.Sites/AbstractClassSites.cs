using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Sites;

/// <summary>One abstract-class call site, <c>tariff.Cost(units)</c>, in a loop.</summary>
public static class AbstractClassSites
{
    public static long Sum(Tariff[] receivers, int units)
    {
        var sum = 0L;
        foreach (var tariff in receivers)
        {
            sum += tariff.Cost(units);
        }

        return sum;
    }
}
