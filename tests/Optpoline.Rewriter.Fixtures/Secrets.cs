namespace Optpoline.Rewriter.Fixtures;

// Calls whose callee and receiver types are private to the calling type.
public sealed class Secrets
{
    private readonly Inner[] _items = [new InnerA(), new InnerB(), new InnerA()];

    public int Sum()
    {
        var total = 0;
        foreach (var item in _items)
        {
            total += item.Value();
        }

        return total;
    }

    public int SumWithLambda() => _items.Sum(i => i.Value() + i.Hidden());

    private abstract class Inner
    {
        public abstract int Value();

        internal protected virtual int Hidden() => 100;
    }

    private sealed class InnerA : Inner
    {
        public override int Value() => 1;
    }

    private sealed class InnerB : Inner
    {
        public override int Value() => 10;

        internal protected override int Hidden() => 1000;
    }
}
