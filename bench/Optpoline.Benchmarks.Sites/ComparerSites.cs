namespace Optpoline.Benchmarks.Sites;

/// <summary>An interface call in generic code, <c>comparer.Compare(a, b)</c> on <c>IComparer&lt;T&gt;</c>, in a loop.</summary>
public static class ComparerSites
{
    public static long Sum<T>(IComparer<T>[] comparers, T a, T b)
    {
        var sum = 0L;
        foreach (var comparer in comparers)
        {
            sum += Compare(comparer, a, b);
        }

        return sum;
    }

    public static int Compare<T>(IComparer<T> comparer, T a, T b) => comparer.Compare(a, b);
}
