namespace Optpoline.Samples.Aot;

/// <summary>The abstract-class site: one step of a running hash, three implementations.</summary>
public abstract class Step
{
    public abstract long Apply(long x);
}

public sealed class AddStep(long k) : Step
{
    public override long Apply(long x) => x + k;
}

public sealed class MultiplyStep(long k) : Step
{
    public override long Apply(long x) => x * k;
}

public sealed class RotateStep(int bits) : Step
{
    public override long Apply(long x) => (long)ulong.RotateLeft((ulong)x, bits);
}
