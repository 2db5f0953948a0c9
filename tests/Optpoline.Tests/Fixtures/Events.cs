namespace Optpoline.Tests.Fixtures;

/// <summary>
/// A visitor: small class virtual targets that do nothing but make an interface call of their own,
/// and, beside them, small ones that do their work in place.
/// </summary>
public interface IEventVisitor
{
    int Visit(Event e);
}

public abstract class Event
{
    public abstract int Accept(IEventVisitor visitor);

    public abstract int Weight(int x);
}

public sealed class Opened : Event
{
    public override int Accept(IEventVisitor visitor) => visitor.Visit(this);

    public override int Weight(int x) => x + 1;
}

public sealed class Closed : Event
{
    public override int Accept(IEventVisitor visitor) => visitor.Visit(this);

    public override int Weight(int x) => x * 2;
}

public sealed class Moved : Event
{
    public override int Accept(IEventVisitor visitor) => visitor.Visit(this);

    public override int Weight(int x) => x - 3;
}

public sealed class Renamed : Event
{
    public override int Accept(IEventVisitor visitor) => visitor.Visit(this);

    public override int Weight(int x) => x ^ 5;
}

public sealed class CountingVisitor : IEventVisitor
{
    public int Visit(Event e) => e.GetType().Name.Length;
}

public static class Events
{
    public static readonly Event[] All = [new Opened(), new Closed(), new Moved(), new Renamed()];

    public static Func<int, int> Adder(int n) => x => x + n;

    public static int Forward(Func<int, int> f, int x) => f(x);

    public static int Arithmetic(int x) => (x * 3) + 1;

    public static int NonVirtual(List<int> list) => list.Count;
}
