namespace Optpoline.Benchmarks.GenericCode;

/// <summary>What the call's type argument is: in generic code, whether its code is shared.</summary>
public enum TypeArgument
{
    /// <summary><c>Item</c>: a generic caller runs in code shared by every reference type.</summary>
    Reference,

    /// <summary><c>int</c>: a generic caller runs in code compiled for it alone.</summary>
    Value,
}
