// Receivers for the benchmarks of reaching a site that is never promoted: one interface, IMeasure<T>,
// called from non-generic code (closed over Item or int) and from generic code instantiated over Item
// (shared code) and int (code of its own). Trivial bodies, so that what reaching the site costs shows.
namespace Optpoline.Benchmarks.Receivers;

public interface IMeasure<T>
{
    int Measure(T x);
}

public sealed class UnitMeasure<T> : IMeasure<T>
{
    public int Measure(T x) => 1;
}

public sealed class PresenceMeasure<T> : IMeasure<T>
{
    public int Measure(T x) => x is null ? 0 : 2;
}

public sealed class ConstantMeasure<T>(int value) : IMeasure<T>
{
    public int Measure(T x) => value;
}

public static class Measures
{
    /// <summary>Measure number <paramref name="type"/> (0..2).</summary>
    public static IMeasure<T> Create<T>(int type) => type switch
    {
        0 => new UnitMeasure<T>(),
        1 => new PresenceMeasure<T>(),
        2 => new ConstantMeasure<T>(3),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
