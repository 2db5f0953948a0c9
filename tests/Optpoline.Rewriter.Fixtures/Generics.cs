namespace Optpoline.Rewriter.Fixtures;

// Generic virtual methods, generic types, and callers that are generic themselves.
public abstract class Converter
{
    public abstract T Convert<T>(object value);

    public virtual string Pair<TA, TB>(TA a, TB b) => $"{a}/{b}";
}

public sealed class ParsingConverter : Converter
{
    public override T Convert<T>(object value) => (T)System.Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);

    public override string Pair<TA, TB>(TA a, TB b) => $"<{typeof(TA).Name}:{a}, {typeof(TB).Name}:{b}>";
}

public sealed class DefaultConverter : Converter
{
    public override T Convert<T>(object value) => value is T t ? t : default!;
}

public class Box<T>(T value)
{
    public virtual T Get() => value;

    public virtual string Show() => $"Box({value})";
}

public sealed class DoubleBox(int value) : Box<int>(value * 2)
{
    public override string Show() => "Double" + base.Show();
}

/// <summary>A generic caller: its own calls that do not involve T are rewritten, the ones that do are not.</summary>
public sealed class Holder<T>(IShape shape, Box<T> box)
{
    public string Describe() => shape.Name + ":" + shape.Area().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public T Unbox() => box.Get();

    public static string Static<TM>(IShape s) => s.Name + "/" + typeof(TM).Name;

    public TM Convert<TM>(Converter c, object o) => c.Convert<TM>(o);
}

public static class Constrained
{
    public static double AreaOf<T>(T shape) where T : IShape => shape.Area();

    public static string Text<T>(T value) => value!.ToString()!;
}
