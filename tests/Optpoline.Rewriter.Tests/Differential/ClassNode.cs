namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>One generated class: its place in the tree, and the member declarations chosen for it.</summary>
internal sealed class ClassNode(string name, ClassNode? parent)
{
    public string Name { get; } = name;

    public ClassNode? Parent { get; } = parent;

    public List<ClassNode> Children { get; } = [];

    public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;

    /// <summary>How this class names its parent: <c>C3</c>, or a closed generic <c>C3&lt;int&gt;</c>.</summary>
    public string ParentRef { get; set; } = "";

    public bool IsAbstract { get; set; }

    public bool IsSealed { get; set; }

    /// <summary>Declared as <c>Cn&lt;TC&gt;</c>; instantiated with <c>string</c> and <c>int</c>.</summary>
    public bool IsGeneric { get; set; }

    /// <summary>A private class nested in its parent, made through a factory on the parent.</summary>
    public bool IsPrivateNested { get; set; }

    /// <summary>The interface this class introduces (<c>IRoot</c> or <c>IMid</c>), if any.</summary>
    public string? Introduces { get; set; }

    /// <summary>The interface this class re-implements (lists again, with explicit members), if any.</summary>
    public string? Reimplements { get; set; }

    /// <summary>Implements <c>IGen&lt;TC&gt;</c> (generic classes only).</summary>
    public bool ImplementsGen { get; set; }

    /// <summary>Slots as seen from this class (after its own declarations), in declaration order.</summary>
    public List<SlotState> Slots { get; } = [];

    /// <summary>Member declarations, as C# text.</summary>
    public List<string> Members { get; } = [];

    /// <summary>Slots (<c>V</c> or <c>M</c>) this class hides with <c>new virtual</c>.</summary>
    public List<string> NewSlots { get; } = [];

    /// <summary>Interface members this class implements by a public method (virtual or not), by name.</summary>
    public HashSet<string> Implicit { get; } = new(StringComparer.Ordinal);

    public bool IsLeaf => Children.Count == 0;

    /// <summary>The type as written inside its own body.</summary>
    public string SelfRef => IsGeneric ? Name + "<TC>" : Name;

    /// <summary>The C# expression naming the implementation at run time.</summary>
    public string Who => IsGeneric ? $"\"{Name}<\" + typeof(TC).Name + \">\"" : $"\"{Name}\"";

    /// <summary>How code outside the class names it, for one type argument (ignored unless generic).</summary>
    public string RefWith(string typeArgument) => IsGeneric ? $"{Name}<{typeArgument}>" : Name;

    public bool HasAncestor(Func<ClassNode, bool> test)
    {
        for (var p = Parent; p is not null; p = p.Parent)
        {
            if (test(p))
            {
                return true;
            }
        }

        return false;
    }
}
