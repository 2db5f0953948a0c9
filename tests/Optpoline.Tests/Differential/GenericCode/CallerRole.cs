namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>What a type parameter of a generated generic caller stands for.</summary>
internal enum CallerRole
{
    /// <summary><c>T</c>: the callee's declaring type is instantiated with it (<c>I0&lt;T&gt;.M</c>, <c>C1&lt;T&gt;.G&lt;int&gt;</c>).</summary>
    CalleeType,

    /// <summary><c>U</c>: the generic virtual callee is instantiated with it (<c>C1.G&lt;U&gt;</c>).</summary>
    CalleeMethod,

    /// <summary><c>V</c>: the callee does not name it, yet each instantiation of it still gets a holder, and a site, of its own.</summary>
    Unused,
}
