namespace Optpoline.Corpus.Packages.Model;

public class Square : IShape
{
    public double Side { get; set; } = 2;

    public string Name => "square";

    public virtual double Area() => Side * Side;
}
