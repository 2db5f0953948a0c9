using System.Runtime.CompilerServices;

namespace Optpoline.Samples.Aot;

/// <summary>The hot loops: each holds one polymorphic call site, the one Optpoline weaves and bakes.</summary>
internal static class Workload
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static double Areas(IShape[] shapes, int repeats)
    {
        var total = 0.0;
        for (var r = 0; r < repeats; r++)
        {
            foreach (var shape in shapes)
            {
                total += shape.Area();
            }
        }

        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Steps(Step[] steps, int repeats)
    {
        long x = 1;
        for (var r = 0; r < repeats; r++)
        {
            foreach (var step in steps)
            {
                x = step.Apply(x);
            }
        }

        return x;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Hashes(Hasher[] hashers, int repeats)
    {
        long total = 0;
        for (var r = 0; r < repeats; r++)
        {
            for (var i = 0; i < hashers.Length; i++)
            {
                total += hashers[i].Hash(i);
            }
        }

        return total;
    }
}
