namespace Optpoline.Rewriter.Fixtures;

// Default interface methods, a caller inside an interface, and a caller that is a struct.
public interface IGreeter
{
    string Name { get; }

    string Greet() => "Hello " + Name;

    string GreetTwice() => Greet() + " & " + Greet();
}

public sealed class PlainGreeter : IGreeter
{
    public string Name => "plain";
}

public sealed class LoudGreeter : IGreeter
{
    public string Name => "loud";

    public string Greet() => "HELLO " + Name.ToUpperInvariant();
}

public struct Walker
{
    public int Steps;

    public double Walk(IShape shape)
    {
        Steps++;
        return shape.Area() + Steps;
    }
}
