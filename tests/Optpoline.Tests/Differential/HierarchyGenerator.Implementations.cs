namespace Optpoline.Tests.Differential;

/// <summary>Interface implementations (implicit, explicit, inherited defaults, re-implementations) and structs.</summary>
internal sealed partial class HierarchyGenerator
{
    private void AddStruct()
    {
        var generic = Chance(_bias.GenericStruct);
        var type = new TypeSpec($"S{_structs++}", TypeKind.Struct) { IsGeneric = generic, IsSealed = true };
        if (generic)
        {
            type.Instantiations.AddRange(RandomInstantiations());
        }

        var view = new InheritedView();
        for (var n = Chance(0.35) ? 2 : 1; n > 0; n--)
        {
            var fresh = _interfaces.Where(i => !view.ImplementsDefinition(i) && (i.Parent is null || !view.ImplementsDefinition(i.Parent))).ToList();
            if (fresh.Count == 0)
            {
                break;
            }

            var iface = Pick(fresh);
            var arg = !iface.IsGeneric ? TypeArg.OwnT : generic && Chance(0.6) ? TypeArg.OwnT : RandomClosedArg();
            Implement(type, view, new InterfaceRef(iface, arg));
            MaybeImplementAgain(type, view, iface, arg);
        }

        MaybeOverrideToString(type);
        Add(type);
    }

    /// <summary>
    /// <c>class C : I0&lt;string&gt;, I0&lt;int&gt;</c>: one receiver type, two instantiations of one interface,
    /// each with its own implementation (or one method implementing both). Only after a closed first
    /// instantiation, so that no generic type lists <c>I0&lt;T&gt;</c> and <c>I0&lt;string&gt;</c>, which
    /// unify at <c>T = string</c>.
    /// </summary>
    private void MaybeImplementAgain(TypeSpec type, InheritedView view, TypeSpec iface, TypeArg first)
    {
        if (!iface.IsGeneric || first == TypeArg.OwnT || _bias.SecondInstantiation == 0 || !Chance(_bias.SecondInstantiation))
        {
            return;
        }

        var second = RandomClosedArg();
        if (second != first)
        {
            Implement(type, view, new InterfaceRef(iface, second));
        }
    }

    /// <summary>
    /// Lists <paramref name="iface"/> (and its base interface) on <paramref name="type"/> and maps its methods:
    /// implicitly, explicitly, or not at all where a default body or an inherited implementation exists.
    /// </summary>
    private void Implement(TypeSpec type, InheritedView view, InterfaceRef iface)
    {
        var refs = new List<InterfaceRef> { iface };
        if (iface.Interface.Parent is { } baseInterface)
        {
            refs.Add(new InterfaceRef(baseInterface, iface.Arg));
        }

        foreach (var listed in refs)
        {
            if (!type.Interfaces.Contains(listed))
            {
                type.Interfaces.Add(listed);
            }

            var inherited = view.Implemented.Contains(listed);
            if (!inherited)
            {
                view.Implemented.Add(listed);
            }

            foreach (var declaration in listed.Interface.Members.Where(m => m.Kind is MemberKind.InterfaceAbstract or MemberKind.InterfaceDefault))
            {
                var mayLeave = declaration.Kind == MemberKind.InterfaceDefault || inherited;
                switch (_rng.NextDouble())
                {
                    case < 0.4: ImplementImplicitly(type, view, listed, declaration.Slot); break;
                    case < 0.75: ImplementExplicitly(type, listed, declaration.Slot); break;
                    case var _ when mayLeave: break;
                    case < 0.875: ImplementImplicitly(type, view, listed, declaration.Slot); break;
                    default: ImplementExplicitly(type, listed, declaration.Slot); break;
                }
            }
        }
    }

    private void ImplementExplicitly(TypeSpec type, InterfaceRef iface, SlotSpec slot) =>
        type.Members.Add(Member(type, MemberKind.ExplicitImpl, slot, @interface: iface, countChance: CountChance(type)));

    private void ImplementImplicitly(TypeSpec type, InheritedView view, InterfaceRef iface, SlotSpec slot)
    {
        if (type.Members.Exists(m => m.Kind is not MemberKind.ExplicitImpl && m.Slot.Name == slot.Name))
        {
            // The type already declares a method of that name and signature (an override or a new slot): it matches.
            return;
        }

        if (view.Visible.TryGetValue(slot.Name, out var existing))
        {
            // An inherited method of that name: the implementation overrides or hides it.
            if (existing.Returns != slot.Returns)
            {
                ImplementExplicitly(type, iface, slot);
            }
            else if (view.PendingAbstract.Contains(existing) || (!view.Sealed.Contains(existing) && Chance(0.5)))
            {
                Override(type, view, existing, seal: false);
            }
            else
            {
                Hide(type, view, existing);
            }

            return;
        }

        var isFinal = type.Kind == TypeKind.Struct || Chance(0.35);
        var own = NewSlot(slot.Name, type, slot.Args, slot.Returns, slot.IsGeneric);
        type.Members.Add(Member(type, MemberKind.ImplicitImpl, own, @base: slot, @interface: iface, isFinal: isFinal, countChance: CountChance(type)));
        view.Visible[slot.Name] = own;
        if (isFinal)
        {
            view.Sealed.Add(own);
        }
    }

    /// <summary><c>public override string ToString()</c>; types that do not inherit <see cref="object"/>'s or <see cref="ValueType"/>'s.</summary>
    private void MaybeOverrideToString(TypeSpec type)
    {
        if (Chance(0.35))
        {
            type.Members.Add(Member(type, MemberKind.Override, ObjectSlots.ToStringSlot, countChance: CountChance(type)));
        }
    }

    private static double CountChance(TypeSpec type) => type.Kind == TypeKind.Struct ? 0.7 : 0.4;
}
