namespace Optpoline.Rewriter.Fixtures;

// Signatures that Func and Action cannot carry: byref parameters, spans, many parameters.
public abstract class Store
{
    public abstract bool TryGet(string key, out int value);

    public abstract void Bump(ref int value, in int by);

    public abstract int Sum(ReadOnlySpan<int> values);

    public abstract long Many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, int q);

    public abstract ref int Slot();
}

public sealed class MapStore : Store
{
    private int _slot = 7;

    public override bool TryGet(string key, out int value)
    {
        value = key.Length;
        return key.Length > 2;
    }

    public override void Bump(ref int value, in int by) => value += by;

    public override int Sum(ReadOnlySpan<int> values)
    {
        var total = 0;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }

    public override long Many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, int q) =>
        a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q;

    public override ref int Slot() => ref _slot;
}

public sealed class DoubleStore : Store
{
    private int _slot = 70;

    public override bool TryGet(string key, out int value)
    {
        value = key.Length * 2;
        return true;
    }

    public override void Bump(ref int value, in int by) => value += 2 * by;

    public override int Sum(ReadOnlySpan<int> values) => 2 * values.Length;

    public override long Many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l, int m, int n, int o, int p, int q) => (long)a * q;

    public override ref int Slot() => ref _slot;
}
