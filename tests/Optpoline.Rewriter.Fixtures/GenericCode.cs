using System.Globalization;

namespace Optpoline.Rewriter.Fixtures;

// Calls in generic code whose callee, receiver or delegate type is named through the caller's type
// parameters: each instantiation of the caller gets a site of its own.
public abstract class Formatter<T>
{
    public abstract string Write(T value);

    public virtual string Tag<TM>(TM marker, T value) => $"{typeof(TM).Name}|{Write(value)}";
}

public sealed class PlainFormatter<T> : Formatter<T>
{
    public override string Write(T value) => "plain:" + value;
}

public sealed class QuotedFormatter<T> : Formatter<T>
{
    public override string Write(T value) => "'" + value + "'";

    public override string Tag<TM>(TM marker, T value) => $"<{marker}>{Write(value)}";
}

public sealed class IntFormatter : Formatter<int>
{
    public override string Write(int value) => "int:" + value.ToString("X", CultureInfo.InvariantCulture);
}

public sealed class UpperFormatter : Formatter<string>
{
    public override string Write(string value) => "upper:" + value.ToUpperInvariant();
}

public abstract class Resolver
{
    public abstract Formatter<T> GetFormatter<T>();
}

public sealed class PlainResolver : Resolver
{
    public override Formatter<T> GetFormatter<T>() => new PlainFormatter<T>();
}

public sealed class QuotingResolver : Resolver
{
    public override Formatter<T> GetFormatter<T>() => typeof(T) == typeof(int) ? (Formatter<T>)(object)new IntFormatter() : new QuotedFormatter<T>();
}

/// <summary>A generic interface with a default method, implemented by some types and not by others.</summary>
public interface IGreeterOf<T>
{
    string Name(T value);

    string Hello(T value) => "hello " + Name(value);
}

public sealed class LoudGreeterOf<T> : IGreeterOf<T>
{
    public string Name(T value) => value + "!";

    public string Hello(T value) => "HELLO " + Name(value);
}

public sealed class QuietGreeterOf<T> : IGreeterOf<T>
{
    public string Name(T value) => "(" + value + ")";
}

public interface IUpdater<T>
{
    void Update(ref T value);
}

public sealed class Doubler : IUpdater<int>, IUpdater<string>
{
    public void Update(ref int value) => value *= 2;

    public void Update(ref string value) => value += value;
}

public sealed record Named(string Name) : IEquatable<Named>
{
    public int Compared { get; private set; }

    public bool Equals(Named? other)
    {
        Compared++;
        return other is not null && other.Name == Name;
    }

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}

/// <summary>The generic callers: every call below names T (or TM, or both).</summary>
public sealed class GenericCode<T>
{
    public static int Compare(IComparer<T> comparer, T a, T b) => comparer.Compare(a, b);

    public static string Render(Formatter<T> formatter, T value) => formatter.Write(value);

    public static string Format(Resolver resolver, T value) => resolver.GetFormatter<T>().Write(value);

    public static string Tagged<TM>(Formatter<T> formatter, TM marker, T value) => formatter.Tag(marker, value);

    public static int Count(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (predicate(item))
            {
                count++;
            }
        }

        return count;
    }

    public static string Greet(IGreeterOf<T> greeter, T value) => greeter.Hello(value);

    public static T Updated(IUpdater<T> updater, T value)
    {
        updater.Update(ref value);
        return value;
    }

    public static bool Same<TE>(TE a, TE b) where TE : IEquatable<TE> => a.Equals(b);

    public static string First<TC>(IEnumerable<TC> items) where TC : class => items.First().ToString() ?? "";

    public static string Made<TN>(T value) where TN : Formatter<T>, new() => new TN().Write(value);

    /// <summary>A nested generic type: its calls name the outer T and its own U.</summary>
    public static class Nested<TU>
    {
        public static string Pair(Formatter<T> first, Formatter<TU> second, T a, TU b) => first.Write(a) + "&" + second.Write(b);
    }
}

/// <summary>A view whose argument may be a ref struct.</summary>
public interface IRefView<T>
    where T : allows ref struct
{
    int Length(T value);
}

public sealed class SpanView : IRefView<ReadOnlySpan<char>>
{
    public int Length(ReadOnlySpan<char> value) => value.Length;
}

public static class RefStructGenerics
{
    /// <summary>Left alone: T may be a ref struct, which no delegate type of a site could take.</summary>
    public static int LengthOf<T>(IRefView<T> view, T value)
        where T : allows ref struct => view.Length(value);
}
