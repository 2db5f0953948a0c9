using System.Numerics;

namespace Optpoline.Samples.Aot;

/// <summary>The generic virtual site: <c>Hash&lt;int&gt;</c> called on two implementations.</summary>
public abstract class Hasher
{
    public abstract int Hash<T>(T value) where T : IBinaryInteger<T>;
}

public sealed class FnvHasher : Hasher
{
    public override int Hash<T>(T value) => (int.CreateTruncating(value) ^ unchecked((int)2166136261)) * 16777619;
}

public sealed class MixHasher : Hasher
{
    public override int Hash<T>(T value)
    {
        var x = uint.CreateTruncating(value);
        x ^= x >> 16;
        x *= 0x7feb352d;
        return (int)(x ^ (x >> 15));
    }
}
