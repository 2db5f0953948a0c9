namespace Optpoline.Tests.Differential;

/// <summary>Which <see cref="DiffCase"/>s a generated hierarchy contains.</summary>
internal static class DiffCensus
{
    public static HashSet<DiffCase> Of(HierarchySpec spec)
    {
        var cases = new HashSet<DiffCase>();
        void Add(DiffCase c, bool present)
        {
            if (present)
            {
                cases.Add(c);
            }
        }

        var classes = spec.Types.Where(t => t.Kind == TypeKind.Class).ToList();
        var structs = spec.Types.Where(t => t.Kind == TypeKind.Struct).ToList();
        var members = spec.Types.SelectMany(t => t.Members).ToList();
        var overrides = classes.SelectMany(c => c.Members.Where(m => IsOverride(m) && m.Slot != ObjectSlots.ToStringSlot).Select(m => (Class: c, Member: m))).ToList();

        Add(DiffCase.Override, overrides.Count > 0);
        Add(DiffCase.DeepOverride, overrides.Exists(o => o.Class.Depth >= 3));
        Add(DiffCase.OverrideAtDepth5, overrides.Exists(o => o.Class.Depth == 5));
        Add(DiffCase.OverrideSkippingLevel, overrides.Exists(o => SkipsLevel(o.Class, o.Member.Slot)));
        Add(DiffCase.AbstractMethod, members.Exists(m => m.Kind == MemberKind.Abstract));
        Add(DiffCase.NewSlot, members.Exists(m => m.Kind == MemberKind.NewSlot));
        Add(DiffCase.NewSlotOverridden, overrides.Exists(o => o.Member.Slot.Owner.Members.Exists(m => m.Kind == MemberKind.NewSlot && m.Slot == o.Member.Slot)));
        Add(DiffCase.SealedClass, classes.Exists(c => c.IsSealed));
        Add(DiffCase.UnsealedConcreteClass, classes.Exists(c => c.IsConcrete && !c.IsSealed));
        Add(DiffCase.SealedOverride, members.Exists(m => m.Kind == MemberKind.SealedOverride));
        Add(DiffCase.ExplicitImplementation, members.Exists(m => m.Kind == MemberKind.ExplicitImpl));
        Add(DiffCase.ImplicitImplementation, members.Exists(m => m.Kind == MemberKind.ImplicitImpl));
        Add(DiffCase.Reimplementation, classes.Exists(c => c.Interfaces.Exists(i => Ancestors(c).Any(a => a.Interfaces.Exists(x => x.Interface == i.Interface)))));
        Add(DiffCase.DefaultMethodImplemented, spec.Types.Exists(t => t.Kind != TypeKind.Interface && t.Members.Exists(m => ImplementedSlot(m) is { } s && HasDefault(s))));
        Add(DiffCase.DefaultMethodInherited, spec.Types.Exists(t => t.IsConcrete && InheritsDefault(t)));
        Add(DiffCase.DefaultMethodOverriddenByInterface, members.Exists(m => m.Kind == MemberKind.InterfaceOverride)
            && spec.Types.Exists(t => AllInterfaces(t).Any(i => i.Members.Exists(m => m.Kind == MemberKind.InterfaceOverride))));
        Add(DiffCase.CovariantReturn, members.Exists(m => m.Kind == MemberKind.Covariant));
        Add(DiffCase.ObjectMethodOverridden, members.Exists(m => m.Slot == ObjectSlots.ToStringSlot));
        Add(DiffCase.ClassGenericVirtualOverridden, overrides.Exists(o => o.Member.Slot.IsGeneric));
        Add(DiffCase.InterfaceGenericVirtual, spec.Types.Exists(t => t.IsConcrete && AllInterfaces(t).Any(i => i.Members.Exists(m => m.Slot.IsGeneric))));
        var genericSlots = members.Where(m => m.Slot.IsGeneric).Select(m => m.Slot).ToList();
        Add(DiffCase.GenericVirtualAtReferenceType, genericSlots.Exists(s => s.MethodArgs.Exists(TypeArgs.IsReference)));
        Add(DiffCase.GenericVirtualAtValueType, genericSlots.Exists(s => s.MethodArgs.Exists(TypeArgs.IsValue)));
        Add(DiffCase.GenericTypeSharedInstantiations, spec.Types.Exists(t => t.Instantiations.Count(TypeArgs.IsReference) >= 2));
        Add(DiffCase.GenericTypeValueInstantiation, spec.Types.Exists(t => t.Instantiations.Exists(TypeArgs.IsValue)));
        Add(DiffCase.ClosedDerivedFromGeneric, classes.Exists(c => !c.IsGeneric && c.Parent is { IsGeneric: true }));
        Add(DiffCase.GenericInterface, spec.Types.Exists(t => t.Interfaces.Exists(i => i.Interface.IsGeneric)));
        Add(DiffCase.StructBehindInterface, structs.Exists(s => s.Interfaces.Count > 0));
        Add(DiffCase.StructMutation, structs.Exists(s => s.Members.Exists(m => m.Counts)));
        Add(DiffCase.Throws, members.Exists(m => m.Throws > 0));
        Add(DiffCase.LogSideEffect, members.Exists(m => m.Logs));
        Add(DiffCase.CounterSideEffect, classes.Exists(c => c.Members.Exists(m => m.Counts)));
        Add(DiffCase.IntArgument, members.Exists(m => m.Slot.Args is ArgShape.Int or ArgShape.IntString));
        Add(DiffCase.StringArgument, members.Exists(m => m.Slot.Args is ArgShape.String or ArgShape.IntString));
        return cases;
    }

    private static bool IsOverride(MemberSpec member) =>
        member.Kind is MemberKind.Override or MemberKind.SealedOverride or MemberKind.Covariant;

    private static IEnumerable<TypeSpec> Ancestors(TypeSpec type)
    {
        for (var parent = type.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }

    /// <summary>Some class strictly between the slot's owner and <paramref name="type"/> does not override the slot.</summary>
    private static bool SkipsLevel(TypeSpec type, SlotSpec slot) =>
        Ancestors(type).TakeWhile(a => a != slot.Owner).Any(a => !a.Members.Exists(m => IsOverride(m) && m.Slot == slot));

    private static IEnumerable<TypeSpec> AllInterfaces(TypeSpec type) =>
        new[] { type }.Concat(Ancestors(type)).SelectMany(t => t.Interfaces).Select(i => i.Interface).Distinct();

    private static SlotSpec? ImplementedSlot(MemberSpec member) => member.Kind switch
    {
        MemberKind.ExplicitImpl => member.Slot,
        MemberKind.ImplicitImpl => member.Base,
        _ => null,
    };

    private static bool HasDefault(SlotSpec slot) =>
        slot.Owner.Members.Exists(m => m.Slot == slot && m.Kind == MemberKind.InterfaceDefault);

    /// <summary>A default method of an interface the type implements that no class of its chain implements by name or explicitly.</summary>
    private static bool InheritsDefault(TypeSpec type)
    {
        var chain = new[] { type }.Concat(Ancestors(type)).ToList();
        return AllInterfaces(type)
            .SelectMany(i => i.Members.Where(m => m.Kind == MemberKind.InterfaceDefault).Select(m => m.Slot))
            .Any(slot => !chain.Exists(c => c.Members.Exists(m => ImplementedSlot(m) == slot || (m.Kind != MemberKind.ExplicitImpl && m.Slot.Name == slot.Name))));
    }
}
