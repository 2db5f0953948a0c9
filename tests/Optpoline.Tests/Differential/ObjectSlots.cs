namespace Optpoline.Tests.Differential;

/// <summary>Slots of <see cref="object"/> that generated types override, shared by every hierarchy.</summary>
internal static class ObjectSlots
{
    public static TypeSpec Object { get; } = new("object", TypeKind.Class);

    public static SlotSpec ToStringSlot { get; } = new(nameof(ToString), Object, ArgShape.None, ReturnShape.String, isGeneric: false);
}
