namespace Optpoline.Rewriter.WebApp;

/// <summary>What the service computes: an interface call per request, over three receiver types.</summary>
internal interface IShape
{
    string Name { get; }

    double Area(int size);
}

internal sealed class Circle : IShape
{
    public string Name => "circle";

    public double Area(int size) => Math.Round(Math.PI * size * size, 3);
}

internal sealed class Square : IShape
{
    public string Name => "square";

    public double Area(int size) => size * size;
}

internal sealed class Triangle : IShape
{
    public string Name => "triangle";

    public double Area(int size) => size * size / 2.0;
}

/// <summary>The service behind the endpoint, registered in the framework's container.</summary>
internal sealed class ShapeCatalog
{
    private readonly Dictionary<string, IShape> _shapes = new IShape[] { new Circle(), new Square(), new Triangle() }.ToDictionary(s => s.Name);

    public IResult Describe(string kind, int size) =>
        _shapes.TryGetValue(kind, out var shape)
            ? Results.Text($"{shape.Name} {size}: {shape.Area(size).ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            : Results.NotFound();
}
