using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Sites;

/// <summary>
/// A generic virtual call in generic code, <c>r.Get&lt;T&gt;().Apply(x)</c>, in a loop: instantiated over a
/// reference type, both calls run in code shared by every reference-type T, and each instantiation has
/// sites of its own once woven.
/// </summary>
public static class ResolverSites
{
    public static long Sum<T>(Resolver[] resolvers, T x)
    {
        var sum = 0L;
        foreach (var resolver in resolvers)
        {
            sum += Process(resolver, x);
        }

        return sum;
    }

    public static int Process<T>(Resolver r, T x) => r.Get<T>().Apply(x);
}
