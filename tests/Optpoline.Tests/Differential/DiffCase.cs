namespace Optpoline.Tests.Differential;

/// <summary>The situations the generator must produce; <see cref="DiffCensus"/> finds them in a hierarchy.</summary>
internal enum DiffCase
{
    /// <summary>A class overrides an inherited virtual or abstract method.</summary>
    Override,

    /// <summary>An override in a class at depth 3 to 5.</summary>
    DeepOverride,

    /// <summary>An override in a class at depth 5, the deepest the generator goes.</summary>
    OverrideAtDepth5,

    /// <summary>An override with a class between it and the slot that does not override.</summary>
    OverrideSkippingLevel,

    AbstractMethod,

    /// <summary><c>new virtual</c> hiding an inherited method of the same name and signature.</summary>
    NewSlot,

    /// <summary>An override of a <c>new</c> slot.</summary>
    NewSlotOverridden,

    SealedClass,

    /// <summary>A concrete class that is not sealed (it may or may not have subclasses).</summary>
    UnsealedConcreteClass,

    SealedOverride,

    ExplicitImplementation,

    ImplicitImplementation,

    /// <summary>A class lists an interface its base class already implements.</summary>
    Reimplementation,

    /// <summary>A class or struct implements a method that has a default body.</summary>
    DefaultMethodImplemented,

    /// <summary>A concrete class or struct runs an interface's default body.</summary>
    DefaultMethodInherited,

    /// <summary>A derived interface overrides its base's default body and some type implements it.</summary>
    DefaultMethodOverriddenByInterface,

    CovariantReturn,

    /// <summary>A class or struct overrides <see cref="object.ToString"/> (call sites on it also reach inherited <see cref="object"/> and <see cref="ValueType"/> methods).</summary>
    ObjectMethodOverridden,

    /// <summary>A class generic virtual method, overridden below.</summary>
    ClassGenericVirtualOverridden,

    /// <summary>An interface generic virtual method that some type implements.</summary>
    InterfaceGenericVirtual,

    GenericVirtualAtReferenceType,

    GenericVirtualAtValueType,

    /// <summary>A generic class or struct with receivers at two or more reference types (shared code).</summary>
    GenericTypeSharedInstantiations,

    /// <summary>A generic class or struct with a receiver at a value type.</summary>
    GenericTypeValueInstantiation,

    /// <summary>A closed class derived from a generic one (<c>class E : D&lt;string&gt;</c>).</summary>
    ClosedDerivedFromGeneric,

    /// <summary>A generic interface implemented at some instantiation.</summary>
    GenericInterface,

    StructBehindInterface,

    /// <summary>A struct method that mutates the struct's field (in the box).</summary>
    StructMutation,

    Throws,

    LogSideEffect,

    /// <summary>A class method that increments an instance counter.</summary>
    CounterSideEffect,

    IntArgument,

    StringArgument,
}
