namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// One exact instantiation of a generated caller: the call it makes (the candidate's exact callee, and
/// the receivers that reach it) and the caller's type arguments, in the holder's order (the caller
/// type's parameters, then its method's).
/// </summary>
internal sealed record GenericCallInstantiation(SiteCandidate Candidate, IReadOnlyList<Type> Arguments)
{
    /// <summary>
    /// Whether the JIT compiles the caller as code shared by reference types (<c>__Canon</c>): any
    /// reference-type argument makes the caller's code shared, and its holder is then found through the
    /// generic dictionary at run time.
    /// </summary>
    public bool IsShared => Arguments.Any(a => !a.IsValueType);

    public string Display => $"<{string.Join(", ", Arguments.Select(TypeNames.Of))}>";
}
