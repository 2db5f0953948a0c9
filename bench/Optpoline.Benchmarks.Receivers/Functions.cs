// Receivers for the delegate call benchmarks: eight kinds of Func<int, int>, one per target method,
// in the shapes real code makes them (closures, method groups on objects, static methods, virtual
// overrides, extension methods, boxed structs). Every receiver array holds 16 distinct delegate
// objects per target method, as code that makes delegates on the fly does.
namespace Optpoline.Benchmarks.Receivers;

public class Stepper(int k)
{
    protected int K => k;

    public virtual int Step(int x) => x + k;
}

public sealed class DoubleStepper(int k) : Stepper(k)
{
    public override int Step(int x) => (2 * x) + K;
}

public sealed class Scaler(int k)
{
    public int Scale(int x) => x * k;
}

public readonly struct Masker(int mask)
{
    public int Mask(int x) => x & mask;
}

public sealed class Offset(int value)
{
    public int Value => value;
}

public static class Functions
{
    public static int Square(int x) => x * x;

    public static int Shifted(this Offset offset, int x) => (x << 1) - offset.Value;

    /// <summary>Delegate number <paramref name="type"/> (0..7, the order the benchmarks' <c>Distribution</c> uses); <paramref name="n"/> varies its state.</summary>
    public static Func<int, int> Create(int type, int n)
    {
        var k = 1 + (n % 7);
        return type switch
        {
            0 => x => x + k,                       // closure: a new display-class object each time
            1 => new Scaler(k).Scale,              // instance method
            2 => Square,                           // static method: open static (C# caches this delegate)
            3 => new DoubleStepper(k).Step,        // virtual method bound to its override
            4 => new Offset(k).Shifted,            // extension method: closed static over its first argument
            5 => new Masker(0xFF >> (n % 4)).Mask, // struct method: closed over a box
            6 => new Stepper(k).Step,              // virtual method, base implementation
            7 => x => (3 * x) - k,                 // another closure
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }
}
