namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>Concrete receivers (classes, generic instantiations, private nested classes, boxed structs) and the sites they reach.</summary>
internal sealed partial class HierarchySource
{
    private void AddReceivers(List<ClassNode> nodes)
    {
        foreach (var node in nodes.Where(n => !n.IsAbstract))
        {
            foreach (var argument in node.IsGeneric ? s_typeArguments : ["string"])
            {
                var types = new HashSet<string>(StringComparer.Ordinal);
                if (!node.IsPrivateNested)
                {
                    types.Add(node.RefWith(argument));
                }

                if (node.ImplementsGen)
                {
                    types.Add($"IGen<{argument}>");
                }

                for (var n = node; n is not null; n = n.Parent)
                {
                    if (n != node)
                    {
                        types.Add(ChildRefOf(node, n));
                    }

                    foreach (var iface in new[] { n.Introduces, n.Reimplements }.OfType<string>())
                    {
                        types.Add(iface);
                        types.Add("IRoot");
                    }
                }

                var create = node.IsPrivateNested ? $"{node.Parent!.Name}.New{node.Name}()" : $"new {node.RefWith(argument)}()";
                _receivers.Add(new ReceiverSpec(create, types));
            }
        }
    }

    /// <summary>How the chain from <paramref name="node"/> names its ancestor <paramref name="ancestor"/> (closed if generic).</summary>
    private static string ChildRefOf(ClassNode node, ClassNode ancestor)
    {
        var child = node;
        while (child.Parent != ancestor)
        {
            child = child.Parent!;
        }

        return child.ParentRef;
    }

    private void AddClassSites(ClassNode root, List<ClassNode> nodes)
    {
        var r = root.Name;
        _sites.Add(new DriverSite(r, "r.V(a)"));
        _sites.Add(new DriverSite(r, "r.A(a).ToString()"));
        _sites.Add(new DriverSite(r, "r.GV<string>(\"s\" + a)"));
        _sites.Add(new DriverSite(r, "r.GV<int>(a)"));
        _sites.Add(new DriverSite(r, "r.Template(a)"));
        _sites.Add(new DriverSite(r, "r.Clone().Origin"));
        _sites.Add(new DriverSite(r, "((Func<int, string>)r.V)(a)"));
        _sites.Add(new DriverSite(r, "r.V(a)", Generic: true));
        var inner = nodes.Where(n => n.Parent is not null && !n.IsLeaf).ToList();
        for (var i = Math.Min(2, inner.Count); i > 0; i--)
        {
            _sites.Add(new DriverSite(RefOf(Pick(inner)), "r.V(a)"));
        }

        foreach (var node in nodes.Where(n => !n.IsPrivateNested))
        {
            foreach (var slot in node.NewSlots)
            {
                _sites.Add(new DriverSite(RefOf(node), slot == "M" ? "r.M(a).ToString()" : "r.V(a)"));
            }

            if (node.Implicit.Contains("M"))
            {
                _sites.Add(new DriverSite(RefOf(node), "r.M(a).ToString()"));
            }

            if (node.Implicit.Contains("G"))
            {
                _sites.Add(new DriverSite(RefOf(node), "r.G<string>()"));
            }

            if (node.Implicit.Contains("Get"))
            {
                _sites.Add(new DriverSite(node.RefWith("int"), "r.Get(a)"));
            }
        }
    }

    private string RefOf(ClassNode node) => node.RefWith(Pick(s_typeArguments));

    private void WriteStruct()
    {
        var name = "S" + _classes++;
        var iface = _mid != MidVariant.None && Chance(0.5) ? "IMid" : "IRoot";
        var gen = Chance(0.5);
        var who = $"\"{name}\"";
        var members = new List<string> { "private int _n;" };
        foreach (var (declaring, shape) in InterfaceMembers(iface, includeOptionalD: false))
        {
            var value = shape.Value(who, NextId());
            if (shape.Name == "M")
            {
                // State in the box: a rewriter that called the method on a copy would lose the count.
                value = $"{value} + 10 * (_n++ % 7)";
            }

            members.Add(Chance(0.4)
                ? $"{shape.Returns} {declaring}.{shape.Signature} => {value};"
                : $"public {shape.Returns} {shape.Signature} {{ {(shape.HasIntArgument ? Throw(who, 0.2) : "")} return {value}; }}");
        }

        if (gen)
        {
            members.Add($"public string Get(int x) => {who} + \".Get:\" + (x + _n);");
        }

        _text.AppendLine($"    public struct {name} : {iface}{(gen ? ", IGen<int>" : "")}").AppendLine("    {");
        foreach (var member in members)
        {
            _text.Append("        ").AppendLine(member);
        }

        _text.AppendLine("    }").AppendLine();
        var types = new HashSet<string>(StringComparer.Ordinal) { iface, "IRoot" };
        if (gen)
        {
            types.Add("IGen<int>");
        }

        _receivers.Add(new ReceiverSpec($"new {name}()", types));
    }

    private void AddInterfaceSites()
    {
        _sites.Add(new DriverSite("IRoot", "r.M(a).ToString()"));
        _sites.Add(new DriverSite("IRoot", "r.D(a)"));
        _sites.Add(new DriverSite("IRoot", "r.G<string>()"));
        _sites.Add(new DriverSite("IRoot", "r.G<int>()"));
        _sites.Add(new DriverSite("IRoot", "r.M(a).ToString()", Generic: true));
        _sites.Add(new DriverSite("IRoot", "r.G<string>()", Generic: true));
        _sites.Add(new DriverSite("IMid", "r.N(a)"));
        _sites.Add(new DriverSite("IMid", "r.Both(a)"));
        _sites.Add(new DriverSite("IGen<string>", "r.Get(\"g\" + a)"));
        _sites.Add(new DriverSite("IGen<int>", "r.Get(a)"));
        _sites.Add(new DriverSite("IGen<int>", "r.Name()"));
    }
}
