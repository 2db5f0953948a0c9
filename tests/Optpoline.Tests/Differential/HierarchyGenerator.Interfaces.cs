namespace Optpoline.Tests.Differential;

/// <summary>Interfaces: methods with and without default bodies, generic virtual methods, derived interfaces overriding a default.</summary>
internal sealed partial class HierarchyGenerator
{
    private void AddInterfaces()
    {
        var count = _rng.NextDouble() switch
        {
            < 0.1 => 0,
            < 0.5 => 1,
            _ => 2,
        };
        for (var i = 0; i < count; i++)
        {
            AddInterface(generic: Chance(_bias.GenericInterface));
        }
    }

    private void AddInterface(bool generic)
    {
        var iface = new TypeSpec($"I{_interfaces.Count}", TypeKind.Interface)
        {
            IsGeneric = generic,
            IsCovariant = generic && _bias.CovariantInterface > 0 && Chance(_bias.CovariantInterface),
        };
        for (var k = Chance(0.5) ? 2 : 1; k > 0; k--)
        {
            var slot = NewSlot($"{iface.Name}_{_slots++}", iface, RandomArgs(), RandomReturns(allowResult: true), generic: false);
            iface.Members.Add(Member(iface, Chance(0.5) ? MemberKind.InterfaceDefault : MemberKind.InterfaceAbstract, slot));
        }

        if (Chance(_bias.InterfaceGenericMethod))
        {
            var slot = NewSlot($"{iface.Name}_G{_slots++}", iface, RandomArgs(), RandomReturns(allowResult: false), generic: true);
            iface.Members.Add(Member(iface, Chance(0.3) ? MemberKind.InterfaceDefault : MemberKind.InterfaceAbstract, slot));
        }

        _interfaces.Add(iface);
        Add(iface);

        var defaults = iface.Members.Where(m => m.Kind == MemberKind.InterfaceDefault).ToList();
        if (defaults.Count > 0 && Chance(0.45))
        {
            AddDerivedInterface(iface, defaults);
        }
    }

    /// <summary><c>interface I0X : I0 { string I0.M() =&gt; ...; }</c>: the most specific default for classes that implement I0X.</summary>
    private void AddDerivedInterface(TypeSpec @base, List<MemberSpec> defaults)
    {
        var derived = new TypeSpec(@base.Name + "X", TypeKind.Interface)
        {
            IsGeneric = @base.IsGeneric,

            // A covariant T may not appear where an invariant base interface names it: follow the base.
            IsCovariant = @base.IsCovariant,
            Parent = @base,
            ParentArg = TypeArg.OwnT,
        };
        if (Chance(0.85))
        {
            var overridden = Pick(defaults).Slot;
            derived.Members.Add(Member(derived, MemberKind.InterfaceOverride, overridden, @interface: new InterfaceRef(@base, TypeArg.OwnT)));
        }

        if (Chance(0.5))
        {
            var slot = NewSlot($"{derived.Name}_{_slots++}", derived, RandomArgs(), RandomReturns(allowResult: true), generic: false);
            derived.Members.Add(Member(derived, Chance(0.4) ? MemberKind.InterfaceDefault : MemberKind.InterfaceAbstract, slot));
        }

        _interfaces.Add(derived);
        Add(derived);
    }
}
