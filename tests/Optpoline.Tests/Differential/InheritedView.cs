namespace Optpoline.Tests.Differential;

/// <summary>
/// What a generated class sees of its ancestors while the generator decides its members: which slot
/// each method name overrides, which slots are sealed or still abstract, which interfaces the chain
/// implements. Keeps the generator from producing types the runtime would refuse to load.
/// </summary>
internal sealed class InheritedView
{
    /// <summary>Name to the slot an override of that name would override (the most derived <c>new</c> slot wins).</summary>
    public Dictionary<string, SlotSpec> Visible { get; } = [];

    /// <summary>Slots sealed somewhere in the chain (sealed overrides, implicit implementations that are not virtual in C#).</summary>
    public HashSet<SlotSpec> Sealed { get; } = [];

    /// <summary>Abstract slots no class of the chain has implemented yet.</summary>
    public HashSet<SlotSpec> PendingAbstract { get; } = [];

    /// <summary>Interfaces the chain implements, as this class would name them.</summary>
    public List<InterfaceRef> Implemented { get; } = [];

    /// <summary>What a class derived from this one with <paramref name="parentArg"/> as the parent's type argument sees.</summary>
    public InheritedView Inherit(TypeArg parentArg)
    {
        var child = new InheritedView();
        foreach (var (name, slot) in Visible)
        {
            child.Visible[name] = slot;
        }

        child.Sealed.UnionWith(Sealed);
        child.PendingAbstract.UnionWith(PendingAbstract);

        // The parent's T is the child's T (parentArg OwnT) or a closed argument.
        child.Implemented.AddRange(Implemented.Select(i => i.Interface.IsGeneric && i.Arg == TypeArg.OwnT ? i with { Arg = parentArg } : i));
        return child;
    }

    public bool ImplementsDefinition(TypeSpec @interface) => Implemented.Exists(i => i.Interface == @interface);
}
