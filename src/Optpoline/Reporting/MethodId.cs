namespace Optpoline.Reporting;

/// <summary>
/// The method a call reached, as the runtime resolved it, named so that a rewriter can call it directly.
/// </summary>
/// <param name="DeclaringType">The type that declares the method, instantiated as the call reaches it.</param>
/// <param name="Token">The method definition's metadata token in the module it was loaded from: informational only, since weaving renumbers methods (a rewriter finds the method by <see cref="Signature"/>).</param>
/// <param name="Name">The method's name, for people and for a sanity check.</param>
/// <param name="Arguments">The method's own type arguments (a generic virtual method's instantiation); empty otherwise.</param>
public sealed record MethodId(TypeId DeclaringType, int Token, string Name, IReadOnlyList<TypeId> Arguments)
{
    /// <summary>The definition's signature (see <c>MethodSignatures</c>): with the name, how a rewriter finds the method in the original build.</summary>
    public string? Signature { get; init; }
}
