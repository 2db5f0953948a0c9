namespace Optpoline.Rewriter.App;

/// <summary>
/// A recursive evaluator, the shape of a tree-walking interpreter, that measures how much native
/// stack each level of its recursion takes: the distance between a local of the outermost and of
/// the innermost level, over the number of levels. Each level makes four virtual or interface calls
/// (the sites weaving adds), and its receivers rotate over four types so that a woven build promotes.
/// </summary>
internal static class StackUse
{
    private const int Depth = 200;

    public static double BytesPerLevel(int repetitions)
    {
        var leaf = new Leaf();
        Add root = new Add0 { Right = leaf };
        var current = root;
        for (var i = 0; i < 7; i++)
        {
            Add next = (i % 4) switch { 0 => new Add1(), 1 => new Add2(), 2 => new Add3(), _ => new Add0() };
            next.Right = leaf;
            current.Left = next;
            current = next;
        }

        current.Left = root;
        double last = 0;
        for (var rep = 0; rep < repetitions; rep++)
        {
            var context = new Context { Max = Depth };
            if (root.Eval(context, 0) != 1)
            {
                throw new InvalidOperationException("wrong result");
            }

            last = (context.Outermost - context.Innermost) / (double)Depth;
            if (rep % 1000 == 999)
            {
                Thread.Sleep(1);
            }
        }

        return last;
    }

    internal interface INode
    {
        int Eval(Context context, int depth);
    }

    internal interface IFormatter
    {
        string Format(int value, string text, object node);
    }

    internal sealed class Context
    {
        public long Outermost;
        public long Innermost;
        public int Max;
        public IFormatter Formatter = new Plain();
    }

    internal sealed class Plain : IFormatter
    {
        public string Format(int value, string text, object node) => text;
    }

    internal abstract class Node : INode
    {
        public abstract int Eval(Context context, int depth);

        public virtual int Weight(int x) => x;
    }

    internal abstract class Add : Node
    {
        public INode Left = null!;
        public Node Right = null!;

        public override unsafe int Eval(Context context, int depth)
        {
            var marker = depth;
            var address = (long)&marker;
            if (depth == 0)
            {
                context.Outermost = address;
            }

            if (depth >= context.Max)
            {
                context.Innermost = address;
                return 1;
            }

            var left = Left.Eval(context, depth + 1);
            var text = context.Formatter.Format(left, "x", this);
            return left + Weight(text.Length) - Right.Weight(1);
        }
    }

    internal sealed class Add0 : Add;

    internal sealed class Add1 : Add;

    internal sealed class Add2 : Add;

    internal sealed class Add3 : Add;

    internal sealed class Leaf : Node
    {
        public override int Eval(Context context, int depth) => 1;
    }
}
