// Receivers for the interface call benchmarks. Eight small sealed implementations in one file:
// they exist only to be told apart by the call site, and reading them side by side is the point.
namespace Optpoline.Benchmarks.Receivers;

public interface IShape
{
    double Area();
}

public sealed class Circle(double r) : IShape
{
    public double Area() => Math.PI * r * r;
}

public sealed class Square(double side) : IShape
{
    public double Area() => side * side;
}

public sealed class Rectangle(double w, double h) : IShape
{
    public double Area() => w * h;
}

public sealed class Triangle(double b, double h) : IShape
{
    public double Area() => 0.5 * b * h;
}

public sealed class Ring(double outer, double inner) : IShape
{
    public double Area() => Math.PI * ((outer * outer) - (inner * inner));
}

public sealed class Hexagon(double side) : IShape
{
    public double Area() => 2.598076211353316 * side * side;
}

public sealed class Ellipse(double a, double b) : IShape
{
    public double Area() => Math.PI * a * b;
}

public sealed class Kite(double p, double q) : IShape
{
    public double Area() => 0.5 * p * q;
}

public static class Shapes
{
    /// <summary>Shape number <paramref name="type"/> (0..7, the order <see cref="Distribution"/> uses).</summary>
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
