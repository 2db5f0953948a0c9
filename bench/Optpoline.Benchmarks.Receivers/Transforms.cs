// Receivers for the generic-virtual call benchmarks: eight sealed overrides of one generic virtual
// method, called at one instantiation (int). The runtime resolves every such call through its
// generic-virtual lookup helper; dynamic PGO does not guess for it.
using System.Numerics;

namespace Optpoline.Benchmarks.Receivers;

public abstract class Transform
{
    public abstract T Apply<T>(T x)
        where T : INumber<T>;
}

public sealed class AddTransform(int k) : Transform
{
    public override T Apply<T>(T x) => x + T.CreateTruncating(k);
}

public sealed class SubtractTransform(int k) : Transform
{
    public override T Apply<T>(T x) => x - T.CreateTruncating(k);
}

public sealed class ScaleTransform(int k) : Transform
{
    public override T Apply<T>(T x) => x * T.CreateTruncating(k);
}

public sealed class NegateTransform : Transform
{
    public override T Apply<T>(T x) => -x;
}

public sealed class SquareTransform : Transform
{
    public override T Apply<T>(T x) => x * x;
}

public sealed class AffineTransform(int a, int b) : Transform
{
    public override T Apply<T>(T x) => (x * T.CreateTruncating(a)) + T.CreateTruncating(b);
}

public sealed class ClampTransform(int max) : Transform
{
    public override T Apply<T>(T x) => T.Min(x, T.CreateTruncating(max));
}

public sealed class IncrementTransform : Transform
{
    public override T Apply<T>(T x) => x + T.One;
}

public static class Transforms
{
    /// <summary>Transform number <paramref name="type"/> (0..7, the order the benchmarks' <c>Distribution</c> uses).</summary>
    public static Transform Create(int type, int n)
    {
        var k = 1 + (n % 7);
        return type switch
        {
            0 => new AddTransform(k),
            1 => new SubtractTransform(k),
            2 => new ScaleTransform(k),
            3 => new NegateTransform(),
            4 => new SquareTransform(),
            5 => new AffineTransform(k, 1),
            6 => new ClampTransform(k),
            7 => new IncrementTransform(),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
