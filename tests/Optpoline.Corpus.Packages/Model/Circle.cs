namespace Optpoline.Corpus.Packages.Model;

public class Circle : IShape
{
    public double Radius { get; set; } = 1;

    public string Name => "circle";

    public virtual double Area() => Math.PI * Radius * Radius;
}
