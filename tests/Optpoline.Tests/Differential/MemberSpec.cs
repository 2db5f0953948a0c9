namespace Optpoline.Tests.Differential;

/// <summary>One generated method of a type, and what its body does.</summary>
internal sealed class MemberSpec
{
    public required MemberKind Kind { get; init; }

    /// <summary>
    /// The slot the method belongs to: the one it introduces (virtual, abstract, new, covariant,
    /// implicit implementation, interface methods) or the one it overrides or implements explicitly.
    /// </summary>
    public required SlotSpec Slot { get; init; }

    /// <summary>The slot a <c>new</c> method hides, a covariant method overrides, or an implicit implementation implements.</summary>
    public SlotSpec? Base { get; init; }

    /// <summary>The interface an explicit or implicit implementation is for; for an interface override, the base interface.</summary>
    public InterfaceRef? Interface { get; init; }

    /// <summary>An implicit implementation that is not virtual in C# (virtual final in IL).</summary>
    public bool IsFinal { get; init; }

    /// <summary>The text that names this implementation in results.</summary>
    public required string Id { get; init; }

    /// <summary>Throws when <c>(a + s.Length) % Throws == 0</c> (a missing argument counts 0); 0 for never.</summary>
    public int Throws { get; init; }

    /// <summary>Appends its description to the hierarchy's log.</summary>
    public bool Logs { get; init; }

    /// <summary>Increments the receiver's counter field (a struct's field is in the box) and reports it.</summary>
    public bool Counts { get; init; }

    public bool HasBody => Kind is not (MemberKind.Abstract or MemberKind.InterfaceAbstract);

    public string MethodName => Kind is MemberKind.ExplicitImpl or MemberKind.InterfaceOverride
        ? $"{Interface!.Display}.{Slot.Name}"
        : Slot.Name;

    public string Describe()
    {
        var kind = Kind switch
        {
            MemberKind.Virtual => "virtual",
            MemberKind.Abstract => "abstract",
            MemberKind.Override => "override",
            MemberKind.SealedOverride => "sealed override",
            MemberKind.NewSlot => $"new virtual /* hides {Base!.Owner.Name}.{Base.Name} */",
            MemberKind.Covariant => $"override /* covariant over {Base!.Owner.Name}.{Base.Name}: {Base.Returns} */",
            MemberKind.ImplicitImpl => (IsFinal ? "public /* final */" : "public virtual") + $" /* implements {Interface!.Display} */",
            MemberKind.ExplicitImpl => "/* explicit */",
            MemberKind.InterfaceAbstract => "abstract",
            MemberKind.InterfaceDefault => "/* default */",
            _ => "/* overrides default */",
        };
        var effects = new List<string>();
        if (Throws > 0)
        {
            effects.Add($"throws when (a+s.Length)%{Throws}==0");
        }

        if (Logs)
        {
            effects.Add("logs");
        }

        if (Counts)
        {
            effects.Add("counts");
        }

        var body = HasBody ? $" => \"{Id}\"" + (effects.Count > 0 ? $" [{string.Join(", ", effects)}]" : "") : ";";
        var name = Kind is MemberKind.ExplicitImpl or MemberKind.InterfaceOverride ? MethodName : Slot.Name;
        return $"{kind} {Slot.Signature.Replace(" " + Slot.Name, " " + name, StringComparison.Ordinal)}{body}";
    }
}
