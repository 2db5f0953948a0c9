namespace Optpoline.Tests.Differential;

/// <summary>How a generated method relates to its slot.</summary>
internal enum MemberKind
{
    /// <summary><c>public virtual</c>: introduces a class slot with a body.</summary>
    Virtual,

    /// <summary><c>public abstract</c>: introduces a class slot without a body.</summary>
    Abstract,

    /// <summary><c>public override</c> of an inherited class slot.</summary>
    Override,

    /// <summary><c>public sealed override</c>: no further overrides below.</summary>
    SealedOverride,

    /// <summary><c>public new virtual</c>: a new slot that hides an inherited one of the same name and signature.</summary>
    NewSlot,

    /// <summary>
    /// <c>public override Result1 M()</c> over <c>Result0 M()</c>: as C# 9 emits it, a new slot with a
    /// more derived return type, an explicit override of the base method, and <c>PreserveBaseOverrides</c>.
    /// </summary>
    Covariant,

    /// <summary><c>public virtual</c> (or <c>public</c>, i.e. virtual final) method matching an interface method by name.</summary>
    ImplicitImpl,

    /// <summary><c>string I.M()</c>: a private final method with an explicit override of the interface method.</summary>
    ExplicitImpl,

    /// <summary>An interface method without a body.</summary>
    InterfaceAbstract,

    /// <summary>An interface method with a body: a default interface method.</summary>
    InterfaceDefault,

    /// <summary>A derived interface's explicit override of a base interface's default method.</summary>
    InterfaceOverride,
}
