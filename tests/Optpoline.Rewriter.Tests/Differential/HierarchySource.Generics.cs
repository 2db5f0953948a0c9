namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// Generic hierarchies and generic callers: calls whose callee, receiver or delegate type is named
/// through the caller's type parameters, which the rewriter gives a site per instantiation.
/// </summary>
/// <remarks>
/// Covered, at random: generic interfaces with one and two parameters (<c>IVal&lt;T&gt;</c> with a
/// default <c>Dim</c>, <c>IPair&lt;TA, TB&gt;</c>, covariant <c>IOut&lt;out T&gt;</c>, <c>IBump&lt;T&gt;</c>
/// with a <c>ref T</c> parameter), a generic abstract class <c>Conv&lt;T&gt;</c> with a generic virtual
/// <c>Tag&lt;TM&gt;</c>, a resolver whose generic virtual <c>For&lt;T&gt;</c> is instantiated by the caller;
/// generic, closed and nested generic implementations, a struct behind <c>IVal&lt;int&gt;</c>, bodies
/// that throw. Callers: static and instance methods of generic classes (instantiated with
/// <c>int</c>, unshared code, and <c>string</c>/<c>object</c>, shared code), generic methods of
/// generic classes, a nested generic class, <c>class</c>/<c>struct</c>/<c>new()</c>/interface
/// constraints, <c>constrained.</c> calls on a type parameter bound by a generic interface, and
/// invocations of <c>Func&lt;T, int, string&gt;</c>.
/// </remarks>
internal sealed partial class HierarchySource
{
    /// <summary>Whether a site key names a caller of <see cref="WriteGenericCallers"/>'s generic classes and methods.</summary>
    public static bool IsInGenericCaller(string key) =>
        key.Contains(".GK`", StringComparison.Ordinal) || key.Contains(".GI`", StringComparison.Ordinal) || key.Contains(".GM::", StringComparison.Ordinal);

    private void BuildGenerics()
    {
        _text.AppendLine($$"""
                public interface IVal<T>
                {
                    string Show(T x, int a);
                    string Dim(T x) => "IVal.Dim<" + typeof(T).Name + ">:" + x;
                }

                public interface IPair<TA, TB> { string Both(TA x, TB y); }

                public interface IOut<out T> { T Make(int a); }

                public interface IBump<T> { void Bump(ref T x, int a); }

                public abstract class Conv<T>
                {
                    public abstract string Write(T x, int a);
                    public virtual string Tag<TM>(TM m, T x) => "Conv.Tag<" + typeof(TM).Name + ">:" + m + "/" + x;
                }

                public abstract class Res { public abstract Conv<T> For<T>(); }

            """);
        var vals = _rng.Next(2, 5);
        for (var i = 0; i < vals; i++)
        {
            var who = $"\"V{i}<\" + typeof(T).Name + \">\"";
            var dim = Chance(0.4) ? $"public string Dim(T x) => {who} + \".Dim:\" + x;" : "";
            _text.AppendLine($"    public {(Chance(0.5) ? "sealed " : "")}class V{i}<T> : IVal<T> {{ public string Show(T x, int a) {{ {Throw(who, 0.3)} return {who} + \".Show:\" + x + \"/\" + a; }} {dim} }}");
            foreach (var argument in s_typeArguments)
            {
                _receivers.Add(new ReceiverSpec($"new V{i}<{argument}>()", new HashSet<string>(StringComparer.Ordinal) { $"IVal<{argument}>" }));
            }
        }

        _text.AppendLine($"    public sealed class VI : IVal<int> {{ public string Show(int x, int a) => \"VI.Show:\" + (x * 3 + a); string IVal<int>.Dim(int x) => \"VI.Dim:\" + x; }}");
        _text.AppendLine($"    public sealed class VS : IVal<string>, IVal<int> {{ public string Show(string x, int a) => \"VS.Show:\" + x.Length; public string Show(int x, int a) => \"VS.ShowInt:\" + x; }}");
        _text.AppendLine($"    public struct VStruct : IVal<int> {{ private int _n; public string Show(int x, int a) {{ {Throw("\"VStruct\"", 0.3)} return \"VStruct.Show:\" + x + \"#\" + (_n++); }} }}");
        _receivers.Add(new ReceiverSpec("new VI()", new HashSet<string>(StringComparer.Ordinal) { "IVal<int>" }));
        _receivers.Add(new ReceiverSpec("new VS()", new HashSet<string>(StringComparer.Ordinal) { "IVal<int>", "IVal<string>" }));
        _receivers.Add(new ReceiverSpec("new VStruct()", new HashSet<string>(StringComparer.Ordinal) { "IVal<int>" }));

        var convs = _rng.Next(2, 4);
        for (var i = 0; i < convs; i++)
        {
            var who = $"\"K{i}<\" + typeof(T).Name + \">\"";
            var tag = Chance(0.5) ? $"public override string Tag<TM>(TM m, T x) => {who} + \".Tag<\" + typeof(TM).Name + \">:\" + m;" : "";
            _text.AppendLine($"    public class K{i}<T> : Conv<T> {{ public override string Write(T x, int a) {{ {Throw(who, 0.3)} return {who} + \".Write:\" + x + \"/\" + a; }} {tag} }}");
            foreach (var argument in s_typeArguments)
            {
                _receivers.Add(new ReceiverSpec($"new K{i}<{argument}>()", new HashSet<string>(StringComparer.Ordinal) { $"Conv<{argument}>" }));
            }
        }

        _text.AppendLine("    public sealed class KI : Conv<int> { public override string Write(int x, int a) => \"KI.Write:\" + (x + a); public override string Tag<TM>(TM m, int x) => \"KI.Tag:\" + x; }");
        _receivers.Add(new ReceiverSpec("new KI()", new HashSet<string>(StringComparer.Ordinal) { "Conv<int>" }));
        for (var i = 0; i < 2; i++)
        {
            var pick = _rng.Next(convs);
            var other = (pick + 1) % convs;
            _text.AppendLine($"    public sealed class R{i} : Res {{ public override Conv<T> For<T>() => typeof(T) == typeof(int) ? new K{pick}<T>() : new K{other}<T>(); }}");
            _receivers.Add(new ReceiverSpec($"new R{i}()", new HashSet<string>(StringComparer.Ordinal) { "Res" }));
        }

        _text.AppendLine("""
                public class Outer<T>
                {
                    public class Inner<U> : IPair<T, U> { public virtual string Both(T x, U y) => "Inner<" + typeof(T).Name + "," + typeof(U).Name + ">:" + x + "/" + y; }
                    public sealed class Deeper<U> : Inner<U> { public override string Both(T x, U y) => "Deeper:" + y + "/" + x; }
                }

                public sealed class PairIS : IPair<int, string> { public string Both(int x, string y) => "PairIS:" + (x + y.Length); }

                public sealed class O1<T> : IOut<T> where T : class { public T Make(int a) => (T)(object)("O1:" + a); }
                public sealed class O2 : IOut<string> { public string Make(int a) => a % 7 == 3 ? throw new InvalidOperationException("O2 " + a) : "O2:" + a; }

                public sealed class B1 : IBump<int> { public void Bump(ref int x, int a) => x += a; }
                public sealed class B2<T> : IBump<T> { public void Bump(ref T x, int a) => x = default; }

            """);
        foreach (var pair in new[] { "new Outer<int>.Inner<string>()", "new Outer<int>.Deeper<string>()", "new PairIS()" })
        {
            _receivers.Add(new ReceiverSpec(pair, new HashSet<string>(StringComparer.Ordinal) { "IPair<int, string>" }));
        }

        foreach (var pair in new[] { "new Outer<string>.Inner<object>()", "new Outer<string>.Deeper<object>()" })
        {
            _receivers.Add(new ReceiverSpec(pair, new HashSet<string>(StringComparer.Ordinal) { "IPair<string, object>" }));
        }

        // Covariance: an IOut<string> is an IOut<object>.
        _receivers.Add(new ReceiverSpec("new O1<string>()", new HashSet<string>(StringComparer.Ordinal) { "IOut<string>", "IOut<object>" }));
        _receivers.Add(new ReceiverSpec("new O1<object>()", new HashSet<string>(StringComparer.Ordinal) { "IOut<object>" }));
        _receivers.Add(new ReceiverSpec("new O2()", new HashSet<string>(StringComparer.Ordinal) { "IOut<string>", "IOut<object>" }));
        _receivers.Add(new ReceiverSpec("new B1()", new HashSet<string>(StringComparer.Ordinal) { "IBump<int>" }));
        _receivers.Add(new ReceiverSpec("new B2<int>()", new HashSet<string>(StringComparer.Ordinal) { "IBump<int>" }));

        WriteGenericCallers();
    }

    private void WriteGenericCallers()
    {
        _text.AppendLine("""
                public static class GK<T>
                {
                    public static string Show(IVal<T> r, T x, int a) => r.Show(x, a);
                    public static string Dim(IVal<T> r, T x) => r.Dim(x);
                    public static string Constrained<TR>(TR r, T x, int a) where TR : IVal<T> => r.Show(x, a);
                    public static string Write(Conv<T> r, T x, int a) => r.Write(x, a);
                    public static string Tag<TM>(Conv<T> r, TM m, T x) => r.Tag<TM>(m, x);
                    public static string Resolve(Res r, T x, int a) => r.For<T>().Write(x, a);
                    public static string Apply(Func<T, int, string> f, T x, int a) => f(x, a);
                    public static string Fresh<TN>(Conv<T> r, T x, int a) where TN : Conv<T>, new() => (r ?? new TN()).Write(x, a);
                    public static string Bumped(IBump<T> r, T x, int a) { r.Bump(ref x, a); return "" + x; }
                    public static class Nested<U>
                    {
                        public static string Both(IPair<T, U> r, T x, U y) => r.Both(x, y);
                        public static string Tag(Conv<T> r, U m, T x) => r.Tag(m, x);
                    }
                }

                public sealed class GI<T>
                {
                    private readonly T _x;
                    public GI(T x) { _x = x; }
                    public string Show(IVal<T> r, int a) => r.Show(_x, a);
                    public string Twice<TM>(Conv<T> r, TM m) => r.Tag(m, _x) + "|" + r.Write(_x, 1);
                }

                public static class GM
                {
                    public static string Take<T>(IOut<T> r, int a) where T : class => "" + r.Make(a);
                    public static string Ref<T>(IVal<T> r, T x, int a) where T : class => r.Show(x, a);
                    public static string Val<T>(IVal<T> r, T x, int a) where T : struct => r.Dim(x) + r.Show(x, a);
                    public static string Two<TA, TB>(IPair<TA, TB> r, TA x, TB y) => r.Both(x, y);
                }

            """);
        (string Type, string Call)[] sites =
        [
            ("IVal<int>", "GK<int>.Show(r, a, a)"),
            ("IVal<string>", "GK<string>.Show(r, \"s\" + a, a)"),
            ("IVal<int>", "GK<int>.Dim(r, a)"),
            ("IVal<string>", "GK<string>.Dim(r, \"d\" + a)"),
            ("IVal<string>", "GK<string>.Constrained(r, \"c\", a)"),
            ("IVal<int>", "GK<int>.Constrained(r, a, a)"),
            ("Conv<int>", "GK<int>.Write(r, a, a)"),
            ("Conv<string>", "GK<string>.Write(r, \"w\", a)"),
            ("Conv<int>", "GK<int>.Tag<string>(r, \"m\" + a, a)"),
            ("Conv<string>", "GK<string>.Tag<int>(r, a, \"t\")"),
            ("Conv<string>", "GK<string>.Tag<object>(r, \"o\", \"t\")"),
            ("Res", "GK<int>.Resolve(r, a, a)"),
            ("Res", "GK<string>.Resolve(r, \"r\", a)"),
            ("Res", "GK<object>.Resolve(r, a, a)"),
            ("Conv<int>", "GK<int>.Apply(r.Write, a, a)"),
            ("Conv<string>", "GK<string>.Apply(r.Write, \"f\", a)"),
            ("Conv<int>", "GK<int>.Fresh<K0<int>>(r, a, a)"),
            ("IBump<int>", "GK<int>.Bumped(r, a, a)"),
            ("IPair<int, string>", "GK<int>.Nested<string>.Both(r, a, \"n\")"),
            ("IPair<string, object>", "GK<string>.Nested<object>.Both(r, \"n\", a)"),
            ("Conv<string>", "GK<string>.Nested<int>.Tag(r, a, \"x\")"),
            ("IVal<int>", "new GI<int>(a).Show(r, a)"),
            ("IVal<string>", "new GI<string>(\"i\" + a).Show(r, a)"),
            ("Conv<string>", "new GI<string>(\"g\").Twice(r, a)"),
            ("Conv<int>", "new GI<int>(a).Twice<string>(r, \"q\")"),
            ("IOut<object>", "GM.Take<object>(r, a)"),
            ("IOut<string>", "GM.Take<string>(r, a)"),
            ("IVal<string>", "GM.Ref(r, \"ref\", a)"),
            ("IVal<int>", "GM.Val(r, a, a)"),
            ("IPair<int, string>", "GM.Two(r, a, \"two\")"),
        ];
        foreach (var (type, call) in sites)
        {
            _sites.Add(new DriverSite(type, call));
        }
    }
}
