using System.Text;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// Writes the C# source of one random type hierarchy, in its own namespace <c>H{seed}</c>, with a
/// <c>Driver</c> that calls every site on receivers of every applicable concrete type.
/// </summary>
/// <remarks>
/// <para>Covered, at random: interfaces <c>IRoot</c> (abstract <c>M</c>, default <c>D</c>, generic
/// virtual <c>G&lt;T&gt;</c>), <c>IMid : IRoot</c> (which overrides <c>D</c> by an explicit
/// implementation, re-abstracts it, or leaves it, and adds <c>N</c> and a default <c>Both</c> that
/// calls <c>N</c> and <c>M</c>), generic <c>IGen&lt;T&gt;</c> with a default <c>Name</c>; one or two
/// class trees to depth 5 with abstract and virtual slots (<c>V</c>, <c>A</c>, generic virtual
/// <c>GV&lt;T&gt;</c>, covariant <c>Clone</c>, protected <c>Step</c> called from the base's public
/// <c>Template</c>), overrides at random depths, <c>sealed override</c>, <c>abstract override</c>,
/// <c>new virtual</c> slots, <c>base.</c> calls, explicit and implicit (virtual, non-virtual,
/// abstract) interface implementations, re-implementation of the interface in a derived class,
/// private nested classes made by a factory, generic classes instantiated with <c>string</c> and
/// <c>int</c> and closed generic parents; structs with state behind interfaces (boxed receivers).
/// Some bodies throw; some calls get a null receiver. Generic hierarchies and callers in generic code:
/// <c>HierarchySource.Generics.cs</c>.</para>
/// <para>The generator decides only what is legal C#; what each call reaches is the compiler's and
/// the runtime's business: the test compares the woven build with the original, never with a model.</para>
/// </remarks>
internal sealed partial class HierarchySource
{
    private readonly Random _rng;
    private readonly StringBuilder _text = new();
    private readonly List<ReceiverSpec> _receivers = [];
    private readonly List<DriverSite> _sites = [];
    private readonly MidVariant _mid;
    private int _ids;
    private int _classes;

    private HierarchySource(int seed)
    {
        _rng = new Random(seed);
        _mid = (MidVariant)_rng.Next(4);
    }

    private enum MidVariant
    {
        None,
        Plain,
        OverridesDefault,
        Reabstracts,
    }

    /// <summary>Where hierarchy <paramref name="seed"/> goes: <c>{tag}.H{seed}</c> (the tag keeps tests' site keys apart in the process-wide report).</summary>
    public static string Namespace(string tag, int seed) => $"{tag}.H{seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The source of hierarchy <paramref name="seed"/>; <paramref name="extraMember"/> adds one unused member (another build).</summary>
    public static string Generate(string tag, int seed, bool extraMember = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        var source = new HierarchySource(seed);
        source.Build();
        var text = new StringBuilder();
        text.AppendLine("using System;").AppendLine("using System.Text;").AppendLine();
        text.AppendLine($"namespace {Namespace(tag, seed)}").AppendLine("{");
        text.Append(source._text);
        if (extraMember)
        {
            text.AppendLine("    public static class ExtraMember { public static int Value => 42; }");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private bool Chance(double p) => _rng.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private int NextId() => ++_ids;

    private void Build()
    {
        WriteInterfaces();
        BuildTree(size: _rng.Next(3, 9));
        if (Chance(0.4))
        {
            BuildTree(size: _rng.Next(1, 5));
        }

        for (var i = Chance(0.5) ? _rng.Next(1, 3) : 0; i > 0; i--)
        {
            WriteStruct();
        }

        AddInterfaceSites();
        BuildGenerics();
        WriteDriver();
    }

    private void WriteInterfaces()
    {
        _text.AppendLine($$"""
                public interface IRoot
                {
                    int M(int a);
                    string D(int a) { {{Throw("\"IRoot.D\"", 0.3)}} return "IRoot.D:" + a; }
                    string G<T>();
                }

                public interface IGen<T>
                {
                    string Get(T x);
                    string Name() => "IGen<" + typeof(T).Name + ">";
                }

            """);
        if (_mid == MidVariant.None)
        {
            return;
        }

        var d = _mid switch
        {
            MidVariant.OverridesDefault => "string IRoot.D(int a) => \"IMid.D:\" + a;",
            MidVariant.Reabstracts => "abstract string IRoot.D(int a);",
            _ => "",
        };
        _text.AppendLine($$"""
                public interface IMid : IRoot
                {
                    {{d}}
                    string N(int a);
                    string Both(int a) => N(a) + "/" + M(a);
                }

            """);
    }

    /// <summary>A statement that throws for some values of <c>a</c> (with probability <paramref name="p"/>), or nothing.</summary>
    private string Throw(string who, double p)
    {
        if (!Chance(p))
        {
            return "";
        }

        var modulus = _rng.Next(3, 12);
        var exception = _rng.Next(3) switch
        {
            0 => $"new InvalidOperationException({who} + \" failed on \" + a)",
            1 => $"new ArgumentOutOfRangeException(nameof(a), {who} + \" rejects \" + a)",
            _ => $"new NotSupportedException({who})",
        };
        return $"if (a % {modulus} == {_rng.Next(modulus)}) throw {exception};";
    }

    /// <summary>A method body (block) returning <paramref name="shape"/>'s value; may throw; may call <c>base.</c>.</summary>
    private string Body(SlotShape shape, string who, bool baseCallable = false)
    {
        var value = shape.Value(who, NextId());
        if (baseCallable && Chance(0.2))
        {
            var baseCall = $"base.{shape.Name}{(shape.TypeParameters.Length > 0 ? "<T>" : "")}({shape.Arguments})";
            value = shape.Returns == "int" ? $"{value} + {baseCall}" : $"{value} + \"(\" + {baseCall} + \")\"";
        }

        var guard = shape.HasIntArgument ? Throw(who, 0.25) : Chance(0.05) ? $"throw new InvalidOperationException({who} + \" always fails\");" : "";
        return guard.Length == 0 ? $"=> {value};" : $"{{ {guard} return {value}; }}";
    }
}
