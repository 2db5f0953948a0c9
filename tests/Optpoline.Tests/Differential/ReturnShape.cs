namespace Optpoline.Tests.Differential;

/// <summary>What a generated method returns. The three result classes form a chain for covariant returns.</summary>
internal enum ReturnShape
{
    /// <summary><see cref="string"/>: the implementation's description.</summary>
    String,

    /// <summary><see cref="int"/>: a stable hash of the description.</summary>
    Int,

    /// <summary><see cref="Result0"/></summary>
    Result0,

    /// <summary><see cref="Result1"/>, a covariant return over <see cref="Result0"/>.</summary>
    Result1,

    /// <summary><see cref="Result2"/>, a covariant return over <see cref="Result1"/>.</summary>
    Result2,
}
