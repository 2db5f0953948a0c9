namespace Optpoline.Tests.Differential;

/// <summary>Class trees: slots, overrides at random depths, sealing, <c>new</c> slots, covariant returns, generic classes.</summary>
internal sealed partial class HierarchyGenerator
{
    private const int MaxDepth = 5;

    /// <summary>A root class and <paramref name="derived"/> classes below it; some trees are one chain down to <see cref="MaxDepth"/>.</summary>
    private void AddClassTree(int derived)
    {
        var chain = Chance(0.25);
        if (chain)
        {
            derived = Math.Max(derived, MaxDepth);
        }

        var tree = new List<TypeSpec> { AddClass(parent: null, sealedChance: chain ? 0.05 : 0.3) };
        for (var i = 0; i < derived; i++)
        {
            var parents = tree.Where(c => !c.IsSealed && c.Depth < MaxDepth).ToList();
            if (parents.Count == 0)
            {
                return;
            }

            // Prefer the newest class, so chains get deep; otherwise branch anywhere.
            tree.Add(AddClass(chain || Chance(0.6) ? parents[^1] : Pick(parents), sealedChance: chain ? 0.05 : 0.3));
        }
    }

    private TypeSpec AddClass(TypeSpec? parent, double sealedChance)
    {
        bool generic;
        var parentArg = TypeArg.OwnT;
        if (parent is { IsGeneric: true })
        {
            generic = Chance(0.5);
            parentArg = generic ? TypeArg.OwnT : RandomClosedArg();
        }
        else
        {
            generic = Chance(parent is null ? _bias.GenericRootClass : _bias.GenericDerivedClass);
        }

        var isSealed = Chance(sealedChance);
        var cls = new TypeSpec($"C{_classes++}", TypeKind.Class)
        {
            IsGeneric = generic,
            IsSealed = isSealed,
            IsAbstract = !isSealed && Chance(parent is null ? 0.35 : 0.12),
            Parent = parent,
            ParentArg = parentArg,
            Depth = parent is null ? 0 : parent.Depth + 1,
        };
        if (cls.IsConcrete && generic)
        {
            cls.Instantiations.AddRange(RandomInstantiations());
        }

        var view = parent is null ? new InheritedView() : _views[parent].Inherit(parentArg);
        foreach (var slot in view.Visible.Values.ToList())
        {
            DecideInherited(cls, view, slot);
        }

        for (var n = parent is null ? _rng.Next(1, 4) : Chance(0.2) ? 1 : 0; n > 0; n--)
        {
            IntroduceSlot(cls, view);
        }

        AddClassInterfaces(cls, view, root: parent is null);
        MaybeOverrideToString(cls);
        _views[cls] = view;
        Add(cls);
        return cls;
    }

    private void IntroduceSlot(TypeSpec cls, InheritedView view)
    {
        var generic = Chance(_bias.ClassGenericMethod);
        var slot = NewSlot(generic ? $"G{_slots++}" : $"M{_slots++}", cls, RandomArgs(), RandomReturns(allowResult: !generic), generic);
        var isAbstract = cls.IsAbstract && Chance(0.5);
        cls.Members.Add(Member(cls, isAbstract ? MemberKind.Abstract : MemberKind.Virtual, slot));
        view.Visible[slot.Name] = slot;
        if (isAbstract)
        {
            view.PendingAbstract.Add(slot);
        }
    }

    /// <summary>Override, seal, hide, override covariantly, or leave alone one inherited slot.</summary>
    private void DecideInherited(TypeSpec cls, InheritedView view, SlotSpec slot)
    {
        var covariant = !slot.IsGeneric && slot.Returns is ReturnShape.Result0 or ReturnShape.Result1;
        if (view.Sealed.Contains(slot))
        {
            if (Chance(0.12))
            {
                Hide(cls, view, slot);
            }

            return;
        }

        var pending = view.PendingAbstract.Contains(slot);
        if (pending && cls.IsConcrete)
        {
            // Must implement it.
            switch (_rng.NextDouble())
            {
                case < 0.2 when covariant: OverrideCovariantly(cls, view, slot); break;
                case < 0.35: Override(cls, view, slot, seal: true); break;
                default: Override(cls, view, slot, seal: false); break;
            }

            return;
        }

        switch (_rng.NextDouble())
        {
            case < 0.38: Override(cls, view, slot, seal: false); break;
            case < 0.46: Override(cls, view, slot, seal: true); break;
            case < 0.55 when !pending: Hide(cls, view, slot); break;
            case < 0.75 when covariant: OverrideCovariantly(cls, view, slot); break;
            default: break;
        }
    }

    private void Override(TypeSpec cls, InheritedView view, SlotSpec slot, bool seal)
    {
        cls.Members.Add(Member(cls, seal ? MemberKind.SealedOverride : MemberKind.Override, slot));
        view.PendingAbstract.Remove(slot);
        if (seal)
        {
            view.Sealed.Add(slot);
        }
    }

    /// <summary><c>public new virtual</c>: overrides below bind to the new slot by name.</summary>
    private SlotSpec Hide(TypeSpec cls, InheritedView view, SlotSpec slot)
    {
        var hiding = NewSlot(slot.Name, cls, slot.Args, slot.Returns, slot.IsGeneric);
        cls.Members.Add(Member(cls, MemberKind.NewSlot, hiding, @base: slot));
        view.Visible[slot.Name] = hiding;
        return hiding;
    }

    private void OverrideCovariantly(TypeSpec cls, InheritedView view, SlotSpec slot)
    {
        var covariant = NewSlot(slot.Name, cls, slot.Args, slot.Returns + 1, generic: false);
        cls.Members.Add(Member(cls, MemberKind.Covariant, covariant, @base: slot));
        view.Visible[slot.Name] = covariant;
        view.PendingAbstract.Remove(slot);
    }

    private void AddClassInterfaces(TypeSpec cls, InheritedView view, bool root)
    {
        if (_interfaces.Count == 0)
        {
            return;
        }

        if (!root && view.Implemented.Count > 0 && Chance(0.25))
        {
            // Re-implementation: list an interface the parent already implements, and map some of it anew.
            Implement(cls, view, Pick(view.Implemented));
        }

        for (var n = root ? (Chance(0.7) ? (Chance(0.3) ? 2 : 1) : 0) : (Chance(0.2) ? 1 : 0); n > 0; n--)
        {
            var fresh = _interfaces.Where(i => !view.ImplementsDefinition(i) && (i.Parent is null || !view.ImplementsDefinition(i.Parent))).ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            var iface = Pick(fresh);
            var arg = !iface.IsGeneric ? TypeArg.OwnT : cls.IsGeneric && Chance(0.6) ? TypeArg.OwnT : RandomClosedArg();
            Implement(cls, view, new InterfaceRef(iface, arg));
            MaybeImplementAgain(cls, view, iface, arg);
        }
    }
}
