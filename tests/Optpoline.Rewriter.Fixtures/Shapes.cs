namespace Optpoline.Rewriter.Fixtures;

// Interface calls over several implementations, one of them explicit and one a mutable struct.
public interface IShape
{
    double Area();

    string Name { get; }
}

public sealed class Circle(double r) : IShape
{
    public double Area() => 3 * r * r;

    public string Name => "circle";
}

public class Square(double side) : IShape
{
    public virtual double Area() => side * side;

    public string Name => "square";
}

public sealed class Cube(double side) : Square(side)
{
    public override double Area() => 6 * base.Area();
}

public sealed class ExplicitShape : IShape
{
    double IShape.Area() => 42;

    string IShape.Name => "explicit";
}

public struct Counter : ICounter
{
    private int _count;

    public void Increment() => _count++;

    public readonly int Value => _count;
}

public interface ICounter
{
    void Increment();

    int Value { get; }
}
