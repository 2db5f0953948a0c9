using System.Globalization;

namespace Optpoline.Tests.Fixtures;

// Methods that delegates of the form (int a, string? s) => string are bound to, in every shape the
// runtime makes: closed over an instance (classes, structs, generic types), closed over a static
// method's first argument, open static; several of them throw for some arguments or keep state.

public static class StaticTargets
{
    public static string Plain(int a, string? s) => "static:" + a + s;

    public static string Thrower(int a, string? s) =>
        a % 5 == 0 ? throw new InvalidOperationException("thrower " + a) : "thrower:" + a + s;

    public static string Generic<T>(int a, string? s) => "generic<" + typeof(T).Name + ">:" + a + s;

    public static string TakesObject(int a, object? s) => "object:" + a + s;

    public static string Prefixed(string? prefix, int a, string? s) => "prefixed:" + (prefix ?? "null") + a + s;

    public static string Accumulate(Accumulator accumulator, int a, string? s) => "acc-static:" + accumulator.Add(a, s);

    public static string Ext(this string self, int a, string? s) => "ext:" + self + a + (s ?? throw new ArgumentNullException(nameof(s)));
}

public sealed class Accumulator(int start)
{
    private int _total = start;

    public string Add(int a, string? s)
    {
        _total += a;
        return "acc:" + _total.ToString(CultureInfo.InvariantCulture) + s;
    }
}

public class Speaker
{
    public virtual string Speak(int a, string? s) => "speaker:" + a + s;
}

public class Loud : Speaker
{
    public override string Speak(int a, string? s) => "loud:" + a + (s?.ToUpperInvariant() ?? throw new ArgumentNullException(nameof(s)));
}

public class Louder : Loud
{
    public override string Speak(int a, string? s) => "louder:" + base.Speak(a, s) + "!";
}

/// <summary>Inherits <see cref="Louder.Speak"/>: a delegate bound on it names Louder's override.</summary>
public sealed class Loudest : Louder
{
}

public interface ITagger
{
    string Tag(int a, string? s);
}

public sealed class Tagger(string tag) : ITagger
{
    string ITagger.Tag(int a, string? s) => "tagger:" + tag + a + s;

    public string Generic<T>(int a, string? s) => "tag<" + typeof(T).Name + ">:" + tag + a + s;
}

/// <summary>Instance methods of a generic class: reference-type instantiations share code (and delegate pointers).</summary>
public sealed class Shelf<T>(T item)
{
    public string Show(int a, string? s) => "shelf<" + typeof(T).Name + ">:" + item + a + s;
}

/// <summary>A mutable struct: a delegate bound to it is closed over a box, and each call mutates the box.</summary>
public struct Clicker(int step) : ITagger
{
    private int _count;

    public string Click(int a, string? s)
    {
        _count += step + a;
        return "click:" + _count.ToString(CultureInfo.InvariantCulture) + s;
    }

    public string Tag(int a, string? s)
    {
        _count--;
        return "clicker-tag:" + _count.ToString(CultureInfo.InvariantCulture) + a + s;
    }
}

public struct GenericClicker<T>(T label)
{
    private int _count;

    public string Click(int a, string? s)
    {
        _count++;
        return "gclick<" + typeof(T).Name + ">:" + label + _count.ToString(CultureInfo.InvariantCulture) + a + s;
    }
}
