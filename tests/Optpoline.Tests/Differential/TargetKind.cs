namespace Optpoline.Tests.Differential;

/// <summary>What kind of method a promoted slot called directly; counted to prove each kind was really promoted.</summary>
internal enum TargetKind
{
    ClassMethod,
    ExplicitImplementation,
    DefaultInterfaceMethod,
    CovariantOverride,
    GenericMethodAtReferenceType,
    GenericMethodAtValueType,
    SharedGenericType,
    ValueTypeGenericType,
    UnboxedStruct,

    /// <summary>A method declared on <see cref="object"/> or <see cref="ValueType"/> (a struct's is called on the box).</summary>
    InheritedFromObject,
}
