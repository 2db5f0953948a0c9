// Receivers for the interface call benchmarks. Eight small sealed implementations in one file:
// they exist only to be told apart by the call site, and reading them side by side is the point.
// Integer arithmetic on purpose: see CallSiteBenchmark for why the benchmarks sum integers.
namespace Optpoline.Benchmarks.Receivers;

public interface IShape
{
    int Area();
}

public sealed class Circle(int r) : IShape
{
    public int Area() => 3 * r * r;
}

public sealed class Square(int side) : IShape
{
    public int Area() => side * side;
}

public sealed class Rectangle(int w, int h) : IShape
{
    public int Area() => w * h;
}

public sealed class Triangle(int b, int h) : IShape
{
    public int Area() => (b * h) >> 1;
}

public sealed class Ring(int outer, int inner) : IShape
{
    public int Area() => 3 * ((outer * outer) - (inner * inner));
}

public sealed class Hexagon(int side) : IShape
{
    public int Area() => (5 * side * side) >> 1;
}

public sealed class Ellipse(int a, int b) : IShape
{
    public int Area() => 3 * a * b;
}

public sealed class Kite(int p, int q) : IShape
{
    public int Area() => (p * q) >> 1;
}

public static class Shapes
{
    /// <summary>Shape number <paramref name="type"/> (0..7, the order the benchmarks' <c>Distribution</c> uses).</summary>
    public static IShape Create(int type, int n)
    {
        var x = 1 + (n % 7);
        return type switch
        {
            0 => new Circle(x),
            1 => new Square(x),
            2 => new Rectangle(x, 2),
            3 => new Triangle(x, 3),
            4 => new Ring(x + 1, 1),
            5 => new Hexagon(x),
            6 => new Ellipse(x, 2),
            7 => new Kite(x, 3),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }
}
