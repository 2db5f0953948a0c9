// Receivers for the benchmarks of a generic virtual call in generic code, r.Get<T>().Apply(x): three
// resolvers, each handing out its own cached handler for any T (as a serializer's resolver hands out
// formatters). The JIT never devirtualizes the generic virtual call; the handler's Apply is an
// ordinary virtual call on Handler<T>.
namespace Optpoline.Benchmarks.Receivers;

public abstract class Handler<T>
{
    public abstract int Apply(T x);
}

public sealed class UnitHandler<T> : Handler<T>
{
    public override int Apply(T x) => 1;
}

public sealed class PresenceHandler<T> : Handler<T>
{
    public override int Apply(T x) => x is null ? 0 : 2;
}

public sealed class ConstantHandler<T>(int value) : Handler<T>
{
    public override int Apply(T x) => value;
}

/// <summary>One handler of each kind per T, made once.</summary>
public static class Handlers<T>
{
    public static readonly Handler<T> Unit = new UnitHandler<T>();
    public static readonly Handler<T> Presence = new PresenceHandler<T>();
    public static readonly Handler<T> Constant = new ConstantHandler<T>(3);
}

public abstract class Resolver
{
    public abstract Handler<T> Get<T>();
}

public sealed class UnitResolver : Resolver
{
    public override Handler<T> Get<T>() => Handlers<T>.Unit;
}

public sealed class PresenceResolver : Resolver
{
    public override Handler<T> Get<T>() => Handlers<T>.Presence;
}

public sealed class ConstantResolver : Resolver
{
    public override Handler<T> Get<T>() => Handlers<T>.Constant;
}

public static class Resolvers
{
    /// <summary>Resolver number <paramref name="type"/> (0..2).</summary>
    public static Resolver Create(int type) => type switch
    {
        0 => new UnitResolver(),
        1 => new PresenceResolver(),
        2 => new ConstantResolver(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
