namespace Optpoline.Samples.Shapes;

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
    public double Area() => 1.5 * Math.Sqrt(3) * side * side;
}

public sealed class Ellipse(double a, double b) : IShape
{
    public double Area() => Math.PI * a * b;
}

public sealed class Kite(double p, double q) : IShape
{
    public double Area() => 0.5 * p * q;
}
