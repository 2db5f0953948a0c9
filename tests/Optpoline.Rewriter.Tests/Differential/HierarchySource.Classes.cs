using System.Text;

namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>Class trees: shape, then slots decided from the root down, then text.</summary>
internal sealed partial class HierarchySource
{
    private static readonly string[] s_typeArguments = ["string", "int"];

    private void BuildTree(int size)
    {
        var root = new ClassNode("C" + _classes++, null) { IsAbstract = Chance(0.6) };
        var nodes = new List<ClassNode> { root };
        for (var i = 0; i < size; i++)
        {
            var parent = Pick(nodes.Where(n => n.Depth < 5).ToList());
            var child = new ClassNode("C" + _classes++, parent);
            parent.Children.Add(child);
            nodes.Add(child);
        }

        foreach (var node in nodes.Skip(1))
        {
            var parent = node.Parent!;
            node.ParentRef = parent.RefWith(Pick(s_typeArguments));
            node.IsGeneric = Chance(0.2);
            node.IsPrivateNested = node.IsLeaf && !node.IsGeneric && !parent.IsGeneric && Chance(0.15);
            node.IsAbstract = !node.IsLeaf && Chance(0.3);
            node.IsSealed = node.IsLeaf && Chance(node.IsPrivateNested ? 0.5 : 0.3);
            node.ImplementsGen = node.IsGeneric && !node.HasAncestor(a => a.IsGeneric) && Chance(0.7);
        }

        if (Chance(0.8))
        {
            var introducer = Pick(nodes.Where(n => !n.IsPrivateNested).ToList());
            introducer.Introduces = _mid != MidVariant.None && Chance(0.5) ? "IMid" : "IRoot";
            var below = nodes.Where(n => n.HasAncestor(a => a == introducer)).ToList();
            if (below.Count > 0 && Chance(0.5))
            {
                Pick(below).Reimplements = introducer.Introduces;
            }
        }

        DeclareRootSlots(root);
        foreach (var node in nodes.Skip(1))
        {
            DeclareSlots(node);
        }

        _text.Append(ClassText(root, "    "));
        foreach (var node in nodes.Skip(1).Where(n => !n.IsPrivateNested))
        {
            _text.Append(ClassText(node, "    "));
        }

        AddReceivers(nodes);
        AddClassSites(root, nodes);
    }

    private void DeclareRootSlots(ClassNode root)
    {
        var abstractRoot = root.IsAbstract;
        root.Members.Add("public string Origin = \"\";");
        root.Members.Add("public string Template(int a) => \"T[\" + Step(a) + \"]\";");
        Declare(root, SlotShape.V, "public", isAbstract: false);
        Declare(root, SlotShape.A, "public", isAbstract: abstractRoot);
        Declare(root, SlotShape.GV, "public", isAbstract: abstractRoot && Chance(0.4));
        Declare(root, SlotShape.Step, "protected", isAbstract: abstractRoot && Chance(0.7));
        root.Members.Add($"public virtual {root.Name} Clone() {{ Origin = \"{root.Name}.Clone\"; return this; }}");
        root.Slots.Add(new SlotState(new SlotShape("Clone", root.Name, "", "", "", false), Implemented: true, Sealed: false));
        DeclareInterfaceMembers(root);
    }

    private void Declare(ClassNode node, SlotShape shape, string access, bool isAbstract)
    {
        node.Members.Add(isAbstract
            ? $"{access} abstract {shape.Returns} {shape.Signature};"
            : $"{access}{(node.IsSealed ? "" : " virtual")} {shape.Returns} {shape.Signature} {Body(shape, node.Who)}");
        node.Slots.Add(new SlotState(shape, Implemented: !isAbstract, Sealed: false, Protected: access == "protected"));
    }

    /// <summary>Decides, for each slot the parent sees, what this class does with it; then its own interface members.</summary>
    private void DeclareSlots(ClassNode node)
    {
        foreach (var inherited in node.Parent!.Slots)
        {
            var slot = Substituted(inherited, node);
            var access = slot.Protected ? "protected" : "public";
            var shape = slot.Shape;
            var isClone = shape.Name == "Clone";
            var must = !node.IsAbstract && !slot.Implemented;
            var roll = _rng.NextDouble();
            if (isClone)
            {
                if (!slot.Sealed && !node.IsPrivateNested && Chance(0.45))
                {
                    var modifier = Chance(0.15) ? "sealed override" : "override";
                    node.Members.Add($"public {modifier} {node.SelfRef} Clone() {{ Origin = {node.Who} + \".Clone\"; return this; }}");
                    slot = slot with { Shape = shape with { Returns = node.SelfRef }, Sealed = modifier.StartsWith("sealed", StringComparison.Ordinal) };
                }
            }
            else if (slot.Sealed)
            {
                if (slot.Hideable && roll < 0.15)
                {
                    slot = NewVirtual(node, slot, access);
                }
            }
            else if (must || roll < 0.4)
            {
                var modifier = Chance(0.15) ? "sealed override" : "override";
                node.Members.Add($"{access} {modifier} {shape.Returns} {shape.Signature} {Body(shape, node.Who, baseCallable: slot.Implemented)}");
                slot = slot with { Implemented = true, Sealed = modifier.StartsWith("sealed", StringComparison.Ordinal) };
            }
            else if (roll < 0.5 && node.IsAbstract && slot.Implemented)
            {
                node.Members.Add($"{access} abstract override {shape.Returns} {shape.Signature};");
                slot = slot with { Implemented = false };
            }
            else if (roll < 0.6 && slot.Hideable)
            {
                slot = NewVirtual(node, slot, access);
            }

            node.Slots.Add(slot);
        }

        DeclareInterfaceMembers(node);
        if (node.Reimplements is { } reimplemented)
        {
            var members = InterfaceMembers(reimplemented, includeOptionalD: true);
            var chosen = members.Where(_ => Chance(0.6)).ToList();
            foreach (var (iface, shape) in chosen.Count > 0 ? chosen : [members[0]])
            {
                node.Members.Add($"{shape.Returns} {iface}.{shape.Signature} {Body(shape, node.Who + " + \"." + iface + "\"")}");
            }
        }
    }

    private SlotState NewVirtual(ClassNode node, SlotState slot, string access)
    {
        var shape = slot.Shape;
        // A sealed class may hide a slot, but not open a new one.
        var modifier = node.IsSealed ? "new" : "new virtual";
        node.Members.Add($"{access} {modifier} {shape.Returns} {shape.Signature} {Body(shape, node.Who + " + \".new\"")}");
        node.NewSlots.Add(shape.Name);
        return slot with { Implemented = true, Sealed = false };
    }

    /// <summary>A slot declared with the generic parent's <c>TC</c>, as its closed child sees it.</summary>
    private static SlotState Substituted(SlotState slot, ClassNode node)
    {
        if (slot.Shape.Name != "Get" || slot.Shape.Parameters != "TC x" || node.Parent is not { IsGeneric: true })
        {
            return slot;
        }

        var argument = node.ParentRef[(node.ParentRef.IndexOf('<', StringComparison.Ordinal) + 1)..^1];
        return slot with { Shape = SlotShape.Get(argument) };
    }

    /// <summary>The members of an interface a class must (or may) implement, as (interface that declares it, shape).</summary>
    private List<(string Interface, SlotShape Shape)> InterfaceMembers(string iface, bool includeOptionalD)
    {
        var members = new List<(string, SlotShape)> { ("IRoot", SlotShape.M), ("IRoot", SlotShape.G) };
        if (iface == "IMid")
        {
            members.Add(("IMid", SlotShape.N));
        }

        var dRequired = iface == "IMid" && _mid == MidVariant.Reabstracts;
        if (dRequired || includeOptionalD || Chance(0.4))
        {
            members.Add(("IRoot", SlotShape.D));
        }

        return members;
    }

    /// <summary>Implements the interface this class introduces, and <c>IGen&lt;TC&gt;</c>; implicit virtual members become slots.</summary>
    private void DeclareInterfaceMembers(ClassNode node)
    {
        var members = node.Introduces is { } iface ? InterfaceMembers(iface, includeOptionalD: false) : [];
        if (node.ImplementsGen)
        {
            members.Add(("IGen<TC>", SlotShape.Get("TC")));
        }

        foreach (var (declaring, shape) in members)
        {
            var roll = _rng.NextDouble();
            if (roll < 0.35)
            {
                node.Members.Add($"{shape.Returns} {declaring}.{shape.Signature} {Body(shape, node.Who + " + \"." + declaring + "\"")}");
            }
            else if (roll < 0.45)
            {
                node.Implicit.Add(shape.Name);
                node.Members.Add($"public {shape.Returns} {shape.Signature} {Body(shape, node.Who)}");
            }
            else
            {
                node.Implicit.Add(shape.Name);
                Declare(node, shape, "public", isAbstract: node.IsAbstract && roll > 0.9);
            }
        }
    }

    private string ClassText(ClassNode node, string indent)
    {
        var text = new StringBuilder();
        var modifiers = (node.IsPrivateNested ? "private " : "public ") + (node.IsAbstract ? "abstract " : node.IsSealed ? "sealed " : "");
        var bases = new List<string>();
        if (node.Parent is not null)
        {
            bases.Add(node.ParentRef);
        }

        bases.AddRange(new[] { node.Introduces, node.Reimplements, node.ImplementsGen ? "IGen<TC>" : null }.OfType<string>());
        text.Append(indent).Append(modifiers).Append("class ").Append(node.SelfRef);
        text.AppendLine(bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
        text.Append(indent).AppendLine("{");
        foreach (var member in node.Members)
        {
            text.Append(indent).Append("    ").AppendLine(member);
        }

        foreach (var nested in node.Children.Where(c => c.IsPrivateNested))
        {
            text.Append(indent).AppendLine($"    public static {node.Name} New{nested.Name}() => new {nested.Name}();");
            text.Append(ClassText(nested, indent + "    "));
        }

        text.Append(indent).AppendLine("}").AppendLine();
        return text.ToString();
    }
}
