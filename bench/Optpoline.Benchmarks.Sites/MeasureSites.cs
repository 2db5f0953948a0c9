using Optpoline.Benchmarks.Receivers;

namespace Optpoline.Benchmarks.Sites;

/// <summary>
/// One interface call, <c>m.Measure(x)</c>, in a loop, written three ways: in non-generic code over
/// <see cref="Item"/> and over <see cref="int"/>, and in generic code (instantiated over either). What a
/// woven site costs when it is never promoted differs between them: a non-generic site's field is at a
/// fixed address, a site in shared generic code is found through the generic dictionary.
/// </summary>
public static class MeasureSites
{
    public static long SumItems(IMeasure<Item>[] measures, Item x)
    {
        var sum = 0L;
        foreach (var m in measures)
        {
            sum += MeasureItem(m, x);
        }

        return sum;
    }

    public static int MeasureItem(IMeasure<Item> m, Item x) => m.Measure(x);

    public static long SumInts(IMeasure<int>[] measures, int x)
    {
        var sum = 0L;
        foreach (var m in measures)
        {
            sum += MeasureInt(m, x);
        }

        return sum;
    }

    public static int MeasureInt(IMeasure<int> m, int x) => m.Measure(x);

    public static long Sum<T>(IMeasure<T>[] measures, T x)
    {
        var sum = 0L;
        foreach (var m in measures)
        {
            sum += Measure(m, x);
        }

        return sum;
    }

    public static int Measure<T>(IMeasure<T> m, T x) => m.Measure(x);
}
