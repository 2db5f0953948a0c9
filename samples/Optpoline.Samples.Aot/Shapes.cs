namespace Optpoline.Samples.Aot;

/// <summary>The interface site: four implementations, three of them hot.</summary>
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

public sealed class Hexagon(double side) : IShape
{
    public double Area() => 2.598076211353316 * side * side;
}
