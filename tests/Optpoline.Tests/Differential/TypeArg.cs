namespace Optpoline.Tests.Differential;

/// <summary>A type argument in a generated hierarchy.</summary>
internal enum TypeArg
{
    /// <summary>The enclosing generic type's own parameter <c>T</c>.</summary>
    OwnT,

    /// <summary><see cref="string"/>: shares code with every other reference type.</summary>
    String,

    /// <summary><see cref="object"/>: shares code with every other reference type.</summary>
    Object,

    /// <summary>The hierarchy's generated <c>Tag</c> class: a reference type from the same dynamic assembly.</summary>
    Tag,

    /// <summary><see cref="int"/>: gets its own code.</summary>
    Int,

    /// <summary><see cref="long"/>: gets its own code.</summary>
    Long,
}
