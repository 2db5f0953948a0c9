namespace Optpoline.Tests.Differential;

/// <summary>
/// Generates random type hierarchies from a seed: interfaces (generic or not, with default methods,
/// derived interfaces overriding defaults, generic virtual methods), class trees up to depth 5
/// (abstract and virtual slots, overrides at random depths, sealed overrides, <c>new</c> slots,
/// covariant returns, generic classes shared across reference-type instantiations), and structs
/// behind interfaces. Every implementation has a body that names itself, and may log, count and
/// throw. The probabilities are tuned so that 1000 hierarchies contain every <see cref="DiffCase"/>
/// many times (<see cref="HierarchyGeneratorTests"/> checks it); a <see cref="GeneratorBias"/> shifts
/// them towards generic code, and adds covariant interfaces and interfaces implemented twice.
/// </summary>
/// <remarks>
/// The generator only has to produce types the runtime loads; which method a call reaches is never
/// predicted here: the differential runner asks the runtime.
/// </remarks>
internal sealed partial class HierarchyGenerator
{
    private readonly Random _rng;
    private readonly GeneratorBias _bias;
    private readonly HierarchySpec _spec;
    private readonly List<TypeSpec> _interfaces = [];
    private readonly Dictionary<TypeSpec, InheritedView> _views = [];
    private int _classes;
    private int _structs;
    private int _slots;

    private HierarchyGenerator(Random rng, GeneratorBias bias, HierarchySpec spec)
    {
        _rng = rng;
        _bias = bias;
        _spec = spec;
    }

    /// <summary>The seed of hierarchy <paramref name="index"/> of a run with <paramref name="baseSeed"/>.</summary>
    public static int SeedOf(int baseSeed, int index) => unchecked((baseSeed * 1_000_003) + (index * 7_919) + 17);

    public static HierarchySpec Generate(int baseSeed, int index, GeneratorBias? bias = null)
    {
        var seed = SeedOf(baseSeed, index);
        var generator = new HierarchyGenerator(new Random(seed), bias ?? GeneratorBias.Default, new HierarchySpec(baseSeed, index, seed));
        return generator.Build();
    }

    private HierarchySpec Build()
    {
        AddInterfaces();
        AddClassTree(derived: _rng.Next(2, 7));
        if (Chance(0.45))
        {
            AddClassTree(derived: _rng.Next(0, 3));
        }

        if (Chance(0.5))
        {
            if (_interfaces.Count == 0)
            {
                AddInterface(generic: false);
            }

            for (var i = Chance(0.3) ? 2 : 1; i > 0; i--)
            {
                AddStruct();
            }
        }

        return _spec;
    }

    private void Add(TypeSpec type) => _spec.Types.Add(type);

    private bool Chance(double p) => _rng.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private ArgShape RandomArgs() => (ArgShape)_rng.Next(3);

    private ReturnShape RandomReturns(bool allowResult) => _rng.NextDouble() switch
    {
        < 0.25 => ReturnShape.Int,
        < 0.6 => allowResult ? ReturnShape.Result0 : ReturnShape.String,
        _ => ReturnShape.String,
    };

    private TypeArg RandomClosedArg() => Pick(TypeArgs.Closed);

    /// <summary>Two or three instantiations, usually two that share code (reference types) and often a value type.</summary>
    private List<TypeArg> RandomInstantiations()
    {
        var references = new List<TypeArg> { TypeArg.String, TypeArg.Object, TypeArg.Tag };
        var values = new List<TypeArg> { TypeArg.Int, TypeArg.Long };
        Shuffle(references);
        Shuffle(values);
        return _rng.NextDouble() switch
        {
            < 0.45 => Chance(0.5) ? [references[0], references[1], values[0]] : [references[0], references[1]],
            < 0.75 => [references[0], values[0]],
            < 0.9 => [references[0], references[1], references[2]],
            _ => [values[0], values[1]],
        };
    }

    /// <summary>The instantiations of a generic virtual method: usually one reference and one value type.</summary>
    private List<TypeArg> RandomMethodArgs()
    {
        var references = new List<TypeArg> { TypeArg.String, TypeArg.Object, TypeArg.Tag };
        var values = new List<TypeArg> { TypeArg.Int, TypeArg.Long };
        Shuffle(references);
        Shuffle(values);
        return _rng.NextDouble() switch
        {
            < 0.6 => [references[0], values[0]],
            < 0.85 => [references[0], references[1]],
            _ => [values[0]],
        };
    }

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private SlotSpec NewSlot(string name, TypeSpec owner, ArgShape args, ReturnShape returns, bool generic)
    {
        var slot = new SlotSpec(name, owner, args, returns, generic);
        if (generic)
        {
            slot.MethodArgs.AddRange(RandomMethodArgs());
        }

        return slot;
    }

    /// <summary>A member with random side effects; <paramref name="canCount"/> is false where there is no field (interfaces).</summary>
    private MemberSpec Member(TypeSpec owner, MemberKind kind, SlotSpec slot, SlotSpec? @base = null, InterfaceRef? @interface = null, bool isFinal = false, double countChance = 0.4)
    {
        var name = kind is MemberKind.ExplicitImpl or MemberKind.InterfaceOverride ? $"{@interface!.Display}.{slot.Name}" : slot.Name;
        return new MemberSpec
        {
            Kind = kind,
            Slot = slot,
            Base = @base,
            Interface = @interface,
            IsFinal = isFinal,
            Id = $"{owner.Name}.{name}",
            Throws = Chance(0.25) ? _rng.Next(2, 6) : 0,
            Logs = Chance(0.5),
            Counts = owner.Kind != TypeKind.Interface && Chance(countChance),
        };
    }
}
