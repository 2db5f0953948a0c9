using System.Linq.Expressions;
using System.Reflection.Emit;
using Optpoline.Tests.Fixtures;

namespace Optpoline.Tests.Delegates;

/// <summary>Every kind of <c>Func&lt;int, string?, string&gt;</c> the tests throw at a delegate site.</summary>
internal static class DelegateZoo
{
    public static IReadOnlyList<ZooEntry> All { get; } =
    [
        new("static lambda", () => (a, s) => "lambda:" + a + s, true),
        new("lambda capturing a counter", CapturingLambda, true),
        new("lambda capturing an accumulator", () =>
        {
            var accumulator = new Accumulator(7);
            return (a, s) => "captured " + accumulator.Add(a, s);
        }, true),
        new("open static", () => StaticTargets.Plain, true),
        new("open static, throws", () => StaticTargets.Thrower, true),
        new("open static generic <string>", () => StaticTargets.Generic<string>, true),
        new("open static generic <object>", () => StaticTargets.Generic<object>, true),
        new("open static generic <int>", () => StaticTargets.Generic<int>, true),
        new("contravariant (object parameter)", () => (Func<int, object?, string>)StaticTargets.TakesObject, true),
        new("instance method", () => new Accumulator(3).Add, true),
        new("virtual, base", () => new Speaker().Speak, true),
        new("virtual, override", () => new Loud().Speak, true),
        new("virtual, override at depth 2", () => new Louder().Speak, true),
        new("virtual, inherited override", () => new Loudest().Speak, true),
        new("explicit interface implementation", () => ((ITagger)new Tagger("t")).Tag, true),
        new("generic instance method <string>", () => new Tagger("g").Generic<string>, true),
        new("generic instance method <int>", () => new Tagger("g").Generic<int>, true),
        new("generic class <string> (shared code)", () => new Shelf<string>("book").Show, true),
        new("generic class <object> (shared code)", () => new Shelf<object>(12).Show, true),
        new("generic class <int>", () => new Shelf<int>(5).Show, true),
        new("struct instance method (boxed, mutated)", () => new Clicker(2).Click, true),
        new("struct through an interface", () => ((ITagger)new Clicker(1)).Tag, true),
        new("generic struct <string>", () => new GenericClicker<string>("x").Click, true),
        new("closed static over a string", () => Bind("prefix", nameof(StaticTargets.Prefixed)), true),
        new("closed static over null", () => Bind(null, nameof(StaticTargets.Prefixed)), true),
        new("closed static over an accumulator", () => Bind(new Accumulator(100), nameof(StaticTargets.Accumulate)), true),
        new("extension method, throws", () => "self".Ext, true),
        new("multicast", () => (Func<int, string?, string>)Delegate.Combine(CapturingLambda(), (Func<int, string?, string>)StaticTargets.Plain), false),
        new("multicast of one method", () => (Func<int, string?, string>)Delegate.Combine((Func<int, string?, string>)StaticTargets.Thrower, (Func<int, string?, string>)StaticTargets.Thrower), false),
        new("another delegate's Invoke", () => ((Func<int, string?, string>)StaticTargets.Plain).Invoke, false),
        new("dynamic method", DynamicMethodDelegate, false),
        new("compiled expression", CompiledExpression, false),
    ];

    public static ZooEntry Named(string name) => All.Single(e => e.Name == name);

    private static Func<int, string?, string> CapturingLambda()
    {
        var calls = 0;
        return (a, s) => "counted:" + ++calls + ":" + a + s;
    }

    private static Func<int, string?, string> Bind(object? firstArgument, string method) =>
        (Func<int, string?, string>)Delegate.CreateDelegate(typeof(Func<int, string?, string>), firstArgument, typeof(StaticTargets).GetMethod(method)!);

    private static Func<int, string?, string> DynamicMethodDelegate()
    {
        var method = new DynamicMethod("zoo_dynamic", typeof(string), [typeof(int), typeof(string)]);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Func<int, string?, string>>();
    }

    private static Func<int, string?, string> CompiledExpression()
    {
        var a = Expression.Parameter(typeof(int), "a");
        var s = Expression.Parameter(typeof(string), "s");
        var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
        var body = Expression.Call(concat, Expression.Constant("expr:"), Expression.Coalesce(s, Expression.Call(a, typeof(int).GetMethod(nameof(int.ToString), Type.EmptyTypes)!)));
        return Expression.Lambda<Func<int, string?, string>>(body, a, s).Compile();
    }
}
